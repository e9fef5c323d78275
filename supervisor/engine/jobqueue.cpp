#include "supervisor/engine/jobqueue.h"

namespace TheEye::Supervisor {

void JobQueue::setHead(const QString &taskId)
{
    const auto it = m_byTask.constFind(taskId);
    if (it == m_byTask.cend() || it->empty()) {
        m_byTask.remove(taskId);
        return;
    }
    m_heads.emplace(it->begin()->first, taskId);
}

void JobQueue::add(const Entry &entry)
{
    if (m_taskOfJob.contains(entry.jobId))
        return;
    auto &jobs = m_byTask[entry.taskId];
    if (!jobs.empty())
        m_heads.erase(jobs.begin()->first);
    jobs.emplace(entry.seq, entry);
    m_taskOfJob.insert(entry.jobId, entry.taskId);
    m_seqOfJob.insert(entry.jobId, entry.seq);
    setHead(entry.taskId);
}

bool JobQueue::remove(const QString &jobId)
{
    const auto taskIt = m_taskOfJob.constFind(jobId);
    if (taskIt == m_taskOfJob.cend())
        return false;
    const QString taskId = taskIt.value();
    const qint64 seq = m_seqOfJob.value(jobId);
    m_taskOfJob.remove(jobId);
    m_seqOfJob.remove(jobId);
    auto &jobs = m_byTask[taskId];
    if (!jobs.empty())
        m_heads.erase(jobs.begin()->first);
    jobs.erase(seq);
    setHead(taskId);
    return true;
}

QList<JobQueue::Entry> JobQueue::entriesOf(const QString &taskId) const
{
    QList<Entry> entries;
    const auto it = m_byTask.constFind(taskId);
    if (it == m_byTask.cend())
        return entries;
    for (const auto &[seq, entry] : *it)
        entries.append(entry);
    return entries;
}

std::optional<JobQueue::Entry> JobQueue::takeNext(
    const std::function<bool(const Entry &head)> &mustWait)
{
    for (const auto &[seq, taskId] : m_heads) {
        const Entry &head = m_byTask[taskId].begin()->second;
        if (mustWait(head))
            continue;
        const Entry taken = head;
        remove(taken.jobId);
        return taken;
    }
    return std::nullopt;
}

} // namespace TheEye::Supervisor
