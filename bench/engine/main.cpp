// bench_engine: the job engine and local bot of a LocalSupervisor (on a free port, fresh data),
// driven over HTTP as the app drives it, as bench/engine/run.sh runs it.
//  1. Latency from `POST /:customer/task/:id/job` to the script's first instruction (it writes
//     bash's $EPOCHREALTIME), p50/p99, one job at a time; beside it, the same script started by a
//     bare posix_spawn.
//  2. Throughput of jobs of `true` with multitasking, all posted at once, against bare
//     `sh -c true` spawns with the same parallelism, measured before and after in the same run.
//  3. Resident memory of the process (the supervisor plus this small client) after many finished
//     jobs, against the same after the first two parts.
// Figures only: it never fails on a time. Each figure also prints as a machine-readable line
// `FIGURE <name> <value> <unit> <baseline-name> <baseline-value>`.

#include "benchclient.h"
#include "spawnbaseline.h"

#include "supervisor/core/directory.h"
#include "supervisor/core/localsupervisor.h"
#include "supervisor/core/services.h"
#include "supervisor/core/supervisorcore.h"
#include "supervisor/engine/jobengine.h"
#include "supervisor/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace TheEye::Supervisor;

namespace {

// Sleeps in the event loop until `done`: the bench must not take CPU from the supervisor.
void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

// "1732822222.123456" (the decimal mark depends on the locale) → microseconds.
qint64 readStamp(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QByteArray digits;
    for (const char c : file.readAll()) {
        if (c >= '0' && c <= '9')
            digits.append(c);
    }
    return digits.toLongLong();
}

double residentMiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

qint64 storedJobs(LocalSupervisor &supervisor)
{
    qint64 count = 0;
    QMetaObject::invokeMethod(
        supervisor.core(),
        [&] {
            JobTable::Filter filter;
            filter.organizationId = supervisor.core()
                                        ->services()
                                        .directory.organizations()
                                        .value(0)
                                        .id;
            count = supervisor.core()->services().store.jobs().count(filter);
        },
        Qt::BlockingQueuedConnection);
    return count;
}

void figure(const char *name, double value, const char *unit, const char *baseline, double base)
{
    std::printf("FIGURE %s %.3f %s %s %.3f\n", name, value, unit, baseline, base);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption latencyJobs(u"latency-jobs"_s,
                                         u"Jobs timed one at a time."_s,
                                         u"n"_s,
                                         u"200"_s);
    const QCommandLineOption throughputJobs(u"throughput-jobs"_s,
                                            u"Jobs of true posted at once."_s,
                                            u"n"_s,
                                            u"2000"_s);
    const QCommandLineOption memoryJobs(u"memory-jobs"_s,
                                        u"Finished jobs before memory is read."_s,
                                        u"n"_s,
                                        u"100000"_s);
    parser.addOptions({latencyJobs, throughputJobs, memoryJobs});
    parser.process(app);
    const int latencyCount = std::max(1, parser.value(latencyJobs).toInt());
    const int throughputCount = std::max(1, parser.value(throughputJobs).toInt());
    const int memoryCount = parser.value(memoryJobs).toInt();

    QTemporaryDir dir;
    LocalSupervisor::Options options;
    options.dataDirectory = dir.filePath(u"data"_s);
    options.organization = u"bench"_s;
    options.server.port = 0;
    options.createExampleTask = false;
    LocalSupervisor supervisor(options);
    if (!supervisor.start())
        qFatal("cannot start: %s", qPrintable(supervisor.error()));
    const int cap = options.engine.effectiveConcurrency();

    BenchClient client(supervisor.baseUrl() + u"/bench"_s,
                       "Bearer " + supervisor.takeFirstAdminToken().toLatin1());
    int finished = 0;
    QObject::connect(supervisor.core()->engine(), &JobEngine::runFinished, &app, [&finished] {
        ++finished;
    });
    int refused = 0;
    const auto countRefusals = [&refused](int status) {
        if (status != 200)
            ++refused;
    };

    const QString host = client.call("GET", u"/host"_s).toArray().first()[u"id"_s].toString();
    const auto makeTask = [&](const QByteArray &content, const QString &runAs, bool withArgument) {
        const QString script = client
                                   .call("POST",
                                         u"/script"_s,
                                         QJsonObject{{"filename"_L1, u"bench.sh"_s},
                                                     {"data"_L1,
                                                      QString(u"data:text/plain;base64,"_s
                                                              + QString::fromLatin1(
                                                                  content.toBase64()))}})
                                   .toObject()
                                   .value("id"_L1)
                                   .toString();
        QJsonArray arguments;
        if (withArgument)
            arguments.append(QJsonObject{{"id"_L1, 1},
                                         {"order"_L1, 0},
                                         {"type"_L1, u"input"_s},
                                         {"label"_L1, u"stamp"_s}});
        return client
            .call("POST",
                  u"/task"_s,
                  QJsonObject{{"name"_L1, u"bench"_s},
                              {"type"_L1, u"script"_s},
                              {"host"_L1, host},
                              {"script"_L1, script},
                              {"script_runas"_L1, runAs},
                              {"task_arguments"_L1, arguments}})
            .toObject()
            .value("id"_L1)
            .toString();
    };

    std::printf("job engine and local bot, %ld cores, bot concurrency cap %d\n\n",
                sysconf(_SC_NPROCESSORS_ONLN),
                cap);

    // 1. Latency.
    const QByteArray stampScript = "printf '%s\\n' \"$EPOCHREALTIME\" > \"$1\"\n";
    const QString stampTask = makeTask(stampScript, u"bash %script%"_s, true);
    const QString stamp = dir.filePath(u"stamp"_s);
    const QString scriptCopy = dir.filePath(u"stamp.sh"_s);
    {
        QFile copy(scriptCopy);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(stampScript) != stampScript.size())
            qFatal("cannot write %s", qPrintable(scriptCopy));
    }
    QList<double> bare;
    QList<double> engine;
    const int warmUp = 10;
    for (int i = 0; i < warmUp + latencyCount; ++i) {
        QFile::remove(stamp);
        const qint64 before = SpawnBaseline::nowMicroseconds();
        if (!SpawnBaseline::runOnce({u"bash"_s, scriptCopy, stamp}))
            qFatal("bash %s failed", qPrintable(scriptCopy));
        if (i >= warmUp)
            bare.append(double(readStamp(stamp) - before) / 1000.0);

        QFile::remove(stamp);
        const int target = finished + 1;
        const qint64 posted = SpawnBaseline::nowMicroseconds();
        client.postAsync(u"/task/"_s + stampTask + u"/job"_s,
                         QJsonObject{{"task_arguments"_L1, QJsonArray{stamp}}},
                         countRefusals);
        waitUntil([&] { return finished >= target && client.inFlight() == 0; });
        if (i >= warmUp)
            engine.append(double(readStamp(stamp) - posted) / 1000.0);
    }
    std::printf("%-48s %9s %9s\n", "POST to the script's first instruction", "p50 ms", "p99 ms");
    std::printf("%-48s %9.3f %9.3f\n",
                "  job engine (HTTP, store, local bot, bash)",
                percentile(engine, 0.5),
                percentile(engine, 0.99));
    std::printf("%-48s %9.3f %9.3f\n",
                "  bare posix_spawn of the same bash script",
                percentile(bare, 0.5),
                percentile(bare, 0.99));
    std::printf("  (%d jobs one at a time, after %d to warm up)\n\n", latencyCount, warmUp);

    // 2. Throughput.
    const QString trueTask = makeTask("true\n", u"sh %script%"_s, false);
    const QStringList shTrue{u"sh"_s, u"-c"_s, u"true"_s};
    const double bareBefore = SpawnBaseline::runMany(shTrue, throughputCount, cap);
    QElapsedTimer clock;
    clock.start();
    const int throughputTarget = finished + throughputCount;
    // When the last creation was answered: the jobs cannot finish faster than they are created.
    int answered = 0;
    double answeredSeconds = 0;
    int finishedWhenAnswered = 0;
    for (int i = 0; i < throughputCount; ++i)
        client.postAsync(u"/task/"_s + trueTask + u"/job"_s, QJsonArray(), [&](int status) {
            countRefusals(status);
            if (++answered == throughputCount) {
                answeredSeconds = double(clock.nsecsElapsed()) / 1e9;
                finishedWhenAnswered = finished - (throughputTarget - throughputCount);
            }
        });
    waitUntil([&] { return finished >= throughputTarget && client.inFlight() == 0; });
    const double engineSeconds = double(clock.nsecsElapsed()) / 1e9;
    const double bareAfter = SpawnBaseline::runMany(shTrue, throughputCount, cap);
    const double engineRate = throughputCount / engineSeconds;
    const double bareRate = (throughputCount / bareBefore + throughputCount / bareAfter) / 2;
    std::printf("%d jobs of `true` (runas `sh %%script%%`), multitasking, all posted at once\n",
                throughputCount);
    std::printf("  job engine        %9.0f jobs/s  (%.2f s; the last creation answered at %.2f s, "
                "%d jobs finished by then)\n",
                engineRate,
                engineSeconds,
                answeredSeconds,
                finishedWhenAnswered);
    std::printf("  bare sh -c true   %9.0f spawns/s (%.2f s before, %.2f s after; %d at once)\n",
                bareRate,
                bareBefore,
                bareAfter,
                cap);
    std::printf("  ratio engine / bare: %.2f\n\n", engineRate / bareRate);

    // 3. Memory after many finished jobs, posted a few hundred ahead of the bot.
    const double rssBefore = residentMiB("VmRSS:");
    const int alreadyRun = finished;
    const int memoryTarget = std::max(memoryCount, alreadyRun);
    int posted = alreadyRun;
    const int ahead = 512;
    const auto postMore = [&] {
        while (posted < memoryTarget && posted - finished < ahead) {
            ++posted;
            client.postAsync(u"/task/"_s + trueTask + u"/job"_s, QJsonArray(), countRefusals);
        }
    };
    const auto progress = QObject::connect(supervisor.core()->engine(),
                                           &JobEngine::runFinished,
                                           &app,
                                           [&] {
                                               postMore();
                                               if (finished % 10000 == 0)
                                                   std::fprintf(stderr,
                                                                "  %d jobs finished\n",
                                                                finished);
                                           });
    clock.restart();
    postMore();
    waitUntil([&] { return finished >= memoryTarget && client.inFlight() == 0; });
    QObject::disconnect(progress);
    const double memorySeconds = double(clock.nsecsElapsed()) / 1e9;
    // Let the last output batch and history pruning settle before reading.
    QTimer settle;
    settle.setSingleShot(true);
    settle.start(1000);
    waitUntil([&] { return !settle.isActive(); });
    const double rssAfter = residentMiB("VmRSS:");
    std::printf("memory of the process (supervisor and this client)\n");
    std::printf("  after %6d finished jobs: %7.1f MiB\n", alreadyRun, rssBefore);
    std::printf("  after %6d finished jobs: %7.1f MiB (peak %.1f MiB; %d more jobs in %.1f s, "
                "%.0f jobs/s)\n",
                finished,
                rssAfter,
                residentMiB("VmHWM:"),
                finished - alreadyRun,
                memorySeconds,
                (finished - alreadyRun) / memorySeconds);
    std::printf("  jobs kept in the store (history pruning): %lld\n", storedJobs(supervisor));
    std::printf("  job creations refused: %d\n\n", refused);

    figure("engine_post_to_first_instruction_p50",
           percentile(engine, 0.5),
           "ms",
           "bare_spawn_to_first_instruction_p50",
           percentile(bare, 0.5));
    figure("engine_post_to_first_instruction_p99",
           percentile(engine, 0.99),
           "ms",
           "bare_spawn_to_first_instruction_p99",
           percentile(bare, 0.99));
    figure("engine_throughput_true", engineRate, "jobs/s", "bare_sh_c_true_rate", bareRate);
    figure("engine_throughput_ratio", engineRate / bareRate, "ratio", "goal", 0.5);
    figure("server_rss_after_jobs", rssAfter, "MiB", "server_rss_after_warmup", rssBefore);
    std::printf("FIGURE server_rss_jobs_finished %d jobs warmup_jobs %d\n", finished, alreadyRun);
    std::fflush(stdout);
    supervisor.stop();
    return 0;
}
