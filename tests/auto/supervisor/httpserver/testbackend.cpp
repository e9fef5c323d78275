#include "testbackend.h"

#include "supervisor/http/bodyparser.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace TheEye::Http;
using namespace Qt::StringLiterals;

namespace {

void echo(const Request &request, const PathParams &, Responder responder)
{
    const auto body = parseBody(request);
    if (!body) {
        responder.send(
            Response::json(400, QJsonObject{{u"statusCode"_s, 400}, {u"message"_s, body.error()}}));
        return;
    }
    QJsonArray query;
    for (const auto &[key, value] : request.queryItems)
        query.append(QJsonArray{key, value});
    QJsonObject headers;
    for (const auto &[name, value] : request.headers)
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    responder.send(
        Response::json(200,
                       QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                   {u"path"_s, request.path},
                                   {u"rawQuery"_s, QString::fromUtf8(request.rawQuery)},
                                   {u"query"_s, query},
                                   {u"headers"_s, headers},
                                   {u"customHeader"_s,
                                    QString::fromUtf8(request.header("X-CUSTOM-header"))},
                                   {u"contentType"_s, QString::fromLatin1(request.contentType())},
                                   {u"body"_s, *body},
                                   {u"http10"_s, request.http10},
                                   {u"secure"_s, request.secure},
                                   {u"peer"_s, request.peer.toString()}}));
}

} // namespace

TestBackend::TestBackend(QThread *coreThread)
    : m_coreThread(coreThread)
{
    m_router.add("GET", u"/hello"_s, [](const Request &, const PathParams &, Responder responder) {
        responder.send(Response::json(200, QJsonObject{{u"hello"_s, u"world"_s}}));
    });
    m_router.add("GET", u"/echo/:what"_s, &echo);
    m_router.add("POST", u"/echo/:what"_s, &echo);
    m_router.add("GET",
                 u"/park"_s,
                 [this](const Request &, const PathParams &, Responder responder) {
                     std::lock_guard lock(m_mutex);
                     m_parked.append(std::move(responder));
                 });
    m_router.add("GET",
                 u"/stream"_s,
                 [this](const Request &, const PathParams &, Responder responder) {
                     auto stream = std::make_shared<ResponseStream>();
                     stream->setOnClosed([this] { ++streamsClosed; });
                     {
                         std::lock_guard lock(m_mutex);
                         m_streams.append(stream);
                     }
                     responder.send(Response::streaming(200, stream, "text/plain; charset=utf-8"));
                 });
    m_router.add("GET", u"/drop"_s, [](const Request &, const PathParams &, Responder) {});
    m_router.add("GET",
                 u"/stop"_s,
                 [this](const Request &, const PathParams &, Responder responder) {
                     m_server->stop();
                     responder.send(Response::json(200, u"stopped"_s));
                     stoppedInHandler = true;
                 });
}

HttpServer::Handler TestBackend::handler()
{
    return [this](Request request, Responder responder) {
        ++handled;
        if (QThread::currentThread() != m_coreThread)
            ++handledOffCoreThread;
        m_router.dispatch(request, std::move(responder));
    };
}

int TestBackend::parkedCount()
{
    std::lock_guard lock(m_mutex);
    return int(m_parked.size());
}

QList<Responder> TestBackend::takeParked()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_parked, {});
}

int TestBackend::streamCount()
{
    std::lock_guard lock(m_mutex);
    return int(m_streams.size());
}

std::shared_ptr<ResponseStream> TestBackend::stream(int index)
{
    std::lock_guard lock(m_mutex);
    return m_streams.value(index);
}
