#include "supervisor/store/store.h"

#include <QDir>
#include <QJsonDocument>
#include <QVariant>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

QString documentText(const QJsonObject &document)
{
    return QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact));
}

QJsonObject documentFromText(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

namespace {

QJsonObject documentColumn(const QSqlQuery &query, int column)
{
    return documentFromText(query.value(column).toString().toUtf8());
}

} // namespace

Store::Store()
    : m_jobs(m_database)
{}

QString Store::fileName()
{
    return u"supervisor.sqlite"_s;
}

Done Store::open(const QString &dataDirectory)
{
    return m_database.open(QDir(dataDirectory).filePath(fileName()));
}

void Store::close()
{
    m_database.close();
}

Done Store::run(const QString &sql, const QList<QVariant> &values)
{
    QSqlQuery &query = m_database.statement(sql);
    Database::bind(query, values);
    const Done done = m_database.exec(query);
    query.finish();
    return done;
}

QList<OrganizationRow> Store::organizations()
{
    QList<OrganizationRow> rows;
    QSqlQuery &query = m_database.statement(u"SELECT id, name, document FROM organizations"_s);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toString(), documentColumn(query, 2)});
    query.finish();
    return rows;
}

Done Store::insertOrganization(const OrganizationRow &row)
{
    return run(u"INSERT INTO organizations (id, name, document) VALUES (?, ?, ?)"_s,
               {row.id, row.name, documentText(row.document)});
}

QList<TokenRow> Store::tokens()
{
    return tokensWhere({}, {});
}

QList<TokenRow> Store::tokensWhere(const QString &where, const QList<QVariant> &values)
{
    QList<TokenRow> rows;
    QSqlQuery &query = m_database.statement(
        u"SELECT id, hash, role, organization_id, principal_id, username, email, label, created "
        "FROM tokens"_s
        + where);
    Database::bind(query, values);
    if (!m_database.exec(query))
        return rows;
    while (query.next()) {
        TokenRow row;
        row.id = query.value(0).toString();
        row.hash = query.value(1).toString();
        row.role = query.value(2).toString();
        row.organizationId = query.value(3).toString();
        row.principalId = query.value(4).toString();
        row.username = query.value(5).toString();
        row.email = query.value(6).toString();
        row.label = query.value(7).toString();
        row.created = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        rows.append(row);
    }
    query.finish();
    return rows;
}

std::optional<TokenRow> Store::tokenByHash(const QString &hash)
{
    for (const TokenRow &row : tokensWhere(u" WHERE hash = ?"_s, {hash}))
        return row;
    return std::nullopt;
}

Done Store::insertToken(const TokenRow &row)
{
    return run(u"INSERT INTO tokens (id, hash, role, organization_id, principal_id, username, "
               "email, label, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
               {row.id,
                row.hash,
                row.role,
                row.organizationId,
                row.principalId,
                row.username,
                row.email,
                row.label,
                row.created.toUTC().toString(Qt::ISODateWithMs)});
}

Done Store::deleteToken(const QString &id)
{
    return run(u"DELETE FROM tokens WHERE id = ?"_s, {id});
}

QList<HostRow> Store::hosts()
{
    QList<HostRow> rows;
    QSqlQuery &query = m_database.statement(
        u"SELECT id, organization_id, hostname, local_bot, document FROM hosts"_s);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toBool(),
                     documentColumn(query, 4)});
    query.finish();
    return rows;
}

Done Store::upsertHost(const HostRow &row)
{
    return run(u"INSERT INTO hosts (id, organization_id, hostname, local_bot, document) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET hostname = excluded.hostname, "
               "local_bot = excluded.local_bot, document = excluded.document"_s,
               {row.id,
                row.organizationId,
                row.hostname,
                row.localBot ? 1 : 0,
                documentText(row.document)});
}

QList<ScriptRow> Store::scripts()
{
    QList<ScriptRow> rows;
    QSqlQuery &query = m_database.statement(
        u"SELECT id, organization_id, document FROM scripts ORDER BY seq"_s);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append(
            {query.value(0).toString(), query.value(1).toString(), documentColumn(query, 2)});
    query.finish();
    return rows;
}

Done Store::insertScript(const ScriptRow &row, const QByteArray &content)
{
    return run(
        u"INSERT INTO scripts (id, organization_id, document, content) VALUES (?, ?, ?, ?)"_s,
        {row.id, row.organizationId, documentText(row.document), content});
}

Done Store::updateScript(const ScriptRow &row, const QByteArray *content)
{
    if (content)
        return run(u"UPDATE scripts SET document = ?, content = ? WHERE id = ?"_s,
                   {documentText(row.document), *content, row.id});
    return run(u"UPDATE scripts SET document = ? WHERE id = ?"_s,
               {documentText(row.document), row.id});
}

std::optional<QByteArray> Store::scriptContent(const QString &id)
{
    QSqlQuery &query = m_database.statement(u"SELECT content FROM scripts WHERE id = ?"_s);
    query.bindValue(0, id);
    if (!m_database.exec(query) || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    QByteArray content = query.value(0).toByteArray();
    query.finish();
    return content;
}

QList<TaskRow> Store::tasks()
{
    QList<TaskRow> rows;
    QSqlQuery &query = m_database.statement(
        u"SELECT id, organization_id, secret, execution_count, document FROM tasks ORDER BY seq"_s);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toLongLong(),
                     documentColumn(query, 4)});
    query.finish();
    return rows;
}

Done Store::insertTask(const TaskRow &row)
{
    return run(u"INSERT INTO tasks (id, organization_id, secret, execution_count, document) "
               "VALUES (?, ?, ?, ?, ?)"_s,
               {row.id,
                row.organizationId,
                row.secret,
                row.executionCount,
                documentText(row.document)});
}

Done Store::updateTaskDocument(const QString &id, const QJsonObject &document)
{
    return run(u"UPDATE tasks SET document = ? WHERE id = ?"_s, {documentText(document), id});
}

Done Store::updateTaskSecret(const QString &id, const QString &secret)
{
    return run(u"UPDATE tasks SET secret = ? WHERE id = ?"_s, {secret, id});
}

Done Store::incrementExecutionCount(const QString &id)
{
    return run(u"UPDATE tasks SET execution_count = execution_count + 1 WHERE id = ?"_s, {id});
}

Done Store::deleteTask(const QString &id)
{
    // Events and schedules go by foreign key; jobs and their output explicitly.
    if (const auto deleted = m_jobs.deleteByTask(id, {}); !deleted)
        return Done::failure(deleted.error());
    return run(u"DELETE FROM tasks WHERE id = ?"_s, {id});
}

QList<EventRow> Store::events()
{
    QList<EventRow> rows;
    QSqlQuery &query = m_database.statement(
        u"SELECT id, organization_id, task_id, name, document FROM task_events"_s);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toString(),
                     documentColumn(query, 4)});
    query.finish();
    return rows;
}

Done Store::insertEvent(const EventRow &row)
{
    return run(u"INSERT INTO task_events (id, organization_id, task_id, name, document) "
               "VALUES (?, ?, ?, ?, ?)"_s,
               {row.id, row.organizationId, row.taskId, row.name, documentText(row.document)});
}

QList<ScheduleRow> Store::schedules()
{
    QList<ScheduleRow> rows;
    QSqlQuery &query = m_database.statement(
        u"SELECT id, organization_id, task_id, document FROM schedules"_s);
    if (!m_database.exec(query))
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     documentColumn(query, 3)});
    query.finish();
    return rows;
}

Done Store::insertSchedule(const ScheduleRow &row)
{
    return run(
        u"INSERT INTO schedules (id, organization_id, task_id, document) VALUES (?, ?, ?, ?)"_s,
        {row.id, row.organizationId, row.taskId, documentText(row.document)});
}

Done Store::deleteSchedule(const QString &id)
{
    return run(u"DELETE FROM schedules WHERE id = ?"_s, {id});
}

} // namespace TheEye::Supervisor
