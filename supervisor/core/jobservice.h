#pragma once

#include "supervisor/core/jobfactory.h"
#include "supervisor/core/serviceerror.h"
#include "supervisor/core/session.h"
#include "supervisor/store/records.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace TheEye {
class Task;
}

namespace TheEye::Supervisor {

class Directory;
class JobDispatcher;
class ScriptService;
class Store;
class TaskService;
struct TaskEntry;

// Jobs: creation exactly as supervisor-api.md §4.1, cancel, restart, input, history purge and
// pruning. Jobs live in the store; whatever runs them is behind the JobDispatcher.
class JobService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobService)

public:
    JobService(Store &store,
               Directory &directory,
               TaskService &tasks,
               ScriptService &scripts,
               QObject *parent = nullptr);
    ~JobService() override;

    void setDispatcher(JobDispatcher *dispatcher); // nullptr: jobs stay ready
    void setApiUrlProvider(std::function<QString()> provider);

    struct Created
    {
        JobRow job;
        bool waitResult = false;
    };
    // 400 for the argument length or a bad option; 200 with a terminated/error job for build
    // errors (check job.lifecycle).
    Outcome<Created> create(const Organization &organization,
                            const TaskEntry &task,
                            const QJsonValue &body,
                            const QJsonObject &query,
                            const JobOrigin &origin);

    std::optional<JobRow> find(const QString &organizationId, const QString &id);
    // Any organization's job: only for routes where the job's own secret is the credential.
    std::optional<JobRow> findAny(const QString &id);

    struct ListQuery
    {
        QString organizationId;
        QString taskId;
        QString hostId;
        QStringList lifecycles;
        bool newestFirst = false;
        qint64 limit = 0;
        qint64 skip = 0;
        const Session *session = nullptr; // below admin: only jobs whose acl grants them
    };
    QList<JobRow> list(const ListQuery &query);

    // Always succeeds for a job that exists (the API answers 204 either way); 403 for a
    // non-admin when the task is not cancellable.
    Outcome<bool> cancel(const JobRow &job, const Session &session);
    Outcome<JobRow> restart(const Organization &organization,
                            const JobRow &job,
                            const QJsonValue &body,
                            const QJsonObject &query);
    Outcome<JobRow> input(const JobRow &job, const QJsonValue &body);
    Outcome<JobRow> setAcl(const JobRow &job, const QJsonArray &acl);
    // DELETE /task/:id/job: the finished jobs, plus `extraLifecycles`.
    Outcome<qint64> deleteByTask(const QString &taskId, const QStringList &extraLifecycles);
    void taskRemoved(const QString &taskId);

    // A remote agent's poll: one ready job of that host, now assigned (see JobDispatcher).
    std::optional<JobRow> assignToAgent(const QString &organizationId, const QString &hostId);
    QList<JobRow> dequeueForAgent(const QString &organizationId,
                                  const QString &taskId,
                                  const QString &hostId,
                                  int limit);
    QStringList takeCanceledForAgent(const QString &hostId);

    // For the engine: writes a changed job through and announces it when it has finished.
    Outcome<bool> save(const JobRow &job);

    static bool isFinished(const QString &lifecycle);

Q_SIGNALS:
    // A job reached a finished lifecycle (finished, terminated, canceled, expired, completed).
    void jobFinished(const QString &jobId);

private:
    bool pruneBeforeLanding(const QString &taskId, const Task &task);
    void pruneHistories();

    Store &m_store;
    Directory &m_directory;
    TaskService &m_tasks;
    ScriptService &m_scripts;
    JobDispatcher *m_dispatcher = nullptr;
    std::function<QString()> m_apiUrl;
    QHash<QString, int> m_pendingPrunes; // task id → jobs to keep, pruned as the group lands
};

} // namespace TheEye::Supervisor
