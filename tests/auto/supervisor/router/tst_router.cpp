#include "supervisor/http/router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace TheEye::Http;
using namespace Qt::StringLiterals;

namespace {

struct RouteSpec
{
    QByteArray method;
    QString pattern;
};

// The route table every case runs against. Order matters: the first match wins.
const QList<RouteSpec> &routeTable()
{
    static const QList<RouteSpec> routes = {
        {"GET", u"/api"_s},                       // 0
        {"GET", u"/:customer/task/import"_s},     // 1, before the :task route, so it wins
        {"POST", u"/:customer/task/import"_s},    // 2
        {"GET", u"/:customer/task"_s},            // 3
        {"POST", u"/:customer/task"_s},           // 4
        {"GET", u"/:customer/task/:task"_s},      // 5
        {"PUT", u"/:customer/task/:task/"_s},     // 6, a trailing slash in the pattern too
        {"DELETE", u"/:customer/task/:task"_s},   // 7
        {"GET", u"/:customer/task/:task/job"_s},  // 8
        {"POST", u"/:customer/task/:task/job"_s}, // 9
        {"GET", u"/:customer/job/:job"_s},        // 10
        {"GET", u"/:customer/host/:host"_s},      // 11
        {"GET", u"/acme/host/:host"_s},           // 12, shadowed by 11 (registered later)
    };
    return routes;
}

// Records which route ran instead of answering.
struct Recorder
{
    int route = -1;
    PathParams params;
};

Router makeRouter(Recorder *recorder)
{
    Router router;
    for (qsizetype i = 0; i < routeTable().size(); ++i) {
        const RouteSpec &spec = routeTable().at(i);
        router.add(spec.method,
                   spec.pattern,
                   [recorder, i](const Request &, const PathParams &params, Responder responder) {
                       recorder->route = int(i);
                       recorder->params = params;
                       responder.send(Response::json(200, QJsonObject{{u"route"_s, int(i)}}));
                   });
    }
    return router;
}

Request request(const QByteArray &method, const QString &path, const QByteArray &origin = {})
{
    Request r;
    r.method = method;
    r.path = path;
    if (!origin.isEmpty())
        r.headers.append({"origin", origin});
    return r;
}

// Dispatches synchronously and returns what was sent.
std::optional<Response> dispatch(const Router &router, const Request &r)
{
    std::optional<Response> sent;
    router.dispatch(r, Responder([&sent](Response response) { sent = std::move(response); }));
    return sent;
}

QByteArray headerOf(const Response &response, const QByteArray &name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject bodyOf(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

Q_DECLARE_METATYPE(PathParams)

class RouterTest final : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void dispatchRunsTheHandlerWithCors();
    void notFoundBody();
    void methodNotAllowedBody();
    void preflight_data();
    void preflight();
    void droppedResponderGives500WithCors();
};

void RouterTest::match_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("expectedRoute"); // -1: no handler
    QTest::addColumn<PathParams>("expectedParams");
    QTest::addColumn<QByteArrayList>("expectedAllowed");

    const PathParams acme{{u"customer"_s, u"acme"_s}};
    const PathParams task{{u"customer"_s, u"acme"_s}, {u"task"_s, u"5f00"_s}};

    QTest::newRow("literal") << "GET"_ba << u"/api"_s << 0 << PathParams() << QByteArrayList();
    QTest::newRow("literal, trailing slash")
        << "GET"_ba << u"/api/"_s << 0 << PathParams() << QByteArrayList();
    QTest::newRow("one param") << "GET"_ba << u"/acme/task"_s << 3 << acme << QByteArrayList();
    QTest::newRow("one param, trailing slash")
        << "GET"_ba << u"/acme/task/"_s << 3 << acme << QByteArrayList();
    QTest::newRow("same path, other method")
        << "POST"_ba << u"/acme/task"_s << 4 << acme << QByteArrayList();
    QTest::newRow("two params") << "GET"_ba << u"/acme/task/5f00"_s << 5 << task
                                << QByteArrayList();
    QTest::newRow("pattern with trailing slash")
        << "PUT"_ba << u"/acme/task/5f00"_s << 6 << task << QByteArrayList();
    QTest::newRow("literal registered first wins")
        << "GET"_ba << u"/acme/task/import"_s << 1 << acme << QByteArrayList();
    QTest::newRow("literal route's other method")
        << "POST"_ba << u"/acme/task/import"_s << 2 << acme << QByteArrayList();
    QTest::newRow("param route where the literal lacks the method")
        << "PUT"_ba << u"/acme/task/import"_s << 6
        << PathParams{{u"customer"_s, u"acme"_s}, {u"task"_s, u"import"_s}} << QByteArrayList();
    QTest::newRow("param registered first wins over a later literal")
        << "GET"_ba << u"/acme/host/h1"_s << 11
        << PathParams{{u"customer"_s, u"acme"_s}, {u"host"_s, u"h1"_s}} << QByteArrayList();
    QTest::newRow("decoded segment") << "GET"_ba << u"/a b+c/task"_s << 3
                                     << PathParams{{u"customer"_s, u"a b+c"_s}} << QByteArrayList();
    QTest::newRow("three params deep")
        << "POST"_ba << u"/acme/task/5f00/job"_s << 9 << task << QByteArrayList();

    QTest::newRow("405, Allow in registration order")
        << "POST"_ba << u"/acme/task/5f00"_s << -1 << PathParams()
        << QByteArrayList{"GET", "PUT", "DELETE"};
    QTest::newRow("405, methods of every matching pattern, once each")
        << "PATCH"_ba << u"/acme/task/import"_s << -1 << PathParams()
        << QByteArrayList{"GET", "POST", "PUT", "DELETE"};
    QTest::newRow("405 on a deeper path") << "DELETE"_ba << u"/acme/task/5f00/job"_s << -1
                                          << PathParams() << QByteArrayList{"GET", "POST"};
    QTest::newRow("405 for HEAD") << "HEAD"_ba << u"/api"_s << -1 << PathParams()
                                  << QByteArrayList{"GET"};

    QTest::newRow("404, unknown last segment")
        << "GET"_ba << u"/acme/task/5f00/recipe"_s << -1 << PathParams() << QByteArrayList();
    QTest::newRow("404, root") << "GET"_ba << u"/"_s << -1 << PathParams() << QByteArrayList();
    QTest::newRow("404, empty segment is not a param")
        << "GET"_ba << u"/acme//5f00"_s << -1 << PathParams() << QByteArrayList();
    QTest::newRow("404, double slash is not a trailing slash")
        << "GET"_ba << u"/api//"_s << -1 << PathParams() << QByteArrayList();
    QTest::newRow("404, case matters")
        << "GET"_ba << u"/API"_s << -1 << PathParams() << QByteArrayList();
    QTest::newRow("404, too many segments")
        << "GET"_ba << u"/acme/job/1/2/3"_s << -1 << PathParams() << QByteArrayList();
}

void RouterTest::match()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, expectedRoute);
    QFETCH(PathParams, expectedParams);
    QFETCH(QByteArrayList, expectedAllowed);

    Recorder recorder;
    const Router router = makeRouter(&recorder);
    const Router::Match found = router.match(method, path);
    QCOMPARE(found.allowedMethods, expectedAllowed);
    QCOMPARE(found.handler != nullptr, expectedRoute >= 0);
    if (expectedRoute < 0)
        return;

    // The handler returned is the route's: running it records the route's index.
    (*found.handler)(request(method, path), found.params, Responder());
    QCOMPARE(recorder.route, expectedRoute);
    QCOMPARE(found.params, expectedParams);
}

void RouterTest::dispatchRunsTheHandlerWithCors()
{
    Recorder recorder;
    const Router router = makeRouter(&recorder);
    const auto sent = dispatch(router, request("GET", u"/acme/task/5f00"_s, "https://app.example"));
    QVERIFY(sent);
    QCOMPARE(recorder.route, 5);
    QCOMPARE(recorder.params.value(u"task"_s), u"5f00"_s);
    QCOMPARE(sent->status, 200);
    QCOMPARE(bodyOf(*sent).value("route"_L1).toInt(), 5);
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Origin"), "https://app.example"_ba);
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Credentials"), "true"_ba);
}

void RouterTest::notFoundBody()
{
    Recorder recorder;
    const Router router = makeRouter(&recorder);
    // As captured from a real supervisor (tests/data/real-supervisor/12-recipe-old-route.json).
    const auto sent = dispatch(router,
                               request("GET", u"/acme/task/5f0000000000000000000001/recipe"_s));
    QVERIFY(sent);
    QCOMPARE(recorder.route, -1);
    QCOMPARE(sent->status, 404);
    QCOMPARE(headerOf(*sent, "Content-Type"), "application/json"_ba);
    QCOMPARE(bodyOf(*sent),
             (QJsonObject{{u"code"_s, u"ResourceNotFound"_s},
                          {u"message"_s,
                           u"/acme/task/5f0000000000000000000001/recipe does not exist"_s}}));
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Origin"), "*"_ba);
}

void RouterTest::methodNotAllowedBody()
{
    Recorder recorder;
    const Router router = makeRouter(&recorder);
    const auto sent = dispatch(router, request("POST", u"/acme/task/5f00"_s));
    QVERIFY(sent);
    QCOMPARE(recorder.route, -1);
    QCOMPARE(sent->status, 405);
    QCOMPARE(headerOf(*sent, "Allow"), "GET, PUT, DELETE"_ba);
    QCOMPARE(bodyOf(*sent),
             (QJsonObject{{u"code"_s, u"MethodNotAllowed"_s},
                          {u"message"_s, u"POST is not allowed"_s}}));
}

void RouterTest::preflight_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("expectedOrigin");

    QTest::newRow("known path, origin echoed") << u"/acme/task"_s << "http://localhost:8080"_ba
                                               << "http://localhost:8080"_ba;
    QTest::newRow("known path, no origin") << u"/acme/task"_s << QByteArray() << "*"_ba;
    QTest::newRow("unknown path still 204") << u"/nowhere/at/all"_s << "http://x"_ba
                                            << "http://x"_ba;
}

void RouterTest::preflight()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, expectedOrigin);

    Recorder recorder;
    const Router router = makeRouter(&recorder);
    const auto sent = dispatch(router, request("OPTIONS", path, origin));
    QVERIFY(sent);
    QCOMPARE(recorder.route, -1);
    QCOMPARE(sent->status, 204);
    QVERIFY(sent->body.isEmpty());
    QCOMPARE(headerOf(*sent, "Content-Type"), QByteArray());
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Origin"), expectedOrigin);
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Credentials"), "true"_ba);
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Methods"),
             "GET,PUT,PATCH,POST,DELETE,OPTIONS"_ba);
    const QByteArray allowedHeaders = headerOf(*sent, "Access-Control-Allow-Headers");
    QVERIFY2(allowedHeaders.contains("Authorization"), allowedHeaders.constData());
    QVERIFY2(allowedHeaders.contains("Content-Type"), allowedHeaders.constData());
}

void RouterTest::droppedResponderGives500WithCors()
{
    Router router;
    router.add("GET", u"/forgetful"_s, [](const Request &, const PathParams &, Responder) {});
    const auto sent = dispatch(router, request("GET", u"/forgetful"_s, "http://o"));
    QVERIFY(sent);
    QCOMPARE(sent->status, 500);
    QCOMPARE(sent->body, "\"Internal Server Error\""_ba);
    QCOMPARE(headerOf(*sent, "Access-Control-Allow-Origin"), "http://o"_ba);
}

QTEST_GUILESS_MAIN(RouterTest)
#include "tst_router.moc"
