#pragma once

#include "client/call.h"
#include "models/job.h"
#include "models/recipe.h"
#include "models/task.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace TheEye {

class SupervisorClient;

struct TaskListQuery
{
    // Also the tasks that cannot run (a script task without bot or script): the supervisor
    // hides them unless asked (supervisor-api.md §3.1).
    bool includeUnassigned = true;
    QString hostId; // only the tasks of this bot
};

// The task's id and its secret key, which lets anyone holding it run the task without a token.
struct TaskCredentials
{
    QString taskId;
    QString secret;
    bool operator==(const TaskCredentials &) const = default;
};

// A delayed (grace time) or scheduled execution of a task: an Agenda job on a real supervisor.
struct Schedule
{
    QString id;
    QString name;
    QString taskId;
    QDateTime nextRunAt;
    QDateTime lastRunAt;
    QString repeatInterval; // empty for a one-off
    QJsonObject json;       // everything the supervisor sent
};

// What emptying a task's job queue removes (supervisor-api.md §3.13).
enum class QueuePurge {
    FinishedOnly,     // the history: finished, terminated, canceled, expired, completed
    IncludingWaiting, // also jobs waiting to run: ready, on hold, syncing, locked
};

// The task routes of supervisor-api.md §3 (plus the local supervisor's import route). Obtained
// from SupervisorClient::tasks(); each method returns a handle, and has an overload that takes a
// context object and a callback `void(const Result<T, ClientError> &)`.
class TasksApi final
{
public:
    explicit TasksApi(SupervisorClient &client);
    TasksApi(const TasksApi &) = delete;
    TasksApi &operator=(const TasksApi &) = delete;

    Call<QList<Task>> *list(const TaskListQuery &query = {});
    template<typename C, typename F>
    Call<QList<Task>> *list(const TaskListQuery &query, const C *context, F &&callback)
    {
        return list(query)->then(context, std::forward<F>(callback));
    }

    Call<Task> *get(const QString &taskId);
    template<typename C, typename F>
    Call<Task> *get(const QString &taskId, const C *context, F &&callback)
    {
        return get(taskId)->then(context, std::forward<F>(callback));
    }

    // Sends both `host` and `host_id`, `script` and `script_id` (supervisor-api.md §3.4, §3.5).
    Call<Task> *create(const Task &task);
    template<typename C, typename F>
    Call<Task> *create(const Task &task, const C *context, F &&callback)
    {
        return create(task)->then(context, std::forward<F>(callback));
    }

    // A full replace (PUT). A real supervisor answers with the version before its increment;
    // the change feed reports the stored one.
    Call<Task> *update(const Task &task);
    template<typename C, typename F>
    Call<Task> *update(const Task &task, const C *context, F &&callback)
    {
        return update(task)->then(context, std::forward<F>(callback));
    }

    // Deletes the task and all of its jobs.
    Call<Done> *remove(const QString &taskId);
    template<typename C, typename F>
    Call<Done> *remove(const QString &taskId, const C *context, F &&callback)
    {
        return remove(taskId)->then(context, std::forward<F>(callback));
    }

    // The recipe as the supervisor exports it (supervisor-api.md §7.1), to save with
    // Recipe::toFileBytes().
    Call<QJsonObject> *serialize(const QString &taskId, Recipe::Mode mode);
    template<typename C, typename F>
    Call<QJsonObject> *serialize(const QString &taskId,
                                 Recipe::Mode mode,
                                 const C *context,
                                 F &&callback)
    {
        return serialize(taskId, mode)->then(context, std::forward<F>(callback));
    }

    // Creates a task from a recipe (flat or legacy) bound to a bot. The local supervisor does it
    // in `POST /task/import`; a remote one the way TheEye's web UI does, a normal create
    // (supervisor-api.md §7.2 path A), because its import route loses the script.
    Call<Task> *importRecipe(const QJsonObject &recipe,
                             const QString &hostId,
                             const QString &hostname);
    template<typename C, typename F>
    Call<Task> *importRecipe(const QJsonObject &recipe,
                             const QString &hostId,
                             const QString &hostname,
                             const C *context,
                             F &&callback)
    {
        return importRecipe(recipe, hostId, hostname)->then(context, std::forward<F>(callback));
    }

    Call<TaskCredentials> *credentials(const QString &taskId);
    template<typename C, typename F>
    Call<TaskCredentials> *credentials(const QString &taskId, const C *context, F &&callback)
    {
        return credentials(taskId)->then(context, std::forward<F>(callback));
    }

    // Replaces the secret with 32 bytes from the system CSPRNG (64 hex digits), then reads the
    // credentials back to confirm the supervisor kept it. The old secret stops working.
    Call<TaskCredentials> *rotateSecret(const QString &taskId);
    template<typename C, typename F>
    Call<TaskCredentials> *rotateSecret(const QString &taskId, const C *context, F &&callback)
    {
        return rotateSecret(taskId)->then(context, std::forward<F>(callback));
    }

    // Runs the task: values keyed by argument order, built into the positional array the
    // supervisor expects (JobArguments::build). A job the supervisor built as terminated/error
    // is a JobRejected failure whose body is the job.
    Call<Job> *run(const Task &task, const QHash<int, QJsonValue> &valuesByOrder);
    template<typename C, typename F>
    Call<Job> *run(const Task &task,
                   const QHash<int, QJsonValue> &valuesByOrder,
                   const C *context,
                   F &&callback)
    {
        return run(task, valuesByOrder)->then(context, std::forward<F>(callback));
    }
    // The same with a ready-made `task_arguments` array.
    Call<Job> *run(const QString &taskId, const QJsonArray &taskArguments);
    template<typename C, typename F>
    Call<Job> *run(const QString &taskId,
                   const QJsonArray &taskArguments,
                   const C *context,
                   F &&callback)
    {
        return run(taskId, taskArguments)->then(context, std::forward<F>(callback));
    }

    // Runs the task with its secret key instead of a token (what integrations do).
    Call<Job> *runBySecret(const QString &taskId,
                           const QString &secret,
                           const QJsonArray &taskArguments);
    template<typename C, typename F>
    Call<Job> *runBySecret(const QString &taskId,
                           const QString &secret,
                           const QJsonArray &taskArguments,
                           const C *context,
                           F &&callback)
    {
        return runBySecret(taskId, secret, taskArguments)->then(context, std::forward<F>(callback));
    }

    // Deletes the task's jobs; answers how many went.
    Call<int> *emptyQueue(const QString &taskId, QueuePurge purge);
    template<typename C, typename F>
    Call<int> *emptyQueue(const QString &taskId, QueuePurge purge, const C *context, F &&callback)
    {
        return emptyQueue(taskId, purge)->then(context, std::forward<F>(callback));
    }

    Call<QList<Schedule>> *schedules(const QString &taskId);
    template<typename C, typename F>
    Call<QList<Schedule>> *schedules(const QString &taskId, const C *context, F &&callback)
    {
        return schedules(taskId)->then(context, std::forward<F>(callback));
    }

    // Cancels a pending (grace time) execution; answers how many schedules were removed
    // (0 when it already ran).
    Call<int> *cancelSchedule(const QString &scheduleId, const QString &taskId = {});
    template<typename C, typename F>
    Call<int> *cancelSchedule(const QString &scheduleId,
                              const QString &taskId,
                              const C *context,
                              F &&callback)
    {
        return cancelSchedule(scheduleId, taskId)->then(context, std::forward<F>(callback));
    }

    // 32 bytes from the system CSPRNG as 64 lowercase hex digits.
    static QString newSecret();

private:
    void putSecret(Call<TaskCredentials> *call, Task task, const QString &secret);
    void confirmSecret(Call<TaskCredentials> *call, const QString &taskId, const QString &secret);
    Call<Job> *startJob(const QString &path,
                        const QString &taskId,
                        const QJsonArray &taskArguments,
                        bool bySecret);

    SupervisorClient &m_client;
};

} // namespace TheEye
