#pragma once

#include <QString>
#include <QStringList>

namespace TheEye {

// A job's execution phase (supervisor-api.md §6.2).
enum class Lifecycle {
    Unknown,
    Ready,
    Assigned,
    OnHold,
    Syncing,
    Locked,
    Started,
    Finished,
    Terminated,
    Canceled,
    Expired,
    Completed,
};

// A job's result. Unknown keeps room for names a newer supervisor may send.
enum class JobState {
    Unknown,
    InProgress,
    Success,
    Failure,
    Canceled,
    Timeout,
    Error,
};

QString lifecycleName(Lifecycle lifecycle);
Lifecycle lifecycleFromName(QStringView name);
QString stateName(JobState state);
JobState stateFromName(QStringView name);

// Translated, for people.
QString lifecycleDisplayName(Lifecycle lifecycle);
QString stateDisplayName(JobState state);

// "Finished" for the API: finished, terminated, canceled, expired, completed.
bool isFinished(Lifecycle lifecycle);
// Their names, in that order (what the supervisor's history pruning deletes).
const QStringList &finishedLifecycleNames();
// The web UI's "in progress": ready, assigned, onhold (plus the rarely used syncing/locked).
bool isInProgress(Lifecycle lifecycle);
// Waiting to be handed to a bot.
bool isQueued(Lifecycle lifecycle);

} // namespace TheEye
