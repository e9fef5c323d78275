#include "rawhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

QJsonValue HttpReply::json() const
{
    const QJsonDocument document = QJsonDocument::fromJson("[" + body + "]");
    return document.array().first();
}

RawHttpClient::RawHttpClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(kWaitMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    while (m_socket.bytesToWrite() > 0 && m_socket.state() == QAbstractSocket::ConnectedState) {
        if (!m_socket.waitForBytesWritten(kWaitMs))
            break;
    }
}

void RawHttpClient::get(const QByteArray &target, const QByteArray &extraHeaders)
{
    send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n");
}

int RawHttpClient::getStatus(const QByteArray &target)
{
    get(target);
    const auto reply = readReply();
    return reply ? reply->status : 0;
}

bool RawHttpClient::fill()
{
    if (m_closed)
        return false;
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(kWaitMs)) {
        m_buffer += m_socket.readAll();
        m_closed = m_socket.state() != QAbstractSocket::ConnectedState;
        return false;
    }
    m_buffer += m_socket.readAll();
    return true;
}

std::optional<QByteArray> RawHttpClient::readLine()
{
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end >= 0) {
            QByteArray line = m_buffer.first(end);
            m_buffer.remove(0, end + 2);
            return line;
        }
        if (!fill() && m_buffer.indexOf("\r\n") < 0)
            return std::nullopt;
    }
}

std::optional<QByteArray> RawHttpClient::readExactly(qsizetype size)
{
    while (m_buffer.size() < size) {
        if (!fill() && m_buffer.size() < size)
            return std::nullopt;
    }
    QByteArray bytes = m_buffer.first(size);
    m_buffer.remove(0, size);
    return bytes;
}

std::optional<HttpReply> RawHttpClient::readHead()
{
    const auto statusLine = readLine();
    if (!statusLine || !statusLine->startsWith("HTTP/1."))
        return std::nullopt;
    HttpReply reply;
    reply.status = statusLine->mid(9, 3).toInt();
    for (;;) {
        const auto line = readLine();
        if (!line)
            return std::nullopt;
        if (line->isEmpty())
            break;
        const qsizetype colon = line->indexOf(':');
        if (colon < 0)
            return std::nullopt;
        reply.headers.append(
            {line->first(colon).trimmed().toLower(), line->sliced(colon + 1).trimmed()});
    }
    reply.chunked = reply.header("transfer-encoding").toLower() == "chunked";
    return reply;
}

std::optional<QByteArray> RawHttpClient::readChunk()
{
    const auto sizeLine = readLine();
    if (!sizeLine)
        return std::nullopt;
    bool ok = false;
    const qsizetype size = sizeLine->split(';').first().trimmed().toLongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    auto data = readExactly(size);
    if (!data)
        return std::nullopt;
    if (size == 0) {
        // Trailers (none expected), then the empty line that ends the body.
        for (;;) {
            const auto line = readLine();
            if (!line)
                return std::nullopt;
            if (line->isEmpty())
                return QByteArray();
        }
    }
    if (readLine() != QByteArray())
        return std::nullopt;
    return data;
}

std::optional<HttpReply> RawHttpClient::readReply()
{
    auto reply = readHead();
    if (!reply)
        return std::nullopt;
    if (reply->status == 204 || reply->status == 304)
        return reply;
    if (reply->chunked) {
        for (;;) {
            const auto chunk = readChunk();
            if (!chunk)
                return std::nullopt;
            if (chunk->isEmpty())
                return reply;
            reply->body += *chunk;
        }
    }
    const QByteArray length = reply->header("content-length");
    if (!length.isEmpty()) {
        auto body = readExactly(length.toLongLong());
        if (!body)
            return std::nullopt;
        reply->body = *body;
        return reply;
    }
    reply->body = readUntilClosed();
    return reply;
}

bool RawHttpClient::waitForClosed()
{
    while (fill()) {
    }
    return m_closed;
}

QByteArray RawHttpClient::readUntilClosed()
{
    waitForClosed();
    return std::exchange(m_buffer, QByteArray());
}
