#pragma once

#include "models/lifecycle.h"

#include <QDateTime>

namespace TheEye {

// What the task table shows about a task's jobs, gathered from the jobs the client has seen.
struct TaskActivity
{
    int running = 0; // assigned
    int queued = 0;  // ready, onhold and the other waiting lifecycles
    Lifecycle lastLifecycle = Lifecycle::Unknown;
    JobState lastState = JobState::Unknown;
    QDateTime lastRun; // creation of the newest job
    bool operator==(const TaskActivity &) const = default;
};

} // namespace TheEye
