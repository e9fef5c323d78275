#pragma once

#include "models/job.h"
#include "models/task.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace TheEye {

struct Schedule;

// What is known about a waiting job and its surroundings, gathered by the job window.
struct WaitFacts
{
    Job job;
    Task task;                        // the task as it is now; empty when unknown
    std::optional<bool> botReporting; // nothing when the bot is not known
    QString botName;                  // for the message
    QList<Job> runningJobsOfTask;     // assigned or started jobs of the same task
    QList<Job> queuedJobsOfTask;      // ready jobs of the same task (may include this one)
    bool localSupervisor = true;      // the local bot takes jobs at once; remote bots poll
    QDateTime now;                    // invalid: the current time
};

// Why a job in `ready` or `onhold` (or syncing, locked) has not started, as a person should hear
// it (issue 8 "Why pending"). TheEye's web UI only shows a spinner.
struct WaitReason
{
    enum class Kind {
        NotWaiting,         // running or finished
        Starting,           // just created: the bot is about to take it
        BotNotReporting,    // the bot stopped reporting; the job runs when it is back
        Multitasking,       // multitasking is off and another job of the task runs
        QueuedBehind,       // multitasking is off and older jobs of the task wait first
        BotBusy,            // nothing of the task runs and the bot is up: its cap is reached
        RemoteBotPolling,   // a remote bot has not asked for work yet
        WaitingForInput,    // onhold until someone gives the arguments
        WaitingForApproval, // an approval job
        OnHold,             // onhold for another reason (held through the API)
        Syncing,
        Locked,
    };

    Kind kind = Kind::NotWaiting;
    QString text;          // translated; empty for NotWaiting
    QString blockingJobId; // Multitasking: the job it waits for
    int jobsAhead = 0;     // QueuedBehind
};

// A just-created job is "starting" this long before the window blames the bot's cap.
inline constexpr qint64 StartingGraceMs = 3000;

WaitReason explainWait(const WaitFacts &facts);

// A grace-time execution (supervisor-api.md §8): not a job yet but a schedule that becomes one.
// "Starts in 42 s (grace time after a trigger)", or that it is due now.
QString describeSchedule(const Schedule &schedule, const QDateTime &now);
// Milliseconds until the schedule runs; 0 when it is due.
qint64 msUntil(const Schedule &schedule, const QDateTime &now);

} // namespace TheEye
