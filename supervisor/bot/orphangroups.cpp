#include "supervisor/bot/orphangroups.h"

#include <QDir>
#include <QFile>

#include <csignal>

namespace TheEye::Supervisor::OrphanGroups {

using namespace Qt::StringLiterals;

namespace {

// The process group of /proc/<pid>/stat: the fifth field, after the parenthesized name.
qint64 groupOf(const QString &pid)
{
    QFile stat(u"/proc/"_s + pid + u"/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    return fields.size() > 2 ? fields.at(2).toLongLong() : -1;
}

bool runsJob(const QString &pid, const QByteArray &marker)
{
    QFile environ(u"/proc/"_s + pid + u"/environ"_s);
    if (!environ.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &entry : environ.readAll().split('\0')) {
        if (entry.startsWith("THEEYE_JOB=") && entry.contains(marker))
            return true;
    }
    return false;
}

} // namespace

bool killIfRunningJob(qint64 group, const QString &jobId)
{
    if (group <= 1 || jobId.isEmpty())
        return false;
    const QByteArray marker = "\"" + jobId.toUtf8() + "\"";
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric || groupOf(pid) != group || !runsJob(pid, marker))
            continue;
        return ::kill(-static_cast<pid_t>(group), SIGKILL) == 0;
    }
    return false;
}

} // namespace TheEye::Supervisor::OrphanGroups
