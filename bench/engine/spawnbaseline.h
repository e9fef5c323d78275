#pragma once

#include <QStringList>

// What the machine does without the supervisor, measured in the same run as the engine: plain
// posix_spawn + waitpid, the cheapest way to run a process.
namespace SpawnBaseline {

// Microseconds since the epoch (CLOCK_REALTIME: bash's $EPOCHREALTIME reads the same clock).
qint64 nowMicroseconds();

// Runs `count` processes of `argv`, at most `parallel` at once; returns the seconds it took.
double runMany(const QStringList &argv, int count, int parallel);

// Runs `argv` once and waits for it; false when it could not start or failed.
bool runOnce(const QStringList &argv);

} // namespace SpawnBaseline
