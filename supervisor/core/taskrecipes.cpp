#include "supervisor/core/taskrecipes.h"

#include "models/jsonutil.h"
#include "models/script.h"
#include "models/task.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/taskservice.h"

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

TaskRecipes::TaskRecipes(TaskService &tasks, ScriptService &scripts, Directory &directory)
    : m_tasks(tasks)
    , m_scripts(scripts)
    , m_directory(directory)
{}

Outcome<QJsonObject> TaskRecipes::serialize(const Organization &organization,
                                            const TaskEntry &task,
                                            Recipe::Mode mode)
{
    QJsonObject stored = task.document;
    stored.insert("customer"_L1, organization.id);
    const QString scriptId = Json::string(stored, "script_id"_L1);
    const ScriptEntry *script = m_scripts.find(organization.id, scriptId);
    QByteArray content;
    if (script) {
        const auto bytes = m_scripts.content(organization.id, scriptId);
        if (!bytes)
            return Outcome<QJsonObject>::failure(ServiceError::internal(u"script content"_s));
        content = *bytes;
    }
    QJsonObject recipe = Recipe::serialize(Task(stored),
                                           script ? Script(script->document) : Script(),
                                           content,
                                           mode);
    if (!script)
        recipe.remove("script"_L1); // a task without a script has nothing to embed
    // The real supervisor marks deep exports with their origin too.
    recipe.insert("source_model_id"_L1, task.id);
    return recipe;
}

Outcome<TaskEntry> TaskRecipes::import(const Organization &organization,
                                       const QJsonValue &body,
                                       const QJsonObject &query)
{
    const QJsonObject root = body.toObject();
    const Host *host = nullptr;
    const QJsonValue hostname = query.value("hostname"_L1);
    if (hostname.isString() && !hostname.toString().isEmpty()) {
        host = m_directory.hostByName(organization.id, hostname.toString());
        if (!host)
            return Outcome<TaskEntry>::failure(
                ServiceError::withStatus(403, u"hostname not found"_s));
    } else {
        const QJsonValue reference = root.value("host_id"_L1).isString() ? root.value("host_id"_L1)
                                                                         : root.value("host"_L1);
        if (!reference.isUndefined() && !reference.isNull()) {
            host = m_directory.host(organization.id, Json::referenceId(reference));
            if (!host)
                return Outcome<TaskEntry>::failure(
                    ServiceError::withStatus(403, u"host not found"_s));
        }
    }
    if (!host)
        return Outcome<TaskEntry>::failure(ServiceError::text(400, u"hostname is required"_s));

    const bool legacy = root.value("task"_L1).isObject();
    const QJsonObject taskJson = legacy ? root.value("task"_L1).toObject() : root;
    if (!body.isObject() || (!legacy && !root.contains("name"_L1) && !root.contains("type"_L1)))
        return Outcome<TaskEntry>::failure(
            ServiceError::text(400, u"task recipe malkformed. no task provided"_s));
    if (!taskJson.value("type"_L1).isString())
        return Outcome<TaskEntry>::failure(
            ServiceError::text(400, u"task recipe malkformed. no type provided"_s));

    const auto imported = Recipe::fromJson(body);
    if (!imported)
        return Outcome<TaskEntry>::failure(ServiceError::text(400, imported.error()));
    QJsonObject create = imported->task.toJson();
    if (imported->missingRunAs) {
        // TheEye's published recipes leave the run-as empty; its UI picks one by extension.
        const QString runAs = Script::runAsForExtension(imported->script.extension());
        create.insert("script_runas"_L1, runAs.isEmpty() ? u"%script%"_s : runAs);
    }
    create.insert("host"_L1, host->id);
    create.insert("host_id"_L1, host->id);
    return m_tasks.create(organization, create);
}

} // namespace TheEye::Supervisor
