#pragma once

#include <QString>
#include <QStringList>

namespace TheEye::RunAs {

// The runners TheEye's form offers (web-ui.md §6), plus `python3 %script%`, which
// Script::runAsForExtension() picks for .py files.
QStringList builtInRunners();
bool isBuiltIn(const QString &runAs);

// What Run As becomes when the script changes to `fileName`: the runner for its extension when
// `current` is empty or still one of the built-ins (the user's own command is never replaced),
// otherwise `current`.
QString suggestFor(const QString &fileName, const QString &current);

// The run-as the supervisor stores: it appends " %script%" when the keyword is missing
// (supervisor-api.md §3.4).
QString effective(const QString &runAs);

// How the bot that runs the task builds the command.
enum class Flavor {
    // The local supervisor's bot: `/bin/sh -c '<run-as, %script% → quoted path> "$@"' theeye
    // <arg>…`; arguments never pass through the shell (spec/decisions.md, Local bot).
    LocalBot,
    // A TheEye agent: the first %script% replaced by the path, the arguments appended
    // shell-escaped, run by a shell (web-ui.md §6).
    TheEyeAgent,
};

// The command line that runs the task, as one line a user could paste into a terminal. Each
// argument is a value, quoted when the shell needs it, or a placeholder written "<label>" that is
// shown as it is.
QString commandLine(const QString &runAs,
                    const QString &scriptPath,
                    const QStringList &arguments,
                    Flavor flavor);

// POSIX single quoting: 'it'\''s'.
QString shellQuote(const QString &value);
// The value as it is when the shell would read it back unchanged, else shellQuote(value).
QString quoteIfNeeded(const QString &value);
QString placeholder(const QString &label);

} // namespace TheEye::RunAs
