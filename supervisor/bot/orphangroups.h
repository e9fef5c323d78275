#pragma once

#include <QString>

namespace TheEye::Supervisor {

// After a supervisor was killed, the process groups its local bot had started live on (they are
// sessions of their own). A group is recognized by the job id in the environment of one of its
// processes (THEEYE_JOB), so a reused process id is never mistaken for it.
namespace OrphanGroups {

// Sends SIGKILL to process group `group` when one of its processes runs job `jobId`; true when
// it did.
bool killIfRunningJob(qint64 group, const QString &jobId);

} // namespace OrphanGroups
} // namespace TheEye::Supervisor
