#include "ui/editing/runas.h"

#include "models/script.h"
#include "ui/editing/editingtr.h"

#include <QRegularExpression>

namespace TheEye::RunAs {

using namespace Qt::StringLiterals;

namespace {
const QString Keyword = u"%script%"_s;
}

QStringList builtInRunners()
{
    return {
        u"%script%"_s,
        u"node %script%"_s,
        u"bash %script%"_s,
        u"powershell.exe -NonInteractive -ExecutionPolicy ByPass -File \"%script%\""_s,
        u"python3 %script%"_s,
    };
}

bool isBuiltIn(const QString &runAs)
{
    return builtInRunners().contains(runAs.trimmed());
}

QString suggestFor(const QString &fileName, const QString &current)
{
    if (!current.trimmed().isEmpty() && !isBuiltIn(current))
        return current;
    const QString runner = Script::runAsForExtension(Script::extensionOf(fileName));
    return runner.isEmpty() ? current : runner;
}

QString effective(const QString &runAs)
{
    const QString trimmed = runAs.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(Keyword))
        return trimmed;
    return trimmed + u' ' + Keyword;
}

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString quoteIfNeeded(const QString &value)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    return plain.match(value).hasMatch() ? value : shellQuote(value);
}

QString placeholder(const QString &label)
{
    return u'<' + (label.trimmed().isEmpty() ? EditingTr::tr("argument") : label.trimmed()) + u'>';
}

QString commandLine(const QString &runAs,
                    const QString &scriptPath,
                    const QStringList &arguments,
                    Flavor flavor)
{
    QString command = effective(runAs);
    if (command.isEmpty())
        return {};
    const qsizetype at = command.indexOf(Keyword);
    QString line;
    if (flavor == Flavor::LocalBot) {
        // Only the first occurrence is replaced, as TheEye's agent does.
        command.replace(at, Keyword.size(), shellQuote(scriptPath));
        line = u"/bin/sh -c "_s + shellQuote(command + u" \"$@\""_s) + u" theeye"_s;
    } else {
        command.replace(at, Keyword.size(), scriptPath);
        line = command;
    }
    for (const QString &argument : arguments) {
        const bool isPlaceholder = argument.size() > 2 && argument.startsWith(u'<')
                                   && argument.endsWith(u'>');
        line += u' ' + (isPlaceholder ? argument : quoteIfNeeded(argument));
    }
    return line;
}

} // namespace TheEye::RunAs
