#pragma once

#include "supervisor/store/database.h"
#include "supervisor/store/jobtable.h"
#include "supervisor/store/records.h"

#include <QList>

#include <optional>

namespace TheEye::Supervisor {

// The local supervisor's persistence: organizations, tokens, hosts, scripts, tasks, their events
// and schedules here, jobs in jobs(). Only the supervisor core thread uses it. Methods do not
// open transactions of their own; the caller wraps each state change in one Transaction.
class Store final
{
public:
    Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    static QString fileName(); // "supervisor.sqlite"

    Done open(const QString &dataDirectory);
    void close();
    Database &database() { return m_database; }
    JobTable &jobs() { return m_jobs; }

    QList<OrganizationRow> organizations();
    Done insertOrganization(const OrganizationRow &row);

    QList<TokenRow> tokens();
    std::optional<TokenRow> tokenByHash(const QString &hash);
    Done insertToken(const TokenRow &row);
    Done deleteToken(const QString &id);

    QList<HostRow> hosts();
    Done upsertHost(const HostRow &row);

    QList<ScriptRow> scripts();
    Done insertScript(const ScriptRow &row, const QByteArray &content);
    Done updateScript(const ScriptRow &row, const QByteArray *content);
    // The content, or nullopt when the script does not exist.
    std::optional<QByteArray> scriptContent(const QString &id);

    QList<TaskRow> tasks(); // in creation order
    Done insertTask(const TaskRow &row);
    Done updateTaskDocument(const QString &id, const QJsonObject &document);
    Done updateTaskSecret(const QString &id, const QString &secret);
    Done incrementExecutionCount(const QString &id);
    Done deleteTask(const QString &id); // with its events, schedules and jobs

    QList<EventRow> events();
    Done insertEvent(const EventRow &row);

    QList<ScheduleRow> schedules();
    Done insertSchedule(const ScheduleRow &row);
    Done deleteSchedule(const QString &id);

private:
    Done run(const QString &sql, const QList<QVariant> &values);
    QList<TokenRow> tokensWhere(const QString &where, const QList<QVariant> &values);

    Database m_database;
    JobTable m_jobs;
};

// Compact JSON text for a document column, and back (an unreadable document reads as empty).
QString documentText(const QJsonObject &document);
QJsonObject documentFromText(const QByteArray &text);

} // namespace TheEye::Supervisor
