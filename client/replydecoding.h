#pragma once

#include "client/call.h"
#include "client/clienterror.h"
#include "client/replyfacts.h"
#include "models/job.h"
#include "models/jsonutil.h"
#include "models/result.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <utility>

namespace TheEye {

// The second half of every exchange: a failed one becomes its ClientError; a successful one is
// parsed as JSON and handed to `decode` (QJsonValue → Result<T, QString>), whose complaint
// becomes an UnexpectedShape error. Internal to the client layer.
template<typename T, typename Decoder>
Result<T, ClientError> decodeJsonReply(ReplyFacts &facts, Decoder &&decode)
{
    using R = Result<T, ClientError>;
    if (!facts.isSuccessStatus())
        return R::failure(describeFailure(facts));
    const auto json = Json::parse(facts.body);
    if (!json) {
        facts.decoding = ReplyFacts::Decoding::NotJson;
        facts.problem = json.error();
        return R::failure(describeFailure(facts));
    }
    auto value = decode(*json);
    if (!value) {
        facts.decoding = ReplyFacts::Decoding::WrongShape;
        facts.problem = value.error();
        return R::failure(describeFailure(facts));
    }
    facts.decoding = ReplyFacts::Decoding::Ok;
    return R(std::move(value).value());
}

// For answers whose body does not matter (204, `{}`): only the status counts.
inline Result<Done, ClientError> decodeStatusReply(ReplyFacts &facts)
{
    if (!facts.isSuccessStatus())
        return Result<Done, ClientError>::failure(describeFailure(facts));
    facts.decoding = ReplyFacts::Decoding::Ok;
    return Done{};
}

// A job answer (run, run by secret, restart): 200, or 303 when the request asked to wait for
// the result (the body is the job either way). A job built as terminated/error is the supervisor
// refusing the arguments with a 200 (supervisor-api.md §4.1 step 7): a JobRejected failure
// whose body is the job.
Result<Job, ClientError> decodeStartedJob(ReplyFacts &facts);

// Bodies from this size on are decoded on a worker thread: a list of 10,000 tasks takes the
// best part of a second to parse, which the GUI thread must not spend.
inline constexpr qsizetype WorkerDecodeBytes = 256 * 1024;

// decodeJsonReply(), then `next` with the result on the thread of `context`. A large body is
// decoded in the global thread pool; if `context` is gone by then, `next` is not called.
template<typename T, typename Decoder>
void decodeJsonReplyThen(QObject *context,
                         ReplyFacts facts,
                         Decoder decode,
                         std::function<void(Result<T, ClientError>)> next)
{
    using R = Result<T, ClientError>;
    if (facts.body.size() < WorkerDecodeBytes || !facts.isSuccessStatus()) {
        next(decodeJsonReply<T>(facts, decode));
        return;
    }
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, next] {
        next(watcher->result());
        watcher->deleteLater();
    });
    auto promise = std::make_shared<QPromise<R>>();
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, facts = std::move(facts), decode]() mutable {
        promise->addResult(decodeJsonReply<T>(facts, decode));
        promise->finish();
    });
}

} // namespace TheEye
