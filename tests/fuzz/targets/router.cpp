// Target "router": Router::match and Router::dispatch (supervisor/http/router.h) over the API's
// route patterns, with method, path, query, headers and body from the input (requesttext.h). An
// independent, simpler matcher is the oracle for which route must answer.
#include "fuzzcheck.h"
#include "requesttext.h"
#include "routetable.h"
#include "targets.h"

#include "supervisor/http/bodyparser.h"
#include "supervisor/http/router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace TheEye::Fuzz {

using namespace Qt::StringLiterals;

namespace {

// A handler that says which route it is and what it captured, so the target can check both.
Http::Router makeRouter()
{
    Http::Router router;
    const QList<RoutePattern> &table = apiRoutePatterns();
    for (qsizetype index = 0; index < table.size(); ++index) {
        router.add(table.at(index).method,
                   table.at(index).pattern,
                   [index](const Http::Request &request,
                           const Http::PathParams &params,
                           Http::Responder responder) {
                       // What the API layer does first with every routed request.
                       Http::parseQueryString(QByteArrayView(request.rawQuery));
                       const auto body = Http::parseBody(request);
                       QJsonObject captured;
                       for (auto it = params.cbegin(); it != params.cend(); ++it)
                           captured.insert(it.key(), it.value());
                       responder.send(Http::Response::json(200,
                                                           QJsonObject{{u"route"_s, index},
                                                                       {u"params"_s, captured},
                                                                       {u"bodyOk"_s, body.ok()}}));
                   });
    }
    return router;
}

// The oracle: "/a/b/" is "/a/b", "//" makes an empty segment, a capture needs a non-empty one.
QStringList segmentsOf(const QString &path)
{
    QString trimmed = path;
    if (trimmed.startsWith(u'/'))
        trimmed.remove(0, 1);
    if (trimmed.endsWith(u'/'))
        trimmed.chop(1);
    return trimmed.isEmpty() ? QStringList() : trimmed.split(u'/', Qt::KeepEmptyParts);
}

std::optional<QJsonObject> oracleParams(const QString &pattern, const QString &path)
{
    const QStringList expected = segmentsOf(pattern);
    const QStringList actual = segmentsOf(path);
    if (expected.size() != actual.size())
        return std::nullopt;
    QJsonObject params;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected.at(i).startsWith(u':')) {
            if (actual.at(i).isEmpty())
                return std::nullopt;
            params.insert(expected.at(i).mid(1), actual.at(i));
        } else if (expected.at(i) != actual.at(i)) {
            return std::nullopt;
        }
    }
    return params;
}

struct Expected
{
    qsizetype route = -1; // the first route of this method that matches
    QJsonObject params;
    QList<QByteArray> allowed; // methods of the other routes that match the path, in order
};

Expected oracle(const QByteArray &method, const QString &path)
{
    Expected expected;
    const QList<RoutePattern> &table = apiRoutePatterns();
    for (qsizetype index = 0; index < table.size(); ++index) {
        const auto params = oracleParams(table.at(index).pattern, path);
        if (!params)
            continue;
        if (table.at(index).method.compare(method, Qt::CaseInsensitive) == 0) {
            expected.route = index;
            expected.params = *params;
            return expected;
        }
        if (!expected.allowed.contains(table.at(index).method))
            expected.allowed.append(table.at(index).method);
    }
    return expected;
}

QList<QByteArray> headerValues(const Http::Response &response, QByteArrayView name)
{
    QList<QByteArray> values;
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QString describe(const Http::Request &request)
{
    return QString::fromLatin1(request.method) + u' ' + excerpt(request.path);
}

} // namespace

void fuzzRouter(QByteArrayView input)
{
    static const Http::Router router = makeRouter();
    const Http::Request request = requestFromText(input);

    int answers = 0;
    Http::Response response;
    router.dispatch(request, Http::Responder([&](Http::Response sent) {
                        ++answers;
                        response = std::move(sent);
                    }));
    // Every handler here answers at once, so the router must have answered exactly once.
    FUZZ_REQUIRE(answers == 1, describe(request) + u": "_s + QString::number(answers));

    // CORS on every answer, with the caller's origin when it sent one.
    const QByteArray origin = request.header("origin");
    const QList<QByteArray> allowOrigin = headerValues(response, "Access-Control-Allow-Origin");
    FUZZ_REQUIRE(allowOrigin.size() == 1
                     && allowOrigin.first() == (origin.isEmpty() ? "*"_ba : origin),
                 describe(request));
    FUZZ_REQUIRE(headerValues(response, "Access-Control-Allow-Methods").size() == 1,
                 describe(request));

    if (request.method == "OPTIONS") {
        FUZZ_REQUIRE(response.status == 204 && response.body.isEmpty(), describe(request));
        return;
    }
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(response.body, &error).object();
    FUZZ_REQUIRE(error.error == QJsonParseError::NoError,
                 describe(request) + u": "_s + excerpt(QString::fromUtf8(response.body)));

    const Expected expected = oracle(request.method, request.path);
    const Http::Router::Match match = router.match(request.method, request.path);
    FUZZ_REQUIRE((match.handler != nullptr) == (expected.route >= 0), describe(request));
    FUZZ_REQUIRE(router.match(request.method.toLower(), request.path).handler == match.handler,
                 describe(request));
    if (expected.route >= 0) {
        FUZZ_REQUIRE(response.status == 200, describe(request));
        FUZZ_REQUIRE(body.value("route"_L1).toInteger(-1) == expected.route,
                     describe(request) + u": route "_s
                         + QString::number(body.value("route"_L1).toInteger(-1)) + u", expected "_s
                         + apiRoutePatterns().at(expected.route).pattern);
        FUZZ_REQUIRE(body.value("params"_L1).toObject() == expected.params,
                     describe(request) + u": "_s
                         + QString::fromUtf8(
                             QJsonDocument(body.value("params"_L1).toObject()).toJson()));
        FUZZ_REQUIRE(match.allowedMethods.isEmpty(), describe(request));
        return;
    }
    if (!expected.allowed.isEmpty()) {
        // 405 always carries an Allow header that lists exactly the methods that would route.
        FUZZ_REQUIRE(response.status == 405, describe(request));
        const QList<QByteArray> allow = headerValues(response, "Allow");
        FUZZ_REQUIRE(allow.size() == 1 && !allow.first().isEmpty(), describe(request));
        FUZZ_REQUIRE(allow.first() == expected.allowed.join(", "),
                     describe(request) + u": Allow "_s + QString::fromLatin1(allow.first()));
        FUZZ_REQUIRE(match.allowedMethods == expected.allowed, describe(request));
        for (const QByteArray &method : expected.allowed) {
            FUZZ_REQUIRE(method.compare(request.method, Qt::CaseInsensitive) != 0,
                         describe(request));
            FUZZ_REQUIRE(router.match(method, request.path).handler != nullptr,
                         describe(request) + u" with "_s + QString::fromLatin1(method));
        }
        FUZZ_REQUIRE(body.value("code"_L1) == u"MethodNotAllowed"_s, describe(request));
        return;
    }
    FUZZ_REQUIRE(response.status == 404, describe(request));
    FUZZ_REQUIRE(headerValues(response, "Allow").isEmpty(), describe(request));
    FUZZ_REQUIRE(body.value("code"_L1) == u"ResourceNotFound"_s, describe(request));
    FUZZ_REQUIRE(body.value("message"_L1) == QString(request.path + u" does not exist"_s),
                 describe(request));
}

} // namespace TheEye::Fuzz
