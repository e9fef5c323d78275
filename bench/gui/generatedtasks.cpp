#include "generatedtasks.h"

#include <QFile>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace TheEye::Bench {

namespace {

constexpr std::array verbs{"Backup",
                           "Restore",
                           "Rotate",
                           "Sync",
                           "Deploy",
                           "Check",
                           "Purge",
                           "Reindex",
                           "Export",
                           "Import",
                           "Warm",
                           "Scan",
                           "Compact",
                           "Renew",
                           "Report",
                           "Restart",
                           "Vacuum",
                           "Archive"};
constexpr std::array services{"orders",   "billing",  "search",   "auth",      "inventory",
                              "payments", "shipping", "catalog",  "reporting", "gateway",
                              "crm",      "mailer",   "invoices", "analytics", "ledger",
                              "pricing",  "reviews",  "media",    "accounts",  "scheduler"};
constexpr std::array objects{"database",
                             "cache",
                             "logs",
                             "certificates",
                             "queue",
                             "index",
                             "backups",
                             "config",
                             "workers",
                             "snapshots",
                             "sessions",
                             "nightly jobs",
                             "feeds",
                             "containers"};
constexpr std::array environments{"prod", "staging", "dev", "qa"};
constexpr std::array regions{"us-east-1", "us-west-2", "eu-west-1", "sa-east-1", "ap-south-1"};
constexpr std::array teams{"payments", "platform", "data", "web", "sre", "support"};
constexpr std::array plainTags{"nightly", "hourly", "manual", "critical", "cleanup", "monitoring"};
constexpr std::array roles{"web", "db", "worker", "cache", "batch", "edge"};
constexpr std::array scripts{"backup-db.sh",
                             "rotate-logs.sh",
                             "sync-bucket.sh",
                             "deploy.sh",
                             "health-check.sh",
                             "purge-cache.sh",
                             "reindex.py",
                             "export.py",
                             "renew-certs.sh",
                             "restart-service.sh",
                             "vacuum.sql.sh",
                             "report.py"};

template<typename Array>
QString pick(const Array &array, quint64 value)
{
    return QString::fromLatin1(array[value % array.size()]);
}

// A cheap, well-mixed number per index and salt (splitmix64), so columns do not correlate.
quint64 mix(quint64 index, quint64 salt)
{
    quint64 z = index * 0x9e3779b97f4a7c15ULL + salt * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

QList<Host> generatedHosts(int count)
{
    QList<Host> hosts;
    hosts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const auto n = static_cast<quint64>(i);
        const QString name = pick(roles, n) + u'-'
                             + QString::number(i / 6 + 1).rightJustified(2, u'0') + u'.'
                             + pick(regions, mix(n, 7)) + u".example.net"_s;
        hosts.append(Host(QJsonObject{
            {u"id"_s, u"5e%1"_s.arg(i, 22, 16, QLatin1Char('0'))},
            {u"hostname"_s, name},
            {u"state"_s, i % 17 == 16 ? u"updates_stopped"_s : u"normal"_s},
        }));
    }
    return hosts;
}

QStringList scriptKinds()
{
    QStringList names;
    for (const char *name : scripts)
        names.append(QString::fromLatin1(name));
    return names;
}

QString scriptKindOf(int index)
{
    return pick(scripts, mix(static_cast<quint64>(index), 5));
}

Task generatedTask(int index, const Host &host, const QString &scriptId)
{
    const auto n = static_cast<quint64>(index);
    const QString verb = pick(verbs, mix(n, 1));
    const QString service = pick(services, mix(n, 2));
    const QString object = pick(objects, mix(n, 3));
    const QString environment = pick(environments, mix(n, 4));
    const QString region = pick(regions, mix(n, 6));
    const QString team = pick(teams, mix(n, 8));
    Task task = Task::newScriptTask();
    task.setName(u"%1 %2 %3 (%4, %5 #%6)"_s.arg(verb, service, object, environment, region)
                     .arg(index % 997 + 1));
    QStringList tags{u"env:"_s + environment, u"team:"_s + team, service};
    if (mix(n, 9) % 3 == 0)
        tags.append(pick(plainTags, mix(n, 10)));
    task.setTags(tags);
    task.setDescription(u"%1 the %2 %3 of the %4 service in %5; owned by the %6 team."_s
                            .arg(verb, environment, object, service, region, team));
    if (!host.id().isEmpty()) {
        task.setHostId(host.id());
        task.setHostname(host.hostname());
    }
    if (!scriptId.isEmpty())
        task.setScriptId(scriptId);
    task.setScriptName(scriptKindOf(index));
    task.setScriptRunAs(scriptKindOf(index).endsWith(u".py"_s) ? u"python3 %script%"_s
                                                               : u"bash %script%"_s);
    task.setTimeoutMs(qint64(60'000) * qint64(1 + mix(n, 11) % 30));
    task.setMultitasking(mix(n, 12) % 4 == 0);
    return task;
}

QList<Task> generatedTasks(int count, const QList<Host> &hosts)
{
    QList<Task> tasks;
    tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Host host = hosts.isEmpty() ? Host()
                                          : hosts.at(static_cast<qsizetype>(
                                              mix(static_cast<quint64>(i), 13)
                                              % static_cast<quint64>(hosts.size())));
        Task task = generatedTask(i,
                                  host,
                                  u"5f%1"_s.arg(mix(static_cast<quint64>(i), 5) % 12,
                                                22,
                                                16,
                                                QLatin1Char('0')));
        task.setId(u"60%1"_s.arg(i, 22, 16, QLatin1Char('0')));
        tasks.append(task);
    }
    return tasks;
}

qint64 procStatusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace TheEye::Bench
