#include "supervisor/store/jobtable.h"

#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

void bindAll(QSqlQuery &query, const QList<QVariant> &values)
{
    Database::bind(query, values);
}

const QString Columns = u"seq, id, organization_id, task_id, host_id, lifecycle, document"_s;

} // namespace

JobTable::JobTable(Database &database)
    : m_database(database)
{
    m_database.addRollbackObserver([this] { m_cache.clear(); });
}

JobRow JobTable::read(QSqlQuery &query) const
{
    JobRow row;
    row.seq = query.value(0).toLongLong();
    row.id = query.value(1).toString();
    row.organizationId = query.value(2).toString();
    row.taskId = query.value(3).toString();
    row.hostId = query.value(4).toString();
    row.lifecycle = query.value(5).toString();
    row.document = documentFromText(query.value(6).toString().toUtf8());
    return row;
}

Result<JobRow> JobTable::insert(const JobRow &row)
{
    QSqlQuery &query = m_database.statement(
        u"INSERT INTO jobs (id, organization_id, task_id, host_id, lifecycle, document) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    bindAll(query,
            {row.id,
             row.organizationId,
             row.taskId,
             row.hostId,
             row.lifecycle,
             documentText(row.document)});
    if (const Done done = m_database.exec(query); !done)
        return Result<JobRow>::failure(done.error());
    JobRow stored = row;
    stored.seq = query.lastInsertId().toLongLong();
    query.finish();
    m_cache.put(stored);
    return stored;
}

namespace {

// A member's value as JSON text, for json(?).
QString valueText(const QJsonValue &value)
{
    if (value.isObject())
        return documentText(value.toObject());
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The json_set arguments (path, value text, …) that turn `before` into `after`: the top-level
// members that differ. None when a member went away or a name needs quoting: then the whole
// document is written.
std::optional<QList<QVariant>> changedMembers(const QJsonObject &before, const QJsonObject &after)
{
    QList<QVariant> arguments;
    qsizetype added = 0;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QString key = it.key();
        const auto old = before.constFind(key);
        if (old == before.constEnd())
            ++added;
        else if (QJsonValue(old.value()) == QJsonValue(it.value()))
            continue; // unchanged: nested objects compare by their shared data first
        if (key.contains(u'"') || key.contains(u'\\'))
            return std::nullopt;
        arguments << QVariant(u"$.\""_s + key + u'"') << QVariant(valueText(it.value()));
    }
    if (before.size() + added != after.size())
        return std::nullopt;
    return arguments;
}

} // namespace

Done JobTable::update(const JobRow &row)
{
    // A row in memory is what the file holds: only the members that changed are sent, and
    // SQLite patches them into the stored text (json_set), which costs a fraction of writing the
    // whole document out again at every step of a job.
    std::optional<JobRow> known = m_cache.find(row.id);
    const auto changed = known ? changedMembers(known->document, row.document) : std::nullopt;
    QString sql;
    QList<QVariant> values{row.lifecycle, row.hostId};
    if (!changed) {
        sql = u"UPDATE jobs SET lifecycle = ?, host_id = ?, document = ? WHERE id = ?"_s;
        values.append(documentText(row.document));
    } else if (changed->isEmpty()) {
        sql = u"UPDATE jobs SET lifecycle = ?, host_id = ? WHERE id = ?"_s;
    } else {
        sql = u"UPDATE jobs SET lifecycle = ?, host_id = ?, document = json_set(document"_s;
        for (qsizetype i = 0; i < changed->size(); i += 2)
            sql += u", ?, json(?)"_s;
        sql += u") WHERE id = ?"_s;
        values += *changed;
    }
    values.append(row.id);
    QSqlQuery &query = m_database.statement(sql);
    bindAll(query, values);
    const Done done = m_database.exec(query);
    query.finish();
    // Only a row already known is refreshed: `row` may not carry the columns the update leaves.
    if (done && known) {
        known->lifecycle = row.lifecycle;
        known->hostId = row.hostId;
        known->document = row.document;
        m_cache.put(*known);
    }
    return done;
}

std::optional<JobRow> JobTable::find(const QString &id)
{
    if (auto known = m_cache.find(id))
        return known;
    QSqlQuery &query = m_database.statement(u"SELECT "_s + Columns + u" FROM jobs WHERE id = ?"_s);
    query.bindValue(0, id);
    if (!m_database.exec(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    JobRow row = read(query);
    query.finish();
    m_cache.put(row);
    return row;
}

namespace {

QString whereClause(const JobTable::Filter &filter, QList<QVariant> &values)
{
    QString where = u" WHERE organization_id = ?"_s;
    values.append(filter.organizationId);
    if (!filter.taskId.isEmpty()) {
        where += u" AND task_id = ?"_s;
        values.append(filter.taskId);
    }
    if (!filter.hostId.isEmpty()) {
        where += u" AND host_id = ?"_s;
        values.append(filter.hostId);
    }
    if (!filter.lifecycles.isEmpty()) {
        where += u" AND lifecycle IN ("_s + placeholders(filter.lifecycles.size()) + u")"_s;
        for (const QString &lifecycle : filter.lifecycles)
            values.append(lifecycle);
    }
    return where;
}

} // namespace

QList<JobRow> JobTable::list(const Filter &filter)
{
    QList<QVariant> values;
    QString sql = u"SELECT "_s + Columns + u" FROM jobs"_s + whereClause(filter, values)
                  + (filter.newestFirst ? u" ORDER BY seq DESC"_s : u" ORDER BY seq"_s);
    if (filter.limit > 0 || filter.skip > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values.append(filter.limit > 0 ? filter.limit : -1);
        values.append(filter.skip);
    }
    QList<JobRow> rows;
    QSqlQuery &query = m_database.statement(sql);
    bindAll(query, values);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append(read(query));
    query.finish();
    return rows;
}

qint64 JobTable::count(const Filter &filter)
{
    QList<QVariant> values;
    QSqlQuery &query = m_database.statement(u"SELECT COUNT(*) FROM jobs"_s
                                            + whereClause(filter, values));
    bindAll(query, values);
    qint64 count = 0;
    if (m_database.exec(query) && query.next())
        count = query.value(0).toLongLong();
    query.finish();
    return count;
}

Result<qint64> JobTable::deleteByTask(const QString &taskId, const QStringList &lifecycles)
{
    QList<QVariant> values{taskId};
    QString sql = u"DELETE FROM jobs WHERE task_id = ?"_s;
    if (!lifecycles.isEmpty()) {
        sql += u" AND lifecycle IN ("_s + placeholders(lifecycles.size()) + u")"_s;
        for (const QString &lifecycle : lifecycles)
            values.append(lifecycle);
    }
    QSqlQuery &query = m_database.statement(sql);
    bindAll(query, values);
    if (const Done done = m_database.exec(query); !done)
        return Result<qint64>::failure(done.error());
    const qint64 deleted = query.numRowsAffected();
    query.finish();
    m_cache.removeOfTask(taskId, lifecycles);
    return deleted;
}

Result<qint64> JobTable::pruneHistory(const QString &taskId, int keep, const QStringList &prunable)
{
    if (prunable.isEmpty())
        return qint64(0);
    QList<QVariant> values{taskId};
    QString sql = u"DELETE FROM jobs WHERE task_id = ? AND lifecycle IN ("_s
                  + placeholders(prunable.size()) + u")"_s;
    for (const QString &lifecycle : prunable)
        values.append(lifecycle);
    if (keep > 0) {
        // Older than the keep-th newest job of the task, whatever that one's lifecycle.
        sql += u" AND seq < (SELECT seq FROM jobs WHERE task_id = ? ORDER BY seq DESC "
               "LIMIT 1 OFFSET ?)"_s;
        values.append(taskId);
        values.append(keep - 1);
    }
    QSqlQuery &query = m_database.statement(sql);
    bindAll(query, values);
    if (const Done done = m_database.exec(query); !done)
        return Result<qint64>::failure(done.error());
    const qint64 deleted = query.numRowsAffected();
    query.finish();
    if (deleted > 0)
        m_cache.removeOfTask(taskId, prunable);
    return deleted;
}

Done JobTable::appendOutput(qint64 jobSeq, const QList<OutputChunk> &chunks)
{
    if (chunks.isEmpty())
        return std::monostate{};
    QSqlQuery &next = m_database.statement(
        u"SELECT COALESCE(MAX(chunk), -1) + 1 FROM job_output WHERE job_seq = ?"_s);
    next.bindValue(0, jobSeq);
    if (const Done done = m_database.exec(next); !done)
        return done;
    qint64 index = next.next() ? next.value(0).toLongLong() : 0;
    next.finish();
    QSqlQuery &insert = m_database.statement(
        u"INSERT INTO job_output (job_seq, chunk, stream, data) VALUES (?, ?, ?, ?)"_s);
    for (const OutputChunk &chunk : chunks) {
        bindAll(insert, {jobSeq, index++, static_cast<int>(chunk.stream), chunk.data});
        if (const Done done = m_database.exec(insert); !done)
            return done;
    }
    insert.finish();
    return std::monostate{};
}

QList<OutputChunk> JobTable::output(qint64 jobSeq)
{
    QList<OutputChunk> chunks;
    QSqlQuery &query = m_database.statement(
        u"SELECT stream, data FROM job_output WHERE job_seq = ? ORDER BY chunk"_s);
    query.bindValue(0, jobSeq);
    if (!m_database.exec(query))
        return chunks;
    while (query.next())
        chunks.append({query.value(0).toInt() == 2 ? OutputChunk::Stream::Stderr
                                                   : OutputChunk::Stream::Stdout,
                       query.value(1).toByteArray()});
    query.finish();
    return chunks;
}

Done JobTable::deleteOutput(qint64 jobSeq)
{
    QSqlQuery &query = m_database.statement(u"DELETE FROM job_output WHERE job_seq = ?"_s);
    query.bindValue(0, jobSeq);
    const Done done = m_database.exec(query);
    query.finish();
    return done;
}

} // namespace TheEye::Supervisor
