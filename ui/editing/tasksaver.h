#pragma once

#include "client/clienterror.h"
#include "models/script.h"
#include "models/task.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace TheEye {

class ClientCall;
class SupervisorClient;

// Saves what the task editor holds, in the order the supervisor needs: the script first (a new
// one created, or an edited one's content replaced), its id put on the task, then the task
// created (POST) or replaced (PUT). Reports once: saved() or failed() with the step that failed.
class TaskSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSaver)

public:
    enum class Step { Script, Task };
    Q_ENUM(Step)

    struct ScriptUpload
    {
        Script script; // carries the id of the script to replace, none for a new one
        QByteArray content;
        bool isNew = true;
    };

    explicit TaskSaver(SupervisorClient *client, QObject *parent = nullptr);
    ~TaskSaver() override;

    void save(const Task &task, bool create, const std::optional<ScriptUpload> &script);
    void cancel();
    bool isBusy() const { return !m_call.isNull(); }

Q_SIGNALS:
    // The script is stored: a retry after a task failure must not upload it again.
    void scriptUploaded(const TheEye::Script &script);
    void saved(const TheEye::Task &task);
    void failed(const TheEye::ClientError &error, TheEye::TaskSaver::Step step);

private:
    void saveTask(Task task, bool create);

    QPointer<SupervisorClient> m_client;
    QPointer<ClientCall> m_call;
};

} // namespace TheEye
