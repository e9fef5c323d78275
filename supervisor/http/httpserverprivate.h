#pragma once

#include "supervisor/http/handlergate.h"
#include "supervisor/http/httpexchange.h"
#include "supervisor/http/httpserver.h"

#include <QStringList>

#include <atomic>
#include <cstdarg>
#include <memory>
#include <mutex>
#include <unordered_set>

#include <microhttpd.h>

namespace TheEye::Http {

// What one request needs on the MHD side, from the request line to MHD's completion notice.
struct RequestContext
{
    enum class Phase {
        Headers,   // first access-handler call still to come
        Body,      // receiving the body
        HandedOff, // suspended, waiting for the application's answer
        Answered,  // a response is queued
    };
    Phase phase = Phase::Headers;
    QByteArray target; // the request target as sent: path and query, still encoded
    Request request;
    bool bodyTooLarge = false; // chunked body over the cap: drained, then 413
    qsizetype drainedBytes = 0;
    std::shared_ptr<Exchange> exchange;
};

struct HttpServer::Private
{
    Private(ServerOptions serverOptions, QObject *contextObject, Handler requestHandler);

    // MHD callbacks (httpcallbacks.cpp); `cls` is the Private.
    static void *onRequestLine(void *cls, const char *uri, MHD_Connection *connection);
    static MHD_Result onAccess(void *cls,
                               MHD_Connection *connection,
                               const char *url,
                               const char *method,
                               const char *version,
                               const char *uploadData,
                               size_t *uploadDataSize,
                               void **requestContext);
    static void onCompleted(void *cls,
                            MHD_Connection *connection,
                            void **requestContext,
                            MHD_RequestTerminationCode code);
    static void onLog(void *cls, const char *format, va_list args);

    MHD_Result beginRequest(MHD_Connection *connection,
                            RequestContext &context,
                            const char *method,
                            const char *version);
    MHD_Result receiveBody(RequestContext &context, const char *data, size_t size);
    MHD_Result handOff(MHD_Connection *connection, RequestContext &context);
    MHD_Result sendAnswer(MHD_Connection *connection, RequestContext &context);
    MHD_Result queue(MHD_Connection *connection, RequestContext &context, Response response);

    bool startDaemon();
    void captureLog(bool on);

    const ServerOptions options;
    QObject *const context;
    const Handler handler;
    std::unique_ptr<QObject> contextWatcher;

    MHD_Daemon *daemon = nullptr;
    quint16 port = 0;
    QString error;
    QByteArray tlsKey;
    QByteArray tlsCertificate;

    // Per run of the daemon; shared so that queued hand-offs and Responders stay valid after it.
    std::shared_ptr<HandlerGate> gate;
    std::shared_ptr<std::atomic<unsigned>> waiting;
    std::atomic_bool stopping = false;

    std::mutex mutex; // guards contextGone and active, and makes a hand-off atomic with stop()
    bool contextGone = false;
    std::unordered_set<std::shared_ptr<Exchange>> active; // handed off, connection not finished

    std::mutex logMutex;
    bool capturingLog = false;
    QStringList startLog;
};

} // namespace TheEye::Http
