#include "supervisor/core/jobfactory.h"

#include "models/jobarguments.h"
#include "models/jsonutil.h"
#include "models/task.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/secrets.h"
#include "supervisor/core/taskfields.h"
#include "supervisor/core/taskservice.h"

namespace TheEye::Supervisor::JobFactory {

using namespace Qt::StringLiterals;

namespace {

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(Json::compact(value));
}

// Every value is a JSON-encoded string; the task's own env comes last and wins.
QJsonObject environment(const Input &input, const QString &jobId)
{
    QJsonObject env{
        {"THEEYE_JOB"_L1, jsonText(QJsonObject{{"id"_L1, jobId}, {"task_id"_L1, input.task->id}})},
        {"THEEYE_JOB_USER"_L1, jsonText(userJson(input.origin.user))},
        {"THEEYE_JOB_WORKFLOW"_L1, jsonText(QJsonObject())},
        {"THEEYE_ORGANIZATION_NAME"_L1, jsonText(input.organization->name)},
        {"THEEYE_API_URL"_L1, jsonText(input.apiUrl)},
    };
    const QJsonObject taskEnv = input.task->document.value("env"_L1).toObject();
    for (auto it = taskEnv.begin(); it != taskEnv.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

QJsonArray asOutput(const QJsonArray &values)
{
    QJsonArray output;
    for (const QJsonValue &value : values)
        output.append(Json::toText(value));
    return output;
}

void markBuildError(QJsonObject &job, const QString &message, const QJsonArray &payload)
{
    const QString log = jsonText(message);
    job.insert("lifecycle"_L1, u"terminated"_s);
    job.insert("state"_L1, u"error"_s);
    job.insert("result"_L1, QJsonObject{{"log"_L1, log}});
    // The real supervisor stores this one output as a bare string; decisions.md keeps `output`
    // an array of strings everywhere.
    job.insert("output"_L1, QJsonArray{log});
    job.insert("task_arguments_values"_L1, payload);
}

} // namespace

QString jobClass(const QString &taskType)
{
    if (taskType == u"script")
        return u"ScriptJob"_s;
    if (taskType == u"nodejs")
        return u"NodejsJob"_s;
    if (taskType == u"scraper")
        return u"ScraperJob"_s;
    if (taskType == u"approval")
        return u"ApprovalJob"_s;
    if (taskType == u"dummy")
        return u"DummyJob"_s;
    if (taskType == u"notification")
        return u"NotificationJob"_s;
    return u"Job"_s;
}

QJsonObject userJson(const std::optional<Principal> &user)
{
    return user ? user->toJson() : QJsonObject();
}

Built build(const Input &input)
{
    const QJsonObject &task = input.task->document;
    const QString type = Json::string(task, "type"_L1);
    const QString id = ObjectId::generate();
    const QString now = Json::isoDate(QDateTime::currentDateTimeUtc());

    QJsonObject job{
        {"id"_L1, id},
        {"_type"_L1, jobClass(type)},
        {"order"_L1, 0},
        {"name"_L1, task.value("name"_L1)},
        {"task_id"_L1, input.task->id},
        {"task"_L1, input.taskSnapshot},
        {"host_id"_L1, input.hostId.isEmpty() ? QJsonValue(QJsonValue::Null) : input.hostId},
        {"host"_L1, input.hostId.isEmpty() ? QJsonValue(QJsonValue::Null) : input.hostId},
        {"customer"_L1, input.organization->id},
        {"customer_id"_L1, input.organization->id},
        {"customer_name"_L1, input.organization->name},
        {"lifecycle"_L1, input.options.lifecycle},
        {"state"_L1, u"in_progress"_s},
        {"origin"_L1, input.origin.name},
        {"triggered_by"_L1,
         input.origin.triggeredBy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(input.origin.triggeredBy)},
        {"secret"_L1, Secrets::generate()},
        {"notify"_L1, true},
        {"show_result"_L1, task.value("show_result"_L1).toBool(false)},
        {"assigned_users"_L1, input.options.assignee.value_or(QJsonArray())},
        {"user_inputs"_L1, task.value("user_inputs"_L1).toBool(false)},
        {"user_inputs_members"_L1, task.value("user_inputs_members"_L1).toArray()},
        {"acl"_L1, input.options.emptyViewers ? QJsonArray() : task.value("acl"_L1).toArray()},
        {"empty_viewers"_L1, input.options.emptyViewers},
        {"acl_dynamic"_L1, false},
        {"cancellable"_L1, task.value("cancellable"_L1).toBool(true)},
        {"allows_dynamic_settings"_L1, task.value("allows_dynamic_settings"_L1).toBool(false)},
        {"script_arguments"_L1, QJsonArray()},
        {"output"_L1, QJsonArray()},
        {"creation_date"_L1, now},
        {"last_update"_L1, now},
    };
    if (input.origin.user)
        job.insert("user_id"_L1, input.origin.user->id);

    if (TaskFields::needsScript(type)) {
        job.insert("agent_logging"_L1, task.value("agent_logging"_L1).toBool(false));
        job.insert("script_runas"_L1, task.value("script_runas"_L1));
        if (task.contains("timeout"_L1))
            job.insert("timeout"_L1, task.value("timeout"_L1));
        job.insert("env"_L1, environment(input, id));
        if (input.script) {
            job.insert("script_id"_L1, input.script->id);
            job.insert("script"_L1, input.script->document);
        }
    }
    if (type == u"approval") {
        for (const auto key : {"approvers"_L1,
                               "approvals_target"_L1,
                               "success_label"_L1,
                               "failure_label"_L1,
                               "cancel_label"_L1,
                               "ignore_label"_L1}) {
            if (task.contains(key))
                job.insert(key, task.value(key));
        }
    }

    Built built;
    if (TaskFields::needsScript(type) && !input.script) {
        markBuildError(job, u"ScriptNotFound"_s, input.payload);
        built.buildError = true;
        built.document = job;
        return built;
    }
    if (input.task->document.value("user_inputs"_L1).toBool(false)
        && input.origin.name != u"user") {
        // Secret, trigger and scheduler runs of a task that asks for input wait for it.
        job.insert("lifecycle"_L1, u"onhold"_s);
        job.insert("task_arguments_values"_L1, QJsonArray());
        built.document = job;
        return built;
    }
    const Task model(task);
    const auto values = JobArguments::resolve(model.arguments(),
                                              input.payload,
                                              model.argumentsType());
    if (!values) {
        markBuildError(job, values.error(), input.payload);
        built.buildError = true;
        built.document = job;
        return built;
    }
    job.insert("task_arguments_values"_L1, *values);

    if (type == u"approval") {
        job.insert("lifecycle"_L1, u"onhold"_s);
    } else if (type == u"dummy" || type == u"notification") {
        // Nothing runs: the job passes its values on at once.
        job.insert("lifecycle"_L1, u"finished"_s);
        job.insert("state"_L1, u"success"_s);
        job.insert("trigger_name"_L1, u"success"_s);
        job.insert("output"_L1, asOutput(*values));
        job.insert("result"_L1, QJsonObject{{"output"_L1, asOutput(*values)}});
    }
    built.document = job;
    return built;
}

} // namespace TheEye::Supervisor::JobFactory
