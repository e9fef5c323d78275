#pragma once

// Small helpers shared by the GUI benches: event-loop idling, percentiles, and the FIGURE line
// that bench/gui/run.sh (and a later table script) collects:
//   FIGURE <name> <value> <unit> <baseline-name> <baseline-value>

#include <QAbstractEventDispatcher>
#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace TheEye::Bench {

// Processes events until a pass finds nothing to do: the work a keystroke caused (filtering,
// layout, the posted update requests and their paints) is done.
inline void processUntilIdle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QCoreApplication::sendPostedEvents();
    while (dispatcher->processEvents(QEventLoop::AllEvents))
        QCoreApplication::sendPostedEvents();
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5)];
}

inline void printFigure(const QByteArray &name,
                        double value,
                        const char *unit,
                        const QByteArray &baselineName,
                        double baselineValue)
{
    std::printf("FIGURE %s %.2f %s %s %.2f\n",
                name.constData(),
                value,
                unit,
                baselineName.constData(),
                baselineValue);
    std::fflush(stdout);
}

} // namespace TheEye::Bench
