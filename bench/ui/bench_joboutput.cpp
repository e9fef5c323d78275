// Streams job output into the job window's output pane (LogView) at a steady rate, as the live
// log delivers it (a chunk every 10 ms), while a 1 ms precise timer measures how late the event
// loop runs: the longest gap is the longest stall a user would feel. Prints figures only.
//
//   bench_joboutput [--seconds 30] [--lines-per-second 10000] [--one-line] [--platform offscreen]
//
// --one-line writes the same bytes with no newline at all: one line of many megabytes, the case
// that once took the view tens of seconds and gigabytes to paint.

#include "ui/jobs/joboutputpane.h"
#include "ui/logview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

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

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return static_cast<double>(values[at]) / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"seconds"_s, u"How long to stream."_s, u"s"_s, u"30"_s});
    parser.addOption({u"lines-per-second"_s, u"Output rate."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"one-line"_s, u"Never write a newline."_s});
    parser.process(app);
    const char lineEnd = parser.isSet(u"one-line"_s) ? ' ' : '\n';
    const int seconds = std::max(1, parser.value(u"seconds"_s).toInt());
    const int rate = std::max(100, parser.value(u"lines-per-second"_s).toInt());
    constexpr int ChunkMs = 10;
    const int linesPerChunk = std::max(1, rate * ChunkMs / 1000);

    JobOutputPane pane;
    pane.resize(1000, 650);
    pane.show();
    const qint64 rssBefore = procStatusKb("VmRSS");

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> gapsUs;
    gapsUs.reserve(static_cast<size_t>(seconds) * 1100);
    qint64 lastTickNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTickNs > 0)
            gapsUs.push_back((now - lastTickNs) / 1000);
        lastTickNs = now;
    });

    qint64 lines = 0;
    qint64 appendNs = 0;
    qint64 maxAppendNs = 0;
    QByteArray chunk;
    QTimer producer;
    producer.setTimerType(Qt::PreciseTimer);
    producer.setInterval(ChunkMs);
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        // Catch up to the wall clock so the rate holds even when a tick is late.
        const qint64 due = clock.elapsed() * rate / 1000;
        chunk.clear();
        while (lines < due) {
            chunk += "2026-03-01T12:00:00.000Z \x1b[32mINFO\x1b[0m worker["
                     + QByteArray::number(lines % 8) + "] processed item "
                     + QByteArray::number(lines) + " of the batch, ok" + lineEnd;
            ++lines;
        }
        if (chunk.isEmpty())
            return;
        QElapsedTimer t;
        t.start();
        pane.appendOutput(chunk);
        const qint64 spent = t.nsecsElapsed();
        appendNs += spent;
        maxAppendNs = std::max(maxAppendNs, spent);
    });
    QTimer::singleShot(seconds * 1000, &app, [&] {
        producer.stop();
        probe.stop();
        app.quit();
    });
    probe.start();
    producer.start();
    app.exec();

    const qint64 rssAfter = procStatusKb("VmRSS");
    const qint64 peak = procStatusKb("VmHWM");
    const qint64 maxGapUs = gapsUs.empty() ? 0 : *std::max_element(gapsUs.begin(), gapsUs.end());
    std::printf("job output into the log view: %d s at %d lines/s%s (chunks every %d ms, ~%d "
                "lines each), QT_QPA_PLATFORM=%s\n",
                seconds,
                rate,
                lineEnd == '\n' ? "" : " without newlines",
                ChunkMs,
                linesPerChunk,
                qgetenv("QT_QPA_PLATFORM").constData());
    std::printf("  lines appended            %lld (%lld in the view)\n",
                static_cast<long long>(lines),
                static_cast<long long>(pane.view()->buffer().lineCount()));
    std::printf("  output bytes              %.1f MiB\n",
                static_cast<double>(pane.view()->buffer().byteSize()) / (1024.0 * 1024.0));
    std::printf("  event-loop gap (1 ms timer) p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max "
                "%.2f ms (longest stall)\n",
                percentile(gapsUs, 0.50),
                percentile(gapsUs, 0.99),
                percentile(gapsUs, 0.999),
                static_cast<double>(maxGapUs) / 1000.0);
    std::printf("  appendOutput              total %.1f ms, longest %.3f ms\n",
                static_cast<double>(appendNs) / 1e6,
                static_cast<double>(maxAppendNs) / 1e6);
    std::printf("  RSS                       %.1f MiB before, %.1f MiB after, peak %.1f MiB\n",
                static_cast<double>(rssBefore) / 1024.0,
                static_cast<double>(rssAfter) / 1024.0,
                static_cast<double>(peak) / 1024.0);
    // For bench/run.sh's table (no baseline here: the empty QTableView is bench/gui's).
    const char *figure = lineEnd == '\n' ? "ui_joboutput" : "ui_joboutput_one_line";
    std::printf("FIGURE %s_loop_gap_p99 %.2f ms - -\n", figure, percentile(gapsUs, 0.99));
    std::printf("FIGURE %s_longest_stall %.2f ms - -\n",
                figure,
                static_cast<double>(maxGapUs) / 1000.0);
    std::printf("FIGURE %s_peak_rss %.1f MiB - -\n", figure, static_cast<double>(peak) / 1024.0);
    return 0;
}
