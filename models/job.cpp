#include "models/job.h"

#include "models/jsonutil.h"
#include "models/modelstr.h"

namespace TheEye {

using namespace Qt::StringLiterals;

Job::Job(const QJsonObject &json)
    : m_json(json)
{}

Result<Job> Job::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Result<Job>::failure(ModelsTr::tr("The job is not a JSON object."));
    const QJsonObject object = json.toObject();
    // An empty id cannot be fetched, followed or cancelled: the job is as good as unnamed.
    if (Job(object).id().isEmpty())
        return Result<Job>::failure(ModelsTr::tr("The job has no id."));
    for (const char *key : {"lifecycle", "state", "name"}) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return Result<Job>::failure(
                ModelsTr::tr("The job member \"%1\" must be text.").arg(QString::fromLatin1(key)));
    }
    const QJsonValue result = object.value("result"_L1);
    if (!result.isUndefined() && !result.isNull() && !result.isObject())
        return Result<Job>::failure(ModelsTr::tr("The job member \"result\" must be an object."));
    return Job(object);
}

QString Job::id() const
{
    const QString id = Json::string(m_json, "id"_L1);
    return id.isEmpty() ? Json::string(m_json, "_id"_L1) : id;
}

QString Job::name() const
{
    return Json::string(m_json, "name"_L1);
}

QString Job::jobType() const
{
    return Json::string(m_json, "_type"_L1);
}

QString Job::taskId() const
{
    const QString id = Json::string(m_json, "task_id"_L1);
    return id.isEmpty() ? Json::referenceId(m_json.value("task"_L1)) : id;
}

QString Job::hostId() const
{
    const QString id = Json::string(m_json, "host_id"_L1);
    return id.isEmpty() ? Json::referenceId(m_json.value("host"_L1)) : id;
}

QString Job::hostname() const
{
    const QString name = Json::string(m_json, "hostname"_L1);
    return name.isEmpty() ? Json::string(m_json.value("host"_L1).toObject(), "hostname"_L1) : name;
}

QString Job::customerName() const
{
    return Json::string(m_json, "customer_name"_L1);
}

Lifecycle Job::lifecycle() const
{
    return lifecycleFromName(lifecycleName());
}

QString Job::lifecycleName() const
{
    return Json::string(m_json, "lifecycle"_L1);
}

JobState Job::state() const
{
    return stateFromName(stateName());
}

QString Job::stateName() const
{
    return Json::string(m_json, "state"_L1);
}

QString Job::origin() const
{
    return Json::string(m_json, "origin"_L1);
}

QString Job::triggerName() const
{
    return Json::string(m_json, "trigger_name"_L1);
}

QString Job::triggeredBy() const
{
    return Json::referenceId(m_json.value("triggered_by"_L1));
}

JobUser Job::user() const
{
    const QJsonObject user = m_json.value("user"_L1).toObject();
    JobUser result{Json::string(user, "id"_L1),
                   Json::string(user, "username"_L1),
                   Json::string(user, "email"_L1)};
    if (result.isEmpty()) // GET and list responses carry only the result's user or user_id
        result.id = Json::string(m_json, "user_id"_L1);
    return result;
}

QString Job::userId() const
{
    const QString id = Json::string(m_json, "user_id"_L1);
    return id.isEmpty() ? user().id : id;
}

QString Job::secret() const
{
    return Json::string(m_json, "secret"_L1);
}

QDateTime Job::creationDate() const
{
    return Json::date(m_json, "creation_date"_L1);
}

QDateTime Job::lastUpdate() const
{
    return Json::date(m_json, "last_update"_L1);
}

QJsonArray Job::taskArgumentsValues() const
{
    const QJsonValue values = m_json.value("task_arguments_values"_L1);
    if (values.isArray())
        return values.toArray();
    if (values.isUndefined() || values.isNull())
        return {};
    return QJsonArray{values};
}

QStringList Job::output() const
{
    const QJsonValue output = m_json.value("output"_L1);
    if (output.isString())
        return {output.toString()};
    QStringList lines;
    for (const QJsonValue &item : output.toArray())
        lines.append(Json::toText(item));
    return lines;
}

QStringList Job::outputFromReport(const QJsonValue &reported)
{
    const auto itemsOf = [](const QJsonArray &array) {
        QStringList lines;
        lines.reserve(array.size());
        for (const QJsonValue &item : array)
            lines.append(item.isString() ? item.toString()
                                         : QString::fromUtf8(Json::compact(item)));
        return lines;
    };
    switch (reported.type()) {
    case QJsonValue::Undefined: // no output reported: nothing to store
        return {};
    case QJsonValue::String: {
        const QString text = reported.toString();
        const auto parsed = Json::parse(text.toUtf8());
        if (parsed && parsed->isArray())
            return itemsOf(parsed->toArray());
        return {text};
    }
    case QJsonValue::Array:
        return itemsOf(reported.toArray());
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Object:
        break;
    }
    return {QString::fromUtf8(Json::compact(reported))};
}

QJsonObject Job::result() const
{
    return m_json.value("result"_L1).toObject();
}

std::optional<int> Job::exitCode() const
{
    const auto code = Json::optionalInteger(result(), "code"_L1);
    return code ? std::optional<int>(static_cast<int>(*code)) : std::nullopt;
}

QString Job::log() const
{
    const QJsonValue log = result().value("log"_L1);
    return log.isString() ? log.toString() : QString();
}

QString Job::stdoutText() const
{
    return Json::string(result(), "stdout"_L1);
}

QString Job::stderrText() const
{
    return Json::string(result(), "stderr"_L1);
}

QString Job::lastLine() const
{
    return Json::string(result(), "lastline"_L1);
}

bool Job::killed() const
{
    return Json::boolean(result(), "killed"_L1, false);
}

QString Job::signal() const
{
    return Json::string(result(), "signal"_L1);
}

QDateTime Job::startedAt() const
{
    return Json::date(result(), "started_at"_L1);
}

QDateTime Job::finishedAt() const
{
    return Json::date(result(), "finished_at"_L1);
}

QString Job::scriptRunAs() const
{
    return Json::string(m_json, "script_runas"_L1);
}

std::optional<qint64> Job::timeoutMs() const
{
    return Json::optionalInteger(m_json, "timeout"_L1);
}

QJsonObject Job::env() const
{
    return m_json.value("env"_L1).toObject();
}

QJsonObject Job::components() const
{
    return m_json.value("components"_L1).toObject();
}

QJsonObject Job::next() const
{
    return m_json.value("next"_L1).toObject();
}

bool Job::showResult() const
{
    return Json::boolean(m_json, "show_result"_L1, false);
}

bool Job::isCancellable() const
{
    const QJsonObject task = m_json.value("task"_L1).toObject();
    if (task.contains("cancellable"_L1))
        return Json::boolean(task, "cancellable"_L1, true);
    return Json::boolean(m_json, "cancellable"_L1, true);
}

Task Job::taskSnapshot() const
{
    return Task(m_json.value("task"_L1).toObject());
}

std::optional<qint64> Job::durationMs(const QDateTime &now) const
{
    const QJsonObject times = result().value("times"_L1).toObject();
    if (times.contains("seconds"_L1)) {
        const qint64 seconds = Json::integer(times, "seconds"_L1, 0);
        const qint64 nanoseconds = Json::integer(times, "nanoseconds"_L1, 0);
        return seconds * 1000 + nanoseconds / 1000000;
    }
    const QDateTime started = startedAt();
    const QDateTime finished = finishedAt();
    if (started.isValid() && finished.isValid())
        return started.msecsTo(finished);
    if (started.isValid() && !isFinished())
        return started.msecsTo(now);
    const QDateTime created = creationDate();
    if (!created.isValid())
        return std::nullopt;
    if (isFinished()) {
        const QDateTime updated = lastUpdate();
        return updated.isValid() ? std::optional<qint64>(created.msecsTo(updated)) : std::nullopt;
    }
    // A real supervisor does not say when a bot started the job; creation is the best bound.
    if (lifecycle() == Lifecycle::Assigned || lifecycle() == Lifecycle::Started)
        return created.msecsTo(now);
    return std::nullopt;
}

} // namespace TheEye
