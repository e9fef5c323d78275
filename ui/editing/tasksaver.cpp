#include "ui/editing/tasksaver.h"

#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"

namespace TheEye {

TaskSaver::TaskSaver(SupervisorClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

TaskSaver::~TaskSaver()
{
    cancel();
}

void TaskSaver::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
}

void TaskSaver::save(const Task &task, bool create, const std::optional<ScriptUpload> &script)
{
    if (isBusy())
        return;
    if (!m_client) {
        ClientError error;
        error.kind = ClientError::Kind::NotConfigured;
        error.message = tr("Not connected to a supervisor: connect first, then save again.");
        Q_EMIT failed(error, script ? Step::Script : Step::Task);
        return;
    }
    if (!script) {
        saveTask(task, create);
        return;
    }
    ScriptsApi &scripts = m_client->scripts();
    auto *call = script->isNew ? scripts.create(script->script, script->content)
                               : scripts.update(script->script, script->content);
    m_call = call;
    call->then(this, [this, task, create](const Result<Script, ClientError> &result) {
        m_call.clear();
        if (!result) {
            Q_EMIT failed(result.error(), Step::Script);
            return;
        }
        Q_EMIT scriptUploaded(*result);
        Task withScript = task;
        withScript.setScriptId(result->id());
        withScript.setScriptName(result->filename());
        saveTask(withScript, create);
    });
}

void TaskSaver::saveTask(Task task, bool create)
{
    TasksApi &tasks = m_client->tasks();
    auto *call = create ? tasks.create(task) : tasks.update(task);
    m_call = call;
    call->then(this, [this](const Result<Task, ClientError> &result) {
        m_call.clear();
        if (result)
            Q_EMIT saved(*result);
        else
            Q_EMIT failed(result.error(), Step::Task);
    });
}

} // namespace TheEye
