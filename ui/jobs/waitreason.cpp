#include "ui/jobs/waitreason.h"

#include "client/tasksapi.h"
#include "models/durationformat.h"
#include "ui/jobs/jobstr.h"

#include <QLocale>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

QString shortId(const QString &id)
{
    return id.size() > 6 ? u'#' + id.right(6) : u'#' + id;
}

QString botLabel(const WaitFacts &facts)
{
    if (!facts.botName.isEmpty())
        return facts.botName;
    if (!facts.job.hostname().isEmpty())
        return facts.job.hostname();
    return JobsTr::tr("the bot");
}

bool isWaitingForInput(const WaitFacts &facts)
{
    const bool userInputs = facts.task.userInputs()
                            || facts.job.toJson().value("user_inputs"_L1).toBool();
    if (userInputs)
        return true;
    // A job held without its arguments cannot run until someone gives them.
    const Task definition = facts.task.id().isEmpty() ? facts.job.taskSnapshot() : facts.task;
    return definition.hasDynamicArguments() && facts.job.taskArgumentsValues().isEmpty();
}

WaitReason reason(WaitReason::Kind kind, QString text)
{
    WaitReason result;
    result.kind = kind;
    result.text = std::move(text);
    return result;
}

WaitReason explainOnHold(const WaitFacts &facts)
{
    using Kind = WaitReason::Kind;
    if (facts.job.jobType() == u"ApprovalJob"_s)
        return reason(Kind::WaitingForApproval,
                      JobsTr::tr(
                          "Waiting for approval: the job runs once an approver accepts it."));
    if (isWaitingForInput(facts))
        return reason(Kind::WaitingForInput,
                      JobsTr::tr("Waiting for input: give the arguments below to let it run."));
    return reason(Kind::OnHold,
                  JobsTr::tr("On hold: the job was put on hold and runs when someone releases "
                             "it."));
}

WaitReason explainReady(const WaitFacts &facts, const QDateTime &now)
{
    using Kind = WaitReason::Kind;
    const QString bot = botLabel(facts);
    if (facts.botReporting == false)
        return reason(Kind::BotNotReporting,
                      JobsTr::tr("The bot %1 stopped reporting. The job waits in the queue and "
                                 "runs when the bot is back.")
                          .arg(bot));

    const QString selfId = facts.job.id();
    const bool multitasking = facts.task.id().isEmpty() || facts.task.multitasking();
    if (!multitasking) {
        for (const Job &running : facts.runningJobsOfTask) {
            if (running.id() == selfId)
                continue;
            WaitReason result = reason(
                Kind::Multitasking,
                JobsTr::tr("Multitasking is off for this task and job %1 (started %2) is "
                           "running. This job starts when it ends.")
                    .arg(shortId(running.id()),
                         QLocale().toString(running.creationDate().toLocalTime().time(),
                                            QLocale::ShortFormat)));
            result.blockingJobId = running.id();
            return result;
        }
        // FIFO per task: older ready jobs go first, one at a time.
        const QDateTime created = facts.job.creationDate();
        int ahead = 0;
        for (const Job &queued : facts.queuedJobsOfTask) {
            if (queued.id() != selfId && queued.creationDate() < created)
                ++ahead;
        }
        if (ahead > 0) {
            WaitReason result = reason(Kind::QueuedBehind,
                                       JobsTr::tr("Multitasking is off for this task and %n "
                                                  "older job(s) wait before this one.",
                                                  nullptr,
                                                  ahead));
            result.jobsAhead = ahead;
            return result;
        }
    }

    const QDateTime created = facts.job.creationDate();
    const qint64 age = created.isValid() ? created.msecsTo(now) : StartingGraceMs;
    if (!facts.localSupervisor)
        return reason(Kind::RemoteBotPolling,
                      JobsTr::tr("Queued for %1. Remote bots ask for work every few seconds and "
                                 "run a limited number of jobs at once; it starts when the bot "
                                 "takes it.")
                          .arg(bot));
    if (age < StartingGraceMs)
        return reason(Kind::Starting, JobsTr::tr("Starting on %1…").arg(bot));
    return reason(Kind::BotBusy,
                  JobsTr::tr("The bot %1 is busy with other jobs: it runs a limited number at "
                             "once. This job starts as soon as one of them ends.")
                      .arg(bot));
}

} // namespace

WaitReason explainWait(const WaitFacts &facts)
{
    using Kind = WaitReason::Kind;
    const QDateTime now = facts.now.isValid() ? facts.now : QDateTime::currentDateTimeUtc();
    switch (facts.job.lifecycle()) {
    case Lifecycle::Ready:
        return explainReady(facts, now);
    case Lifecycle::OnHold:
        return explainOnHold(facts);
    case Lifecycle::Syncing:
        return reason(Kind::Syncing,
                      JobsTr::tr("Syncing: the job waits for its data to be synchronised before "
                                 "it is queued."));
    case Lifecycle::Locked:
        return reason(Kind::Locked, JobsTr::tr("Locked: the job is held and cannot start yet."));
    default:
        return {};
    }
}

qint64 msUntil(const Schedule &schedule, const QDateTime &now)
{
    if (!schedule.nextRunAt.isValid())
        return 0;
    return std::max<qint64>(0, now.msecsTo(schedule.nextRunAt));
}

QString describeSchedule(const Schedule &schedule, const QDateTime &now)
{
    const qint64 remaining = msUntil(schedule, now);
    if (!schedule.repeatInterval.isEmpty())
        return JobsTr::tr("Scheduled: next run in %1 (every %2).")
            .arg(formatDuration((remaining + 999) / 1000 * 1000), schedule.repeatInterval);
    if (remaining <= 0)
        return JobsTr::tr("A delayed run is due now.");
    // Whole seconds rounded up, so a countdown never shows 0 s while it still waits.
    return JobsTr::tr("Starts in %1: a trigger started it and the task's grace time delays it.")
        .arg(formatDuration((remaining + 999) / 1000 * 1000));
}

} // namespace TheEye
