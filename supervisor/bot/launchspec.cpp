#include "supervisor/bot/launchspec.h"

#include "models/jsonutil.h"

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

Command command(const QString &runAs, const QString &scriptPath, const QStringList &values)
{
    const QString quotedPath = shellQuote(scriptPath);
    QString line = runAs.trimmed();
    const qsizetype at = line.indexOf("%script%"_L1);
    if (at >= 0)
        line.replace(at, 8, quotedPath);
    else
        line = line.isEmpty() ? quotedPath : line + u' ' + quotedPath;
    Command command;
    command.program = u"/bin/sh"_s;
    command.arguments = QStringList{u"-c"_s, line + u" \"$@\""_s, u"theeye"_s} + values;
    return command;
}

QProcessEnvironment environment(const QProcessEnvironment &own, const QJsonObject &jobEnv)
{
    QProcessEnvironment env;
    for (const QString &name : own.keys()) {
        if (!name.startsWith("THEEYE_"_L1))
            env.insert(name, own.value(name));
    }
    for (auto it = jobEnv.begin(); it != jobEnv.end(); ++it) {
        if (it.key().isEmpty() || it.key().contains(u'=') || it.key().contains(QChar(0)))
            continue; // cannot be an environment variable's name
        env.insert(it.key(), Json::toText(it.value()));
    }
    return env;
}

} // namespace TheEye::Supervisor::Launch
