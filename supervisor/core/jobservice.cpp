#include "supervisor/core/jobservice.h"

#include "models/jobarguments.h"
#include "models/jsonutil.h"
#include "models/task.h"
#include "supervisor/core/acl.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobdispatcher.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/taskfields.h"
#include "supervisor/core/taskservice.h"
#include "supervisor/store/store.h"

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

QString nowIso()
{
    return Json::isoDate(QDateTime::currentDateTimeUtc());
}

ServiceError storeFailure(const QString &detail)
{
    return ServiceError::internal(detail);
}

} // namespace

JobService::JobService(
    Store &store, Directory &directory, TaskService &tasks, ScriptService &scripts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_directory(directory)
    , m_tasks(tasks)
    , m_scripts(scripts)
{}

JobService::~JobService() = default;

void JobService::setDispatcher(JobDispatcher *dispatcher)
{
    m_dispatcher = dispatcher;
}

void JobService::setApiUrlProvider(std::function<QString()> provider)
{
    m_apiUrl = std::move(provider);
}

bool JobService::isFinished(const QString &lifecycle)
{
    return isFinishedJobLifecycle(lifecycle);
}

Outcome<JobService::Created> JobService::create(const Organization &organization,
                                                const TaskEntry &task,
                                                const QJsonValue &body,
                                                const QJsonObject &query,
                                                const JobOrigin &origin)
{
    const Task model(task.document);
    const auto payload = JobRequest::arguments(model.arguments(), body, query);
    if (!payload)
        return Outcome<Created>::failure(payload.error());
    const auto options = JobRequest::options(body, query);
    if (!options)
        return Outcome<Created>::failure(options.error());

    const QString type = model.type();
    const QString hostId = Json::string(task.document, "host_id"_L1);
    if (TaskFields::needsHost(type) && !m_directory.host(organization.id, hostId))
        return Outcome<Created>::failure(ServiceError::withStatus(
            500, u"The task has no bot assigned; edit it and choose where it runs."_s));

    JobFactory::Input input;
    input.organization = &organization;
    input.task = &task;
    input.taskSnapshot = m_tasks.snapshot(task);
    input.script = TaskFields::needsScript(type)
                       ? m_scripts.find(organization.id,
                                        Json::string(task.document, "script_id"_L1))
                       : nullptr;
    input.hostId = hostId;
    input.payload = *payload;
    input.options = *options;
    input.origin = origin;
    input.apiUrl = m_apiUrl ? m_apiUrl() : QString();
    const JobFactory::Built built = JobFactory::build(input);

    JobRow row;
    row.id = Json::string(built.document, "id"_L1);
    row.organizationId = organization.id;
    row.taskId = task.id;
    row.hostId = hostId;
    row.lifecycle = Json::string(built.document, "lifecycle"_L1);
    row.document = built.document;

    Transaction transaction(m_store.database(), Database::Landing::Grouped);
    auto inserted = m_store.jobs().insert(row);
    if (!inserted)
        return Outcome<Created>::failure(storeFailure(inserted.error()));
    bool counted = false;
    if (!built.buildError) {
        if (const Done done = m_tasks.incrementExecutionCount(task.id); !done)
            return Outcome<Created>::failure(storeFailure(done.error()));
        counted = true;
    }
    if (model.autoremoveCompletedJobs() && !pruneBeforeLanding(task.id, model)) {
        const auto pruned = m_store.jobs().pruneHistory(task.id,
                                                        model.autoremoveCompletedJobsLimit(),
                                                        finishedJobLifecycles());
        if (!pruned) {
            if (counted)
                m_tasks.rollbackExecutionCount(task.id);
            return Outcome<Created>::failure(storeFailure(pruned.error()));
        }
    }
    if (const Done done = transaction.commit(); !done) {
        if (counted)
            m_tasks.rollbackExecutionCount(task.id);
        return Outcome<Created>::failure(storeFailure(done.error()));
    }

    if (m_dispatcher && inserted->lifecycle == u"ready")
        m_dispatcher->jobReady(*inserted);
    if (isFinished(inserted->lifecycle))
        Q_EMIT jobFinished(inserted->id);
    return Created{*inserted, options->waitResult};
}

bool JobService::pruneBeforeLanding(const QString &taskId, const Task &task)
{
    // A burst of one task's jobs in one commit group prunes its history once, as the group
    // lands, rather than once per job.
    const bool scheduled = !m_pendingPrunes.isEmpty();
    m_pendingPrunes.insert(taskId, task.autoremoveCompletedJobsLimit());
    if (scheduled || m_store.database().beforeLanding([this] { pruneHistories(); }))
        return true;
    m_pendingPrunes.clear();
    return false;
}

void JobService::pruneHistories()
{
    const auto prunes = std::exchange(m_pendingPrunes, {});
    for (auto it = prunes.cbegin(); it != prunes.cend(); ++it) {
        Transaction transaction(m_store.database(), Database::Landing::Grouped);
        const auto pruned = m_store.jobs().pruneHistory(it.key(),
                                                        it.value(),
                                                        finishedJobLifecycles());
        const Done done = pruned ? transaction.commit() : Done::failure(pruned.error());
        if (!done)
            qWarning("jobs: cannot prune the history of task %s: %s",
                     qPrintable(it.key()),
                     qPrintable(done.error()));
    }
}

std::optional<JobRow> JobService::find(const QString &organizationId, const QString &id)
{
    auto row = m_store.jobs().find(id);
    if (!row || row->organizationId != organizationId)
        return std::nullopt;
    return row;
}

std::optional<JobRow> JobService::findAny(const QString &id)
{
    return m_store.jobs().find(id);
}

QList<JobRow> JobService::list(const ListQuery &query)
{
    JobTable::Filter filter;
    filter.organizationId = query.organizationId;
    filter.taskId = query.taskId;
    filter.hostId = query.hostId;
    filter.lifecycles = query.lifecycles;
    filter.newestFirst = query.newestFirst;
    const bool restricted = query.session && !bypassesAcl(query.session->role);
    if (!restricted) {
        filter.limit = query.limit;
        filter.skip = query.skip;
        return m_store.jobs().list(filter);
    }
    // The acl lives in the document: filter first, then page.
    QList<JobRow> visible;
    qint64 skipped = 0;
    for (JobRow &row : m_store.jobs().list(filter)) {
        if (!Acl::allows(*query.session, row.document.value("acl"_L1).toArray()))
            continue;
        if (skipped < query.skip) {
            ++skipped;
            continue;
        }
        visible.append(std::move(row));
        if (query.limit > 0 && visible.size() >= query.limit)
            break;
    }
    return visible;
}

Outcome<bool> JobService::save(const JobRow &job)
{
    Transaction transaction(m_store.database(), Database::Landing::Grouped);
    Done done = m_store.jobs().update(job);
    if (done)
        done = transaction.commit();
    if (!done)
        return Outcome<bool>::failure(storeFailure(done.error()));
    if (isFinished(job.lifecycle))
        Q_EMIT jobFinished(job.id);
    return true;
}

Outcome<bool> JobService::cancel(const JobRow &job, const Session &session)
{
    const bool cancellable = job.document.value("task"_L1)
                                 .toObject()
                                 .value("cancellable"_L1)
                                 .toBool(job.document.value("cancellable"_L1).toBool(true));
    if (!bypassesAcl(session.role) && !cancellable)
        return Outcome<bool>::failure(ServiceError::withStatus(403, u"Job is not cancellable"_s));

    const QString previous = job.lifecycle;
    QString next;
    if (previous == u"ready" && m_dispatcher && m_dispatcher->hasStarted(job.id))
        next = u"terminated"_s;
    else if (previous == u"ready" || previous == u"onhold")
        next = u"canceled"_s;
    else if (previous == u"assigned")
        next = u"terminated"_s;
    else
        return true; // nothing to cancel; the answer is 204 all the same

    JobRow changed = job;
    const QJsonObject user = session.principal.toJson();
    changed.lifecycle = next;
    changed.document.insert("lifecycle"_L1, next);
    changed.document.insert("state"_L1, u"canceled"_s);
    changed.document.insert("trigger_name"_L1, u"canceled"_s);
    changed.document.insert("result"_L1,
                            QJsonObject{{"user"_L1, user}, {"output"_L1, QJsonArray{user}}});
    changed.document.insert("output"_L1, QJsonArray{QString::fromUtf8(Json::compact(user))});
    changed.document.insert("last_update"_L1, nowIso());
    if (const auto saved = save(changed); !saved)
        return saved;
    if (m_dispatcher)
        m_dispatcher->jobCanceled(changed, lifecycleFromName(previous));
    return true;
}

Outcome<JobRow> JobService::restart(const Organization &organization,
                                    const JobRow &job,
                                    const QJsonValue &body,
                                    const QJsonObject &query)
{
    const QString type = Json::string(job.document, "_type"_L1);
    if (type != u"ScriptJob" && type != u"NodejsJob")
        return Outcome<JobRow>::failure(
            ServiceError::text(400, u"job type not allowed. script and nodejs"_s));
    if (!isFinished(job.lifecycle))
        return Outcome<JobRow>::failure(
            ServiceError::text(400, u"only finished jobs can be restarted"_s));
    const TaskEntry *task = m_tasks.find(organization.id, job.taskId);
    if (!task)
        return Outcome<JobRow>::failure(ServiceError::withStatus(404, u"task not found"_s));
    const Task model(task->document);
    const auto payload = JobRequest::arguments(model.arguments(), body, query);
    if (!payload)
        return Outcome<JobRow>::failure(payload.error());
    const auto values = JobArguments::resolve(model.arguments(), *payload, model.argumentsType());
    if (!values)
        return Outcome<JobRow>::failure(ServiceError::withStatus(400, values.error()));
    const ScriptEntry *script = m_scripts.find(organization.id,
                                               Json::string(task->document, "script_id"_L1));
    if (!script)
        return Outcome<JobRow>::failure(ServiceError::withStatus(400, u"ScriptNotFound"_s));

    JobRow changed = job;
    QJsonObject &doc = changed.document;
    changed.lifecycle = u"ready"_s;
    doc.insert("lifecycle"_L1, changed.lifecycle);
    doc.insert("state"_L1, u"in_progress"_s);
    doc.insert("task_arguments_values"_L1, *values);
    doc.insert("script"_L1, script->document);
    doc.insert("script_id"_L1, script->id);
    doc.insert("script_runas"_L1, task->document.value("script_runas"_L1));
    doc.insert("task"_L1, m_tasks.snapshot(*task));
    doc.insert("output"_L1, QJsonArray());
    doc.remove("result"_L1);
    doc.remove("trigger_name"_L1);
    doc.insert("last_update"_L1, nowIso());
    if (const auto saved = save(changed); !saved)
        return Outcome<JobRow>::failure(saved.error());
    if (m_dispatcher)
        m_dispatcher->jobReady(changed);
    return changed;
}

Outcome<JobRow> JobService::input(const JobRow &job, const QJsonValue &body)
{
    const QString type = Json::string(job.document, "_type"_L1);
    if (type != u"ScriptJob" && type != u"DummyJob")
        return Outcome<JobRow>::failure(
            ServiceError::text(400, u"job type not allowed. script and dummy"_s));
    if (job.lifecycle != u"onhold")
        return Outcome<JobRow>::failure(ServiceError::text(400, u"only on hold jobs allowed"_s));
    const Task snapshot(job.document.value("task"_L1).toObject());
    const QJsonValue args = body.toObject().value("args"_L1);
    if (!args.isArray())
        return Outcome<JobRow>::failure(
            ServiceError::withStatus(400, u"args must be an array of argument values"_s));
    const auto payload = JobRequest::arguments(snapshot.arguments(),
                                               QJsonObject{{"task_arguments"_L1, args}},
                                               {});
    if (!payload)
        return Outcome<JobRow>::failure(payload.error());
    const auto values = JobArguments::resolve(snapshot.arguments(),
                                              *payload,
                                              snapshot.argumentsType());
    if (!values)
        return Outcome<JobRow>::failure(ServiceError::withStatus(400, values.error()));

    JobRow changed = job;
    QJsonObject &doc = changed.document;
    doc.insert("task_arguments_values"_L1, *values);
    doc.insert("last_update"_L1, nowIso());
    if (type == u"DummyJob") {
        QJsonArray output;
        for (const QJsonValue &value : *values)
            output.append(Json::toText(value));
        changed.lifecycle = u"finished"_s;
        doc.insert("state"_L1, u"success"_s);
        doc.insert("trigger_name"_L1, u"success"_s);
        doc.insert("output"_L1, output);
        doc.insert("result"_L1, QJsonObject{{"output"_L1, output}});
    } else {
        changed.lifecycle = u"ready"_s;
    }
    doc.insert("lifecycle"_L1, changed.lifecycle);
    if (const auto saved = save(changed); !saved)
        return Outcome<JobRow>::failure(saved.error());
    if (m_dispatcher && changed.lifecycle == u"ready")
        m_dispatcher->jobReady(changed);
    return changed;
}

Outcome<JobRow> JobService::setAcl(const JobRow &job, const QJsonArray &acl)
{
    JobRow changed = job;
    changed.document.insert("acl"_L1, acl);
    changed.document.insert("last_update"_L1, nowIso());
    if (const auto saved = save(changed); !saved)
        return Outcome<JobRow>::failure(saved.error());
    return changed;
}

Outcome<qint64> JobService::deleteByTask(const QString &taskId, const QStringList &extraLifecycles)
{
    QStringList lifecycles = finishedJobLifecycles();
    for (const QString &lifecycle : extraLifecycles) {
        if (!lifecycles.contains(lifecycle))
            lifecycles.append(lifecycle);
    }
    Transaction transaction(m_store.database());
    const auto deleted = m_store.jobs().deleteByTask(taskId, lifecycles);
    if (!deleted)
        return Outcome<qint64>::failure(storeFailure(deleted.error()));
    if (const Done done = transaction.commit(); !done)
        return Outcome<qint64>::failure(storeFailure(done.error()));
    return *deleted;
}

std::optional<JobRow> JobService::assignToAgent(const QString &organizationId,
                                                const QString &hostId)
{
    return m_dispatcher ? m_dispatcher->assignToAgent(organizationId, hostId) : std::nullopt;
}

QList<JobRow> JobService::dequeueForAgent(const QString &organizationId,
                                          const QString &taskId,
                                          const QString &hostId,
                                          int limit)
{
    return m_dispatcher ? m_dispatcher->dequeueForAgent(organizationId, taskId, hostId, limit)
                        : QList<JobRow>();
}

QStringList JobService::takeCanceledForAgent(const QString &hostId)
{
    return m_dispatcher ? m_dispatcher->takeCanceledForAgent(hostId) : QStringList();
}

void JobService::taskRemoved(const QString &taskId)
{
    if (m_dispatcher)
        m_dispatcher->taskRemoved(taskId);
}

} // namespace TheEye::Supervisor
