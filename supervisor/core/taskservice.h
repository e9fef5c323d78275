#pragma once

#include "supervisor/core/serviceerror.h"
#include "supervisor/core/session.h"
#include "supervisor/store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace TheEye::Supervisor {

class Directory;
class ScriptService;
class Store;

struct TaskEntry
{
    QString id;
    QString organizationId;
    QString secret;
    qint64 executionCount = 0;
    QJsonObject document; // as stored: no secret, no execution_count, no populated members
};

struct EventEntry
{
    QString id;
    QString organizationId;
    QString taskId;
    QString name;
    QJsonObject document;
};

struct ScheduleEntry
{
    QString id;
    QString organizationId;
    QString taskId;
    QJsonObject document;
};

// Tasks with TheEye's validation and defaults, their success/failure events and their pending
// schedules. Everything is served from memory and written through to the store, one transaction
// per change.
class TaskService final
{
public:
    TaskService(Store &store, Directory &directory, ScriptService &scripts);
    TaskService(const TaskService &) = delete;
    TaskService &operator=(const TaskService &) = delete;

    Outcome<bool> load();

    const TaskEntry *find(const QString &organizationId, const QString &id) const;
    // Any organization's task: only for secret routes, where the secret is the credential.
    const TaskEntry *findAny(const QString &id) const;

    struct ListFilter
    {
        QString hostId;
        bool includeUnassigned = false;   // ?unassigned present: also tasks that cannot run
        QJsonObject where;                // where[field]=value equality
        const Session *session = nullptr; // below admin: only what the acl grants
        qint64 limit = 0;
    };
    QList<const TaskEntry *> list(const QString &organizationId, const ListFilter &filter) const;

    // The task as GET /task serves it: stored members, execution_count, the populated host and
    // script ({_id,hostname,id} / {_type,_id,filename,id}), hostname, script_name, schedules.
    QJsonObject populate(const TaskEntry &task) const;
    // What a job embeds: the stored task with execution_count, `host` and `customer` null.
    QJsonObject snapshot(const TaskEntry &task) const;

    Outcome<TaskEntry> create(const Organization &organization, const QJsonObject &body);
    // PUT and PATCH: the members given replace the stored ones; name, host (host or host_id) and
    // script are required as on the real supervisor; a 64-hex `secret` rotates the secret.
    Outcome<TaskEntry> update(const Organization &organization,
                              const QString &id,
                              const QJsonObject &body);
    Outcome<bool> remove(const Organization &organization, const QString &id);
    Outcome<TaskEntry> setAcl(const Organization &organization,
                              const QString &id,
                              const QJsonArray &acl);
    // Part of the caller's transaction (job creation).
    Done incrementExecutionCount(const QString &id);
    void rollbackExecutionCount(const QString &id);

    QList<QJsonObject> events(const QString &organizationId) const; // emitter populated
    const EventEntry *event(const QString &organizationId, const QString &id) const;
    // The task's success or failure event.
    const EventEntry *taskEvent(const QString &taskId, const QString &name) const;

    QJsonArray schedules(const QString &taskId) const;
    QList<ScheduleEntry> allSchedules() const; // every organization's, for the engine's timers
    const ScheduleEntry *schedule(const QString &id) const;
    Outcome<ScheduleEntry> addSchedule(const QString &taskId, const QJsonObject &document);
    Outcome<int> removeSchedule(const QString &organizationId, const QString &id);

private:
    QString fingerprint(const QJsonObject &document) const;
    // Resolves host and script references into `document`; appends to `errors`.
    void resolveReferences(const Organization &organization,
                           const QString &type,
                           const QJsonObject &values,
                           QJsonObject &document,
                           QList<FieldError> &errors,
                           QJsonObject *inlineScript) const;
    Outcome<bool> attachInlineScript(const Organization &organization,
                                     const QJsonObject &script,
                                     QJsonObject &document,
                                     QString *createdScriptId);

    Store &m_store;
    Directory &m_directory;
    ScriptService &m_scripts;
    QHash<QString, TaskEntry> m_tasks;
    QList<QString> m_order; // creation order
    QHash<QString, EventEntry> m_events;
    QHash<QString, ScheduleEntry> m_schedules;
};

} // namespace TheEye::Supervisor
