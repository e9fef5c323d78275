#pragma once

#include "models/recipe.h"
#include "supervisor/core/serviceerror.h"
#include "supervisor/core/session.h"

#include <QJsonObject>
#include <QJsonValue>

namespace TheEye::Supervisor {

class Directory;
class ScriptService;
class TaskService;
struct TaskEntry;

// Export and import of tasks as recipes, on top of models/recipe.h.
class TaskRecipes final
{
public:
    TaskRecipes(TaskService &tasks, ScriptService &scripts, Directory &directory);

    // GET /task/:id/serialize (and /recipe): shallow or deep, the script embedded as a data URL.
    Outcome<QJsonObject> serialize(const Organization &organization,
                                   const TaskEntry &task,
                                   Recipe::Mode mode);

    // GET|POST /task/import: the flat recipe or the legacy {task, file} one. The host comes from
    // ?hostname=, else `host`/`host_id` in the body. The script is stored (or found again) and
    // the task keeps its id, which the real supervisor forgets.
    Outcome<TaskEntry> import(const Organization &organization,
                              const QJsonValue &body,
                              const QJsonObject &query);

private:
    TaskService &m_tasks;
    ScriptService &m_scripts;
    Directory &m_directory;
};

} // namespace TheEye::Supervisor
