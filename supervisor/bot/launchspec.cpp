#include "supervisor/bot/launchspec.h"

#include "models/jsonutil.h"

#include <QFileInfo>

#include <algorithm>

namespace TheEye::Supervisor::Launch {

using namespace Qt::StringLiterals;

QString shellQuote(const QString &text)
{
    QString quoted = u"'"_s;
    for (const QChar c : text) {
        if (c == u'\'')
            quoted += u"'\\''"_s;
        else
            quoted += c;
    }
    return quoted + u'\'';
}

bool isSimpleCommand(const QString &runAs)
{
    // Words of plain characters only: no quoting, expansion, redirection, pipe, list or
    // grouping, so the line is one simple command whatever the words are.
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                 "0123456789 _./%:+,@=-"_s;
    const QString line = runAs.trimmed();
    if (line.isEmpty()
        || !std::all_of(line.cbegin(), line.cend(), [](QChar c) { return plain.contains(c); }))
        return false;
    const QString first = line.section(u' ', 0, 0);
    // `exec` takes a program: not an assignment, a reserved word or a special built-in.
    static const QStringList notPrograms{u"!"_s,      u"case"_s,     u"do"_s,     u"done"_s,
                                         u"elif"_s,   u"else"_s,     u"esac"_s,   u"fi"_s,
                                         u"for"_s,    u"if"_s,       u"in"_s,     u"then"_s,
                                         u"until"_s,  u"while"_s,    u"."_s,      u":"_s,
                                         u"break"_s,  u"continue"_s, u"eval"_s,   u"exec"_s,
                                         u"exit"_s,   u"export"_s,   u"local"_s,  u"readonly"_s,
                                         u"return"_s, u"set"_s,      u"shift"_s,  u"times"_s,
                                         u"trap"_s,   u"unset"_s,    u"cd"_s,     u"command"_s,
                                         u"alias"_s,  u"umask"_s,    u"ulimit"_s, u"wait"_s};
    return !first.contains(u'=') && !first.startsWith(u'-') && !notPrograms.contains(first);
}

Command command(const QString &runAs, const QString &scriptPath, const QStringList &values)
{
    const QString quotedPath = shellQuote(scriptPath);
    QString line = runAs.trimmed();
    // The shell would fork the command and wait for it (dash does not exec a -c string's last
    // command): `exec` makes it one process per job instead of two, with the same exit status,
    // arguments and process group. A compound run-as keeps its shell.
    const bool simple = isSimpleCommand(line);
    const QString execPrefix = simple ? u"exec "_s : QString();
    Command command;
    if (simple) {
        // The words the shell would split (plain characters, one space apart or more), then the
        // path in place of the first %script%, whole whatever it holds, as its quoting makes it.
        command.direct = line.split(u' ', Qt::SkipEmptyParts);
        const auto holder = std::find_if(command.direct.begin(),
                                         command.direct.end(),
                                         [](const QString &word) {
                                             return word.contains("%script%"_L1);
                                         });
        if (holder != command.direct.end())
            holder->replace(holder->indexOf("%script%"_L1), 8, scriptPath);
        else
            command.direct.append(scriptPath);
        command.direct += values;
    }
    const qsizetype at = line.indexOf("%script%"_L1);
    if (at >= 0)
        line.replace(at, 8, quotedPath);
    else
        line = line.isEmpty() ? quotedPath : line + u' ' + quotedPath;
    command.program = u"/bin/sh"_s;
    command.arguments = QStringList{u"-c"_s, execPrefix + line + u" \"$@\""_s, u"theeye"_s}
                        + values;
    return command;
}

QString findProgram(const QString &word, const QString &pathVariable)
{
    const auto runnable = [](const QString &path) {
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable();
    };
    if (word.contains(u'/'))
        return word.startsWith(u'/') && runnable(word) ? word : QString();
    if (pathVariable.isEmpty())
        return {};
    for (const QString &folder : pathVariable.split(u':')) {
        // An empty or relative entry means the job's working folder, which is the child's to
        // resolve: the shell does that.
        if (!folder.startsWith(u'/'))
            return {};
        const QString candidate = folder.endsWith(u'/') ? QString(folder + word)
                                                        : QString(folder + u'/' + word);
        if (runnable(candidate))
            return candidate;
    }
    return {};
}

QProcessEnvironment botEnvironment(const QProcessEnvironment &own)
{
    QProcessEnvironment env;
    for (const QString &name : own.keys()) {
        if (!name.startsWith("THEEYE_"_L1))
            env.insert(name, own.value(name));
    }
    return env;
}

QProcessEnvironment environment(const QProcessEnvironment &bot, const QJsonObject &jobEnv)
{
    QProcessEnvironment env = bot;
    for (auto it = jobEnv.begin(); it != jobEnv.end(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'=') || it.key().contains(QChar(0)))
            continue; // cannot be an environment variable's name
        env.insert(it.key(), Json::toText(it.value()));
    }
    return env;
}

} // namespace TheEye::Supervisor::Launch
