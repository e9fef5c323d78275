#pragma once

#include "client/call.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace TheEye::Testing {

// Runs the event loop until `call` finishes (or `timeoutMs` passes) and returns its result;
// nullopt on timeout. Uses the context-object form, as the GUI does.
template<typename T, typename E>
std::optional<Result<T, E>> waitForResult(Call<T, E> *call, int timeoutMs = 15'000)
{
    std::optional<Result<T, E>> result;
    QObject context;
    call->then(&context, [&result](const Result<T, E> &finished) { result.emplace(finished); });
    const bool finished = QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    Q_UNUSED(finished) // the empty optional says it
    return result;
}

} // namespace TheEye::Testing
