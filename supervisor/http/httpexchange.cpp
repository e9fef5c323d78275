#include "supervisor/http/httpexchange.h"

#include "supervisor/http/httptr.h"

#include <QJsonObject>

#include <microhttpd.h>

#include <cstring>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

Response transportError(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{u"statusCode"_s, status}, {u"message"_s, message}});
}

Response shuttingDownError()
{
    return transportError(503, HttpTr::tr("The server is shutting down"))
        .withHeader("Connection"_ba, "close"_ba);
}

Response bodyTooLargeError(qsizetype limit)
{
    return transportError(413,
                          HttpTr::tr("The request body is larger than the limit of %1 bytes")
                              .arg(limit));
}

Exchange::Exchange(MHD_Connection *connection, std::shared_ptr<std::atomic<unsigned>> waiting)
    : m_connection(connection)
    , m_waiting(std::move(waiting))
{}

void Exchange::suspendForAnswer()
{
    std::lock_guard lock(m_mutex);
    m_suspended = true;
    MHD_suspend_connection(m_connection);
}

void Exchange::answer(Response response)
{
    std::shared_ptr<ResponseStream> unwanted;
    {
        std::lock_guard lock(m_mutex);
        if (m_answered || m_closed) {
            unwanted = std::move(response.stream);
        } else {
            m_answered = true;
            m_waiting->fetch_sub(1, std::memory_order_relaxed);
            m_stream = response.stream;
            // Publish before resuming: once resumed, the MHD thread may read it at any time.
            m_answer = std::move(response);
            if (m_suspended) {
                m_suspended = false;
                MHD_resume_connection(m_connection);
            }
        }
    }
    if (unwanted)
        unwanted->close();
}

std::optional<Response> Exchange::takeAnswer()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_answer, std::nullopt);
}

long long Exchange::readStream(char *buffer, std::size_t max)
{
    std::lock_guard lock(m_mutex);
    ResponseStream::Chunk chunk = m_stream->take(static_cast<qsizetype>(max));
    if (chunk.end) {
        // Closed before the producer finished (server stopping): cut the body off rather than
        // end it cleanly, so the client cannot take a partial body for a complete one.
        return m_stream->isClosed() ? MHD_CONTENT_READER_END_WITH_ERROR
                                    : MHD_CONTENT_READER_END_OF_STREAM;
    }
    if (chunk.empty) {
        // Returning 0 is only legal together with a suspension (else MHD spins).
        m_suspended = true;
        MHD_suspend_connection(m_connection);
        return 0;
    }
    std::memcpy(buffer, chunk.bytes.constData(), static_cast<std::size_t>(chunk.bytes.size()));
    return chunk.bytes.size();
}

void Exchange::wakeUp()
{
    std::lock_guard lock(m_mutex);
    if (m_suspended && !m_closed) {
        m_suspended = false;
        MHD_resume_connection(m_connection);
    }
}

void Exchange::abandon()
{
    answer(shuttingDownError());
    std::shared_ptr<ResponseStream> stream;
    {
        std::lock_guard lock(m_mutex);
        stream = m_stream;
    }
    if (stream)
        stream->close();
}

void Exchange::connectionClosed()
{
    std::shared_ptr<ResponseStream> stream;
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_connection = nullptr;
        if (!m_answered) {
            // Not reachable while MHD keeps suspended connections open; keeps the count honest.
            m_answered = true;
            m_waiting->fetch_sub(1, std::memory_order_relaxed);
        }
        stream = m_stream;
    }
    // Also covers an answer that was published but never queued (the client left meanwhile).
    if (stream)
        stream->close();
}

} // namespace TheEye::Http
