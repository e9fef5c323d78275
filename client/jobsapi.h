#pragma once

#include "client/call.h"
#include "client/requestspec.h"
#include "models/job.h"

#include <QJsonArray>
#include <QList>

namespace TheEye {

class JobLogStream;
class SupervisorClient;

struct JobListQuery
{
    QString taskId;    // empty: every task's jobs
    QString lifecycle; // empty: any
    int skip = 0;
    int limit = 50;
};

// One page of a job history, newest first.
struct JobPage
{
    QList<Job> jobs;
    int skip = 0;
    int limit = 0;
    bool mayHaveMore = false; // the page is full: there may be older jobs
};

// The job routes of supervisor-api.md §4 plus the local supervisor's live log. Obtained from
// SupervisorClient::jobs(); like TasksApi, each method returns a handle and has a
// context-and-callback overload.
class JobsApi final
{
public:
    explicit JobsApi(SupervisorClient &client);
    JobsApi(const JobsApi &) = delete;
    JobsApi &operator=(const JobsApi &) = delete;

    Call<Job> *get(const QString &jobId);
    template<typename C, typename F>
    Call<Job> *get(const QString &jobId, const C *context, F &&callback)
    {
        return get(jobId)->then(context, std::forward<F>(callback));
    }

    // A page of history. A real supervisor ignores `skip` (supervisor-api.md §10), so for a
    // remote profile the client asks for skip + limit jobs and cuts the page itself.
    Call<JobPage> *list(const JobListQuery &query);
    template<typename C, typename F>
    Call<JobPage> *list(const JobListQuery &query, const C *context, F &&callback)
    {
        return list(query)->then(context, std::forward<F>(callback));
    }

    // Jobs that are queued, waiting or running, of every task (`GET /job/running`).
    Call<QList<Job>> *running();
    template<typename C, typename F>
    Call<QList<Job>> *running(const C *context, F &&callback)
    {
        return running()->then(context, std::forward<F>(callback));
    }

    // The supervisor answers 204 whether or not the job could still be canceled; get() tells.
    Call<Done> *cancel(const QString &jobId, const QString &taskId = {});
    template<typename C, typename F>
    Call<Done> *cancel(const QString &jobId, const QString &taskId, const C *context, F &&callback)
    {
        return cancel(jobId, taskId)->then(context, std::forward<F>(callback));
    }

    // Runs a finished job again with the arguments it had.
    Call<Job> *restart(const QString &jobId);
    template<typename C, typename F>
    Call<Job> *restart(const QString &jobId, const C *context, F &&callback)
    {
        return restart(jobId)->then(context, std::forward<F>(callback));
    }
    // … or with new ones (a `task_arguments` array, see JobArguments::build).
    Call<Job> *restart(const QString &jobId, const QJsonArray &taskArguments);
    template<typename C, typename F>
    Call<Job> *restart(const QString &jobId,
                       const QJsonArray &taskArguments,
                       const C *context,
                       F &&callback)
    {
        return restart(jobId, taskArguments)->then(context, std::forward<F>(callback));
    }

    // The values an on-hold job waits for (`PUT /job/:id/input`).
    Call<Job> *submitInput(const QString &jobId, const QJsonArray &arguments);
    template<typename C, typename F>
    Call<Job> *submitInput(const QString &jobId,
                           const QJsonArray &arguments,
                           const C *context,
                           F &&callback)
    {
        return submitInput(jobId, arguments)->then(context, std::forward<F>(callback));
    }

    // Waits for the job to finish through the result long-poll (`GET /job/:id/result?full`),
    // following its 303 rounds; ResultNotReady when the supervisor gives up (408).
    Call<Job> *awaitResult(const QString &jobId);
    template<typename C, typename F>
    Call<Job> *awaitResult(const QString &jobId, const C *context, F &&callback)
    {
        return awaitResult(jobId)->then(context, std::forward<F>(callback));
    }

    // The job's output as it is produced, then the finished job (client/joblogstream.h).
    JobLogStream *followLog(const Job &job);

private:
    void sendRestart(Call<Job> *call, const QString &jobId, const QJsonArray &taskArguments);
    void pollResult(Call<Job> *call, RequestSpec spec, int round);

    SupervisorClient &m_client;
};

} // namespace TheEye
