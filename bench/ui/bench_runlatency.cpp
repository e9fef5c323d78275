// Click-to-first-output-line latency for a local job: the Run action of the main window on a
// task without arguments, through the JobRunning controller, the local supervisor (HTTP, engine,
// local bot, a real bash process) and the live log, until the first line is in the job window's
// log view. Prints figures only.
//
//   bench_runlatency [--runs 50]

#include "client/jobsapi.h"
#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"
#include "supervisor/core/localsupervisor.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/joboutputpane.h"
#include "ui/jobs/jobrunning.h"
#include "ui/jobs/rundialog.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until `done` holds or `timeoutMs` passes; checks every millisecond.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

template<typename T>
std::optional<T> await(Call<T> *call)
{
    std::optional<T> value;
    bool finished = false;
    QObject context;
    call->then(&context, [&](const Result<T, ClientError> &result) {
        finished = true;
        if (result.ok())
            value = result.value();
        else
            std::fprintf(stderr, "request failed: %s\n", qPrintable(result.error().message));
    });
    waitUntil([&] { return finished; }, 30000);
    return value;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1))];
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"How many runs to time."_s, u"n"_s, u"50"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir dir;
    Supervisor::LocalSupervisor::Options options;
    options.dataDirectory = dir.path();
    options.server.port = 0;
    options.createExampleTask = false;
    Supervisor::LocalSupervisor supervisor(options);
    if (!supervisor.start()) {
        std::fprintf(stderr, "supervisor: %s\n", qPrintable(supervisor.error()));
        return 1;
    }
    ConnectionProfile profile;
    profile.id = u"bench"_s;
    profile.kind = ConnectionProfile::Kind::Local;
    profile.baseUrl = QUrl(supervisor.baseUrl());
    profile.organization = supervisor.organization();
    profile.token = supervisor.issueSessionToken();
    Session session;
    session.open(profile, Session::Role::Admin);
    if (!waitUntil([&] { return !session.hosts().isEmpty(); }, 15000)) {
        std::fprintf(stderr, "no local bot\n");
        return 1;
    }
    SupervisorClient &client = *session.client();
    const QByteArray content = "echo first line\n";
    const auto script = await(
        client.scripts().create(Script::forContent(u"first.sh"_s, content), content));
    if (!script)
        return 1;
    Task definition = Task::newScriptTask();
    definition.setName(u"First line"_s);
    definition.setHostId(session.hosts().constFirst().id());
    definition.setScriptId(script->id());
    definition.setScriptRunAs(u"bash %script%"_s);
    definition.setAutoremoveCompletedJobsLimit(10);
    const auto task = await(client.tasks().create(definition));
    if (!task)
        return 1;
    session.taskModel()->upsertTask(*task);

    MainWindow window(&session);
    window.show();
    JobRunning running(&session, &window);
    RunDialog::setConfirmationWanted(profile, false);
    if (!waitUntil([&] { return window.filterModel()->rowCount() > 0; }, 15000))
        return 1;
    window.selectTask(task->id());
    QAction *run = window.action(u"runTaskAction"_s);
    if (!run || !waitUntil([run] { return run->isEnabled(); }, 15000)) {
        std::fprintf(stderr, "the main window's Run action is missing or stays disabled\n");
        return 1;
    }

    std::vector<double> latencies;
    for (int i = 0; i < runs + 3; ++i) {
        Job started;
        const auto connection = QObject::connect(&running,
                                                 &JobRunning::jobStarted,
                                                 &app,
                                                 [&](const Job &job) { started = job; });
        QElapsedTimer clock;
        clock.start();
        run->trigger();
        JobDialog *dialog = nullptr;
        const bool shown = waitUntil(
            [&] {
                dialog = started.id().isEmpty() ? nullptr : running.jobWindow(started.id());
                return dialog && dialog->outputPane()->view()->buffer().lineCount() > 0;
            },
            30000);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        QObject::disconnect(connection);
        if (!shown) {
            std::fprintf(stderr, "run %d: no output line within 30 s\n", i);
            return 1;
        }
        waitUntil([&] { return dialog->job().isFinished(); }, 30000);
        dialog->close();
        if (i >= 3) // the first runs warm caches, connections and the script file
            latencies.push_back(ms);
    }
    std::printf("click to first output line, local job (%d runs after 3 warm-up runs, "
                "QT_QPA_PLATFORM=%s)\n",
                runs,
                qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  p50 %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms\n",
                percentile(latencies, 0.5),
                percentile(latencies, 0.9),
                *std::min_element(latencies.begin(), latencies.end()),
                *std::max_element(latencies.begin(), latencies.end()));
    std::printf("FIGURE ui_run_to_first_line_p50 %.1f ms - -\n", percentile(latencies, 0.5));
    return 0;
}
