#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TheEye::Supervisor::Launch {

// What the local bot starts for one job: `/bin/sh -c '<run-as> "$@"' theeye <arguments…>`. The
// script path is quoted into the run-as, which keeps its shell syntax (`sudo -u x %script%`);
// the argument values travel as argv and never reach a shell string.
struct Command
{
    QString program;       // /bin/sh
    QStringList arguments; // -c, the command, "theeye", then the job's values
};

// POSIX single quotes: 'it'\''s'.
QString shellQuote(const QString &text);

// True when `runAs` is one plain simple command (`bash %script%`, `sudo -u ops sh %script%`):
// the shell can `exec` it rather than fork it.
bool isSimpleCommand(const QString &runAs);

// The first %script% of `runAs` becomes the quoted script path; a run-as without one gets the
// path appended (as the real supervisor appends " %script%" when a task is saved). A simple
// command is prefixed with `exec`.
Command command(const QString &runAs, const QString &scriptPath, const QStringList &values);

// The bot's own environment without the supervisor's configuration (every THEEYE_* variable of
// this process: credentials must not leak into scripts), then the job's `env` (THEEYE_JOB and
// friends, then the task's own variables).
QProcessEnvironment environment(const QProcessEnvironment &own, const QJsonObject &jobEnv);

} // namespace TheEye::Supervisor::Launch
