// Every failure class the client maps, produced for real over HTTP: a fake server answers what a
// real supervisor would not on purpose (garbage, truncated or huge bodies, hangs, resets,
// proxies' error pages), and closed ports, unresolvable names and TLS to a plain server give
// the transport failures. Each must arrive as one typed, translated ClientError.

#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "support/clientwait.h"
#include "support/fakeserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TheEye::Testing::FakeResponse)

namespace {

constexpr qint64 SizeLimit = 1024 * 1024;

ConnectionProfile profileFor(const QUrl &url)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.baseUrl = url;
    profile.organization = u"acme"_s;
    profile.token = u"token-of-the-test"_s;
    return profile;
}

QJsonObject minimalTask(int i)
{
    return QJsonObject{{"id"_L1, u"5f00000000000000000000%1"_s.arg(i, 2, 10, QChar(u'0'))},
                       {"name"_L1, QString(u"Task "_s + QString::number(i))},
                       {"type"_L1, u"script"_s}};
}

FakeResponse withHeader(FakeResponse response, const QByteArray &name, const QByteArray &value)
{
    response.headers.append({name, value});
    return response;
}

FakeResponse gzipped(FakeResponse response)
{
    response.gzip = true;
    return response;
}

FakeResponse chunked(FakeResponse response)
{
    response.chunked = true;
    return response;
}

FakeResponse lying(qint64 declaredLength)
{
    FakeResponse response = FakeResponse::json(200, QJsonArray{minimalTask(1)});
    response.declaredLength = declaredLength;
    return response;
}

} // namespace

class tst_ClientErrors final : public QObject
{
    Q_OBJECT

private slots:
    void answerFromServer_data();
    void answerFromServer();
    void connectionRefused();
    void unresolvableHost();
    void tlsToPlainServer();
    void unusableProfile_data();
    void unusableProfile();
    void tokenRejectedIsAnnounced();
    void wrongPasswordSaysSo();
    void noTokenSaysSo();
    void messagesAreTranslatedText();
};

void tst_ClientErrors::answerFromServer_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QString>("kind"); // empty: the list decodes
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QString>("serverMessage");

    using S = ClientError::BodyShape;
    const QJsonArray twoTasks{minimalTask(1), minimalTask(2)};
    QTest::newRow("valid list") << FakeResponse::json(200, twoTasks) << QString() << 200
                                << int(S::None) << QString();
    QTest::newRow("gzip") << gzipped(FakeResponse::json(200, twoTasks)) << QString() << 200
                          << int(S::None) << QString();
    QTest::newRow("chunked") << chunked(FakeResponse::json(200, twoTasks)) << QString() << 200
                             << int(S::None) << QString();

    QTest::newRow("truncated JSON")
        << FakeResponse::text(200, R"([{"id":"5f01","name":)", "application/json") << u"NotJson"_s
        << 200 << int(S::None) << QString();
    QTest::newRow("empty body") << FakeResponse::text(200, {}, "application/json") << u"NotJson"_s
                                << 200 << int(S::None) << QString();
    QTest::newRow("HTML login page")
        << FakeResponse::text(200, "<html><head><title>Sign in</title></head></html>", "text/html")
        << u"NotJson"_s << 200 << int(S::None) << QString();
    QTest::newRow("object instead of list")
        << FakeResponse::json(200, QJsonObject{{"a"_L1, 1}}) << u"UnexpectedShape"_s << 200
        << int(S::None) << QString();
    QTest::newRow("number instead of list")
        << FakeResponse::json(200, 42) << u"UnexpectedShape"_s << 200 << int(S::None) << QString();
    QTest::newRow("item of the wrong type")
        << FakeResponse::json(200,
                              QJsonArray{minimalTask(1),
                                         QJsonObject{{"id"_L1, u"x"_s}, {"name"_L1, 5}}})
        << u"UnexpectedShape"_s << 200 << int(S::None) << QString();
    QTest::newRow("item without id")
        << FakeResponse::json(200, QJsonArray{QJsonObject{{"name"_L1, u"x"_s}}})
        << u"UnexpectedShape"_s << 200 << int(S::None) << QString();

    QTest::newRow("body over the limit")
        << FakeResponse::text(200, QByteArray(4 * SizeLimit, ' '), "application/json")
        << u"ResponseTooLarge"_s << 200 << int(S::None) << QString();
    QTest::newRow("chunked body over the limit")
        << chunked(FakeResponse::text(200, QByteArray(4 * SizeLimit, ' '), "application/json"))
        << u"ResponseTooLarge"_s << 200 << int(S::None) << QString();
    QTest::newRow("declared length over the limit")
        << lying(qint64(10) * 1024 * 1024 * 1024) << u"ResponseTooLarge"_s << 200 << int(S::None)
        << QString();

    QTest::newRow("hang") << FakeResponse::withFault(FakeResponse::Fault::Hang) << u"Timeout"_s << 0
                          << int(S::None) << QString();
    QTest::newRow("reset") << FakeResponse::withFault(FakeResponse::Fault::Reset)
                           << u"ConnectionClosed"_s << 0 << int(S::None) << QString();
    QTest::newRow("closed without answer")
        << FakeResponse::withFault(FakeResponse::Fault::CloseWithoutAnswer) << u"ConnectionClosed"_s
        << 0 << int(S::None) << QString();
    FakeResponse midBody = FakeResponse::json(200, twoTasks);
    midBody.fault = FakeResponse::Fault::CloseMidBody;
    QTest::newRow("closed mid-body")
        << midBody << u"ConnectionClosed"_s << 200 << int(S::None) << QString();
    // Qt reads a peer that does not speak HTTP as one that closed before answering.
    QTest::newRow("not HTTP") << FakeResponse::withFault(FakeResponse::Fault::Garbage)
                              << u"ConnectionClosed"_s << 0 << int(S::None) << QString();
    FakeResponse badChunks = FakeResponse::text(200, "zz\r\nnot a chunk\r\n", "application/json");
    badChunks.addHeader("Transfer-Encoding", "chunked");
    badChunks.declaredLength = FakeResponse::NoLength;
    // Qt reads "zz" as a last chunk: the answer is empty, and says so.
    QTest::newRow("broken chunked encoding")
        << badChunks << u"NotJson"_s << 200 << int(S::None) << QString();

    QTest::newRow("E5 internal error")
        << FakeResponse::json(500, u"Internal Server Error"_s) << u"ServerError"_s << 500
        << int(S::String) << u"Internal Server Error"_s;
    QTest::newRow("proxy error page")
        << FakeResponse::text(502,
                              "<html><head><title>502 Bad Gateway</title></head><body>nginx</body>"
                              "</html>",
                              "text/html")
        << u"ServerError"_s << 502 << int(S::Text) << u"502 Bad Gateway"_s;
    QTest::newRow("503 without body")
        << FakeResponse::empty(503) << u"ServerError"_s << 503 << int(S::None) << QString();
    QTest::newRow("413") << FakeResponse::json(413,
                                               QJsonObject{{"code"_L1, u"PayloadTooLarge"_s},
                                                           {"message"_L1,
                                                            u"Request body too large"_s}})
                         << u"PayloadTooLarge"_s << 413 << int(S::RouteError)
                         << u"Request body too large"_s;
    QTest::newRow("405 restify")
        << FakeResponse::json(405,
                              QJsonObject{{"code"_L1, u"MethodNotAllowed"_s},
                                          {"message"_L1, u"GET is not allowed"_s}})
        << u"UnsupportedRoute"_s << 405 << int(S::RouteError) << u"GET is not allowed"_s;
    QTest::newRow("401 from the gateway")
        << FakeResponse::json(401,
                              QJsonObject{{"message"_L1, u"authentication failed"_s},
                                          {"name"_L1, u"authentication failed"_s},
                                          {"body"_L1, u"jwt expired"_s},
                                          {"statusCode"_L1, 401}})
        << u"Unauthorized"_s << 401 << int(S::ErrorObject) << u"authentication failed"_s;
    QTest::newRow("409 not about the organization")
        << FakeResponse::json(409, u"approval request no longer available"_s) << u"HttpError"_s
        << 409 << int(S::String) << u"approval request no longer available"_s;
    QTest::newRow("418") << FakeResponse::json(418,
                                               QJsonObject{{"statusCode"_L1, 418},
                                                           {"message"_L1, u"teapot"_s}})
                         << u"HttpError"_s << 418 << int(S::StatusMessage) << u"teapot"_s;
    QTest::newRow("mongoose validation")
        << FakeResponse::json(400,
                              QJsonObject{{"statusCode"_L1, 400},
                                          {"message"_L1, u"TaskValidationError"_s},
                                          {"errors"_L1,
                                           QJsonObject{{"timeout"_L1,
                                                        QJsonObject{{"kind"_L1, u"Number"_s}}}}}})
        << u"ValidationFailed"_s << 400 << int(S::StatusMessage) << u"TaskValidationError"_s;
    QTest::newRow("400 with another list")
        << FakeResponse::json(400, QJsonArray{1, 2}) << u"BadRequest"_s << 400 << int(S::OtherJson)
        << QString();
    QTest::newRow("redirect to https")
        << withHeader(FakeResponse::empty(301), "Location", "https://supervisor.example/acme/task")
        << u"UnexpectedRedirect"_s << 301 << int(S::None) << QString();
}

void tst_ClientErrors::answerFromServer()
{
    QFETCH(FakeResponse, response);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(int, shape);
    QFETCH(QString, serverMessage);

    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, response);
    SupervisorClient client(profileFor(server.url()));
    ClientOptions options;
    options.maxResponseBytes = SizeLimit;
    options.requestTimeoutMs = 500;
    client.setOptions(options);

    const auto result = waitForResult(client.tasks().list());
    QVERIFY2(result, "the call never finished");
    if (kind.isEmpty()) {
        QVERIFY2(*result, qPrintable(*result ? QString() : result->error().message));
        QCOMPARE(result->value().size(), 2);
        QCOMPARE(result->value().at(1).toJson(), minimalTask(2));
        return;
    }
    QVERIFY2(!*result, "a failure decoded as a success");
    const ClientError &error = result->error();
    QCOMPARE(ClientError::kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(int(error.bodyShape), shape);
    if (!serverMessage.isEmpty())
        QCOMPARE(error.serverMessage, serverMessage);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.url.path(), u"/acme/task"_s);
    QCOMPARE(error.isTransportFailure(), status == 0 || kind == u"ConnectionClosed");
    if (error.kind == ClientError::Kind::ValidationFailed)
        QCOMPARE(error.fieldProblems.value(0).field, u"timeout"_s);
    if (response.body.startsWith("<html><head><title>Sign in"))
        QVERIFY2(error.details.contains(u"Sign in"_s), qPrintable(error.details));
    if (error.kind == ClientError::Kind::UnexpectedRedirect)
        QVERIFY(error.message.contains(u"https://supervisor.example/acme/task"_s));
    if (error.kind == ClientError::Kind::Unauthorized)
        QCOMPARE(error.details, u"jwt expired"_s);
}

void tst_ClientErrors::connectionRefused()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    SupervisorClient client(profileFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port))));
    const auto result = waitForResult(client.tasks().list());
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::ConnectionRefused);
    QVERIFY(result->error().isTransportFailure());
    QVERIFY(result->error().message.contains(QString::number(port)));
}

void tst_ClientErrors::unresolvableHost()
{
    // RFC 6761: .invalid never resolves.
    SupervisorClient client(profileFor(QUrl(u"http://theeye-supervisor.invalid:60080"_s)));
    const auto result = waitForResult(client.tasks().list(), 30'000);
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::HostNotFound);
    QVERIFY(result->error().message.contains(u"theeye-supervisor.invalid"_s));
}

void tst_ClientErrors::tlsToPlainServer()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &) { return FakeResponse::json(200, QJsonArray()); });
    SupervisorClient client(profileFor(QUrl(u"https://127.0.0.1:%1"_s.arg(server.port()))));
    const auto result = waitForResult(client.tasks().list());
    QVERIFY(result && !*result);
    QCOMPARE(ClientError::kindName(result->error().kind), u"TlsError"_s);
    QVERIFY(!result->error().details.isEmpty());
}

void tst_ClientErrors::unusableProfile_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("organization");
    QTest::newRow("no URL") << QUrl() << u"acme"_s;
    QTest::newRow("ftp URL") << QUrl(u"ftp://example.org"_s) << u"acme"_s;
    QTest::newRow("no organization") << QUrl(u"http://127.0.0.1:1"_s) << u"  "_s;
}

void tst_ClientErrors::unusableProfile()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, organization);
    ConnectionProfile profile = profileFor(baseUrl);
    profile.organization = organization;
    SupervisorClient client(profile);

    bool calledAtOnce = false;
    auto *call = client.tasks().list();
    call->then(this, [&calledAtOnce](const auto &) { calledAtOnce = true; });
    QVERIFY2(!calledAtOnce, "a result must never arrive inside the call that asked for it");
    const auto result = waitForResult(call);
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::NotConfigured);
    QVERIFY(!result->error().message.isEmpty());
}

void tst_ClientErrors::tokenRejectedIsAnnounced()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::json(401, u"Unauthorized"_s));
    SupervisorClient client(profileFor(server.url()));
    QSignalSpy rejected(&client, &SupervisorClient::authenticationRejected);
    const auto result = waitForResult(client.tasks().list());
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::Unauthorized);
    QVERIFY(result->error().needsNewToken());
    QVERIFY(result->error().message.contains(u"expired"_s));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer token-of-the-test"));
}

void tst_ClientErrors::wrongPasswordSaysSo()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("POST", u"/api/auth/login"_s, FakeResponse::json(401, u"Unauthorized"_s));
    ConnectionProfile profile = profileFor(server.url());
    profile.gatewayUrl = server.url();
    profile.username = u"ana@example.org"_s;
    SupervisorClient client(profile);
    QSignalSpy rejected(&client, &SupervisorClient::authenticationRejected);
    const auto result = waitForResult(client.signIn(u"wrong"_s));
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::Unauthorized);
    QVERIFY(result->error().message.contains(u"password"_s));
    QCOMPARE(rejected.size(), 0); // not the token's fault
    QCOMPARE(server.lastRequest().header("authorization"),
             "Basic " + QByteArray("ana@example.org:wrong").toBase64());
    QCOMPARE(client.profile().token, u"token-of-the-test"_s);
}

void tst_ClientErrors::noTokenSaysSo()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::json(401, u"Unauthorized"_s));
    ConnectionProfile profile = profileFor(server.url());
    profile.token.clear();
    SupervisorClient client(profile);
    const auto result = waitForResult(client.tasks().list());
    QVERIFY(result && !*result);
    QVERIFY(result->error().message.contains(u"no access token"_s));
    QVERIFY(server.lastRequest().header("authorization").isEmpty());
}

void tst_ClientErrors::messagesAreTranslatedText()
{
    // Each kind has a sentence of its own: no kind falls through to a generic one.
    FakeServer server;
    QVERIFY(server.listen());
    QSet<QString> messages;
    const QList<FakeResponse> answers{
        FakeResponse::json(400, u"bad"_s),
        FakeResponse::json(403, u"forbidden"_s),
        FakeResponse::json(404, u"task not found"_s),
        FakeResponse::json(408, u"Request Timeout"_s),
        FakeResponse::json(409, u"Incorrect Organizations. Session conflict"_s),
        FakeResponse::json(413, u"too big"_s),
        FakeResponse::json(500, u"Internal Server Error"_s),
    };
    SupervisorClient client(profileFor(server.url()));
    for (const FakeResponse &answer : answers) {
        server.on("GET", u"/acme/task"_s, answer);
        const auto result = waitForResult(client.tasks().list());
        QVERIFY(result && !*result);
        messages.insert(result->error().message);
    }
    QCOMPARE(messages.size(), answers.size());
}

QTEST_GUILESS_MAIN(tst_ClientErrors)
#include "tst_clienterrors.moc"
