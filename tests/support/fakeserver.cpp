#include "support/fakeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>
#include <zlib.h>

namespace TheEye::Testing {

using namespace Qt::StringLiterals;

namespace {

// Per-connection parse state, owned by the socket.
class Connection final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    QByteArray buffer;
    bool parked = false; // hung or streaming: no further requests are read
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray headerBlock(const FakeResponse &response, const QByteArray &extra)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + (response.reason.isEmpty() ? reasonPhrase(response.status)
                                                   : response.reason)
                      + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    return head + extra + "\r\n";
}

Connection *connectionOf(QTcpSocket *socket)
{
    return socket->findChild<Connection *>(QString(), Qt::FindDirectChildrenOnly);
}

void resetConnection(QTcpSocket *socket)
{
    const linger immediately{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()),
                 SOL_SOCKET,
                 SO_LINGER,
                 &immediately,
                 sizeof immediately);
    socket->abort();
}

} // namespace

QByteArray FakeRequest::header(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &[key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

QJsonValue FakeRequest::json() const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

FakeResponse FakeResponse::json(int status, const QJsonValue &body)
{
    FakeResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    if (body.isObject())
        response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        response.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact);
        response.body = wrapped.mid(1, wrapped.size() - 2);
    }
    return response;
}

FakeResponse FakeResponse::text(int status, QByteArray body, QByteArray contentType)
{
    FakeResponse response;
    response.status = status;
    if (!contentType.isEmpty())
        response.headers = {{"Content-Type", contentType}};
    response.body = std::move(body);
    return response;
}

FakeResponse FakeResponse::empty(int status)
{
    FakeResponse response;
    response.status = status;
    return response;
}

FakeResponse FakeResponse::withFault(Fault fault)
{
    FakeResponse response;
    response.fault = fault;
    return response;
}

FakeStream::FakeStream(QTcpSocket *socket, FakeRequest request, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_request(std::move(request))
{}

bool FakeStream::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void FakeStream::write(const QByteArray &chunk)
{
    if (!isOpen() || chunk.isEmpty())
        return;
    m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    m_socket->flush();
}

void FakeStream::finish()
{
    if (!isOpen())
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void FakeStream::abort()
{
    if (m_socket)
        m_socket->abort();
}

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeServer::accept);
}

FakeServer::~FakeServer()
{
    closeAllConnections();
}

bool FakeServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeServer::url() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()));
}

void FakeServer::on(const QByteArray &method, const QString &path, const FakeResponse &response)
{
    for (auto &route : m_routes) {
        if (route.first.first == method && route.first.second == path) {
            route.second = response;
            return;
        }
    }
    m_routes.append({{method, path}, response});
}

void FakeServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

FakeRequest FakeServer::lastRequest() const
{
    return m_requests.isEmpty() ? FakeRequest() : m_requests.constLast();
}

int FakeServer::connectionCount() const
{
    int count = 0;
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (const QTcpSocket *socket : sockets) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

void FakeServer::closeAllConnections()
{
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

void FakeServer::stopListening()
{
    m_server->close();
}

void FakeServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        new Connection(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeServer::readFrom(QTcpSocket *socket)
{
    Connection *connection = connectionOf(socket);
    connection->buffer += socket->readAll();
    // A TLS ClientHello on this plain port: answer as a plain HTTP server does, so the client's
    // handshake fails at once instead of waiting for a timeout.
    if (connection->buffer.startsWith("\x16\x03")) {
        socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        connection->parked = true;
        return;
    }
    while (!connection->parked && socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray &buffer = connection->buffer;
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        FakeRequest request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name == "content-length")
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + contentLength)
            return;
        request.body = buffer.mid(headEnd + 4, contentLength);
        buffer.remove(0, headEnd + 4 + contentLength);
        const QUrl url = QUrl::fromEncoded(request.target);
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        if (m_recording)
            m_requests.append(request);
        emit requestReceived(request);
        answer(socket, request);
    }
}

FakeResponse FakeServer::responseFor(const FakeRequest &request) const
{
    for (const auto &route : m_routes) {
        if (route.first.first == request.method && route.first.second == request.path)
            return route.second;
    }
    if (m_handler)
        return m_handler(request);
    return FakeResponse::json(404,
                              QJsonObject{{"code"_L1, u"ResourceNotFound"_s},
                                          {"message"_L1,
                                           QString(request.path + u" does not exist"_s)}});
}

void FakeServer::answer(QTcpSocket *socket, const FakeRequest &request)
{
    Connection *connection = connectionOf(socket);
    FakeResponse response = responseFor(request);
    switch (response.fault) {
    case FakeResponse::Fault::Hang:
        connection->parked = true;
        return;
    case FakeResponse::Fault::CloseWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case FakeResponse::Fault::Reset:
        resetConnection(socket);
        return;
    case FakeResponse::Fault::Garbage:
        socket->write("SSH-2.0-OpenSSH_9.2p1\r\nthis is not HTTP at all\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case FakeResponse::Fault::Stream: {
        connection->parked = true;
        if (response.headers.isEmpty())
            response.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
        socket->write(headerBlock(response, "Transfer-Encoding: chunked\r\nConnection: close\r\n"));
        socket->flush();
        emit streamOpened(new FakeStream(socket, request, socket));
        return;
    }
    case FakeResponse::Fault::CloseMidBody:
        socket->write(
            headerBlock(response,
                        "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n"));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case FakeResponse::Fault::None:
        break;
    }

    QByteArray body = response.body;
    QByteArray extra;
    if (response.gzip && request.header("accept-encoding").contains("gzip")) {
        body = gzip(body);
        extra += "Content-Encoding: gzip\r\n";
    }
    if (response.chunked) {
        extra += "Transfer-Encoding: chunked\r\n";
        QByteArray chunked;
        constexpr qsizetype piece = 4096;
        for (qsizetype at = 0; at < body.size(); at += piece) {
            const QByteArray part = body.mid(at, piece);
            chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        body = chunked + "0\r\n\r\n";
    } else if (response.declaredLength != FakeResponse::NoLength) {
        const qint64 length = response.declaredLength >= 0 ? response.declaredLength : body.size();
        extra += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    if (response.close)
        extra += "Connection: close\r\n";
    socket->write(headerBlock(response, extra));
    socket->write(body);
    if (response.close) {
        connection->parked = true;
        socket->disconnectFromHost();
    }
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size())))
                       + 32,
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace TheEye::Testing

#include "fakeserver.moc"
