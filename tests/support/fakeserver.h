#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace TheEye::Testing {

// One request as the fake server parsed it.
struct FakeRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query, percent-encoded
    QString path;      // decoded
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QJsonValue json() const; // the body parsed; undefined when it is not JSON
};

// What the fake server answers: a normal HTTP response, or a fault a real server would not
// produce on purpose (the reason this server exists: tests use the real local supervisor for
// everything else).
struct FakeResponse
{
    enum class Fault {
        None,
        Hang,               // read the request, never answer
        CloseWithoutAnswer, // close the connection instead of answering
        CloseMidBody,       // announce the whole body, send half of it, close
        Reset,              // abort with a TCP reset
        Garbage,            // bytes that are not HTTP, then close
        Stream,             // chunked body written by the test through FakeStream
    };

    int status = 200;
    QByteArray reason; // empty: the standard phrase
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;
    bool gzip = false;    // gzip the body when the request accepts it
    bool chunked = false; // send the body in chunked transfer encoding
    bool close = false;   // close the connection after answering
    static constexpr qint64 NoLength = -2;
    // A Content-Length other than the body's (a lying server), or NoLength for none at all.
    qint64 declaredLength = -1;

    static FakeResponse json(int status, const QJsonValue &body);
    static FakeResponse text(int status, QByteArray body, QByteArray contentType = "text/plain");
    static FakeResponse empty(int status); // no body, no Content-Type (the real cancel's 204)
    static FakeResponse withFault(Fault fault);
    FakeResponse &addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

// A chunked response the test writes piece by piece (FakeResponse::Fault::Stream).
class FakeStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeStream)

public:
    FakeStream(QTcpSocket *socket, FakeRequest request, QObject *parent);

    const FakeRequest &request() const { return m_request; }
    bool isOpen() const;
    void write(const QByteArray &chunk); // one HTTP chunk, sent at once
    void finish();                       // the last chunk; the response is complete
    void abort();                        // drop the connection mid-response

private:
    QPointer<QTcpSocket> m_socket;
    FakeRequest m_request;
};

// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, for the client tests and benchmarks:
// it answers from fixed routes or a handler, keeps connections alive like a real server, and
// injects the faults of FakeResponse::Fault. Lives on the thread that created it.
class FakeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeServer)

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    // Port 0 picks a free one; a given port lets a test restart a server where it was.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    // Answers `method path` (path without query) with `response`, before the handler is asked.
    void on(const QByteArray &method, const QString &path, const FakeResponse &response);
    void setHandler(Handler handler);
    void setRecording(bool record) { m_recording = record; }

    QList<FakeRequest> requests() const { return m_requests; }
    FakeRequest lastRequest() const;
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const;

    // Drops every connection, hung and streaming ones too (the server "dies").
    void closeAllConnections();
    void stopListening();

signals:
    void requestReceived(const TheEye::Testing::FakeRequest &request);
    void streamOpened(TheEye::Testing::FakeStream *stream);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeRequest &request);
    FakeResponse responseFor(const FakeRequest &request) const;

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    QList<std::pair<std::pair<QByteArray, QString>, FakeResponse>> m_routes;
    QList<FakeRequest> m_requests;
    bool m_recording = true;
};

// gzip (RFC 1952) of `data`, for answers that arrive compressed.
QByteArray gzip(const QByteArray &data);

} // namespace TheEye::Testing
