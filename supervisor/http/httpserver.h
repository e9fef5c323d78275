#pragma once

#include "supervisor/http/httprequest.h"
#include "supervisor/http/httpresponse.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace TheEye::Http {

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost; // 127.0.0.1 unless told otherwise
    quint16 port = 60080;                           // 0 picks a free port; see HttpServer::port()
    unsigned threads = 2;                           // transport threads (parse and cap only)
    unsigned connectionLimit = 1024;
    unsigned connectionTimeoutSeconds = 30;      // inactivity, not for suspended requests
    qsizetype connectionMemoryLimit = 64 * 1024; // caps request headers (431/414 beyond)
    qsizetype maxBodyBytes = 16 * 1024 * 1024;   // 413 from Content-Length, before reading
    QString tlsCertificateFile;                  // PEM; TLS when both are set
    QString tlsKeyFile;
};

// The libmicrohttpd transport (reference/http-transport.md, hand-off mode): MHD threads parse the
// request and cap its body, then suspend the connection and post the request to `handler` on the
// thread of `context` (the supervisor core). The handler answers through the Responder, from any
// thread, and the connection is resumed. Streams use suspend/resume as output arrives.
class HttpServer final
{
public:
    using Handler = std::function<void(Request, Responder)>;

    HttpServer(ServerOptions options, QObject *context, Handler handler);
    ~HttpServer(); // stops if running
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // Starts listening. On failure returns false and error() says why (port in use, bad
    // certificate, …), translated.
    bool start();
    // Stops accepting, finishes or closes every parked request and stream, then stops the
    // daemon. Must not be called on the context thread while it is blocked.
    void stop();

    bool isRunning() const;
    quint16 port() const; // the bound port, also when the options asked for 0
    QString error() const;
    QString baseUrl() const; // "http://127.0.0.1:60080"

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace TheEye::Http
