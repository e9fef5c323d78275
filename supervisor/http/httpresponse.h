#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <functional>
#include <memory>
#include <mutex>
#include <utility>

namespace TheEye::Http {

// A body produced over time (live job output). The application writes on its own thread; the
// transport drains it on its threads. Thread-safe.
class ResponseStream
{
public:
    ResponseStream() = default;
    ResponseStream(const ResponseStream &) = delete;
    ResponseStream &operator=(const ResponseStream &) = delete;

    // Appends bytes to send. Ignored once finished or closed.
    void write(QByteArray bytes);
    // Ends the body after what was written.
    void finish();
    // True once the client went away or the server stops; the producer should stop writing.
    bool isClosed() const;
    // Called once when the stream ends for any reason (finished and drained, client gone, server
    // stopping), on a transport thread or the thread calling HttpServer::stop(); at once, on the
    // caller's thread, if the stream has already ended. Keep it short and thread-safe.
    void setOnClosed(std::function<void()> callback);

    // Transport side.
    struct Chunk
    {
        QByteArray bytes;
        bool end = false;   // nothing more will come
        bool empty = false; // nothing now; the transport must wait for a wake-up
    };
    Chunk take(qsizetype maxBytes);
    void setWakeUp(std::function<void()> wakeUp); // called (under no lock of ours) after a write
    void close();                                 // the transport is done with it

private:
    mutable std::mutex m_mutex;
    QByteArray m_pending;
    qsizetype m_taken = 0; // bytes of m_pending already handed to the transport
    bool m_finished = false;
    bool m_closed = false;
    bool m_waiting = false;
    std::function<void()> m_wakeUp;
    std::function<void()> m_onClosed;
};

struct Response
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // When set, the body is streamed (chunked on HTTP/1.1) and `body` is ignored.
    std::shared_ptr<ResponseStream> stream;

    // Compact JSON with Content-Type application/json. A string value is sent as a JSON string
    // ("Unauthorized"), as the real supervisor does.
    static Response json(int status, const QJsonValue &value);
    static Response text(int status,
                         const QByteArray &body,
                         const QByteArray &contentType = "text/plain; charset=utf-8");
    // No body and no Content-Type (the real supervisor's 204s).
    static Response empty(int status);
    static Response streaming(int status,
                              std::shared_ptr<ResponseStream> stream,
                              const QByteArray &contentType);

    Response &withHeader(QByteArray name, QByteArray value);
};

// Hands a response back to the transport. Call send() exactly once, from any thread. If a
// Responder is dropped without sending, the client gets a 500 rather than a hung connection.
class Responder
{
public:
    using SendFunction = std::function<void(Response)>;

    Responder() = default;
    explicit Responder(SendFunction send);

    void send(Response response) const;
    bool isSent() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace TheEye::Http
