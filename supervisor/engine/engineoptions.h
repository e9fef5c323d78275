#pragma once

#include <QString>

namespace TheEye::Supervisor {

// How the job engine and its local bot behave. The defaults are decisions.md's; tests and the
// command line change them.
struct EngineOptions
{
    // false: no engine at all (a process that opens the data only to make a token).
    bool enabled = true;
    // false: the local bot is paused; its jobs wait in `ready` (remote agents still work).
    bool runLocalJobs = true;
    // At most this many scripts at once on the local bot; 0: the number of cores × 4.
    int maxConcurrentJobs = 0;
    // Output kept per job (stdout and stderr together); past it, a truncation marker.
    qint64 outputCapBytes = 16 * 1024 * 1024;
    // SIGTERM first; SIGKILL this long after.
    int killGraceMs = 5000;
    // Output is written to the database in batches this often.
    int outputFlushIntervalMs = 200;
    // A remote agent's job that has not reported within its timeout plus this is canceled.
    qint64 agentReportGraceMs = 60000;
    // Where scripts run; empty: the user's home folder.
    QString workingDirectory;

    int effectiveConcurrency() const;
};

} // namespace TheEye::Supervisor
