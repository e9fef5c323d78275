// The libmicrohttpd side of a request: from the request line to MHD's completion notice. Runs on
// MHD's threads, which only parse and cap; the application's handler runs on the context thread.
#include "supervisor/http/httpserverprivate.h"

#include "supervisor/http/httptr.h"
#include "supervisor/http/urlcoding.h"

#include <QMetaObject>

#include <cstdio>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

namespace {

// MHD's reader buffer for streamed bodies; a follow stream sends small lines, a catch-up large
// runs of output.
constexpr size_t kStreamBlockSize = 16 * 1024;
// How much of an over-long chunked body is read and thrown away so the client gets its 413 (MHD
// cannot answer during an upload); past that the connection is cut.
constexpr qsizetype kMinimumDrainBytes = 1024 * 1024;
constexpr qulonglong kMaximumReserveBytes = 1024 * 1024;

MHD_Result collectHeader(void *cls,
                         MHD_ValueKind /*kind*/,
                         const char *key,
                         size_t keySize,
                         const char *value,
                         size_t valueSize)
{
    auto *headers = static_cast<QList<std::pair<QByteArray, QByteArray>> *>(cls);
    headers->append({QByteArray(key, static_cast<qsizetype>(keySize)).toLower(),
                     QByteArray(value, static_cast<qsizetype>(valueSize))});
    return MHD_YES;
}

QHostAddress peerAddress(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection,
                                                             MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!info || !info->client_addr)
        return {};
    return QHostAddress(info->client_addr);
}

ssize_t readStream(void *cls, uint64_t /*position*/, char *buffer, size_t max)
{
    const auto &exchange = *static_cast<std::shared_ptr<Exchange> *>(cls);
    return static_cast<ssize_t>(exchange->readStream(buffer, max));
}

void freeStream(void *cls)
{
    delete static_cast<std::shared_ptr<Exchange> *>(cls);
}

bool validStatus(int status)
{
    return status >= 100 && status <= 999;
}

} // namespace

void *HttpServer::Private::onRequestLine(void * /*cls*/,
                                         const char *uri,
                                         MHD_Connection * /*connection*/)
{
    // The raw target, before MHD decodes the path and splits the query: the only place it exists.
    auto *context = new RequestContext;
    if (uri)
        context->target = QByteArray(uri);
    return context;
}

MHD_Result HttpServer::Private::onAccess(void *cls,
                                         MHD_Connection *connection,
                                         const char *url,
                                         const char *method,
                                         const char *version,
                                         const char *uploadData,
                                         size_t *uploadDataSize,
                                         void **requestContext)
{
    auto *d = static_cast<Private *>(cls);
    auto *context = static_cast<RequestContext *>(*requestContext);
    if (!context) {
        // MHD announces every request line first; keep going if it ever does not.
        context = new RequestContext;
        context->target = QByteArray(url ? url : "/");
        *requestContext = context;
    }
    switch (context->phase) {
    case RequestContext::Phase::Headers:
        return d->beginRequest(connection, *context, method, version);
    case RequestContext::Phase::Body:
        if (*uploadDataSize > 0) {
            const size_t size = *uploadDataSize;
            *uploadDataSize = 0;
            return d->receiveBody(*context, uploadData, size);
        }
        if (context->bodyTooLarge) {
            return d->queue(connection, *context, bodyTooLargeError(d->options.maxBodyBytes));
        }
        return d->handOff(connection, *context);
    case RequestContext::Phase::HandedOff:
        return d->sendAnswer(connection, *context);
    case RequestContext::Phase::Answered:
        *uploadDataSize = 0;
        return MHD_YES;
    }
    return MHD_NO;
}

void HttpServer::Private::onCompleted(void *cls,
                                      MHD_Connection * /*connection*/,
                                      void **requestContext,
                                      MHD_RequestTerminationCode code)
{
    auto *d = static_cast<Private *>(cls);
    std::unique_ptr<RequestContext> context(static_cast<RequestContext *>(*requestContext));
    *requestContext = nullptr;
    if (!context)
        return;
    if (code != MHD_REQUEST_TERMINATED_COMPLETED_OK) {
        qCDebug(lcHttp) << "Request" << context->request.method << context->request.path
                        << "ended early, code" << int(code);
    }
    if (context->exchange) {
        context->exchange->connectionClosed();
        std::lock_guard lock(d->mutex);
        d->active.erase(context->exchange);
    }
}

void HttpServer::Private::onLog(void *cls, const char *format, va_list args)
{
    auto *d = static_cast<Private *>(cls);
    char buffer[512];
    std::vsnprintf(buffer, sizeof buffer, format, args);
    const QString message = QString::fromLocal8Bit(buffer).trimmed();
    {
        std::lock_guard lock(d->logMutex);
        if (d->capturingLog)
            d->startLog.append(message);
    }
    // Mostly one line per misbehaving client: debug, off unless asked for.
    qCDebug(lcHttp).noquote() << "libmicrohttpd:" << message;
}

MHD_Result HttpServer::Private::beginRequest(MHD_Connection *connection,
                                             RequestContext &context,
                                             const char *method,
                                             const char *version)
{
    context.phase = RequestContext::Phase::Body;
    if (stopping.load())
        return queue(connection, context, shuttingDownError());
    // Refuse an announced oversize body now: MHD then skips it and sends no 100 Continue.
    if (const char *length = MHD_lookup_connection_value(connection,
                                                         MHD_HEADER_KIND,
                                                         MHD_HTTP_HEADER_CONTENT_LENGTH)) {
        bool ok = false;
        const qulonglong announced = QByteArray(length).toULongLong(&ok);
        if (ok && announced > static_cast<qulonglong>(options.maxBodyBytes))
            return queue(connection, context, bodyTooLargeError(options.maxBodyBytes));
        // Reserve what was announced, but not so much that idle clients announcing big bodies
        // could make us commit memory they never send.
        if (ok)
            context.request.body.reserve(
                static_cast<qsizetype>(std::min<qulonglong>(announced, kMaximumReserveBytes)));
    }

    Request &request = context.request;
    request.method = QByteArray(method);
    QByteArrayView target = context.target;
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    request.path = decodePath(rawPath);
    if (question >= 0) {
        request.rawQuery = target.sliced(question + 1).toByteArray();
        request.queryItems = decodeQueryItems(request.rawQuery);
    }
    MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &collectHeader, &request.headers);
    request.peer = peerAddress(connection);
    request.secure = !tlsCertificate.isEmpty();
    request.http10 = qstrcmp(version, MHD_HTTP_VERSION_1_0) == 0;
    return MHD_YES;
}

MHD_Result HttpServer::Private::receiveBody(RequestContext &context, const char *data, size_t size)
{
    const auto length = static_cast<qsizetype>(size);
    if (!context.bodyTooLarge && context.request.body.size() + length <= options.maxBodyBytes) {
        context.request.body.append(data, length);
        return MHD_YES;
    }
    // Only a chunked body gets here (an announced length was checked up front).
    if (!context.bodyTooLarge) {
        context.bodyTooLarge = true;
        context.drainedBytes = context.request.body.size();
        context.request.body = QByteArray();
    }
    context.drainedBytes += length;
    const qsizetype drainLimit = options.maxBodyBytes
                                 + std::max(options.maxBodyBytes, kMinimumDrainBytes);
    if (context.drainedBytes > drainLimit) {
        qCInfo(lcHttp) << "Cut off a chunked request body of more than" << drainLimit
                       << "bytes from" << context.request.peer.toString();
        return MHD_NO;
    }
    return MHD_YES;
}

MHD_Result HttpServer::Private::handOff(MHD_Connection *connection, RequestContext &context)
{
    enum class Refusal { None, Stopping, Busy };
    Refusal refusal = Refusal::None;
    {
        std::lock_guard lock(mutex);
        if (stopping.load() || contextGone) {
            refusal = Refusal::Stopping;
        } else if (waiting->load(std::memory_order_relaxed) >= options.maxPendingRequests) {
            refusal = Refusal::Busy;
        } else {
            // Under the lock, so stop() either sees this exchange in `active` or refuses it.
            auto exchange = std::make_shared<Exchange>(connection, waiting);
            waiting->fetch_add(1, std::memory_order_relaxed);
            active.insert(exchange);
            exchange->suspendForAnswer();
            Responder responder(
                [exchange](Response response) { exchange->answer(std::move(response)); });
            context.exchange = std::move(exchange);
            context.phase = RequestContext::Phase::HandedOff;
            // If the context object goes away first, Qt deletes the queued call, the Responder
            // is dropped and the client gets a 500.
            QMetaObject::invokeMethod(
                this->context,
                [gate = gate, request = std::move(context.request), responder]() mutable {
                    gate->run(std::move(request), std::move(responder));
                },
                Qt::QueuedConnection);
            return MHD_YES;
        }
    }
    if (refusal == Refusal::Busy) {
        return queue(connection,
                     context,
                     transportError(503,
                                    HttpTr::tr("Too many requests are waiting for an answer; "
                                               "try again later"))
                         .withHeader("Retry-After"_ba, "1"_ba));
    }
    return queue(connection, context, shuttingDownError());
}

MHD_Result HttpServer::Private::sendAnswer(MHD_Connection *connection, RequestContext &context)
{
    std::optional<Response> answer = context.exchange->takeAnswer();
    if (!answer) {
        qCWarning(lcHttp) << "A connection was resumed without an answer; closing it";
        return MHD_NO;
    }
    return queue(connection, context, std::move(*answer));
}

MHD_Result HttpServer::Private::queue(MHD_Connection *connection,
                                      RequestContext &context,
                                      Response response)
{
    context.phase = RequestContext::Phase::Answered;
    if (!validStatus(response.status)) {
        qCWarning(lcHttp) << "The handler answered with the invalid status" << response.status;
        response = transportError(500, HttpTr::tr("Internal Server Error"));
    }
    MHD_Response *mhdResponse = nullptr;
    if (response.stream && context.exchange) {
        const std::weak_ptr<Exchange> weak = context.exchange;
        response.stream->setWakeUp([weak] {
            if (const auto exchange = weak.lock())
                exchange->wakeUp();
        });
        auto *holder = new std::shared_ptr<Exchange>(context.exchange); // freed by freeStream
        mhdResponse = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN,
                                                        kStreamBlockSize,
                                                        &readStream,
                                                        holder,
                                                        &freeStream);
        if (!mhdResponse)
            delete holder;
    } else {
        if (response.stream) // only handed-off requests can stream; never leave a producer waiting
            response.stream->close();
        mhdResponse = MHD_create_response_from_buffer(static_cast<size_t>(response.body.size()),
                                                      response.body.data(),
                                                      MHD_RESPMEM_MUST_COPY);
    }
    if (!mhdResponse)
        return MHD_NO;
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (MHD_add_response_header(mhdResponse, name.constData(), value.constData()) != MHD_YES)
            qCWarning(lcHttp) << "libmicrohttpd refused the response header" << name;
    }
    const MHD_Result result = MHD_queue_response(connection,
                                                 static_cast<unsigned>(response.status),
                                                 mhdResponse);
    MHD_destroy_response(mhdResponse);
    return result;
}

} // namespace TheEye::Http
