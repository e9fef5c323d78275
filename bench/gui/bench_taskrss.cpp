// Memory of the main window with a large task list: VmRSS (and peak VmHWM) of a process holding
// N generated tasks in the Session's TaskTableModel, shown in the real MainWindow (offscreen) and
// painted. Baseline: the same window with 0 tasks. Each measurement is its own process (this
// program runs itself with --child), so neither inherits the other's heap. Figures only.
//
//   bench_taskrss [--tasks 100000]

#include "benchutil.h"
#include "generatedtasks.h"

#include "models/tasktablemodel.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

using namespace TheEye;
using namespace TheEye::Bench;
using namespace Qt::StringLiterals;

namespace {

int measureHere(int count)
{
    Session session;
    const QList<Host> hosts = generatedHosts(120);
    session.taskModel()->setHosts(hosts);
    session.taskModel()->setTasks(generatedTasks(count, hosts)); // the list itself is freed
    MainWindow window(&session);
    window.resize(1200, 720);
    window.show();
    processUntilIdle();
    std::printf("rss %lld hwm %lld rows %d\n",
                static_cast<long long>(procStatusKb("VmRSS")),
                static_cast<long long>(procStatusKb("VmHWM")),
                session.taskModel()->rowCount());
    return 0;
}

struct Measured
{
    qint64 rssKb = -1;
    qint64 hwmKb = -1;
};

Measured measureInChild(int count)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, u"--tasks"_s, QString::number(count)});
    if (!child.waitForFinished(600'000) || child.exitCode() != 0)
        return {};
    static const QRegularExpression line(u"rss (\\d+) hwm (\\d+)"_s);
    const QRegularExpressionMatch match = line.match(
        QString::fromUtf8(child.readAllStandardOutput()));
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toLongLong(), match.captured(2).toLongLong()};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"tasks"_s, u"How many tasks."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"child"_s, u"Measure in this process and print the raw figures."_s});
    parser.process(app);
    const int count = std::max(0, parser.value(u"tasks"_s).toInt());
    if (parser.isSet(u"child"_s))
        return measureHere(count);

    const Measured empty = measureInChild(0);
    const Measured full = measureInChild(count);
    if (empty.rssKb < 0 || full.rssKb < 0) {
        std::fprintf(stderr, "a measuring child failed\n");
        return 1;
    }
    const double perTaskBytes = count > 0
                                    ? static_cast<double>(full.rssKb - empty.rssKb) * 1024.0 / count
                                    : 0;
    std::printf("memory of the main window (QT_QPA_PLATFORM=%s)\n",
                qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  0 tasks: VmRSS %.1f MiB (peak %.1f MiB)\n",
                static_cast<double>(empty.rssKb) / 1024.0,
                static_cast<double>(empty.hwmKb) / 1024.0);
    std::printf("  %d tasks: VmRSS %.1f MiB (peak %.1f MiB), %.0f bytes per task over the empty "
                "window\n",
                count,
                static_cast<double>(full.rssKb) / 1024.0,
                static_cast<double>(full.hwmKb) / 1024.0,
                perTaskBytes);
    const QByteArray size = count % 1000 == 0 ? QByteArray::number(count / 1000) + 'k'
                                              : QByteArray::number(count);
    printFigure("rss_" + size,
                static_cast<double>(full.rssKb) / 1024.0,
                "MiB",
                "rss_0_tasks",
                static_cast<double>(empty.rssKb) / 1024.0);
    printFigure("rss_peak_" + size,
                static_cast<double>(full.hwmKb) / 1024.0,
                "MiB",
                "rss_peak_0_tasks",
                static_cast<double>(empty.hwmKb) / 1024.0);
    return 0;
}
