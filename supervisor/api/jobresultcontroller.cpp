#include "supervisor/api/jobresultcontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/lookup.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/secrets.h"
#include "supervisor/core/services.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

struct JobResultController::Waiter
{
    QString jobId;
    QString path;
    QByteArray rawQuery;
    QJsonObject query;
    Http::Responder responder;
    std::unique_ptr<QTimer> timer;
};

namespace {

// Headers a job's `response.headers` may not set: framing and connection handling are ours.
bool isSettableHeader(const QString &name, const QJsonValue &value)
{
    static const QStringList Reserved{u"content-length"_s,
                                      u"transfer-encoding"_s,
                                      u"connection"_s,
                                      u"keep-alive"_s,
                                      u"upgrade"_s,
                                      u"trailer"_s,
                                      u"te"_s,
                                      u"content-type"_s};
    if (name.isEmpty() || name.size() > 128 || Reserved.contains(name.toLower()))
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    const QString text = value.isString() ? value.toString() : Json::toText(value);
    return !text.contains(u'\r') && !text.contains(u'\n') && text.size() <= 4096;
}

int statusFrom(const QJsonValue &value, int fallback)
{
    if (!value.isDouble())
        return fallback;
    const int status = value.toInt();
    return status >= 100 && status <= 599 ? status : fallback;
}

// The same URL with counter+1, for the next poll.
QByteArray nextPoll(const QString &path, const QByteArray &rawQuery)
{
    QUrlQuery query(QString::fromUtf8(rawQuery));
    const QString counter = query.queryItemValue(u"counter"_s);
    bool ok = false;
    const int current = counter.toInt(&ok);
    query.removeAllQueryItems(u"counter"_s);
    query.addQueryItem(u"counter"_s, QString::number(ok ? current + 1 : 1));
    return (QString::fromUtf8(QUrl::toPercentEncoding(path, "/")) + u'?'
            + query.toString(QUrl::FullyEncoded))
        .toUtf8();
}

} // namespace

JobResultController::JobResultController(Services &services,
                                         ResultPollOptions options,
                                         QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_options(options)
{
    connect(&m_services.jobs, &JobService::jobFinished, this, &JobResultController::onJobFinished);
}

JobResultController::~JobResultController()
{
    closeAll();
}

Response JobResultController::resultResponse(const JobRow &job, const QJsonObject &query)
{
    const QJsonObject &doc = job.document;
    const int status = doc.value("state"_L1).toString() == u"success" ? 200 : 500;
    if (query.contains("result"_L1))
        return Response::json(status,
                              doc.value("result"_L1).isObject() ? doc.value("result"_L1)
                                                                : QJsonObject());
    if (query.contains("full"_L1))
        return Response::json(status, doc);
    const QJsonValue output = doc.value("output"_L1);
    if (query.contains("output"_L1))
        return Response::json(status, output);

    const qsizetype index = query.value("parse"_L1).toString().toLongLong();
    const QJsonArray lines = output.isArray() ? output.toArray() : QJsonArray{output};
    const QString line = index >= 0 && index < lines.size() ? lines.at(index).toString()
                                                            : QString();
    const auto parsed = Json::parse(line.toUtf8());
    if (!parsed) {
        // TheEye's spelling, which clients may match.
        return Response::json(500,
                              QJsonObject{
                                  {"message"_L1,
                                   u"Invalid task ejecution result. Cannot be parsed"_s},
                                  {"details"_L1, parsed.error()},
                                  {"result"_L1, output},
                              });
    }
    const QJsonValue value = *parsed;
    const QJsonObject object = value.toObject();
    if (object.value("response"_L1).isObject()) {
        const QJsonObject response = object.value("response"_L1).toObject();
        const QJsonValue body = response.contains("body"_L1) ? response.value("body"_L1)
                                                             : QJsonValue(response);
        Response answer = Response::json(statusFrom(response.value("statusCode"_L1), status), body);
        const QJsonObject headers = response.value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (isSettableHeader(it.key(), it.value()))
                answer.withHeader(it.key().toLatin1(),
                                  (it.value().isString() ? it.value().toString()
                                                         : Json::toText(it.value()))
                                      .toUtf8());
        }
        return answer;
    }
    return Response::json(statusFrom(object.value("statusCode"_L1), status), value);
}

void JobResultController::registerRoutes(ApiRoutes &routes)
{
    Services &s = m_services;
    const ApiHandler byToken = [this, &s](ApiRequest &request, Http::Responder responder) {
        const auto job = Lookup::job(s, request, request.param(u"job"_s));
        if (!job) {
            responder.send(ApiResponses::error(job.error()));
            return;
        }
        if (const auto denied = Lookup::allowed(request, job->document.value("acl"_L1).toArray())) {
            responder.send(ApiResponses::error(*denied));
            return;
        }
        serve(request, *job, std::move(responder));
    };
    const ApiHandler bySecret = [this, &s](ApiRequest &request, Http::Responder responder) {
        const QString id = request.param(u"job"_s);
        if (!ObjectId::isValid(id)) {
            responder.send(ApiResponses::status(400, u"job invalid value"_s));
            return;
        }
        const auto job = s.jobs.findAny(id.toLower());
        if (!job) {
            responder.send(ApiResponses::status(404, u"job not found"_s));
            return;
        }
        const QString secret = request.param(u"secret"_s);
        if (secret.size() != 64
            || !Secrets::constantTimeEquals(secret, Json::string(job->document, "secret"_L1))) {
            responder.send(ApiResponses::text(403, u"invalid secret"_s));
            return;
        }
        serve(request, *job, std::move(responder));
    };
    for (const QByteArrayView method : {"GET", "POST"}) {
        routes.add(method,
                   {u"/job/:job/result"_s, u"/:customer/job/:job/result"_s},
                   Access::param(Role::Viewer),
                   byToken);
        routes.add(method,
                   {u"/job/:job/secret/:secret/result"_s,
                    u"/:customer/job/:job/secret/:secret/result"_s},
                   Access::open(),
                   bySecret);
    }
}

void JobResultController::serve(const ApiRequest &request,
                                const JobRow &job,
                                Http::Responder responder)
{
    if (JobService::isFinished(job.lifecycle)) {
        responder.send(resultResponse(job, request.query));
        return;
    }
    if (m_closed || m_waiters.size() >= m_options.maximumParked) {
        responder.send(
            ApiResponses::text(503, u"Service Unavailable"_s).withHeader("Retry-After", "1"));
        return;
    }
    bool ok = false;
    int seconds = request.query.value("timeout"_L1).toString().toInt(&ok);
    if (!ok || seconds > m_options.maximumSeconds)
        seconds = m_options.maximumSeconds;
    seconds = std::max(seconds, m_options.minimumSeconds);

    // The request object belongs to the transport's callback; keep copies.
    auto waiter = std::make_shared<Waiter>();
    waiter->jobId = job.id;
    waiter->path = request.http.path;
    waiter->rawQuery = request.http.rawQuery;
    waiter->query = request.query;
    waiter->responder = std::move(responder);
    waiter->timer = std::make_unique<QTimer>();
    waiter->timer->setSingleShot(true);
    const quint64 key = m_nextKey++;
    connect(waiter->timer.get(), &QTimer::timeout, this, [this, key] { onWindowEnded(key); });
    waiter->timer->start(seconds * 1000);
    m_waiters.insert(key, waiter);
}

void JobResultController::onJobFinished(const QString &jobId)
{
    QList<std::shared_ptr<Waiter>> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it.value()->jobId == jobId) {
            ready.append(it.value());
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    if (ready.isEmpty())
        return;
    const auto job = m_services.jobs.findAny(jobId);
    for (const auto &waiter : std::as_const(ready)) {
        waiter->timer->stop();
        if (job)
            waiter->responder.send(resultResponse(*job, waiter->query));
        else
            waiter->responder.send(ApiResponses::status(404, u"job not found"_s));
    }
}

void JobResultController::onWindowEnded(quint64 key)
{
    const auto waiter = m_waiters.take(key);
    if (!waiter)
        return;
    // TheEye compares the raw query strings: an absent limit equals an absent counter.
    if (waiter->query.value("limit"_L1) == waiter->query.value("counter"_L1)) {
        waiter->responder.send(ApiResponses::text(408, u"Request Timeout"_s));
        return;
    }
    waiter->responder.send(Response::json(303, QJsonObject())
                               .withHeader("Location", nextPoll(waiter->path, waiter->rawQuery)));
}

void JobResultController::closeAll()
{
    m_closed = true;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &waiter : waiters) {
        waiter->timer->stop();
        waiter->responder.send(ApiResponses::text(503, u"Service Unavailable"_s));
    }
}

} // namespace TheEye::Supervisor
