#pragma once

#include "models/lifecycle.h"
#include "supervisor/store/records.h"

#include <QStringList>

#include <optional>

namespace TheEye::Supervisor {

// Where the job service hands jobs to whatever runs them: the job engine (local bot, remote
// agents). Called on the core thread, after the change is committed.
class JobDispatcher
{
public:
    virtual ~JobDispatcher() = default;

    // A job is `ready`: just created, restarted, or released from onhold by input.
    virtual void jobReady(const JobRow &job) = 0;
    // A cancel moved a job out of `previous` (ready, onhold or assigned); a running process
    // should be stopped.
    virtual void jobCanceled(const JobRow &job, Lifecycle previous) = 0;
    // A task and all of its jobs were deleted.
    virtual void taskRemoved(const QString &taskId) = 0;
    // The job's process has started, whether or not its `assigned` record is written yet (it is
    // written with the pass's other writes): a cancel then terminates it rather than cancel a
    // job that never ran.
    virtual bool hasStarted(const QString &jobId) const
    {
        Q_UNUSED(jobId);
        return false;
    }
    // A remote agent of host `hostId` asks for work: at most one ready job of that host, moved to
    // `assigned` (agent-protocol.md §3). Nothing runs remote jobs by default.
    virtual std::optional<JobRow> assignToAgent(const QString &organizationId,
                                                const QString &hostId)
    {
        Q_UNUSED(organizationId);
        Q_UNUSED(hostId);
        return std::nullopt;
    }
    // GET /task/:id/job/queue (supervisor-api.md §3.11): up to `limit` ready jobs of one task for
    // the agent of host `hostId`, moved to `assigned`, oldest first.
    virtual QList<JobRow> dequeueForAgent(const QString &organizationId,
                                          const QString &taskId,
                                          const QString &hostId,
                                          int limit)
    {
        Q_UNUSED(organizationId);
        Q_UNUSED(taskId);
        Q_UNUSED(hostId);
        Q_UNUSED(limit);
        return {};
    }
    // The ids of jobs that host `hostId`'s agent was running and that were canceled since its
    // last poll; each is told once.
    virtual QStringList takeCanceledForAgent(const QString &hostId)
    {
        Q_UNUSED(hostId);
        return {};
    }
};

// Until the engine exists: jobs wait in `ready`, nothing runs.
class IdleDispatcher final : public JobDispatcher
{
public:
    void jobReady(const JobRow &) override {}
    void jobCanceled(const JobRow &, Lifecycle) override {}
    void taskRemoved(const QString &) override {}
};

} // namespace TheEye::Supervisor
