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
    // A plain simple run-as as the words the shell would exec (the script path in place, the
    // values after). The bot starts them without the shell when their program is found
    // (findProgram); program/arguments stay for what only the shell reports as a shell does: a
    // program not found (127), not executable (126), or a file without a #! line.
    QStringList direct;
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

// Where the shell's `exec` would find the program `word` along `pathVariable` (the job's
// PATH): `word` itself when it is an absolute path, else the first executable file along PATH.
// Empty when it is not found, or when the answer depends on the working folder (a relative
// name or PATH entry): the shell then decides.
QString findProgram(const QString &word, const QString &pathVariable);

// The bot's own environment: this process's without the supervisor's configuration (every
// THEEYE_* variable: credentials must not leak into scripts). Worked out once per engine.
QProcessEnvironment botEnvironment(const QProcessEnvironment &own);
// A job's: the bot's, then the job's `env` (THEEYE_JOB and friends, then the task's own
// variables).
QProcessEnvironment environment(const QProcessEnvironment &bot, const QJsonObject &jobEnv);

} // namespace TheEye::Supervisor::Launch
