#pragma once

// Realistic, deterministic task lists for the GUI benches: names made of verbs, services and
// objects, `env:`/`team:` and plain tags, bots named like a fleet's hosts, a script per kind of
// job, and a description. The same index always gives the same task.

#include "models/host.h"
#include "models/task.h"

#include <QList>
#include <QString>

namespace TheEye::Bench {

QList<Host> generatedHosts(int count);

// The script a generated task of this index runs ("backup-db.sh", …), one of scriptKinds().
QStringList scriptKinds();
QString scriptKindOf(int index);

// A script task; `host` is its bot and `scriptId` its script (either may be empty).
Task generatedTask(int index, const Host &host, const QString &scriptId);

// `count` tasks spread over `hosts`, with ids, as a supervisor would list them.
QList<Task> generatedTasks(int count, const QList<Host> &hosts);

// VmRSS / VmHWM of this process in KiB, -1 when /proc cannot tell.
qint64 procStatusKb(const char *field);

} // namespace TheEye::Bench
