// The libFuzzer entry of one target; CMake compiles it once per target with THEEYE_FUZZ_TARGET set
// to the target's name. Built only with THEEYE_FUZZ=ON (clang); run through tests/fuzz/run.sh.
#include "fuzzcheck.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace {

const TheEye::Fuzz::Target *target = nullptr;

// Debug and info messages are noise at thousands of inputs a second; warnings are shown (the first
// ones only), and a fatal message still aborts, which libFuzzer reports as a crash.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static int warnings = 0;
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    if (type == QtWarningMsg && ++warnings > 20)
        return;
    std::fprintf(stderr, "Qt: %s\n", message.toLocal8Bit().constData());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    target = TheEye::Fuzz::findTarget(THEEYE_FUZZ_TARGET);
    if (!target) {
        std::fprintf(stderr, "no fuzz target named %s\n", THEEYE_FUZZ_TARGET);
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    target->run(QByteArrayView(data, static_cast<qsizetype>(size)));
    return 0;
}
