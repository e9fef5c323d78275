// bench_supervisor: the local supervisor's API under wrk, as bench/supervisor/run.sh runs it.
// Starts a LocalSupervisor on a free port with a fresh store of N tasks (default 1,000), then
// drives, with the same keep-alive connections each: GET /:customer/task/:id (cycling over every
// task), GET /:customer/task (the whole list) and POST /:customer/task/:id/secret/:secret/job.
// Prints req/s, p50/p99 latency, errors and server CPU per request, and checks that every job
// wrk saw acknowledged is in the store. Figures only: it never fails on a time.

#include "supervisor/core/localsupervisor.h"
#include "supervisor/core/services.h"
#include "supervisor/core/supervisorcore.h"
#include "supervisor/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TheEye::Supervisor;

namespace {

struct Http
{
    QNetworkAccessManager manager;
    QString base;
    QByteArray token;

    QJsonValue call(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        QNetworkRequest request(QUrl(base + path));
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QByteArray bytes = body.isObject()
                                     ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                     : QByteArray();
        std::unique_ptr<QNetworkReply> reply(manager.sendCustomRequest(request, method, bytes));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            qFatal("%s %s failed", method.constData(), qPrintable(path));
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

double processCpuSeconds()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble(); // utime stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

struct Figures
{
    double requestsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
    qint64 errors = 0;
    qint64 requests = 0;
    qint64 non2xx = 0;
    double cpuMicroseconds = 0;
};

Figures runWrk(const QStringList &arguments, int seconds)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double before = processCpuSeconds();
    wrk.start(u"wrk"_s, QStringList{u"-d%1s"_s.arg(seconds)} + arguments);
    if (!wrk.waitForFinished((seconds + 60) * 1000))
        qFatal("wrk did not finish");
    const double cpu = processCpuSeconds() - before;
    Figures figures;
    for (const QByteArray &line : wrk.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        figures.requestsPerSecond = parts.value(1).toDouble();
        figures.p50 = parts.value(2).toDouble();
        figures.p99 = parts.value(3).toDouble();
        figures.errors = parts.value(4).toLongLong();
        figures.requests = parts.value(5).toLongLong();
        figures.non2xx = parts.value(6).toLongLong();
    }
    figures.cpuMicroseconds = figures.requests ? cpu * 1e6 / double(figures.requests) : 0;
    return figures;
}

qint64 storedJobs(LocalSupervisor &supervisor, const QString &organizationId)
{
    qint64 count = 0;
    QMetaObject::invokeMethod(
        supervisor.core(),
        [&] {
            JobTable::Filter filter;
            filter.organizationId = organizationId;
            count = supervisor.core()->services().store.jobs().count(filter);
        },
        Qt::BlockingQueuedConnection);
    return count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption duration(u"duration"_s,
                                      u"Seconds per measurement."_s,
                                      u"s"_s,
                                      u"10"_s);
    const QCommandLineOption connections(u"connections"_s,
                                         u"Keep-alive connections."_s,
                                         u"n"_s,
                                         u"16"_s);
    const QCommandLineOption wrkThreads(u"wrk-threads"_s, u"wrk threads."_s, u"n"_s, u"2"_s);
    const QCommandLineOption taskCount(u"tasks"_s, u"Tasks in the store."_s, u"n"_s, u"1000"_s);
    parser.addOptions({duration, connections, wrkThreads, taskCount});
    parser.process(app);
    const int seconds = parser.value(duration).toInt();
    const int tasks = parser.value(taskCount).toInt();

    QTemporaryDir dir;
    LocalSupervisor::Options options;
    options.dataDirectory = dir.path();
    options.organization = u"bench"_s;
    options.server.port = 0;
    options.createExampleTask = false;
    LocalSupervisor supervisor(options);
    if (!supervisor.start())
        qFatal("cannot start: %s", qPrintable(supervisor.error()));

    Http http;
    http.base = supervisor.baseUrl();
    http.token = supervisor.takeFirstAdminToken().toLatin1();
    const QString host = http.call("GET", u"/bench/host"_s).toArray().first()[u"id"_s].toString();
    const QString script = http.call("POST",
                                     u"/bench/script"_s,
                                     QJsonObject{{"filename"_L1, u"bench.sh"_s},
                                                 {"data"_L1, u"ZWNobyAiJDEiCg=="_s}})
                               .toObject()
                               .value("id"_L1)
                               .toString();
    QString organizationId;
    QFile byId(dir.filePath(u"by-id.txt"_s));
    QFile list(dir.filePath(u"list.txt"_s));
    QFile jobs(dir.filePath(u"jobs.txt"_s));
    if (!byId.open(QIODevice::WriteOnly) || !list.open(QIODevice::WriteOnly)
        || !jobs.open(QIODevice::WriteOnly))
        qFatal("cannot write request files");
    list.write("GET /bench/task\n");
    for (int i = 0; i < tasks; ++i) {
        // Shaped like the captured "Echo args" task: tags, env, a fixed and two inputs.
        const QJsonObject task = http.call("POST",
                                           u"/bench/task"_s,
                                           QJsonObject{{"name"_L1, u"Task %1"_s.arg(i)},
                                                       {"type"_L1, u"script"_s},
                                                       {"host"_L1, host},
                                                       {"script"_L1, script},
                                                       {"script_runas"_L1, u"bash %script%"_s},
                                                       {"timeout"_L1, 60000},
                                                       {"tags"_L1, QJsonArray{u"bench"_s}},
                                                       {"description"_L1,
                                                        u"A task of the benchmark"_s},
                                                       {"env"_L1,
                                                        QJsonObject{{"GREETING"_L1, u"hola"_s}}},
                                                       {"task_arguments"_L1,
                                                        QJsonArray{
                                                            QJsonObject{{"id"_L1, 1},
                                                                        {"order"_L1, 0},
                                                                        {"type"_L1, u"input"_s},
                                                                        {"label"_L1, u"Name"_s},
                                                                        {"value"_L1, QString()},
                                                                        {"required"_L1, true}}}}})
                                     .toObject();
        const QString id = task.value("id"_L1).toString();
        organizationId = task.value("customer_id"_L1).toString();
        byId.write("GET /bench/task/" + id.toLatin1() + '\n');
        if (i < 100) {
            const QString secret = http.call("GET", u"/bench/task/"_s + id + u"/credentials"_s)
                                       .toObject()
                                       .value("secret"_L1)
                                       .toString();
            jobs.write("POST /bench/task/" + id.toLatin1() + "/secret/" + secret.toLatin1()
                       + "/job\n");
        }
    }
    byId.close();
    list.close();
    jobs.close();

    const QString lua = QStringLiteral(THEEYE_BENCH_LUA);
    const QStringList common{u"-t"_s + parser.value(wrkThreads),
                             u"-c"_s + parser.value(connections),
                             u"-s"_s,
                             lua,
                             supervisor.baseUrl(),
                             u"--"_s};
    struct Scenario
    {
        const char *label;
        const char *figure; // its name in the FIGURE lines
        QString file;
        QString body;
        QString token;
    };
    const QList<Scenario> scenarios{
        {"GET /:customer/task/:id",
         "task_get",
         byId.fileName(),
         {},
         QString::fromLatin1(http.token)},
        {"GET /:customer/task (list)",
         "task_list_1000",
         list.fileName(),
         {},
         QString::fromLatin1(http.token)},
        {"POST …/secret/:secret/job",
         "job_create_by_secret",
         jobs.fileName(),
         u"{\"task_arguments\":[\"bench\"]}"_s,
         {}},
    };
    std::printf(
        "local supervisor, %d tasks, %s keep-alive connections, wrk -t%s, %d s each, %ld cores\n\n",
        tasks,
        qPrintable(parser.value(connections)),
        qPrintable(parser.value(wrkThreads)),
        seconds,
        sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("%-30s %10s %9s %9s %7s %11s\n",
                "route",
                "req/s",
                "p50 ms",
                "p99 ms",
                "errors",
                "CPU us/req");
    const qint64 jobsBefore = storedJobs(supervisor, organizationId);
    qint64 acknowledged = 0;
    QByteArray figureLines;
    for (const Scenario &scenario : scenarios) {
        const QStringList arguments = common
                                      + QStringList{scenario.file, scenario.body, scenario.token};
        runWrk(arguments, 2); // warm-up
        const qint64 beforeRun = storedJobs(supervisor, organizationId);
        const Figures figures = runWrk(arguments, seconds);
        if (scenario.body.isEmpty() == false)
            acknowledged = figures.requests - figures.non2xx;
        std::printf("%-30s %10.0f %9.3f %9.3f %7lld %11.1f\n",
                    scenario.label,
                    figures.requestsPerSecond,
                    figures.p50,
                    figures.p99,
                    figures.errors + figures.non2xx,
                    figures.cpuMicroseconds);
        // One line per figure for bench/run.sh's table, printed last (no baseline: nginx is
        // bench/http's).
        figureLines += QString::asprintf("FIGURE supervisor_%s_rps %.0f req/s - -\n",
                                         scenario.figure,
                                         figures.requestsPerSecond)
                           .toUtf8();
        figureLines += QString::asprintf("FIGURE supervisor_%s_p99 %.3f ms - -\n",
                                         scenario.figure,
                                         figures.p99)
                           .toUtf8();
        if (!scenario.body.isEmpty()) {
            const qint64 persisted = storedJobs(supervisor, organizationId) - beforeRun;
            std::printf("%-30s acknowledged %lld, in the store %lld%s\n",
                        "",
                        acknowledged,
                        persisted,
                        persisted >= acknowledged ? "" : "  (LOST JOBS)");
        }
    }
    std::printf("\njobs in the store: %lld\n", storedJobs(supervisor, organizationId) - jobsBefore);
    std::printf("\n%s", figureLines.constData());
    std::fflush(stdout);
    supervisor.stop();
    return 0;
}
