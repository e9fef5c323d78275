#pragma once

#include "client/joblogstream.h"

#include <QSignalSpy>

#include <memory>
#include <optional>

namespace TheEye::Testing {

// What a stream ended with, taken while it still exists (it deletes itself afterwards).
struct LogStreamEnding
{
    bool finished = false;
    JobLogStream::Mode mode = JobLogStream::Mode::Streaming;
    qint64 offset = 0;
    std::optional<Result<Job, ClientError>> result;
};

inline std::shared_ptr<LogStreamEnding> endingOf(JobLogStream *stream)
{
    auto ending = std::make_shared<LogStreamEnding>();
    QObject::connect(stream, &ClientCall::finished, stream, [stream, ending] {
        ending->finished = true;
        ending->mode = stream->mode();
        ending->offset = stream->offset();
        ending->result.emplace(stream->result());
    });
    return ending;
}

// The text of every JobLogStream::output a spy caught, in order.
inline QString joined(const QSignalSpy &spy)
{
    QString text;
    for (const auto &arguments : spy)
        text += arguments.at(0).toString();
    return text;
}

} // namespace TheEye::Testing
