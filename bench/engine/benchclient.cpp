#include "benchclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

} // namespace

BenchClient::BenchClient(QString base, QByteArray bearer)
    : m_base(std::move(base))
    , m_baseUrl(m_base)
    , m_bearer(std::move(bearer))
{}

QJsonValue BenchClient::call(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setRawHeader("Authorization", m_bearer);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(
        m_manager.sendCustomRequest(request, method, encode(body)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = reply->readAll();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qFatal("%s %s failed: %s", method.constData(), qPrintable(path), bytes.constData());
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void BenchClient::postAsync(const QString &path,
                            const QJsonValue &body,
                            std::function<void(int)> done)
{
    m_queue.append({path, encode(body), std::move(done)});
    sendQueued();
}

void BenchClient::sendQueued()
{
    while (!m_queue.isEmpty()) {
        Connection *idle = nullptr;
        for (const auto &connection : m_connections) {
            if (!connection->busy
                && connection->socket->state() == QAbstractSocket::ConnectedState) {
                idle = connection.get();
                break;
            }
        }
        if (!idle && static_cast<int>(m_connections.size()) < m_window) {
            auto connection = std::make_unique<Connection>();
            connection->socket = new QTcpSocket;
            connection->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            Connection *raw = connection.get();
            QObject::connect(raw->socket, &QTcpSocket::readyRead, raw->socket, [this, raw] {
                receive(*raw);
            });
            QObject::connect(raw->socket, &QTcpSocket::disconnected, raw->socket, [raw] {
                if (raw->busy)
                    qFatal("the supervisor closed a connection with a request in flight");
            });
            raw->socket->connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
            if (!raw->socket->waitForConnected(5000))
                qFatal("cannot connect: %s", qPrintable(raw->socket->errorString()));
            m_connections.push_back(std::move(connection));
            idle = raw;
        }
        if (!idle)
            return; // every connection has a request in flight
        send(*idle, m_queue.takeFirst());
    }
}

void BenchClient::send(Connection &connection, Pending pending)
{
    const QByteArray target = (m_baseUrl.path() + pending.path).toUtf8();
    QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: " + m_baseUrl.host().toLatin1()
                         + ':' + QByteArray::number(m_baseUrl.port()) + "\r\nAuthorization: "
                         + m_bearer + "\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(pending.body.size()) + "\r\n\r\n" + pending.body;
    connection.busy = true;
    connection.done = std::move(pending.done);
    ++m_inFlight;
    connection.socket->write(request);
}

void BenchClient::receive(Connection &connection)
{
    connection.received += connection.socket->readAll();
    const qsizetype headerEnd = connection.received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = connection.received.left(headerEnd).toLower();
    const qsizetype lengthAt = head.indexOf("\r\ncontent-length:");
    if (lengthAt < 0)
        qFatal("an answer without Content-Length: %s", head.constData());
    const qsizetype lengthEnd = head.indexOf("\r\n", lengthAt + 2);
    const qsizetype length = head.mid(lengthAt + 17, lengthEnd < 0 ? -1 : lengthEnd - lengthAt - 17)
                                 .trimmed()
                                 .toLongLong();
    if (connection.received.size() < headerEnd + 4 + length)
        return;
    const int status = head.mid(9, 3).toInt(); // "http/1.1 200 ok"
    connection.received.remove(0, headerEnd + 4 + length);
    connection.busy = false;
    --m_inFlight;
    if (const auto done = std::exchange(connection.done, {}))
        done(status);
    sendQueued();
}
