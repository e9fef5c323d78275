#include "models/task.h"

#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QJsonArray>

namespace TheEye {

using namespace Qt::StringLiterals;

Task::Task(const QJsonObject &json)
    : m_json(json)
{}

Task Task::newScriptTask()
{
    Task task;
    task.m_json = QJsonObject{
        {"type"_L1, u"script"_s},
        {"_type"_L1, u"ScriptTask"_s},
        {"name"_L1, QString()},
        {"tags"_L1, QJsonArray()},
        {"task_arguments"_L1, QJsonArray()},
        {"script_runas"_L1, QString()},
        {"description"_L1, QString()},
        {"acl"_L1, QJsonArray()},
        {"triggers"_L1, QJsonArray()},
        {"grace_time"_L1, 0},
        {"timeout"_L1, DefaultTimeoutMs},
        {"multitasking"_L1, true},
        {"cancellable"_L1, true},
        {"env"_L1, QJsonObject()},
        {"arguments_type"_L1, u"legacy"_s},
        {"autoremove_completed_jobs_limit"_L1, DefaultJobsKept},
        {"default_state_evaluation"_L1, u"success"_s},
        {"show_result"_L1, false},
    };
    return task;
}

Result<Task> Task::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Result<Task>::failure(ModelsTr::tr("The task is not a JSON object."));
    const QJsonObject object = json.toObject();
    const auto wrongType = [](const char *member, const QString &expected) {
        return Result<Task>::failure(ModelsTr::tr("The task member \"%1\" must be %2.")
                                         .arg(QString::fromLatin1(member), expected));
    };
    const QString text = ModelsTr::tr("text");
    const QString list = ModelsTr::tr("a list");
    const QString number = ModelsTr::tr("a number");
    for (const char *key : {"name", "type", "script_runas", "description"}) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return wrongType(key, text);
    }
    for (const char *key : {"tags", "acl", "triggers", "task_arguments"}) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isUndefined() && !value.isNull() && !value.isArray())
            return wrongType(key, list);
    }
    for (const char *key : {"timeout", "grace_time", "autoremove_completed_jobs_limit"}) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isUndefined() && !value.isNull() && !value.isDouble()
            && !(value.isString() && Json::optionalInteger(object, QLatin1StringView(key))))
            return wrongType(key, number);
    }
    // Json::boolean() would quietly read a "false" string as the default true.
    for (const char *key : {"multitasking",
                            "cancellable",
                            "show_result",
                            "user_inputs",
                            "autoremove_completed_jobs"}) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            return wrongType(key, ModelsTr::tr("true or false"));
    }
    const QJsonValue env = object.value("env"_L1);
    if (!env.isUndefined() && !env.isNull() && !env.isObject())
        return Result<Task>::failure(
            ModelsTr::tr("The task member \"env\" must be an object of names and values."));
    for (const QJsonValue &argument : object.value("task_arguments"_L1).toArray()) {
        const auto checked = TaskArgument::fromJson(argument);
        if (!checked)
            return Result<Task>::failure(checked.error());
    }
    return Task(object);
}

void Task::set(QLatin1StringView key, const QJsonValue &value)
{
    if (value.isUndefined())
        m_json.remove(key);
    else
        m_json.insert(key, value);
}

QString Task::id() const
{
    const QString id = Json::string(m_json, "id"_L1);
    return id.isEmpty() ? Json::string(m_json, "_id"_L1) : id;
}

void Task::setId(const QString &id)
{
    set("id"_L1, id.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(id));
}

QString Task::type() const
{
    return Json::string(m_json, "type"_L1, u"script"_s);
}

void Task::setType(const QString &type)
{
    set("type"_L1, type);
}

bool Task::isScriptTask() const
{
    return type() == u"script";
}

QString Task::name() const
{
    return Json::string(m_json, "name"_L1);
}

void Task::setName(const QString &name)
{
    set("name"_L1, name);
}

QString Task::hostId() const
{
    const QString id = Json::string(m_json, "host_id"_L1);
    return id.isEmpty() ? Json::referenceId(m_json.value("host"_L1)) : id;
}

void Task::setHostId(const QString &hostId)
{
    const QJsonValue value = hostId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hostId);
    set("host_id"_L1, value);
    set("host"_L1, value);
}

QString Task::hostname() const
{
    const QString name = Json::string(m_json, "hostname"_L1);
    return name.isEmpty() ? Json::string(m_json.value("host"_L1).toObject(), "hostname"_L1) : name;
}

void Task::setHostname(const QString &hostname)
{
    set("hostname"_L1, hostname);
}

QString Task::scriptId() const
{
    const QString id = Json::string(m_json, "script_id"_L1);
    if (!id.isEmpty())
        return id;
    return Json::referenceId(m_json.value("script"_L1));
}

void Task::setScriptId(const QString &scriptId)
{
    const QJsonValue value = scriptId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(scriptId);
    set("script_id"_L1, value);
    set("script"_L1, value);
}

QString Task::scriptName() const
{
    const QString name = Json::string(m_json, "script_name"_L1);
    return name.isEmpty() ? Json::string(m_json.value("script"_L1).toObject(), "filename"_L1)
                          : name;
}

void Task::setScriptName(const QString &name)
{
    set("script_name"_L1, name);
}

QJsonObject Task::embeddedScript() const
{
    const QJsonObject script = m_json.value("script"_L1).toObject();
    return script.contains("data"_L1) ? script : QJsonObject();
}

void Task::setEmbeddedScript(const QJsonObject &script)
{
    set("script"_L1, script);
    m_json.remove("script_id"_L1);
}

QString Task::scriptRunAs() const
{
    return Json::string(m_json, "script_runas"_L1);
}

void Task::setScriptRunAs(const QString &runAs)
{
    set("script_runas"_L1, runAs);
}

QStringList Task::tags() const
{
    return Json::stringList(m_json.value("tags"_L1));
}

void Task::setTags(const QStringList &tags)
{
    set("tags"_L1, Json::toArray(tags));
}

QList<TaskArgument> Task::arguments() const
{
    QList<TaskArgument> arguments;
    const QJsonArray array = m_json.value("task_arguments"_L1).toArray();
    arguments.reserve(array.size());
    for (const QJsonValue &value : array)
        arguments.append(TaskArgument(value.toObject()));
    return arguments;
}

void Task::setArguments(const QList<TaskArgument> &arguments)
{
    QJsonArray array;
    for (const TaskArgument &argument : arguments)
        array.append(argument.toJson());
    set("task_arguments"_L1, array);
}

bool Task::hasDynamicArguments() const
{
    const QJsonArray array = m_json.value("task_arguments"_L1).toArray();
    return std::any_of(array.begin(), array.end(), [](const QJsonValue &value) {
        return value.toObject().value("type"_L1).toString() != u"fixed";
    });
}

QString Task::description() const
{
    return Json::string(m_json, "description"_L1);
}

void Task::setDescription(const QString &description)
{
    set("description"_L1, description);
}

QStringList Task::acl() const
{
    return Json::stringList(m_json.value("acl"_L1));
}

void Task::setAcl(const QStringList &acl)
{
    set("acl"_L1, Json::toArray(acl));
}

QStringList Task::triggers() const
{
    QStringList ids;
    for (const QJsonValue &value : m_json.value("triggers"_L1).toArray()) {
        const QString id = Json::referenceId(value);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void Task::setTriggers(const QStringList &triggers)
{
    set("triggers"_L1, Json::toArray(triggers));
}

int Task::graceTimeSeconds() const
{
    return static_cast<int>(Json::integer(m_json, "grace_time"_L1, 0));
}

void Task::setGraceTimeSeconds(int seconds)
{
    set("grace_time"_L1, seconds);
}

std::optional<qint64> Task::timeoutMs() const
{
    return Json::optionalInteger(m_json, "timeout"_L1);
}

void Task::setTimeoutMs(std::optional<qint64> timeout)
{
    set("timeout"_L1, timeout ? QJsonValue(*timeout) : QJsonValue(QJsonValue::Undefined));
}

bool Task::multitasking() const
{
    return Json::boolean(m_json, "multitasking"_L1, true);
}

void Task::setMultitasking(bool multitasking)
{
    set("multitasking"_L1, multitasking);
}

QMap<QString, QString> Task::env() const
{
    QMap<QString, QString> env;
    const QJsonObject object = m_json.value("env"_L1).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        // A null value is an unset one (blank), not the text "null".
        env.insert(it.key(),
                   value.isNull() || value.isUndefined() ? QString() : Json::toText(value));
    }
    return env;
}

void Task::setEnv(const QMap<QString, QString> &env)
{
    QJsonObject object;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        object.insert(it.key(), it.value());
    set("env"_L1, object);
}

bool Task::isCancellable() const
{
    return Json::boolean(m_json, "cancellable"_L1, true);
}

void Task::setCancellable(bool cancellable)
{
    set("cancellable"_L1, cancellable);
}

QString Task::defaultStateEvaluation() const
{
    return Json::string(m_json, "default_state_evaluation"_L1);
}

void Task::setDefaultStateEvaluation(const QString &state)
{
    set("default_state_evaluation"_L1, state);
}

QString Task::argumentsType() const
{
    return Json::string(m_json, "arguments_type"_L1, u"legacy"_s);
}

void Task::setArgumentsType(const QString &type)
{
    set("arguments_type"_L1, type);
}

bool Task::autoremoveCompletedJobs() const
{
    return Json::boolean(m_json, "autoremove_completed_jobs"_L1, true);
}

void Task::setAutoremoveCompletedJobs(bool autoremove)
{
    set("autoremove_completed_jobs"_L1, autoremove);
}

int Task::autoremoveCompletedJobsLimit() const
{
    return static_cast<int>(
        Json::integer(m_json, "autoremove_completed_jobs_limit"_L1, DefaultJobsKept));
}

void Task::setAutoremoveCompletedJobsLimit(int limit)
{
    set("autoremove_completed_jobs_limit"_L1, limit);
}

bool Task::showResult() const
{
    return Json::boolean(m_json, "show_result"_L1, false);
}

void Task::setShowResult(bool show)
{
    set("show_result"_L1, show);
}

bool Task::userInputs() const
{
    return Json::boolean(m_json, "user_inputs"_L1, false);
}

int Task::version() const
{
    return static_cast<int>(Json::integer(m_json, "version"_L1, 1));
}

void Task::setVersion(int version)
{
    set("version"_L1, version);
}

QString Task::fingerprint() const
{
    return Json::string(m_json, "fingerprint"_L1);
}

QDateTime Task::creationDate() const
{
    return Json::date(m_json, "creation_date"_L1);
}

QDateTime Task::lastUpdate() const
{
    return Json::date(m_json, "last_update"_L1);
}

QString Task::customerId() const
{
    const QString id = Json::string(m_json, "customer_id"_L1);
    return id.isEmpty() ? Json::referenceId(m_json.value("customer"_L1)) : id;
}

qint64 Task::executionCount() const
{
    return Json::integer(m_json, "execution_count"_L1, 0);
}

QJsonArray Task::schedules() const
{
    return m_json.value("schedules"_L1).toArray();
}

QStringList Task::missingConfiguration() const
{
    QStringList missing;
    if (!isScriptTask()) {
        missing.append(
            ModelsTr::tr("Only script tasks can run here; this is a %1 task.").arg(type()));
        return missing;
    }
    if (hostId().isEmpty())
        missing.append(ModelsTr::tr("Choose the bot that runs the task."));
    if (scriptId().isEmpty() && embeddedScript().isEmpty())
        missing.append(ModelsTr::tr("Choose or create the script."));
    if (scriptRunAs().trimmed().isEmpty())
        missing.append(ModelsTr::tr("Set how the script runs (Run As)."));
    for (const TaskArgument &argument : arguments()) {
        if (argument.isFixed() && argument.value().isEmpty())
            missing.append(
                ModelsTr::tr("Fill the value of the fixed argument \"%1\".").arg(argument.label()));
    }
    const QMap<QString, QString> variables = env();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        if (it.value().isEmpty())
            missing.append(
                ModelsTr::tr("Fill the value of the environment variable %1.").arg(it.key()));
    }
    return missing;
}

} // namespace TheEye
