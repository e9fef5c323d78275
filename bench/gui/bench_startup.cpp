// Time from process start to the main window exposed, and to the task table painted with every
// task, for theeye-desktop on a seeded local supervisor (`--local --data-dir DIR --port 0`, with
// THEEYE_STARTUP_PROBE=1, see app/desktop/startupprobe.h). Measured here from just before the
// fork to the probe's line on the pipe (so dynamic loading counts), and as the app reports it
// (since main). Baseline: bench_emptywindow, an empty QTableView started the same way. Runs
// alternate between the two. Figures only; never fails on a time.
//
//   bench_startup --app theeye-desktop --baseline bench_emptywindow --data-dir DIR [--runs 10]

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace TheEye::Bench;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    double exposedMs = -1; // seen on the pipe
    double tasksMs = -1;
    double exposedInsideMs = -1; // as the program reports (since main)
    double tasksInsideMs = -1;
    int tasks = -1;
};

Run startOnce(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"THEEYE_STARTUP_PROBE"_s, u"1"_s);
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // A private home: no saved profile or window state from another run decides anything.
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray pending;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(120'000))
            break;
        const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        pending += process.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(end).split(' ');
            pending.remove(0, end + 1);
            if (words.value(0) == "exposed") {
                run.exposedMs = now;
                run.exposedInsideMs = words.value(1).toDouble();
            } else if (words.value(0) == "tasks" && words.value(1) != "timeout") {
                run.tasksMs = now;
                run.tasks = words.value(1).toInt();
                run.tasksInsideMs = words.value(2).toDouble();
            }
        }
    }
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
    }
    return run;
}

std::vector<double> column(const std::vector<Run> &runs, double Run::*field)
{
    std::vector<double> values;
    for (const Run &run : runs) {
        if (run.*field >= 0)
            values.push_back(run.*field);
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"app"_s, u"theeye-desktop."_s, u"path"_s});
    parser.addOption({u"baseline"_s, u"bench_emptywindow."_s, u"path"_s});
    parser.addOption({u"data-dir"_s, u"A seeded local supervisor data dir."_s, u"dir"_s});
    parser.addOption({u"runs"_s, u"Starts of each program."_s, u"n"_s, u"10"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QString desktop = parser.value(u"app"_s);
    const QString baseline = parser.value(u"baseline"_s);
    const QString dataDir = parser.value(u"data-dir"_s);
    if (desktop.isEmpty() || baseline.isEmpty() || dataDir.isEmpty()) {
        std::fprintf(stderr, "bench_startup: --app, --baseline and --data-dir are required\n");
        return 2;
    }
    QTemporaryDir home;

    std::vector<Run> ours;
    std::vector<Run> empty;
    // One start of each first warms the page cache; it is not counted.
    for (int i = -1; i < runs; ++i) {
        const Run app_ = startOnce(desktop,
                                   {u"--local"_s, u"--data-dir"_s, dataDir, u"--port"_s, u"0"_s},
                                   home.path());
        const Run base = startOnce(baseline, {}, home.path());
        if (i < 0)
            continue;
        ours.push_back(app_);
        empty.push_back(base);
    }

    const std::vector<double> exposed = column(ours, &Run::exposedMs);
    const std::vector<double> tasks = column(ours, &Run::tasksMs);
    const std::vector<double> exposedInside = column(ours, &Run::exposedInsideMs);
    const std::vector<double> tasksInside = column(ours, &Run::tasksInsideMs);
    const std::vector<double> baseExposed = column(empty, &Run::exposedMs);
    const int shownTasks = ours.empty() ? -1 : ours.back().tasks;
    std::printf("start-up, theeye-desktop --local on %s (%d runs each, alternating; "
                "QT_QPA_PLATFORM=%s)\n",
                qPrintable(dataDir),
                runs,
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
                    ? "offscreen"
                    : qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  window exposed: p50 %.0f ms, max %.0f ms from fork (%.0f ms from main); "
                "%zu/%d runs reported\n",
                percentile(exposed, 0.5),
                percentile(exposed, 1.0),
                percentile(exposedInside, 0.5),
                exposed.size(),
                runs);
    std::printf("  %d tasks painted: p50 %.0f ms, max %.0f ms from fork (%.0f ms from main); "
                "%zu/%d runs reported\n",
                shownTasks,
                percentile(tasks, 0.5),
                percentile(tasks, 1.0),
                percentile(tasksInside, 0.5),
                tasks.size(),
                runs);
    std::printf("  baseline, empty QTableView exposed: p50 %.0f ms, max %.0f ms from fork\n",
                percentile(baseExposed, 0.5),
                percentile(baseExposed, 1.0));
    std::printf("  goal: window exposed <= 500 ms\n");
    const QByteArray size = shownTasks >= 1000 && shownTasks % 1000 == 0
                                ? QByteArray::number(shownTasks / 1000) + 'k'
                                : QByteArray::number(shownTasks);
    printFigure("startup_exposed_" + size,
                percentile(exposed, 0.5),
                "ms",
                "empty_qtableview_exposed",
                percentile(baseExposed, 0.5));
    printFigure("startup_tasks_shown_" + size,
                percentile(tasks, 0.5),
                "ms",
                "empty_qtableview_exposed",
                percentile(baseExposed, 0.5));
    return 0;
}
