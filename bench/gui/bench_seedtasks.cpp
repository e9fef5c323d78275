// Seeds a local supervisor's data dir with N generated tasks through its HTTP API, as a user's
// scripts would (the real client, a window of requests in flight), and reports the creation
// rate. Baseline: `GET /api/status` through the same client and server at the same concurrency,
// the HTTP floor. Also times listing every task once (what the app does when it connects).
//
//   bench_seedtasks --data-dir DIR [--tasks 10000] [--in-flight 16]

#include "benchutil.h"
#include "generatedtasks.h"

#include "client/catalogapi.h"
#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "supervisor/core/localsupervisor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

using namespace TheEye;
using namespace TheEye::Bench;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
std::optional<T> await(Call<T> *call)
{
    std::optional<T> value;
    QEventLoop loop;
    call->then(&loop, [&](const Result<T, ClientError> &result) {
        if (result.ok())
            value = result.value();
        else
            std::fprintf(stderr, "request failed: %s\n", qPrintable(result.error().message));
        loop.quit();
    });
    loop.exec();
    return value;
}

// Runs `count` requests made by `start(i)` with at most `inFlight` at a time; returns the
// seconds taken, or -1 when one failed.
double runWindowed(int count,
                   int inFlight,
                   const std::function<void(int, std::function<void(bool)>)> &start)
{
    QEventLoop loop;
    int next = 0;
    int done = 0;
    bool failed = false;
    std::function<void()> launch;
    launch = [&] {
        while (next < count && next - done < inFlight && !failed) {
            start(next++, [&](bool ok) {
                ++done;
                failed = failed || !ok;
                if (done == count || failed)
                    loop.quit();
                else
                    launch();
            });
        }
    };
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(0, &loop, launch);
    loop.exec();
    return failed ? -1 : static_cast<double>(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"data-dir"_s, u"The supervisor's data dir (created)."_s, u"dir"_s});
    parser.addOption({u"tasks"_s, u"How many tasks to create."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"in-flight"_s, u"Requests in flight at once."_s, u"n"_s, u"16"_s});
    parser.process(app);
    if (!parser.isSet(u"data-dir"_s)) {
        std::fprintf(stderr, "bench_seedtasks: --data-dir is required\n");
        return 2;
    }
    const int count = std::max(1, parser.value(u"tasks"_s).toInt());
    const int inFlight = std::max(1, parser.value(u"in-flight"_s).toInt());

    Supervisor::LocalSupervisor::Options options;
    options.dataDirectory = parser.value(u"data-dir"_s);
    options.server.port = 0;
    options.createExampleTask = false;
    Supervisor::LocalSupervisor supervisor(options);
    if (!supervisor.start()) {
        std::fprintf(stderr, "supervisor: %s\n", qPrintable(supervisor.error()));
        return 1;
    }
    ConnectionProfile profile;
    profile.id = u"seed"_s;
    profile.kind = ConnectionProfile::Kind::Local;
    profile.baseUrl = QUrl(supervisor.baseUrl());
    profile.organization = supervisor.organization();
    profile.token = supervisor.issueSessionToken();
    SupervisorClient client(profile);

    const auto hosts = await(client.catalog().hosts());
    if (!hosts || hosts->isEmpty()) {
        std::fprintf(stderr, "the local bot is not listed\n");
        return 1;
    }
    const Host bot = hosts->constFirst();
    QHash<QString, QString> scriptIds; // kind → id
    for (const QString &kind : scriptKinds()) {
        const QByteArray content = "#!/bin/sh\n# " + kind.toUtf8() + "\necho \"" + kind.toUtf8()
                                   + ": done\"\n";
        const auto script = await(
            client.scripts().create(Script::forContent(kind, content), content));
        if (!script)
            return 1;
        scriptIds.insert(kind, script->id());
    }

    const double createSeconds = runWindowed(
        count, inFlight, [&](int i, std::function<void(bool)> finished) {
            const Task task = generatedTask(i, bot, scriptIds.value(scriptKindOf(i)));
            client.tasks().create(task, &app, [finished](const Result<Task, ClientError> &result) {
                if (!result.ok())
                    std::fprintf(stderr, "create failed: %s\n", qPrintable(result.error().message));
                finished(result.ok());
            });
        });
    if (createSeconds < 0)
        return 1;
    const int statusCount = std::min(count, 5000);
    const double statusSeconds = runWindowed(
        statusCount, inFlight, [&](int, std::function<void(bool)> finished) {
            client.checkHealth(&app, [finished](const Result<HealthStatus, ClientError> &result) {
                finished(result.ok());
            });
        });

    QElapsedTimer listClock;
    listClock.start();
    const auto listed = await(client.tasks().list());
    const double listMs = static_cast<double>(listClock.nsecsElapsed()) / 1e6;

    const double createRate = count / createSeconds;
    const double statusRate = statusSeconds > 0 ? statusCount / statusSeconds : 0;
    std::printf("seeded %d tasks into %s through the HTTP API (%d in flight)\n",
                count,
                qPrintable(options.dataDirectory),
                inFlight);
    std::printf("  task creation: %.1f s, %.0f tasks/s (GET /api/status on the same client: %.0f "
                "requests/s)\n",
                createSeconds,
                createRate,
                statusRate);
    std::printf("  listing all %lld tasks once: %.0f ms\n",
                static_cast<long long>(listed ? listed->size() : -1),
                listMs);
    printFigure("task_create_rate", createRate, "tasks/s", "status_request_rate", statusRate);
    supervisor.stop();
    return listed && listed->size() == count ? 0 : 1;
}
