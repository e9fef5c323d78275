#include "supervisor/http/httpresponse.h"

#include "supervisor/http/httptr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

// ResponseStream

void ResponseStream::write(QByteArray bytes)
{
    if (bytes.isEmpty())
        return;
    std::function<void()> wakeUp;
    {
        std::lock_guard lock(m_mutex);
        if (m_finished || m_closed)
            return;
        m_pending.append(bytes);
        if (m_waiting) {
            m_waiting = false;
            wakeUp = m_wakeUp;
        }
    }
    if (wakeUp)
        wakeUp();
}

void ResponseStream::finish()
{
    std::function<void()> wakeUp;
    {
        std::lock_guard lock(m_mutex);
        if (m_finished || m_closed)
            return;
        m_finished = true;
        if (m_waiting) {
            m_waiting = false;
            wakeUp = m_wakeUp;
        }
    }
    if (wakeUp)
        wakeUp();
}

bool ResponseStream::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

void ResponseStream::setOnClosed(std::function<void()> callback)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_closed) {
            m_onClosed = std::move(callback);
            return;
        }
    }
    // Already over: tell the producer at once, so it never waits for a call that cannot come.
    if (callback)
        callback();
}

ResponseStream::Chunk ResponseStream::take(qsizetype maxBytes)
{
    std::lock_guard lock(m_mutex);
    Chunk chunk;
    if (m_closed) {
        chunk.end = true;
        return chunk;
    }
    const qsizetype available = m_pending.size() - m_taken;
    if (available > 0) {
        const qsizetype n = std::min(available, maxBytes);
        if (m_taken == 0 && n == m_pending.size()) {
            chunk.bytes = std::exchange(m_pending, QByteArray());
        } else {
            chunk.bytes = m_pending.sliced(m_taken, n);
            m_taken += n;
            if (m_taken == m_pending.size()) {
                m_pending.clear();
                m_taken = 0;
            }
        }
        return chunk;
    }
    if (m_finished) {
        chunk.end = true;
        return chunk;
    }
    m_waiting = true;
    chunk.empty = true;
    return chunk;
}

void ResponseStream::setWakeUp(std::function<void()> wakeUp)
{
    std::lock_guard lock(m_mutex);
    m_wakeUp = std::move(wakeUp);
}

void ResponseStream::close()
{
    std::function<void()> onClosed;
    std::function<void()> wakeUp;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        m_closed = true;
        m_pending.clear();
        m_taken = 0;
        onClosed = std::move(m_onClosed);
        m_onClosed = nullptr;
        // A transport waiting for data must learn that none will come.
        if (m_waiting) {
            m_waiting = false;
            wakeUp = m_wakeUp;
        }
    }
    if (wakeUp)
        wakeUp();
    if (onClosed)
        onClosed();
}

// Response

namespace {

QByteArray compactJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Undefined:
        return "null"_ba;
    default: {
        // QJsonDocument holds only objects and arrays: serialize [value] and strip the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return wrapped.sliced(1, wrapped.size() - 2);
    }
    }
}

} // namespace

Response Response::json(int status, const QJsonValue &value)
{
    Response response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, "application/json"_ba});
    response.body = compactJson(value);
    return response;
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, contentType});
    response.body = body;
    return response;
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

Response Response::streaming(int status,
                             std::shared_ptr<ResponseStream> stream,
                             const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.headers.append({"Content-Type"_ba, contentType});
    response.stream = std::move(stream);
    return response;
}

Response &Response::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

// Responder

struct Responder::State
{
    explicit State(SendFunction function)
        : send(std::move(function))
    {}
    State(const State &) = delete;
    State &operator=(const State &) = delete;

    ~State()
    {
        // Every copy is gone and nobody answered: a 500 beats a connection that hangs forever.
        if (!sent.exchange(true) && send) {
            qCWarning(lcHttp) << "A Responder was dropped without an answer; the request, if it "
                                 "still waits, gets a 500";
            send(Response::json(500, u"Internal Server Error"_s));
        }
    }

    SendFunction send;
    std::atomic_bool sent = false;
};

Responder::Responder(SendFunction send)
    : m_state(std::make_shared<State>(std::move(send)))
{}

void Responder::send(Response response) const
{
    if (!m_state)
        return;
    if (m_state->sent.exchange(true)) {
        qCWarning(lcHttp) << "A response was sent twice; the second one is ignored";
        // Its producer must not keep writing into a stream nobody reads.
        if (response.stream)
            response.stream->close();
        return;
    }
    if (m_state->send)
        m_state->send(std::move(response));
}

bool Responder::isSent() const
{
    return m_state && m_state->sent.load();
}

} // namespace TheEye::Http
