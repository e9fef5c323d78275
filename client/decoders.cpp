#include "client/decoders.h"

#include "client/clienttr.h"
#include "client/replydecoding.h"
#include "models/jsonutil.h"

#include <QJsonArray>

namespace TheEye::Decode {

using namespace Qt::StringLiterals;

namespace {

// Old supervisors wrap lists and objects ({"scripts":[…]}, {"script":{…}}).
QJsonValue unwrapped(const QJsonValue &json, QLatin1StringView key)
{
    if (json.isObject()) {
        const QJsonObject object = json.toObject();
        if (object.size() == 1 && object.contains(key))
            return object.value(key);
    }
    return json;
}

template<typename T, typename ItemDecoder>
Result<QList<T>> listOf(const QJsonValue &json, ItemDecoder decodeItem)
{
    if (!json.isArray())
        return Result<QList<T>>::failure(ClientTr::tr("a list was expected."));
    const QJsonArray array = json.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = decodeItem(array.at(i));
        if (!item)
            return Result<QList<T>>::failure(
                ClientTr::tr("item %1: %2").arg(i + 1).arg(item.error()));
        items.append(std::move(item).value());
    }
    return items;
}

bool hasId(const QJsonObject &object)
{
    return object.value("id"_L1).isString() || object.value("_id"_L1).isString();
}

} // namespace

Result<Task> task(const QJsonValue &json)
{
    auto decoded = Task::fromJson(json);
    if (decoded && decoded->id().isEmpty())
        return Result<Task>::failure(ClientTr::tr("the task has no id."));
    return decoded;
}

Result<QList<Task>> tasks(const QJsonValue &json)
{
    return listOf<Task>(json, task);
}

Result<Job> job(const QJsonValue &json)
{
    return Job::fromJson(json);
}

Result<QList<Job>> jobs(const QJsonValue &json)
{
    return listOf<Job>(unwrapped(json, "jobs"_L1), job);
}

Result<QList<Host>> hosts(const QJsonValue &json)
{
    return listOf<Host>(json, [](const QJsonValue &item) {
        if (!item.isObject() || !hasId(item.toObject()))
            return Result<Host>::failure(ClientTr::tr("a bot must be an object with an id."));
        return Result<Host>(Host(item.toObject()));
    });
}

Result<QList<Event>> events(const QJsonValue &json)
{
    return listOf<Event>(json, [](const QJsonValue &item) {
        if (!item.isObject() || !hasId(item.toObject()))
            return Result<Event>::failure(ClientTr::tr("an event must be an object with an id."));
        return Result<Event>(Event(item.toObject()));
    });
}

Result<Script> script(const QJsonValue &json)
{
    auto decoded = Script::fromJson(unwrapped(json, "script"_L1));
    if (decoded && decoded->id().isEmpty())
        return Result<Script>::failure(ClientTr::tr("the script has no id."));
    return decoded;
}

Result<QList<Script>> scripts(const QJsonValue &json)
{
    return listOf<Script>(unwrapped(json, "scripts"_L1), script);
}

Result<QJsonObject> object(const QJsonValue &json)
{
    if (!json.isObject())
        return Result<QJsonObject>::failure(ClientTr::tr("an object was expected."));
    return json.toObject();
}

Result<int> count(const QJsonValue &json, QLatin1StringView key)
{
    const auto number = Json::optionalInteger(json.toObject(), key);
    if (!json.isObject() || !number)
        return Result<int>::failure(
            ClientTr::tr("the number \"%1\" is missing.").arg(QString(key)));
    return static_cast<int>(*number);
}

QString rejectionReason(const Job &job)
{
    if (job.lifecycle() != Lifecycle::Terminated || job.state() != JobState::Error)
        return {};
    // result.log holds the error JSON-encoded: "\"InvalidTaskArguments\"".
    const QString log = job.log();
    const auto parsed = Json::parse(log.toUtf8());
    QString reason = parsed && parsed->isString() ? parsed->toString() : log;
    if (reason.isEmpty())
        reason = job.output().join(u'\n');
    return reason.isEmpty() ? ClientTr::tr("the job could not be built.") : reason;
}

} // namespace TheEye::Decode

namespace TheEye {

Result<Job, ClientError> decodeStartedJob(ReplyFacts &facts)
{
    if (facts.httpStatus == 303
        && (facts.networkError == QNetworkReply::NoError || facts.networkError >= 200)) {
        facts.httpStatus = 200;
        facts.networkError = QNetworkReply::NoError;
    }
    auto result = decodeJsonReply<Job>(facts, Decode::job);
    if (!result)
        return result;
    const QString reason = Decode::rejectionReason(result.value());
    if (reason.isEmpty())
        return result;
    facts.decoding = ReplyFacts::Decoding::JobRejected;
    facts.problem = reason;
    facts.decodedBody = result.value().toJson();
    return Result<Job, ClientError>::failure(describeFailure(facts));
}

} // namespace TheEye
