#include "supervisor/engine/logfollowers.h"

namespace TheEye::Supervisor {

LogFollowers::~LogFollowers()
{
    finishAll();
}

void LogFollowers::attach(const QString &jobId,
                          std::shared_ptr<Http::ResponseStream> stream,
                          qint64 position)
{
    // Streams whose clients left are dropped here, so a job that never produces anything does
    // not collect them.
    auto &list = m_followers[jobId];
    list.removeIf([](const Follower &follower) { return follower.stream->isClosed(); });
    list.append({std::move(stream), position});
}

void LogFollowers::deliver(const QString &jobId, qint64 offset, const QByteArray &bytes)
{
    const auto it = m_followers.find(jobId);
    if (it == m_followers.end() || bytes.isEmpty())
        return;
    const qint64 end = offset + bytes.size();
    for (Follower &follower : *it) {
        if (follower.position < end && follower.position >= offset && !follower.stream->isClosed())
            follower.stream->write(bytes.mid(follower.position - offset));
        follower.position = std::max(follower.position, end);
    }
}

void LogFollowers::finish(const QString &jobId, const QByteArray &log)
{
    const QList<Follower> list = m_followers.take(jobId);
    for (const Follower &follower : list) {
        if (follower.position < log.size())
            follower.stream->write(log.mid(follower.position));
        follower.stream->finish();
    }
}

void LogFollowers::finishAll()
{
    for (const QList<Follower> &list : std::as_const(m_followers)) {
        for (const Follower &follower : list)
            follower.stream->finish();
    }
    m_followers.clear();
}

int LogFollowers::count() const
{
    int total = 0;
    for (const QList<Follower> &list : m_followers)
        total += static_cast<int>(list.size());
    return total;
}

} // namespace TheEye::Supervisor
