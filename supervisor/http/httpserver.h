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
    unsigned listenBacklog = 1024; // SYNs queued before accept (default 50 is too few)
    // Requests handed to the handler and not answered yet (parked long-polls included). Beyond
    // it, new requests get 503 at once. Keep it below connectionLimit, so that parked requests
    // can never take every connection.
    unsigned maxPendingRequests = 1024;
    QString tlsCertificateFile; // PEM; TLS when both are set
    QString tlsKeyFile;
};

// The libmicrohttpd transport (reference/http-transport.md, hand-off mode): MHD threads parse the
// request and cap its body, then suspend the connection and post the request to `handler` on the
// thread of `context` (the supervisor core). The handler answers through the Responder, from any
// thread, and the connection is resumed. Streams use suspend/resume as output arrives.
//
// Requests that are handed off and not answered count against maxPendingRequests; beyond it new
// requests get 503 at once. If `context` is destroyed while the server runs, requests still queued
// to it get 500 and new ones 503.
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
    // Stops accepting; answers every request still waiting for the handler with 503 (or closes
    // its connection); cuts every open stream (its onClosed fires); then stops the daemon. When it
    // returns no handler is running and none will start; hand-offs still queued on the context
    // thread are dropped when they run. It needs nothing from the context thread's event loop, so
    // it may be called from any thread: the context thread itself, from inside a handler, or while
    // that thread's loop is not running. Called from another thread while a handler runs, it
    // waits for that handler to return, so a handler must never block on the thread calling stop().
    void stop();

    bool isRunning() const;
    // Requests handed to the handler and not answered yet (compare maxPendingRequests).
    unsigned pendingRequests() const;
    quint16 port() const; // the bound port, also when the options asked for 0
    QString error() const;
    QString baseUrl() const; // "http://127.0.0.1:60080"

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace TheEye::Http
