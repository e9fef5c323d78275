#pragma once

#include "supervisor/http/httpresponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace TheEye::Supervisor {

// Clients following jobs' output (`GET /job/:id/log?follow=1`): each gets the bytes of the job's
// log from where it stands, as they are produced, and its stream ends when the job does. Core
// thread only; the streams themselves are thread-safe.
class LogFollowers final
{
public:
    LogFollowers() = default;
    LogFollowers(const LogFollowers &) = delete;
    LogFollowers &operator=(const LogFollowers &) = delete;
    ~LogFollowers(); // ends every stream

    // `position` is the log offset the stream has reached (what it was sent already, or `from`).
    void attach(const QString &jobId,
                std::shared_ptr<Http::ResponseStream> stream,
                qint64 position);
    // `bytes` start at log offset `offset`.
    void deliver(const QString &jobId, qint64 offset, const QByteArray &bytes);
    // The job ended with this whole log: what each follower misses, then the end of its stream.
    void finish(const QString &jobId, const QByteArray &log);
    void finishAll();
    bool has(const QString &jobId) const { return m_followers.contains(jobId); }
    int count() const;

private:
    struct Follower
    {
        std::shared_ptr<Http::ResponseStream> stream;
        qint64 position = 0;
    };
    QHash<QString, QList<Follower>> m_followers;
};

} // namespace TheEye::Supervisor
