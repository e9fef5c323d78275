#include "supervisor/http/router.h"

#include <QJsonObject>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

namespace {

// "/a/b/" and "/a/b" are the same path; "/a//b" is not "/a/b".
QStringList pathSegments(const QString &path)
{
    QStringView view(path);
    if (view.startsWith(u'/'))
        view = view.sliced(1);
    if (view.endsWith(u'/'))
        view.chop(1);
    if (view.isEmpty())
        return {};
    QStringList segments;
    for (const QStringView segment : view.split(u'/'))
        segments.append(segment.toString());
    return segments;
}

bool matches(const QStringList &pattern, const QStringList &segments, PathParams *params)
{
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern.at(i);
        if (expected.startsWith(u':')) {
            if (segments.at(i).isEmpty())
                return false;
            if (params)
                params->insert(expected.sliced(1), segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

// The real supervisor's CORS pre-handler (core/app/api.js) puts these on every answer.
void addCorsHeaders(Response &response, const QByteArray &origin)
{
    response.withHeader("Access-Control-Allow-Origin"_ba, origin.isEmpty() ? "*"_ba : origin)
        .withHeader("Access-Control-Allow-Methods"_ba, "GET,PUT,PATCH,POST,DELETE,OPTIONS"_ba)
        .withHeader("Access-Control-Allow-Credentials"_ba, "true"_ba)
        .withHeader("Access-Control-Allow-Headers"_ba,
                    "Accept, Accept-Charset, Accept-Encoding, Accept-Version, Authorization, "
                    "Cache-Control, Content-Length, Content-Type, Origin, User-Agent, "
                    "X-Requested-With"_ba);
}

} // namespace

void Router::add(QByteArrayView method, const QString &pattern, RouteHandler handler)
{
    m_routes.append(
        Route{method.toByteArray().toUpper(), pathSegments(pattern), std::move(handler)});
}

Router::Match Router::match(QByteArrayView method, const QString &path) const
{
    Match result;
    const QStringList segments = pathSegments(path);
    for (const Route &route : m_routes) {
        if (route.method.compare(method, Qt::CaseInsensitive) == 0) {
            PathParams params;
            if (matches(route.segments, segments, &params)) {
                result.handler = &route.handler;
                result.params = std::move(params);
                result.allowedMethods.clear();
                return result;
            }
        } else if (matches(route.segments, segments, nullptr)
                   && !result.allowedMethods.contains(route.method)) {
            result.allowedMethods.append(route.method);
        }
    }
    return result;
}

void Router::dispatch(const Request &request, Responder responder) const
{
    const QByteArray origin = request.header("origin");
    if (request.method == "OPTIONS") {
        Response preflight = Response::empty(204);
        addCorsHeaders(preflight, origin);
        responder.send(std::move(preflight));
        return;
    }
    const Match found = match(request.method, request.path);
    if (found.handler) {
        // Every answer carries the CORS headers, whoever sends it and from whichever thread.
        Responder withCors([responder, origin](Response response) {
            addCorsHeaders(response, origin);
            responder.send(std::move(response));
        });
        (*found.handler)(request, found.params, std::move(withCors));
        return;
    }
    // restify's own error bodies (E6 of supervisor-api.md §1.1): wire contract, not UI text.
    Response answer;
    if (!found.allowedMethods.isEmpty()) {
        answer = Response::json(405,
                                QJsonObject{{u"code"_s, u"MethodNotAllowed"_s},
                                            {u"message"_s,
                                             QString(QString::fromLatin1(request.method)
                                                     + u" is not allowed"_s)}});
        answer.withHeader("Allow"_ba, found.allowedMethods.join(", "));
    } else {
        answer = Response::json(404,
                                QJsonObject{{u"code"_s, u"ResourceNotFound"_s},
                                            {u"message"_s,
                                             QString(request.path + u" does not exist"_s)}});
    }
    addCorsHeaders(answer, origin);
    responder.send(std::move(answer));
}

} // namespace TheEye::Http
