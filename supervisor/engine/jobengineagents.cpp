// The job engine's side of remote agents (agent-protocol.md §3): jobs moved to `assigned` for an
// agent's poll or its task-bound queue, their server-side timeout, and the cancels an agent is
// told of on its next poll. The local bot's side is in jobengine.cpp.

#include "models/jsonutil.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/services.h"
#include "supervisor/engine/enginejson.h"
#include "supervisor/engine/jobengine.h"
#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QTimer>

#include <climits>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using EngineJson::nowIso;
using EngineJson::timeoutOf;

void JobEngine::tellAgentCanceled(const JobRow &job)
{
    // An agent cannot be reached; it learns of the cancel on its next poll (decisions.md).
    QStringList &canceled = m_canceledForHost[job.hostId];
    if (!canceled.contains(job.id))
        canceled.append(job.id);
}

QStringList JobEngine::takeCanceledForAgent(const QString &hostId)
{
    return m_canceledForHost.take(hostId);
}

std::optional<JobRow> JobEngine::assignToAgent(const QString &organizationId, const QString &hostId)
{
    if (m_stopped)
        return std::nullopt;
    JobTable::Filter filter;
    filter.organizationId = organizationId;
    filter.hostId = hostId;
    filter.lifecycles = {u"ready"_s};
    for (JobRow job : m_services.store.jobs().list(filter)) {
        if (isLocal(job) || !job.document.value("task"_L1).isObject())
            continue;
        if (m_activeByTask.value(job.taskId) > 0
            && !taskAllowsMultitasking(job.organizationId, job.taskId))
            continue;
        if (!assignRemote(job))
            return std::nullopt;
        return job;
    }
    return std::nullopt;
}

QList<JobRow> JobEngine::dequeueForAgent(const QString &organizationId,
                                         const QString &taskId,
                                         const QString &hostId,
                                         int limit)
{
    QList<JobRow> taken;
    if (m_stopped)
        return taken;
    const bool multitasking = taskAllowsMultitasking(organizationId, taskId);
    if (!multitasking) {
        if (m_activeByTask.value(taskId) > 0)
            return taken;
        limit = std::min(limit, 1);
    }
    JobTable::Filter filter;
    filter.organizationId = organizationId;
    filter.taskId = taskId;
    filter.hostId = hostId;
    filter.lifecycles = {u"ready"_s};
    filter.limit = limit;
    // TheEye does not filter this route by host; here the local bot's jobs stay with it (they
    // are only waiting for its cap), so an agent takes the jobs of its own host.
    for (JobRow job : m_services.store.jobs().list(filter)) {
        if (isLocal(job) || !job.document.value("task"_L1).isObject())
            continue;
        if (!assignRemote(job))
            break;
        taken.append(job);
    }
    return taken;
}

bool JobEngine::assignRemote(JobRow &job)
{
    QJsonObject &doc = job.document;
    job.lifecycle = u"assigned"_s;
    doc.insert("lifecycle"_L1, job.lifecycle);
    doc.insert("script_arguments"_L1, doc.value("task_arguments_values"_L1));
    doc.insert("result"_L1, QJsonObject{{"started_at"_L1, nowIso()}});
    doc.insert("last_update"_L1, nowIso());
    if (const auto saved = m_services.jobs.save(job); !saved)
        return false;
    noteRemoteAssigned(job);
    return true;
}

void JobEngine::noteRemoteAssigned(const JobRow &job)
{
    if (m_remoteTasks.contains(job.id))
        return;
    m_remoteTasks.insert(job.id, job.taskId);
    ++m_activeByTask[job.taskId];
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const QString id = job.id;
    timer->callOnTimeout(this, [this, id] { remoteTimedOut(id); });
    timer->start(static_cast<int>(
        std::min<qint64>(timeoutOf(job.document) + m_options.agentReportGraceMs, INT_MAX)));
    m_remoteTimeouts.insert(job.id, timer);
}

void JobEngine::noteRemoteReleased(const QString &jobId)
{
    if (QTimer *timer = m_remoteTimeouts.take(jobId))
        timer->deleteLater();
    const auto task = m_remoteTasks.constFind(jobId);
    if (task == m_remoteTasks.cend())
        return;
    release(task.value());
    m_remoteTasks.erase(task);
    pump();
}

void JobEngine::remoteTimedOut(const QString &jobId)
{
    const auto row = m_services.store.jobs().find(jobId);
    noteRemoteReleased(jobId);
    if (!row || row->lifecycle != u"assigned")
        return;
    JobRow job = *row;
    QJsonObject &doc = job.document;
    const qint64 minutes = timeoutOf(doc) / 60000;
    const QString message = QString::fromUtf8(Json::compact(QJsonObject{
        {"message"_L1,
         u"The task was terminated after %1 minutes due to execution timeout."_s.arg(minutes)}}));
    QJsonObject result = doc.value("result"_L1).toObject();
    result.insert("killed"_L1, true);
    result.insert("output"_L1, QJsonArray{message});
    result.insert("finished_at"_L1, nowIso());
    job.lifecycle = u"terminated"_s;
    doc.insert("lifecycle"_L1, job.lifecycle);
    doc.insert("state"_L1, u"canceled"_s);
    doc.insert("trigger_name"_L1, u"canceled"_s);
    doc.insert("output"_L1, QJsonArray{message});
    doc.insert("result"_L1, result);
    doc.insert("last_update"_L1, nowIso());
    if (const auto saved = m_services.jobs.save(job); !saved) {
        qWarning("job engine: cannot end job %s: %s",
                 qPrintable(jobId),
                 qPrintable(saved.error().message));
        return;
    }
    tellAgentCanceled(job);
}

} // namespace TheEye::Supervisor
