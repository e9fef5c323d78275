#include "fuzzcheck.h"

#include <cstdio>
#include <cstdlib>

namespace TheEye::Fuzz {

namespace {

FailureHandler &failureHandler()
{
    static FailureHandler handler;
    return handler;
}

} // namespace

void setFailureHandler(FailureHandler handler)
{
    failureHandler() = std::move(handler);
}

void fail(const char *condition, const QString &detail, const char *file, int line)
{
    const QString message = QStringLiteral("invariant broken at %1:%2: %3\n  %4")
                                .arg(QString::fromUtf8(file))
                                .arg(line)
                                .arg(QString::fromUtf8(condition), detail);
    if (const FailureHandler &handler = failureHandler())
        handler(message); // the replay test throws from here
    // libFuzzer treats an abort as a crash and saves the input that caused it.
    std::fprintf(stderr, "==fuzz== %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

QString excerpt(const QString &text, qsizetype maxLength)
{
    QString shown = text.size() > maxLength ? text.first(maxLength) + QStringLiteral("…") : text;
    for (QChar &c : shown) {
        if (c.unicode() < 0x20)
            c = u'·';
    }
    return shown;
}

} // namespace TheEye::Fuzz
