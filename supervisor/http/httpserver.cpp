#include "supervisor/http/httpserver.h"

#include "supervisor/http/httpserverprivate.h"
#include "supervisor/http/httptr.h"

#include <QFile>
#include <QThread>

#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TheEye::Http {

Q_LOGGING_CATEGORY(lcHttp, "theeye.supervisor.http", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

// The listen address as MHD wants it, with the flags it implies.
struct ListenAddress
{
    sockaddr_storage storage{};
    unsigned flags = 0;
    bool valid = false;
};

ListenAddress listenAddress(const QHostAddress &address, quint16 port)
{
    ListenAddress result;
    if (address == QHostAddress(QHostAddress::Any)) {
        // Both protocols on one socket.
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&result.storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        in6->sin6_addr = in6addr_any;
        result.flags = MHD_USE_DUAL_STACK;
        result.valid = true;
    } else if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&result.storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        result.valid = true;
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&result.storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        in6->sin6_scope_id = static_cast<uint32_t>(address.scopeId().toUInt());
        result.flags = MHD_USE_IPv6;
        result.valid = true;
    }
    return result;
}

// MHD_OPTION_ARRAY items carry their values as intptr_t and MHD casts each back to the exact type
// the option takes, which the variadic form leaves to the caller (a wrong type there is undefined
// behaviour the compiler cannot see).
MHD_OptionItem numberOption(MHD_OPTION option, std::uintmax_t value)
{
    return {option, static_cast<intptr_t>(value), nullptr};
}

template<typename Function>
MHD_OptionItem callbackOption(MHD_OPTION option, Function function, void *cls)
{
    return {option, reinterpret_cast<intptr_t>(function), cls};
}

MHD_OptionItem pointerOption(MHD_OPTION option, void *pointer)
{
    return {option, 0, pointer};
}

std::optional<QString> readPemFile(const QString &path, QByteArray *contents, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return HttpTr::tr("Cannot read the TLS %1 file %2: %3").arg(what, path, file.errorString());
    *contents = file.readAll();
    if (!contents->contains("-----BEGIN "))
        return HttpTr::tr("The TLS %1 file %2 is not in PEM format").arg(what, path);
    return std::nullopt;
}

} // namespace

HttpServer::Private::Private(ServerOptions serverOptions,
                             QObject *contextObject,
                             Handler requestHandler)
    : options(std::move(serverOptions))
    , context(contextObject)
    , handler(std::move(requestHandler))
{}

void HttpServer::Private::captureLog(bool on)
{
    std::lock_guard lock(logMutex);
    capturingLog = on;
    if (on)
        startLog.clear();
}

bool HttpServer::Private::startDaemon()
{
    ListenAddress address = listenAddress(options.address, options.port);
    if (!address.valid) {
        error = HttpTr::tr("Cannot listen on \"%1\": not an IP address")
                    .arg(options.address.toString());
        return false;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME
                     | MHD_USE_ERROR_LOG | address.flags;
    const bool tls = !tlsCertificate.isEmpty();
    if (tls)
        flags |= MHD_USE_TLS;

    std::vector<MHD_OptionItem> items;
    // The logger first, so that start-up messages reach it too.
    items.push_back(callbackOption(MHD_OPTION_EXTERNAL_LOGGER, &Private::onLog, this));
    items.push_back(pointerOption(MHD_OPTION_SOCK_ADDR, &address.storage));
    items.push_back(numberOption(MHD_OPTION_CONNECTION_LIMIT, options.connectionLimit));
    items.push_back(numberOption(MHD_OPTION_CONNECTION_TIMEOUT, options.connectionTimeoutSeconds));
    items.push_back(numberOption(MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                                 static_cast<std::uintmax_t>(options.connectionMemoryLimit)));
    items.push_back(numberOption(MHD_OPTION_LISTEN_BACKLOG_SIZE, options.listenBacklog));
    items.push_back(callbackOption(MHD_OPTION_URI_LOG_CALLBACK, &Private::onRequestLine, this));
    items.push_back(callbackOption(MHD_OPTION_NOTIFY_COMPLETED, &Private::onCompleted, this));
    if (options.threads > 1)
        items.push_back(numberOption(MHD_OPTION_THREAD_POOL_SIZE, options.threads));
    if (tls) {
        items.push_back(pointerOption(MHD_OPTION_HTTPS_MEM_KEY, tlsKey.data()));
        items.push_back(pointerOption(MHD_OPTION_HTTPS_MEM_CERT, tlsCertificate.data()));
    }
    items.push_back({MHD_OPTION_END, 0, nullptr});

    captureLog(true);
    daemon = MHD_start_daemon(flags,
                              options.port,
                              nullptr,
                              nullptr,
                              &Private::onAccess,
                              this,
                              MHD_OPTION_ARRAY,
                              items.data(),
                              MHD_OPTION_END);
    captureLog(false);
    if (!daemon) {
        QString reason;
        {
            std::lock_guard lock(logMutex);
            reason = startLog.join("; "_L1);
        }
        if (reason.isEmpty())
            reason = HttpTr::tr("libmicrohttpd gave no reason");
        error = HttpTr::tr("Cannot start the HTTP server on %1 port %2: %3")
                    .arg(options.address.toString())
                    .arg(options.port)
                    .arg(reason);
        return false;
    }

    port = options.port;
    if (const MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
        info && info->port != 0) {
        port = info->port;
    } else if (const MHD_DaemonInfo *fd = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_LISTEN_FD)) {
        sockaddr_storage bound{};
        socklen_t length = sizeof bound;
        if (::getsockname(fd->listen_fd, reinterpret_cast<sockaddr *>(&bound), &length) == 0) {
            port = ntohs(bound.ss_family == AF_INET6
                             ? reinterpret_cast<const sockaddr_in6 *>(&bound)->sin6_port
                             : reinterpret_cast<const sockaddr_in *>(&bound)->sin_port);
        }
    }
    return true;
}

HttpServer::HttpServer(ServerOptions options, QObject *context, Handler handler)
    : d(std::make_unique<Private>(std::move(options), context, std::move(handler)))
{
    if (context) {
        // Once the context is being destroyed, nothing more may be posted to it.
        d->contextWatcher = std::make_unique<QObject>();
        QObject::connect(
            context,
            &QObject::destroyed,
            d->contextWatcher.get(),
            [p = d.get()] {
                std::lock_guard lock(p->mutex);
                p->contextGone = true;
            },
            Qt::DirectConnection);
    }
}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::start()
{
    if (d->daemon)
        return true;
    d->error.clear();
    {
        std::lock_guard lock(d->mutex);
        if (!d->context || d->contextGone) {
            d->error = HttpTr::tr(
                "Cannot start the HTTP server: it has no object to hand requests to");
            return false;
        }
    }
    d->tlsKey.clear();
    d->tlsCertificate.clear();
    const QString &certificateFile = d->options.tlsCertificateFile;
    const QString &keyFile = d->options.tlsKeyFile;
    if (!certificateFile.isEmpty() || !keyFile.isEmpty()) {
        if (certificateFile.isEmpty() || keyFile.isEmpty()) {
            d->error = HttpTr::tr("TLS needs both a certificate file and a key file");
            return false;
        }
        if (MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
            d->error = HttpTr::tr("This libmicrohttpd was built without TLS support");
            return false;
        }
        QByteArray certificate;
        QByteArray key;
        if (auto failure = readPemFile(certificateFile, &certificate, HttpTr::tr("certificate"))) {
            d->error = *failure;
            return false;
        }
        if (auto failure = readPemFile(keyFile, &key, HttpTr::tr("key"))) {
            d->error = *failure;
            return false;
        }
        d->tlsCertificate = certificate;
        d->tlsKey = key;
    }

    d->gate = std::make_shared<HandlerGate>(d->handler);
    d->waiting = std::make_shared<std::atomic<unsigned>>(0);
    d->stopping = false;
    if (!d->startDaemon()) {
        d->tlsKey.fill('\0');
        d->tlsKey.clear();
        qCWarning(lcHttp).noquote() << d->error;
        return false;
    }
    qCInfo(lcHttp).noquote() << "Listening on" << baseUrl();
    return true;
}

void HttpServer::stop()
{
    if (!d->daemon)
        return;
    std::vector<std::shared_ptr<Exchange>> handedOff;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true; // from here on, requests are refused instead of handed off
        handedOff.assign(d->active.begin(), d->active.end());
    }
    const MHD_socket listenSocket = MHD_quiesce_daemon(d->daemon);
    // Resume every suspended connection: MHD_stop_daemon must never see one.
    for (const auto &exchange : handedOff)
        exchange->abandon();
    handedOff.clear();
    d->gate->close();
    MHD_stop_daemon(d->daemon);
    d->daemon = nullptr;
    if (listenSocket != MHD_INVALID_SOCKET)
        ::close(listenSocket);
    d->tlsKey.fill('\0');
    d->tlsKey.clear();
    qCInfo(lcHttp) << "Stopped listening on port" << d->port;
}

bool HttpServer::isRunning() const
{
    return d->daemon != nullptr;
}

unsigned HttpServer::pendingRequests() const
{
    return d->waiting ? d->waiting->load() : 0;
}

quint16 HttpServer::port() const
{
    return d->port;
}

QString HttpServer::error() const
{
    return d->error;
}

QString HttpServer::baseUrl() const
{
    const QHostAddress &address = d->options.address;
    QString host;
    if (address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4))
        host = u"127.0.0.1"_s;
    else if (address == QHostAddress(QHostAddress::AnyIPv6))
        host = u"[::1]"_s;
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + address.toString() + u']';
    else
        host = address.toString();
    const QString scheme = d->options.tlsCertificateFile.isEmpty() ? u"http"_s : u"https"_s;
    return scheme + u"://"_s + host + u':' + QString::number(d->port);
}

} // namespace TheEye::Http
