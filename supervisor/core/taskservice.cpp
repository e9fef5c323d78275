#include "supervisor/core/taskservice.h"

#include "models/jsonutil.h"
#include "models/taskargument.h"
#include "supervisor/core/acl.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/secrets.h"
#include "supervisor/core/taskfields.h"
#include "supervisor/store/store.h"

#include <QJsonDocument>
#include <QUuid>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

QString nowIso()
{
    return Json::isoDate(QDateTime::currentDateTimeUtc());
}

ServiceError storeFailure(const Done &done)
{
    return ServiceError::internal(done.error());
}

// A script task must say how its script runs; other types that carry a script default to node,
// as TheEye's do. The %script% placeholder is added where it is missing.
void checkRunAs(const QString &type, QJsonObject &document, QList<FieldError> &errors)
{
    if (!TaskFields::needsScript(type))
        return;
    const QString runAs = document.value("script_runas"_L1).toString();
    if (runAs.trimmed().isEmpty() && type == u"script")
        errors.append(FieldError::required(u"script_runas"_s));
    else
        document.insert("script_runas"_L1,
                        TaskFields::withScriptPlaceholder(runAs.trimmed().isEmpty() ? u"node"_s
                                                                                    : runAs));
}

} // namespace

TaskService::TaskService(Store &store, Directory &directory, ScriptService &scripts)
    : m_store(store)
    , m_directory(directory)
    , m_scripts(scripts)
{
    // Counts go up in memory as jobs are created; a commit group that could not land took its
    // jobs, and so their counts, back with it.
    m_store.database().addGroupLossObserver([this] {
        for (const TaskRow &row : m_store.tasks()) {
            if (auto it = m_tasks.find(row.id); it != m_tasks.end())
                it->executionCount = row.executionCount;
        }
    });
}

Outcome<bool> TaskService::load()
{
    m_tasks.clear();
    m_order.clear();
    m_events.clear();
    m_schedules.clear();
    for (const TaskRow &row : m_store.tasks()) {
        m_tasks.insert(row.id,
                       {row.id, row.organizationId, row.secret, row.executionCount, row.document});
        m_order.append(row.id);
    }
    for (const EventRow &row : m_store.events())
        m_events.insert(row.id, {row.id, row.organizationId, row.taskId, row.name, row.document});
    for (const ScheduleRow &row : m_store.schedules())
        m_schedules.insert(row.id, {row.id, row.organizationId, row.taskId, row.document});
    return true;
}

const TaskEntry *TaskService::find(const QString &organizationId, const QString &id) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.cend() || it->organizationId != organizationId)
        return nullptr;
    return &it.value();
}

const TaskEntry *TaskService::findAny(const QString &id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.cend() ? nullptr : &it.value();
}

QList<const TaskEntry *> TaskService::list(const QString &organizationId,
                                           const ListFilter &filter) const
{
    QList<const TaskEntry *> list;
    for (const QString &id : m_order) {
        const TaskEntry &task = *m_tasks.constFind(id);
        if (task.organizationId != organizationId)
            continue;
        const QJsonObject &doc = task.document;
        const QString type = Json::string(doc, "type"_L1);
        if (!filter.includeUnassigned) {
            // Tasks that cannot run are hidden unless asked for (supervisor-api.md §3.1).
            const bool noHost = Json::string(doc, "host_id"_L1).isEmpty();
            const bool noScript = Json::string(doc, "script_id"_L1).isEmpty();
            if ((type == u"script" && (noHost || noScript)) || (type == u"scraper" && noHost))
                continue;
        }
        if (!filter.hostId.isEmpty() && Json::string(doc, "host_id"_L1) != filter.hostId)
            continue;
        if (!filter.where.isEmpty() && !TaskFields::matches(populate(task), filter.where))
            continue;
        if (filter.session && !Acl::allows(*filter.session, doc.value("acl"_L1).toArray()))
            continue;
        list.append(&task);
        if (filter.limit > 0 && list.size() >= filter.limit)
            break;
    }
    return list;
}

QJsonObject TaskService::populate(const TaskEntry &task) const
{
    QJsonObject json = task.document;
    json.insert("execution_count"_L1, task.executionCount);
    json.insert("customer"_L1, task.organizationId);
    const QString hostId = Json::string(json, "host_id"_L1);
    if (!hostId.isEmpty()) {
        if (const Host *host = m_directory.host(task.organizationId, hostId)) {
            json.insert("host"_L1, Directory::hostReference(*host));
            json.insert("hostname"_L1, host->hostname);
        }
    }
    if (TaskFields::needsScript(Json::string(json, "type"_L1))) {
        const QString scriptId = Json::string(json, "script_id"_L1);
        if (const ScriptEntry *script = m_scripts.find(task.organizationId, scriptId)) {
            json.insert("script"_L1, ScriptService::reference(*script));
            json.insert("script_name"_L1, Json::string(script->document, "filename"_L1));
        }
    }
    json.insert("schedules"_L1, schedules(task.id));
    return json;
}

QJsonObject TaskService::snapshot(const TaskEntry &task) const
{
    QJsonObject json = task.document;
    json.insert("execution_count"_L1, task.executionCount);
    json.insert("host"_L1, QJsonValue::Null);
    json.insert("customer"_L1, QJsonValue::Null);
    return json;
}

QString TaskService::fingerprint(const QJsonObject &document) const
{
    QJsonArray parts;
    for (const auto key : {"customer_id"_L1,
                           "type"_L1,
                           "name"_L1,
                           "grace_time"_L1,
                           "timeout"_L1,
                           "multitasking"_L1,
                           "script_id"_L1,
                           "script_path"_L1,
                           "script_runas"_L1})
        parts.append(document.value(key));
    parts.append(Json::toArray(document.value("env"_L1).toObject().keys()));
    for (const QJsonValue &argument : document.value("task_arguments"_L1).toArray()) {
        const QJsonObject object = argument.toObject();
        if (object.value("type"_L1).toString() != u"fixed")
            parts.append(QJsonArray{object.value("type"_L1),
                                    object.value("order"_L1),
                                    object.value("label"_L1)});
    }
    static const QUuid Namespace(u"{4c2b6f1e-9a57-5d0c-8f3e-2b7d1a9e6c40}"_s);
    return QUuid::createUuidV5(Namespace, QJsonDocument(parts).toJson(QJsonDocument::Compact))
        .toString(QUuid::WithoutBraces);
}

void TaskService::resolveReferences(const Organization &organization,
                                    const QString &type,
                                    const QJsonObject &values,
                                    QJsonObject &document,
                                    QList<FieldError> &errors,
                                    QJsonObject *inlineScript) const
{
    const auto pick = [&values](QLatin1StringView first, QLatin1StringView second) {
        const QJsonValue a = values.value(first);
        if (!a.isUndefined() && !a.isNull())
            return a;
        return values.value(second);
    };

    const QJsonValue hostRef = pick("host_id"_L1, "host"_L1);
    if (hostRef.isUndefined() || hostRef.isNull()) {
        if (TaskFields::needsHost(type))
            errors.append(FieldError::required(u"host"_s));
        else if (values.contains("host"_L1) || values.contains("host_id"_L1)) {
            document.remove("host"_L1);
            document.remove("host_id"_L1);
        }
    } else if (const Host *host = m_directory.host(organization.id, Json::referenceId(hostRef))) {
        document.insert("host"_L1, host->id);
        document.insert("host_id"_L1, host->id);
    } else {
        errors.append(FieldError::invalid(u"host"_s, hostRef));
    }

    const QJsonValue scriptRef = pick("script"_L1, "script_id"_L1);
    if (scriptRef.isUndefined() || scriptRef.isNull()) {
        if (TaskFields::needsScript(type))
            errors.append(FieldError::required(u"script"_s));
        return;
    }
    const QString scriptId = Json::referenceId(scriptRef);
    const QString otherId = Json::string(values, "script_id"_L1);
    if (const ScriptEntry *script = m_scripts.find(organization.id, scriptId)) {
        document.insert("script"_L1, script->id);
        document.insert("script_id"_L1, script->id);
    } else if (const ScriptEntry *other = m_scripts.find(organization.id, otherId)) {
        document.insert("script"_L1, other->id);
        document.insert("script_id"_L1, other->id);
    } else if (scriptRef.isObject() && scriptRef.toObject().contains("data"_L1)) {
        *inlineScript = scriptRef.toObject();
    } else {
        errors.append(FieldError::invalid(u"script"_s, scriptRef));
    }
}

Outcome<bool> TaskService::attachInlineScript(const Organization &organization,
                                              const QJsonObject &script,
                                              QJsonObject &document,
                                              QString *createdScriptId)
{
    bool created = false;
    const auto resolved = m_scripts.resolveInline(organization, script, u"script"_s, &created);
    if (!resolved)
        return Outcome<bool>::failure(resolved.error());
    if (created)
        *createdScriptId = resolved->id;
    document.insert("script"_L1, resolved->id);
    document.insert("script_id"_L1, resolved->id);
    return true;
}

Outcome<TaskEntry> TaskService::create(const Organization &organization, const QJsonObject &body)
{
    const TaskFields::Normalized input = TaskFields::normalize(body);
    QList<FieldError> errors;
    const QString name = input.values.value("name"_L1).toString();
    const QString type = input.values.value("type"_L1).toString();
    if (name.trimmed().isEmpty())
        errors.append(FieldError::required(u"name"_s));
    if (type.isEmpty())
        errors.append(FieldError::required(u"type"_s));
    else if (!TaskFields::isKnownType(type))
        errors.append(FieldError::invalid(u"type"_s, type));
    if (!errors.isEmpty()) // without a usable type nothing else can be checked
        return Outcome<TaskEntry>::failure(ServiceError::validation(errors + input.errors));

    QJsonObject document = TaskFields::defaultsFor(type);
    for (auto it = input.values.begin(); it != input.values.end(); ++it) {
        if (!it.value().isNull())
            document.insert(it.key(), it.value());
    }
    for (const auto key : {"host"_L1, "host_id"_L1, "script"_L1, "script_id"_L1})
        document.remove(key);
    QJsonObject inlineScript;
    resolveReferences(organization, type, input.values, document, errors, &inlineScript);
    checkRunAs(type, document, errors);
    if (type == u"approval" && !TaskFields::isObjectIdList(document.value("approvers"_L1)))
        errors.append(document.contains("approvers"_L1)
                          ? FieldError::invalid(u"approvers"_s, document.value("approvers"_L1))
                          : FieldError::required(u"approvers"_s));
    errors += input.errors;
    if (!errors.isEmpty())
        return Outcome<TaskEntry>::failure(ServiceError::validation(errors));

    TaskEntry task;
    task.id = ObjectId::generate();
    task.organizationId = organization.id;
    task.secret = Secrets::generate();
    const QString now = nowIso();
    document.insert("id"_L1, task.id);
    document.insert("customer_id"_L1, organization.id);
    document.insert("creation_date"_L1, now);
    document.insert("last_update"_L1, now);
    document.insert("version"_L1, 1);

    Transaction transaction(m_store.database());
    QString createdScript;
    const auto discardScript = [&] {
        if (!createdScript.isEmpty())
            m_scripts.discard(createdScript);
    };
    if (!inlineScript.isEmpty()) {
        if (const auto attached = attachInlineScript(organization,
                                                     inlineScript,
                                                     document,
                                                     &createdScript);
            !attached)
            return Outcome<TaskEntry>::failure(attached.error());
    }
    document.insert("fingerprint"_L1, fingerprint(document));
    task.document = document;

    QList<EventEntry> events;
    for (const QString &eventName : {u"success"_s, u"failure"_s}) {
        EventEntry event;
        event.id = ObjectId::generate();
        event.organizationId = organization.id;
        event.taskId = task.id;
        event.name = eventName;
        event.document = QJsonObject{
            {"_id"_L1, event.id},
            {"id"_L1, event.id},
            {"_type"_L1, u"TaskEvent"_s},
            {"name"_L1, eventName},
            {"emitter_id"_L1, task.id},
            {"emitter"_L1, task.id},
            {"enable"_L1, true},
            {"customer"_L1, organization.id},
            {"customer_id"_L1, organization.id},
            {"creation_date"_L1, now},
            {"last_update"_L1, now},
        };
        events.append(event);
    }

    Done done = m_store.insertTask({task.id, organization.id, task.secret, 0, task.document});
    for (const EventEntry &event : events) {
        if (done)
            done = m_store.insertEvent(
                {event.id, event.organizationId, event.taskId, event.name, event.document});
    }
    if (done)
        done = transaction.commit();
    if (!done) {
        discardScript();
        return Outcome<TaskEntry>::failure(storeFailure(done));
    }
    m_tasks.insert(task.id, task);
    m_order.append(task.id);
    for (const EventEntry &event : events)
        m_events.insert(event.id, event);
    return task;
}

Outcome<TaskEntry> TaskService::update(const Organization &organization,
                                       const QString &id,
                                       const QJsonObject &body)
{
    const TaskEntry *existing = find(organization.id, id);
    if (!existing)
        return Outcome<TaskEntry>::failure(ServiceError::withStatus(404, u"task not found"_s));
    const TaskFields::Normalized input = TaskFields::normalize(body);
    QList<FieldError> errors;
    if (input.values.value("name"_L1).toString().trimmed().isEmpty())
        errors.append(FieldError::required(u"name"_s));

    const QString type = Json::string(existing->document, "type"_L1); // the type never changes
    QJsonObject document = existing->document;
    for (auto it = input.values.begin(); it != input.values.end(); ++it) {
        if (it.key() == u"type" || it.key() == u"host" || it.key() == u"host_id"
            || it.key() == u"script" || it.key() == u"script_id")
            continue;
        if (it.value().isNull())
            document.remove(it.key());
        else
            document.insert(it.key(), it.value());
    }
    // Every type that runs somewhere needs its host on update, nodejs included
    // (supervisor-api.md §3.5); resolveReferences() checks script and scraper tasks.
    const bool hostless = type == u"approval" || type == u"dummy" || type == u"notification";
    const QJsonObject &references = input.values;
    if (!hostless && !TaskFields::needsHost(type)) {
        const QJsonValue host = references.value("host_id"_L1).isString()
                                    ? references.value("host_id"_L1)
                                    : references.value("host"_L1);
        if (host.isUndefined() || host.isNull())
            errors.append(FieldError::required(u"host"_s));
    }
    QJsonObject inlineScript;
    resolveReferences(organization, type, references, document, errors, &inlineScript);
    checkRunAs(type, document, errors);
    if (type == u"approval" && !TaskFields::isObjectIdList(document.value("approvers"_L1)))
        errors.append(FieldError::required(u"approvers"_s));

    QString newSecret;
    if (body.contains("secret"_L1)) {
        const QJsonValue secret = body.value("secret"_L1);
        if (secret.isString() && Secrets::isWellFormed(secret.toString()))
            newSecret = secret.toString();
        else
            errors.append(FieldError::invalid(u"secret"_s));
    }
    errors += input.errors;
    if (!errors.isEmpty())
        return Outcome<TaskEntry>::failure(ServiceError::validation(errors));

    Transaction transaction(m_store.database());
    QString createdScript;
    if (!inlineScript.isEmpty()) {
        if (const auto attached = attachInlineScript(organization,
                                                     inlineScript,
                                                     document,
                                                     &createdScript);
            !attached)
            return Outcome<TaskEntry>::failure(attached.error());
    }
    document.insert("version"_L1, Json::integer(existing->document, "version"_L1, 1) + 1);
    document.insert("last_update"_L1, nowIso());
    document.insert("fingerprint"_L1, fingerprint(document));

    Done done = m_store.updateTaskDocument(id, document);
    if (done && !newSecret.isEmpty())
        done = m_store.updateTaskSecret(id, newSecret);
    if (done)
        done = transaction.commit();
    if (!done) {
        if (!createdScript.isEmpty())
            m_scripts.discard(createdScript);
        return Outcome<TaskEntry>::failure(storeFailure(done));
    }
    TaskEntry &task = m_tasks[id];
    task.document = document;
    if (!newSecret.isEmpty())
        task.secret = newSecret;
    return task;
}

Outcome<bool> TaskService::remove(const Organization &organization, const QString &id)
{
    if (!find(organization.id, id))
        return Outcome<bool>::failure(ServiceError::withStatus(404, u"task not found"_s));
    Transaction transaction(m_store.database());
    Done done = m_store.deleteTask(id);
    if (done)
        done = transaction.commit();
    if (!done)
        return Outcome<bool>::failure(storeFailure(done));
    m_tasks.remove(id);
    m_order.removeAll(id);
    m_events.removeIf([&id](const auto &it) { return it.value().taskId == id; });
    m_schedules.removeIf([&id](const auto &it) { return it.value().taskId == id; });
    return true;
}

Outcome<TaskEntry> TaskService::setAcl(const Organization &organization,
                                       const QString &id,
                                       const QJsonArray &acl)
{
    const TaskEntry *existing = find(organization.id, id);
    if (!existing)
        return Outcome<TaskEntry>::failure(ServiceError::withStatus(404, u"task not found"_s));
    QJsonObject document = existing->document;
    document.insert("acl"_L1, acl);
    document.insert("last_update"_L1, nowIso());
    Transaction transaction(m_store.database());
    Done done = m_store.updateTaskDocument(id, document);
    if (done)
        done = transaction.commit();
    if (!done)
        return Outcome<TaskEntry>::failure(storeFailure(done));
    TaskEntry &task = m_tasks[id];
    task.document = document;
    return task;
}

Done TaskService::incrementExecutionCount(const QString &id)
{
    const Done done = m_store.incrementExecutionCount(id);
    if (done) {
        if (auto it = m_tasks.find(id); it != m_tasks.end())
            ++it->executionCount;
    }
    return done;
}

void TaskService::rollbackExecutionCount(const QString &id)
{
    if (auto it = m_tasks.find(id); it != m_tasks.end() && it->executionCount > 0)
        --it->executionCount;
}

QList<QJsonObject> TaskService::events(const QString &organizationId) const
{
    QList<QJsonObject> list;
    for (const QString &taskId : m_order) {
        const TaskEntry &task = *m_tasks.constFind(taskId);
        if (task.organizationId != organizationId)
            continue;
        QJsonObject emitter{
            {"_id"_L1, task.id},
            {"id"_L1, task.id},
            {"name"_L1, Json::string(task.document, "name"_L1)},
            {"_type"_L1, Json::string(task.document, "_type"_L1)},
            {"type"_L1, Json::string(task.document, "type"_L1)},
        };
        const QString hostId = Json::string(task.document, "host_id"_L1);
        if (const Host *host = m_directory.host(organizationId, hostId)) {
            emitter.insert("host_id"_L1, host->id);
            emitter.insert("host"_L1, Directory::hostReference(*host));
            emitter.insert("hostname"_L1, host->hostname);
        }
        for (const QString &name : {u"success"_s, u"failure"_s}) {
            if (const EventEntry *event = taskEvent(task.id, name)) {
                QJsonObject json = event->document;
                json.insert("emitter"_L1, emitter);
                list.append(json);
            }
        }
    }
    return list;
}

const EventEntry *TaskService::event(const QString &organizationId, const QString &id) const
{
    const auto it = m_events.constFind(id);
    if (it == m_events.cend() || it->organizationId != organizationId)
        return nullptr;
    return &it.value();
}

const EventEntry *TaskService::taskEvent(const QString &taskId, const QString &name) const
{
    for (const EventEntry &event : m_events) {
        if (event.taskId == taskId && event.name == name)
            return &event;
    }
    return nullptr;
}

QJsonArray TaskService::schedules(const QString &taskId) const
{
    QJsonArray list;
    if (m_schedules.isEmpty())
        return list;
    for (const ScheduleEntry &schedule : m_schedules) {
        if (schedule.taskId == taskId)
            list.append(schedule.document);
    }
    return list;
}

QList<ScheduleEntry> TaskService::allSchedules() const
{
    return m_schedules.values();
}

const ScheduleEntry *TaskService::schedule(const QString &id) const
{
    const auto it = m_schedules.constFind(id);
    return it == m_schedules.cend() ? nullptr : &*it;
}

Outcome<ScheduleEntry> TaskService::addSchedule(const QString &taskId, const QJsonObject &document)
{
    const auto taskIt = m_tasks.constFind(taskId);
    if (taskIt == m_tasks.cend())
        return Outcome<ScheduleEntry>::failure(ServiceError::withStatus(404, u"task not found"_s));
    ScheduleEntry schedule;
    schedule.id = ObjectId::generate();
    schedule.organizationId = taskIt->organizationId;
    schedule.taskId = taskId;
    schedule.document = document;
    schedule.document.insert("_id"_L1, schedule.id);
    schedule.document.insert("id"_L1, schedule.id);
    Transaction transaction(m_store.database());
    Done done = m_store.insertSchedule(
        {schedule.id, schedule.organizationId, taskId, schedule.document});
    if (done)
        done = transaction.commit();
    if (!done)
        return Outcome<ScheduleEntry>::failure(storeFailure(done));
    m_schedules.insert(schedule.id, schedule);
    return schedule;
}

Outcome<int> TaskService::removeSchedule(const QString &organizationId, const QString &id)
{
    const auto it = m_schedules.constFind(id);
    if (it == m_schedules.cend() || it->organizationId != organizationId)
        return 0;
    Transaction transaction(m_store.database());
    Done done = m_store.deleteSchedule(id);
    if (done)
        done = transaction.commit();
    if (!done)
        return Outcome<int>::failure(storeFailure(done));
    m_schedules.remove(id);
    return 1;
}

} // namespace TheEye::Supervisor
