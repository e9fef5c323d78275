#pragma once

#include "supervisor/store/database.h"
#include "supervisor/store/jobrowcache.h"
#include "supervisor/store/records.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace TheEye::Supervisor {

// Jobs: the document plus the indexed columns (organization, task, host, lifecycle, creation
// order), and the output of running jobs as ordered chunks.
class JobTable final
{
public:
    explicit JobTable(Database &database);

    struct Filter
    {
        QString organizationId; // required: every query is scoped
        QString taskId;
        QString hostId;
        QStringList lifecycles; // any of these; empty means all
        bool newestFirst = false;
        qint64 limit = 0; // 0: no limit
        qint64 skip = 0;
    };

    Result<JobRow> insert(const JobRow &row); // returns the row with its seq
    Done update(const JobRow &row);           // document, lifecycle and host, by id
    // A job the engine is working on comes from memory (JobRowCache), any other from the file.
    std::optional<JobRow> find(const QString &id);
    QList<JobRow> list(const Filter &filter);
    qint64 count(const Filter &filter);
    // Deletes the jobs of a task whose lifecycle is one of `lifecycles`; returns how many.
    Result<qint64> deleteByTask(const QString &taskId, const QStringList &lifecycles);
    // Keeps the newest `keep` jobs of a task; deletes the older ones whose lifecycle is one of
    // `prunable` (listed rather than excluded, so the delete only visits those).
    Result<qint64> pruneHistory(const QString &taskId, int keep, const QStringList &prunable);

    Done appendOutput(qint64 jobSeq, const QList<OutputChunk> &chunks);
    QList<OutputChunk> output(qint64 jobSeq);
    // Once a finished job holds its whole log in its document, the chunks are not needed.
    Done deleteOutput(qint64 jobSeq);

private:
    JobRow read(QSqlQuery &query) const;

    Database &m_database;
    JobRowCache m_cache;
};

} // namespace TheEye::Supervisor
