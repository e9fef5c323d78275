// Streams, clients that leave, the pending-request cap and stop(): the tests of HttpServerTest
// that need the transport's suspend/resume bookkeeping (fixture in httpservertest.h).
#include "httpservertest.h"
#include "rawhttpclient.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace TheEye::Http;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = RawHttpClient::kWaitMs;

} // namespace

void HttpServerTest::streamDeliversChunksAsTheyAreWritten()
{
    startServer();
    RawHttpClient client(m_server->port());
    client.get("/stream");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamCount(), 1, kWaitMs);
    const auto stream = m_backend->stream(0);

    const auto head = client.readHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(head->chunked);
    QCOMPARE(head->header("content-type"), "text/plain; charset=utf-8"_ba);

    // Each line reaches the client while the producer is still going.
    onCore([stream] { stream->write("line 1\n"); });
    QCOMPARE(client.readChunk(), "line 1\n"_ba);
    onCore([stream] { stream->write("line 2\n"); });
    QCOMPARE(client.readChunk(), "line 2\n"_ba);
    QVERIFY(!stream->isClosed());
    QCOMPARE(m_backend->streamsClosed.load(), 0);

    // A large write arrives whole, over several chunks.
    QByteArray large(1024 * 1024 + 7, 'z');
    onCore([stream, large] { stream->write(large); });
    QByteArray received;
    while (received.size() < large.size()) {
        const auto chunk = client.readChunk();
        QVERIFY(chunk && !chunk->isEmpty());
        received += *chunk;
    }
    QCOMPARE(received, large);

    onCore([stream] { stream->finish(); });
    QCOMPARE(client.readChunk(), QByteArray()); // the terminating chunk
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamsClosed.load(), 1, kWaitMs);
    QVERIFY(stream->isClosed());

    // Keep-alive still works after the stream.
    QCOMPARE(client.getStatus("/hello"), 200);
    QVERIFY(client.isConnected());
    QCOMPARE(m_backend->streamsClosed.load(), 1);
}

void HttpServerTest::streamOverHttp10IsRawAndCloses()
{
    startServer();
    RawHttpClient client(m_server->port());
    client.send("GET /stream HTTP/1.0\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamCount(), 1, kWaitMs);
    const auto stream = m_backend->stream(0);
    const auto head = client.readHead();
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QVERIFY(!head->chunked);
    onCore([stream] {
        stream->write("first ");
        stream->write("second");
        stream->finish();
    });
    QCOMPARE(client.readUntilClosed(), "first second"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamsClosed.load(), 1, kWaitMs);
}

void HttpServerTest::clientLeavesMidRequest()
{
    startServer();
    {
        RawHttpClient client(m_server->port());
        client.send(
            "POST /echo/cut HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 1000\r\n\r\n[1,2,");
        client.socket().disconnectFromHost(); // half-way through the body
    }
    {
        RawHttpClient client(m_server->port());
        client.send("GET /hel");
        client.abort(); // RST half-way through the request line
    }
    {
        RawHttpClient client(m_server->port());
        client.send("GET /hello HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ");
        client.abort(); // half-way through the headers
    }

    RawHttpClient client(m_server->port());
    QCOMPARE(client.getStatus("/hello"), 200);
    QCOMPARE(m_backend->handled.load(), 1); // none of the broken requests reached the handler
}

void HttpServerTest::clientLeavesWhileParked()
{
    ServerOptions options = testOptions();
    options.maxPendingRequests = 1;
    HttpServer &server = startServer(options);
    {
        RawHttpClient client(server.port());
        client.get("/park");
        QTRY_COMPARE_WITH_TIMEOUT(m_backend->parkedCount(), 1, kWaitMs);
        QCOMPARE(server.pendingRequests(), 1u);
        client.abort();
    }
    // Answered late, from this thread (not the core's), to a client that is gone.
    for (const Responder &responder : m_backend->takeParked())
        responder.send(Response::json(200, u"late"_s));
    QCOMPARE(server.pendingRequests(), 0u);

    // The slot is free again: not a 503.
    RawHttpClient client(server.port());
    client.get("/hello");
    const auto reply = client.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
}

void HttpServerTest::clientLeavesMidStream()
{
    startServer();
    RawHttpClient client(m_server->port());
    client.get("/stream");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamCount(), 1, kWaitMs);
    const auto stream = m_backend->stream(0);
    QVERIFY(client.readHead());
    onCore([stream] { stream->write("first\n"); });
    QCOMPARE(client.readChunk(), "first\n"_ba);
    client.abort();

    // A suspended connection cannot see its client leave; the next writes reveal it. A producer
    // on the core thread keeps writing, as a running job does.
    QTimer *producer = nullptr;
    onCore([&producer, stream, this] {
        producer = new QTimer(m_core);
        QObject::connect(producer, &QTimer::timeout, producer, [stream] {
            stream->write("tick\n");
        });
        producer->start(5);
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamsClosed.load(), 1, kWaitMs);
    QVERIFY(stream->isClosed());
    onCore([producer] { delete producer; });
    QCOMPARE(m_backend->streamsClosed.load(), 1); // once only

    RawHttpClient next(m_server->port());
    next.get("/hello");
    const auto reply = next.readReply();
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
}

void HttpServerTest::pendingCapGives503()
{
    ServerOptions options = testOptions();
    options.maxPendingRequests = 2;
    HttpServer &server = startServer(options);
    RawHttpClient first(server.port());
    RawHttpClient second(server.port());
    first.get("/park");
    second.get("/park");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->parkedCount(), 2, kWaitMs);

    RawHttpClient third(server.port());
    third.get("/hello");
    const auto refused = third.readReply();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QCOMPARE(refused->json().toObject().value("statusCode"_L1).toInt(), 503);
    QCOMPARE(refused->header("retry-after"), "1"_ba);
    QCOMPARE(m_backend->handled.load(), 2);

    for (const Responder &responder : m_backend->takeParked())
        responder.send(Response::json(200, u"done"_s));
    for (RawHttpClient *client : {&first, &second}) {
        const auto reply = client->readReply();
        QVERIFY(reply);
        QCOMPARE(reply->status, 200);
        QCOMPARE(reply->json().toString(), u"done"_s);
    }
    QCOMPARE(third.getStatus("/hello"), 200);
}

void HttpServerTest::stopAnswersParkedRequestsAndCutsStreams()
{
    HttpServer &server = startServer();
    const quint16 port = server.port();
    RawHttpClient parked1(port);
    RawHttpClient parked2(port);
    RawHttpClient streaming(port);
    parked1.get("/park");
    parked2.get("/park");
    streaming.get("/stream");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->parkedCount(), 2, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->streamCount(), 1, kWaitMs);
    const auto stream = m_backend->stream(0);
    QVERIFY(streaming.readHead());
    stream->write("partial\n");
    QCOMPARE(streaming.readChunk(), "partial\n"_ba);

    server.stop();
    QVERIFY(!server.isRunning());
    QCOMPARE(m_backend->streamsClosed.load(), 1); // before stop() returned
    QVERIFY(stream->isClosed());
    for (RawHttpClient *client : {&parked1, &parked2}) {
        const auto reply = client->readReply();
        QVERIFY(!reply || reply->status == 503);
        QVERIFY(client->waitForClosed());
    }
    QVERIFY(!streaming.readChunk()); // cut, not a clean end of the body
    QVERIFY(streaming.waitForClosed());

    // Late answers and writes are ignored.
    for (const Responder &responder : m_backend->takeParked())
        responder.send(Response::json(200, u"too late"_s));
    stream->write("ignored");

    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!refused.waitForConnected(kWaitMs));
}

void HttpServerTest::stopOnTheContextThread()
{
    HttpServer &server = startServer();
    RawHttpClient parked(server.port());
    parked.get("/park");
    QTRY_COMPARE_WITH_TIMEOUT(m_backend->parkedCount(), 1, kWaitMs);
    onCore([&server] { server.stop(); });
    QVERIFY(!server.isRunning());
    const auto reply = parked.readReply();
    QVERIFY(!reply || reply->status == 503);
}

void HttpServerTest::stopInsideAHandler()
{
    startServer();
    RawHttpClient client(m_server->port());
    client.get("/stop");
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->stoppedInHandler.load(), kWaitMs);
    QVERIFY(!m_server->isRunning());
    const auto reply = client.readReply();
    QVERIFY(!reply || reply->status == 503);
}

void HttpServerTest::stopWithoutAnEventLoop()
{
    HttpServer &server = startServer();
    m_coreThread->quit();
    m_coreThread->wait();

    RawHttpClient client(server.port());
    client.get("/hello");
    QTRY_COMPARE_WITH_TIMEOUT(server.pendingRequests(), 1u, kWaitMs);
    server.stop(); // must not wait for the core thread
    QVERIFY(!server.isRunning());
    const auto reply = client.readReply();
    QVERIFY(!reply || reply->status == 503);

    // When the core runs again, the stale hand-off must not reach the handler.
    m_coreThread->start();
    onCore([] {});
    QCOMPARE(m_backend->handled.load(), 0);
}

void HttpServerTest::contextDestroyedWhileRunning()
{
    auto *context = new QObject;
    context->moveToThread(m_coreThread.get());
    HttpServer server(testOptions(), context, m_backend->handler());
    QVERIFY(server.start());

    // A request queued to the context while its thread is idle, then the context goes away.
    m_coreThread->quit();
    m_coreThread->wait();
    RawHttpClient queued(server.port());
    queued.get("/hello");
    QTRY_COMPARE_WITH_TIMEOUT(server.pendingRequests(), 1u, kWaitMs);
    delete context; // its thread is finished, so this thread may delete it
    const auto dropped = queued.readReply();
    QVERIFY(dropped);
    QCOMPARE(dropped->status, 500);

    RawHttpClient later(server.port());
    QCOMPARE(later.getStatus("/hello"), 503);
    QCOMPARE(m_backend->handled.load(), 0);
}
