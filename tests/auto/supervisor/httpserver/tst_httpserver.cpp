// The libmicrohttpd transport over real HTTP on loopback (port 0), with the handler on a "core"
// QThread of the test, as the supervisor core will run it.
#include "httpservertest.h"
#include "rawhttpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TheEye::Http;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = RawHttpClient::kWaitMs;
constexpr qsizetype kBodyLimit = 64 * 1024;

QByteArray chunked(const QByteArray &data, qsizetype chunkSize)
{
    QByteArray encoded;
    for (qsizetype i = 0; i < data.size(); i += chunkSize) {
        const QByteArray chunk = data.mid(i, chunkSize);
        encoded += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return encoded + "0\r\n\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &contentType, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Collects what reaches the HTTP logging category (MHD's messages included), from any thread.
class LogCapture final
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(u"theeye.supervisor.http.debug=true"_s);
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(s_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static bool contains(const QString &text)
    {
        std::lock_guard lock(s_mutex);
        return s_lines.join(u'\n').contains(text);
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (qstrcmp(context.category, "theeye.supervisor.http") == 0) {
            std::lock_guard lock(s_mutex);
            s_lines.append(message);
        }
        s_previous(type, context, message);
    }
    static inline std::mutex s_mutex;
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

ServerOptions HttpServerTest::testOptions() const
{
    ServerOptions options;
    options.port = 0;
    options.maxBodyBytes = kBodyLimit;
    options.connectionTimeoutSeconds = 30;
    return options;
}

HttpServer &HttpServerTest::startServer(ServerOptions options)
{
    m_server = std::make_unique<HttpServer>(std::move(options), m_core, m_backend->handler());
    m_backend->setServer(m_server.get());
    if (!m_server->start())
        qFatal("the test server did not start: %s", qPrintable(m_server->error()));
    return *m_server;
}

void HttpServerTest::onCore(std::function<void()> function)
{
    QMetaObject::invokeMethod(m_core, std::move(function), Qt::BlockingQueuedConnection);
}

void HttpServerTest::init()
{
    m_coreThread = std::make_unique<QThread>();
    m_coreThread->setObjectName(u"core"_s);
    m_core = new QObject;
    m_core->moveToThread(m_coreThread.get());
    m_coreThread->start();
    m_backend = std::make_unique<TestBackend>(m_coreThread.get());
}

void HttpServerTest::cleanup()
{
    m_server.reset();
    if (m_backend)
        QCOMPARE(m_backend->handledOffCoreThread.load(), 0);
    m_backend.reset();
    if (!m_coreThread->isRunning())
        m_coreThread->start();
    m_core->deleteLater();
    m_coreThread->quit();
    m_coreThread->wait();
    m_coreThread.reset();
}

void HttpServerTest::getJsonRoundTripOnTheCoreThread()
{
    HttpServer &server = startServer();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.baseUrl() + u"/echo/x%20y?b=2&a=1&a=%C3%A9+z"_s));
    request.setRawHeader("X-Custom-Header", "Value");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_s);
    const QJsonObject echoed = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(echoed.value("method"_L1).toString(), u"GET"_s);
    QCOMPARE(echoed.value("path"_L1).toString(), u"/echo/x y"_s);
    QCOMPARE(echoed.value("rawQuery"_L1).toString(), u"b=2&a=1&a=%C3%A9+z"_s);
    QCOMPARE(echoed.value("query"_L1).toArray(),
             (QJsonArray{QJsonArray{u"b"_s, u"2"_s},
                         QJsonArray{u"a"_s, u"1"_s},
                         QJsonArray{u"a"_s, u"é z"_s}}));
    QCOMPARE(echoed.value("headers"_L1).toObject().value("x-custom-header"_L1).toString(),
             u"Value"_s);
    QCOMPARE(echoed.value("customHeader"_L1).toString(), u"Value"_s);
    QCOMPARE(echoed.value("body"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(echoed.value("http10"_L1).toBool(), false);
    QCOMPARE(echoed.value("secure"_L1).toBool(), false);
    QCOMPARE(echoed.value("peer"_L1).toString(), u"127.0.0.1"_s);
    QCOMPARE(m_backend->handled.load(), 1);
    QCOMPARE(m_backend->handledOffCoreThread.load(), 0);
    QCOMPARE(server.pendingRequests(), 0u);
}

void HttpServerTest::postBodies_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QJsonValue>("expectedBody"); // the parsed body, or the 400 message fragment

    QTest::newRow("JSON object") << "application/json"_ba
                                 << R"({"name":"x","list":[1,2]})"_ba << 200
                                 << QJsonValue(QJsonObject{{u"name"_s, u"x"_s},
                                                           {u"list"_s, QJsonArray{1, 2}}});
    QTest::newRow("JSON bare array")
        << "application/json; charset=utf-8"_ba
        << R"(["a","b"])"_ba << 200 << QJsonValue(QJsonArray{u"a"_s, u"b"_s});
    QTest::newRow("form") << "application/x-www-form-urlencoded"_ba
                          << "a[b]=c&x[]=1"_ba << 200
                          << QJsonValue(QJsonObject{{u"a"_s, QJsonObject{{u"b"_s, u"c"_s}}},
                                                    {u"x"_s, QJsonArray{u"1"_s}}});
    QTest::newRow("multipart file")
        << "multipart/form-data; boundary=zz"_ba
        << "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.sh\"\r\n\r\n"
           "echo hi\r\n--zz--\r\n"_ba
        << 200
        << QJsonValue(QJsonObject{{u"file"_s,
                                   QJsonObject{{u"filename"_s, u"a.sh"_s},
                                               {u"contentType"_s, u"application/octet-stream"_s},
                                               {u"data"_s, u"ZWNobyBoaQ=="_s}}}});
    QTest::newRow("malformed JSON is a 400 naming the problem")
        << "application/json"_ba
        << R"({"name":)"_ba << 400 << QJsonValue(u"Malformed JSON body"_s);
}

void HttpServerTest::postBodies()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, expectedStatus);
    QFETCH(QJsonValue, expectedBody);

    startServer();
    RawHttpClient client(m_server->port());
    client.send(post("/echo/body", contentType, body));
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, expectedStatus);
    const QJsonObject answer = reply->json().toObject();
    if (expectedStatus == 200) {
        QCOMPARE(answer.value("method"_L1).toString(), u"POST"_s);
        QCOMPARE(answer.value("body"_L1), expectedBody);
    } else {
        QCOMPARE(answer.value("statusCode"_L1).toInt(), 400);
        QVERIFY2(answer.value("message"_L1).toString().contains(expectedBody.toString()),
                 reply->body.constData());
    }
}

void HttpServerTest::keepAliveReusesOneSocket()
{
    startServer();
    RawHttpClient client(m_server->port());
    QSignalSpy disconnected(&client.socket(), &QTcpSocket::disconnected);
    for (int i = 0; i < 5; ++i) {
        client.get("/hello");
        const auto reply = client.readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->json().toObject().value("hello"_L1).toString(), u"world"_s);
        QVERIFY(reply->header("connection").toLower() != "close");
    }
    client.send(post("/echo/again", "application/json", "[1]"));
    const auto posted = client.readReply();
    QVERIFY(posted);
    QCOMPARE(posted->status, 200);
    QVERIFY(client.isConnected());
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(m_backend->handled.load(), 6);
}

void HttpServerTest::bodyOverTheLimitIsRefusedBeforeItIsSent_data()
{
    QTest::addColumn<QByteArray>("expect");
    QTest::newRow("no Expect") << QByteArray();
    QTest::newRow("Expect: 100-continue") << "Expect: 100-continue\r\n"_ba;
}

void HttpServerTest::bodyOverTheLimitIsRefusedBeforeItIsSent()
{
    QFETCH(QByteArray, expect);
    startServer();
    RawHttpClient client(m_server->port());
    // Headers only: the 20 MiB are never sent, so an answer proves the server did not wait.
    client.send("POST /echo/big HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Content-Length: 20971520\r\n"
                + expect + "\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 413); // not 100 Continue
    const QJsonObject answer = reply->json().toObject();
    QCOMPARE(answer.value("statusCode"_L1).toInt(), 413);
    QVERIFY2(answer.value("message"_L1).toString().contains(QString::number(kBodyLimit)),
             reply->body.constData());
    QVERIFY(client.waitForClosed()); // MHD will not read the body, so it closes
    QCOMPARE(m_backend->handled.load(), 0);
}

void HttpServerTest::chunkedBodies_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("expectedStatus"); // 0: cut off without an answer

    QTest::newRow("under the limit") << qsizetype(kBodyLimit - 100) << 200;
    QTest::newRow("just over the limit: drained, then 413") << qsizetype(kBodyLimit + 40000) << 413;
    QTest::newRow("far over the limit: cut off") << qsizetype(8 * 1024 * 1024) << 0;
}

void HttpServerTest::chunkedBodies()
{
    QFETCH(qsizetype, size);
    QFETCH(int, expectedStatus);

    startServer();
    RawHttpClient client(m_server->port());
    const QByteArray json = '"' + QByteArray(size - 2, 'a') + '"';
    client.send(
        "POST /echo/chunked HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
        + chunked(json, 16 * 1024));
    const auto reply = client.readReply();
    if (expectedStatus == 0) {
        QVERIFY(!reply || reply->status == 413);
        QVERIFY(client.waitForClosed());
        QCOMPARE(m_backend->handled.load(), 0);
    } else {
        QVERIFY(reply);
        QCOMPARE(reply->status, expectedStatus);
        if (expectedStatus == 200) {
            QCOMPARE(reply->json().toObject().value("body"_L1).toString().size(), size - 2);
        } else {
            QCOMPARE(reply->json().toObject().value("statusCode"_L1).toInt(), 413);
            QCOMPARE(m_backend->handled.load(), 0);
        }
    }
    // The server is fine afterwards.
    RawHttpClient next(m_server->port());
    QCOMPARE(next.getStatus("/hello"), 200);
}

void HttpServerTest::routerErrorsOnTheWire()
{
    startServer();
    RawHttpClient client(m_server->port());

    client.send("DELETE /hello HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const auto notAllowed = client.readReply();
    QVERIFY(notAllowed);
    QCOMPARE(notAllowed->status, 405);
    QCOMPARE(notAllowed->header("allow"), "GET"_ba);
    QCOMPARE(notAllowed->json().toObject(),
             (QJsonObject{{u"code"_s, u"MethodNotAllowed"_s},
                          {u"message"_s, u"DELETE is not allowed"_s}}));

    client.get("/acme/task/5f0000000000000000000001/recipe");
    const auto notFound = client.readReply();
    QVERIFY(notFound);
    QCOMPARE(notFound->status, 404);
    QCOMPARE(notFound->header("content-type"), "application/json"_ba);
    QCOMPARE(notFound->json().toObject().value("message"_L1).toString(),
             u"/acme/task/5f0000000000000000000001/recipe does not exist"_s);

    client.send("OPTIONS /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://ui.local\r\n\r\n");
    const auto preflight = client.readReply();
    QVERIFY(preflight);
    QCOMPARE(preflight->status, 204);
    QCOMPARE(preflight->header("access-control-allow-origin"), "http://ui.local"_ba);
    QVERIFY(preflight->body.isEmpty());

    // Still the same connection: none of those answers closed it.
    QCOMPARE(client.getStatus("/hello"), 200);
}

void HttpServerTest::headerLimits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("expectedStatus");

    const QByteArray big(100 * 1024, 'x');
    QTest::newRow("100 KB header: 431")
        << "GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\n\r\n"
        << 431;
    QTest::newRow("100 KB URL: 414")
        << "GET /hello?q=" + big + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        << 414;
}

void HttpServerTest::headerLimits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, expectedStatus);

    startServer(); // connectionMemoryLimit 64 KiB, the default
    RawHttpClient client(m_server->port());
    client.send(request);
    const auto reply = client.readHead();
    QVERIFY(reply);
    QCOMPARE(reply->status, expectedStatus);
    QCOMPARE(m_backend->handled.load(), 0);
}

void HttpServerTest::http10()
{
    startServer();
    RawHttpClient client(m_server->port());
    client.send("GET /echo/old HTTP/1.0\r\n\r\n");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->json().toObject().value("http10"_L1).toBool(), true);
    QVERIFY(client.waitForClosed()); // no keep-alive for HTTP/1.0 unless asked
}

void HttpServerTest::droppedResponderGives500()
{
    startServer();
    RawHttpClient client(m_server->port());
    client.get("/drop");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 500);
    QCOMPARE(reply->json().toString(), u"Internal Server Error"_s);
    QCOMPARE(m_server->pendingRequests(), 0u);
}

void HttpServerTest::portZeroReportsTheBoundPort()
{
    HttpServer &server = startServer();
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl(), u"http://127.0.0.1:"_s + QString::number(server.port()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(kWaitMs));

    HttpServer second(testOptions(), m_core, m_backend->handler());
    QVERIFY2(second.start(), qPrintable(second.error()));
    QVERIFY(second.port() != 0);
    QVERIFY(second.port() != server.port());
}

void HttpServerTest::restartsAfterStop()
{
    HttpServer &server = startServer();
    RawHttpClient parked(server.port());
    parked.get("/park");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->parkedCount(), 1, kWaitMs);
    server.stop();
    server.stop(); // a second stop is harmless
    QVERIFY2(server.start(), qPrintable(server.error()));
    QCOMPARE(server.pendingRequests(), 0u);

    RawHttpClient client(server.port());
    QCOMPARE(client.getStatus("/hello"), 200);
}

void HttpServerTest::ipv6Loopback()
{
    ServerOptions options = testOptions();
    options.address = QHostAddress::LocalHostIPv6;
    HttpServer server(options, m_core, m_backend->handler());
    if (!server.start())
        QSKIP(qPrintable(u"no IPv6 loopback here: "_s + server.error()));
    QCOMPARE(server.baseUrl(), u"http://[::1]:"_s + QString::number(server.port()));

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(QUrl(server.baseUrl() + u"/echo/v6"_s))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("peer"_L1).toString(),
             u"::1"_s);
}

void HttpServerTest::portInUseFailsClearly()
{
    LogCapture log;
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    ServerOptions options = testOptions();
    options.port = blocker.serverPort();
    HttpServer server(options, m_core, m_backend->handler());
    QVERIFY(!server.start());
    QVERIFY(!server.isRunning());
    const QString error = server.error();
    QVERIFY2(error.contains(QString::number(options.port)), qPrintable(error));
    QVERIFY2(error.contains(u"in use"_s), qPrintable(error));
    // MHD's own message, through our logging category rather than stderr.
    QVERIFY(LogCapture::contains(u"libmicrohttpd: Failed to bind"_s));
}

void HttpServerTest::tls()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command is not installed (apt-get install openssl)");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here, so the test has no HTTPS client");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certificate = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s,
                   u"-x509"_s,
                   u"-newkey"_s,
                   u"ec"_s,
                   u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s,
                   u"-nodes"_s,
                   u"-keyout"_s,
                   key,
                   u"-out"_s,
                   certificate,
                   u"-days"_s,
                   u"2"_s,
                   u"-subj"_s,
                   u"/CN=127.0.0.1"_s,
                   u"-addext"_s,
                   u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(kWaitMs));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    ServerOptions options = testOptions();
    options.tlsCertificateFile = certificate;
    options.tlsKeyFile = key;
    HttpServer &server = startServer(options);
    QVERIFY(server.baseUrl().startsWith(u"https://127.0.0.1:"_s));

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(server.baseUrl() + u"/echo/tls"_s));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(certificate));
    request.setSslConfiguration(ssl);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("secure"_L1).toBool(), true);
}

void HttpServerTest::tlsFileErrors_data()
{
    QTest::addColumn<QByteArray>("certificateContents"); // empty: the file does not exist
    QTest::addColumn<QByteArray>("keyContents");
    QTest::addColumn<QString>("expectedError");

    const QByteArray garbagePem = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                                  "-----END CERTIFICATE-----\n";
    const QByteArray garbageKey = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n"
                                  "-----END PRIVATE KEY-----\n";
    QTest::newRow("certificate missing")
        << QByteArray() << garbageKey << u"Cannot read the TLS certificate file"_s;
    QTest::newRow("key not PEM") << garbagePem << "just text"_ba << u"not in PEM format"_s;
    QTest::newRow("PEM that is not a certificate")
        << garbagePem << garbageKey << u"Cannot start the HTTP server"_s;
}

void HttpServerTest::tlsFileErrors()
{
    QFETCH(QByteArray, certificateContents);
    QFETCH(QByteArray, keyContents);
    QFETCH(QString, expectedError);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &contents) {
        const QString path = dir.filePath(name);
        if (!contents.isEmpty()) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(contents);
        }
        return path;
    };
    ServerOptions options = testOptions();
    options.tlsCertificateFile = write(u"cert.pem"_s, certificateContents);
    options.tlsKeyFile = write(u"key.pem"_s, keyContents);
    HttpServer server(options, m_core, m_backend->handler());
    QVERIFY(!server.start());
    QVERIFY(!server.isRunning());
    QVERIFY2(server.error().contains(expectedError), qPrintable(server.error()));

    ServerOptions onlyOne = testOptions();
    onlyOne.tlsCertificateFile = options.tlsCertificateFile;
    HttpServer half(onlyOne, m_core, m_backend->handler());
    QVERIFY(!half.start());
    QVERIFY2(half.error().contains(u"both"_s), qPrintable(half.error()));
}

QTEST_GUILESS_MAIN(HttpServerTest)
