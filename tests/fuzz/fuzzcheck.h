#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <functional>
#include <span>

// What every fuzz target shares. A target is a plain function of the input bytes, linked both into
// its libFuzzer executable (tests/fuzz/run.sh) and into the regular test suite, which replays every
// committed corpus and regression input through it (tst_fuzzregressions).
namespace TheEye::Fuzz {

using TargetFunction = void (*)(QByteArrayView input);

struct Target
{
    const char *name;   // also the folder of its corpus, regressions and crashes
    TargetFunction run; // checks its invariants with FUZZ_REQUIRE
};

// Every target, in one list, so the replay test and run.sh cannot forget one.
std::span<const Target> targets();
const Target *findTarget(QByteArrayView name);

// An invariant did not hold. The libFuzzer entry prints it and aborts (so libFuzzer keeps the
// input); the replay test installs a handler that throws, to name the input file and go on.
[[noreturn]] void fail(const char *condition, const QString &detail, const char *file, int line);
using FailureHandler = std::function<void(const QString &message)>;
void setFailureHandler(FailureHandler handler);

// Short, printable excerpt of a value for failure messages.
QString excerpt(const QString &text, qsizetype maxLength = 200);

} // namespace TheEye::Fuzz

// Checks an invariant a bug would break; `detail` (a QString) is evaluated only on failure.
#define FUZZ_REQUIRE(condition, detail) \
    do { \
        if (!(condition)) \
            ::TheEye::Fuzz::fail(#condition, (detail), __FILE__, __LINE__); \
    } while (false)
