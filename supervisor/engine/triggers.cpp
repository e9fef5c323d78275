#include "supervisor/engine/triggers.h"

#include "models/jsonutil.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/services.h"
#include "supervisor/core/taskservice.h"
#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QTimer>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

// Timers take an int of milliseconds; a later date is re-armed when the timer fires.
constexpr qint64 LongestWaitMs = 24LL * 3600 * 1000;

bool holdsEvent(const QJsonArray &triggers, const QString &eventId)
{
    for (const QJsonValue &trigger : triggers) {
        if (Json::referenceId(trigger) == eventId)
            return true;
    }
    return false;
}

} // namespace

Triggers::Triggers(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

Triggers::~Triggers()
{
    stopAll();
}

void Triggers::start()
{
    for (const ScheduleEntry &schedule : m_services.tasks.allSchedules())
        arm(schedule);
}

void Triggers::stopAll()
{
    qDeleteAll(m_timers);
    m_timers.clear();
}

void Triggers::taskRemoved(const QString &taskId)
{
    // The schedules went with the task; their timers find nothing when they fire. Drop them now.
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (!m_services.tasks.schedule(it.key())) {
            delete it.value();
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
    Q_UNUSED(taskId);
}

void Triggers::arm(const ScheduleEntry &schedule)
{
    const QDateTime when = Json::date(schedule.document, "nextRunAt"_L1);
    const qint64 wait = when.isValid()
                            ? std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when),
                                                 0,
                                                 LongestWaitMs)
                            : 0;
    QTimer *timer = m_timers.value(schedule.id);
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        const QString id = schedule.id;
        timer->callOnTimeout(this, [this, id] { fire(id); });
        m_timers.insert(schedule.id, timer);
    }
    timer->start(static_cast<int>(wait));
}

void Triggers::fire(const QString &scheduleId)
{
    const ScheduleEntry *found = m_services.tasks.schedule(scheduleId);
    if (!found) {
        if (QTimer *timer = m_timers.take(scheduleId))
            timer->deleteLater();
        return; // canceled
    }
    const ScheduleEntry schedule = *found;
    const QDateTime when = Json::date(schedule.document, "nextRunAt"_L1);
    if (when.isValid() && QDateTime::currentDateTimeUtc().msecsTo(when) > 0) {
        arm(schedule); // further away than one timer reaches
        return;
    }
    if (QTimer *timer = m_timers.take(scheduleId))
        timer->deleteLater();
    if (const auto removed = m_services.tasks.removeSchedule(schedule.organizationId, scheduleId);
        !removed) {
        qWarning("triggers: cannot remove schedule %s", qPrintable(scheduleId));
        return;
    }
    const Organization *organization = m_services.directory.organization(schedule.organizationId);
    const TaskEntry *task = m_services.tasks.find(schedule.organizationId, schedule.taskId);
    if (!organization || !task)
        return;
    if (!task->document.value("stack_scheduled_executions"_L1).toBool(false)) {
        JobTable::Filter pending;
        pending.organizationId = organization->id;
        pending.taskId = task->id;
        pending.lifecycles = {u"ready"_s, u"assigned"_s, u"onhold"_s, u"syncing"_s, u"locked"_s};
        if (m_services.store.jobs().count(pending) > 0)
            return; // as the real scheduler: skipped while the task has a job in progress
    }
    const QJsonObject data = schedule.document.value("data"_L1).toObject();
    JobOrigin origin;
    origin.name = u"scheduler"_s;
    origin.triggeredBy = Json::string(data, "triggered_by"_L1);
    const QJsonObject body{{"task_arguments"_L1, data.value("task_arguments_values"_L1)}};
    if (const auto created = m_services.jobs.create(*organization, *task, body, {}, origin);
        !created)
        qWarning("triggers: the scheduled run of task %s failed: %s",
                 qPrintable(task->id),
                 qPrintable(created.error().message));
}

void Triggers::jobFinished(const JobRow &job)
{
    const QString name = Json::string(job.document, "trigger_name"_L1);
    if (name.isEmpty())
        return;
    const EventEntry *event = m_services.tasks.taskEvent(job.taskId, name);
    if (!event || !event->document.value("enable"_L1).toBool(true))
        return;
    const QString eventId = event->id;
    const Organization *organization = m_services.directory.organization(job.organizationId);
    if (!organization)
        return;
    const QJsonArray output = job.document.value("output"_L1).toArray();
    TaskService::ListFilter filter;
    filter.includeUnassigned = true;
    for (const TaskEntry *task : m_services.tasks.list(organization->id, filter)) {
        const QJsonObject &doc = task->document;
        if (!holdsEvent(doc.value("triggers"_L1).toArray(), eventId))
            continue;
        if (!Json::string(doc, "workflow_id"_L1).isEmpty())
            continue;
        const qint64 grace = Json::integer(doc, "grace_time"_L1, 0);
        if (grace > 0) {
            const QDateTime runAt = QDateTime::currentDateTimeUtc().addSecs(grace);
            const QString runAtText = Json::isoDate(runAt);
            const QJsonObject data{
                {"task_id"_L1, task->id},
                {"customer_id"_L1, organization->id},
                {"customer_name"_L1, organization->name},
                {"notify"_L1, true},
                {"origin"_L1, u"trigger_by"_s},
                {"triggered_by"_L1, eventId},
                {"triggered_by_job"_L1, job.id},
                {"task_arguments_values"_L1, output},
                {"scheduleData"_L1, QJsonObject{{"runDate"_L1, runAtText}}},
            };
            const QJsonObject schedule{
                {"name"_L1, u"task"_s},
                {"type"_L1, u"normal"_s},
                {"data"_L1, data},
                {"priority"_L1, 0},
                {"nextRunAt"_L1, runAtText},
                {"lastRunAt"_L1, QJsonValue()},
                {"repeatInterval"_L1, QJsonValue()},
            };
            const auto added = m_services.tasks.addSchedule(task->id, schedule);
            if (added)
                arm(*added);
            else
                qWarning("triggers: cannot schedule task %s: %s",
                         qPrintable(task->id),
                         qPrintable(added.error().message));
            continue;
        }
        JobOrigin origin;
        origin.name = u"trigger_by"_s;
        origin.triggeredBy = eventId;
        const QJsonObject body{{"task_arguments"_L1, output}};
        if (const auto created = m_services.jobs.create(*organization, *task, body, {}, origin);
            !created)
            qWarning("triggers: task %s was not started: %s",
                     qPrintable(task->id),
                     qPrintable(created.error().message));
    }
}

} // namespace TheEye::Supervisor
