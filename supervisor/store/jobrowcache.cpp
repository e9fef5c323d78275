#include "supervisor/store/jobrowcache.h"

#include <algorithm>

namespace TheEye::Supervisor {

std::optional<JobRow> JobRowCache::find(const QString &id) const
{
    const auto it = m_rows.constFind(id);
    if (it == m_rows.cend())
        return std::nullopt;
    return it->row;
}

void JobRowCache::put(const JobRow &row)
{
    const bool finished = isFinishedJobLifecycle(row.lifecycle);
    auto it = m_rows.find(row.id);
    if (it == m_rows.end()) {
        if (!finished && m_active >= ActiveCapacity)
            return;
        it = m_rows.insert(row.id, Entry{row, finished});
        if (!finished)
            ++m_active;
    } else {
        if (it->finished != finished)
            m_active += finished ? -1 : 1;
        *it = Entry{row, finished};
    }
    if (finished) {
        m_finishedOrder.push_back(row.id);
        trimFinished();
    }
}

void JobRowCache::trimFinished()
{
    // The order may name a row twice (finished, restarted, finished again) or a row gone: only
    // a row still finished counts, and the queue is bounded by how many were put since.
    while (m_finishedOrder.size() > static_cast<size_t>(FinishedCapacity)) {
        const QString oldest = m_finishedOrder.front();
        m_finishedOrder.pop_front();
        const auto it = m_rows.constFind(oldest);
        if (it == m_rows.cend() || !it->finished)
            continue;
        if (std::count(m_finishedOrder.cbegin(), m_finishedOrder.cend(), oldest) == 0)
            m_rows.erase(it);
    }
}

void JobRowCache::removeOfTask(const QString &taskId, const QStringList &lifecycles)
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->row.taskId == taskId
            && (lifecycles.isEmpty() || lifecycles.contains(it->row.lifecycle))) {
            if (!it->finished)
                --m_active;
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
}

void JobRowCache::clear()
{
    m_rows.clear();
    m_active = 0;
    m_finishedOrder.clear();
}

} // namespace TheEye::Supervisor
