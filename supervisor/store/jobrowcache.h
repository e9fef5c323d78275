#pragma once

#include "supervisor/store/records.h"

#include <QHash>
#include <QStringList>

#include <deque>
#include <optional>

namespace TheEye::Supervisor {

// The rows of the jobs the engine is about to touch again, so that a job's way through
// ready → assigned → finished reads its document from memory instead of parsing it back out of
// SQLite at every step. JobTable writes through it on every successful statement and clears it
// when a transaction rolls back, so it never holds what the file does not.
//
// Bounded both ways: unfinished jobs up to ActiveCapacity (a queue longer than that is read from
// the file when its turn comes), finished ones only the few most recent (their end is read once
// by triggers and followers, and history is listed from the file).
class JobRowCache final
{
public:
    static constexpr qsizetype ActiveCapacity = 1024;
    static constexpr qsizetype FinishedCapacity = 64;

    std::optional<JobRow> find(const QString &id) const;
    void put(const JobRow &row); // an insert, an update, or a row read from the file
    // After a delete by task: the rows of that task in one of `lifecycles` (all when empty).
    void removeOfTask(const QString &taskId, const QStringList &lifecycles);
    void clear();

    qsizetype size() const { return m_rows.size(); }

private:
    struct Entry
    {
        JobRow row;
        bool finished = false;
    };
    void trimFinished();

    QHash<QString, Entry> m_rows;
    qsizetype m_active = 0;
    std::deque<QString> m_finishedOrder; // oldest first; may name rows gone since
};

} // namespace TheEye::Supervisor
