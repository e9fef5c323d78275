#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QTcpSocket>

#include <optional>
#include <utility>

// An HTTP/1.x client on a plain QTcpSocket, so tests control every byte: keep-alive on one socket,
// headers without a body, chunked uploads, HTTP/1.0, aborting half-way. Blocking waits with a
// timeout (the server runs on its own threads).
struct HttpReply
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;
    bool chunked = false;

    QByteArray header(const QByteArray &name) const;
    QJsonValue json() const;
};

class RawHttpClient final
{
public:
    static constexpr int kWaitMs = 15000;

    explicit RawHttpClient(quint16 port);

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    void get(const QByteArray &target, const QByteArray &extraHeaders = {});
    // GET and read the reply: its status, or 0 when none came.
    int getStatus(const QByteArray &target);
    // Reads one whole response (Content-Length, chunked, or until the server closes).
    std::optional<HttpReply> readReply();
    // Reads the status line and headers only (for a stream whose body comes later).
    std::optional<HttpReply> readHead();
    // The next chunk of a chunked body; an empty array for the terminating chunk.
    std::optional<QByteArray> readChunk();
    // Waits until the server closes the connection; true if it did.
    bool waitForClosed();
    // Everything the server sends until it closes (an HTTP/1.0 body).
    QByteArray readUntilClosed();
    void abort() { m_socket.abort(); }
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill();
    std::optional<QByteArray> readLine();
    std::optional<QByteArray> readExactly(qsizetype size);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
};
