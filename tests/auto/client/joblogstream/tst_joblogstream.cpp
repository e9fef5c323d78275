// Following a job's output: chunk by chunk while the server is still sending, resumed where it
// broke off, and by polling when the supervisor has no log route (a real one).

#include "client/joblogstream.h"
#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "logstreamending.h"
#include "support/clientwait.h"
#include "support/fakeserver.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString JobId = u"5e0000000000000000000001"_s;
const QString JobPath = u"/acme/job/5e0000000000000000000001"_s;
const QString LogPath = JobPath + u"/log"_s;

ConnectionProfile profileFor(const QUrl &url, ConnectionProfile::Kind kind)
{
    ConnectionProfile profile;
    profile.kind = kind;
    profile.baseUrl = url;
    profile.organization = u"acme"_s;
    profile.token = u"t0ken"_s;
    return profile;
}

QJsonObject jobJson(const QString &lifecycle, const QString &log = {})
{
    QJsonObject result;
    if (!log.isNull())
        result.insert("log"_L1, log);
    return QJsonObject{{"id"_L1, JobId},
                       {"name"_L1, u"Echo"_s},
                       {"lifecycle"_L1, lifecycle},
                       {"state"_L1, lifecycle == u"finished" ? u"success"_s : u"in_progress"_s},
                       {"result"_L1, result}};
}

} // namespace

class tst_JobLogStream final : public QObject
{
    Q_OBJECT

private slots:
    void streamsChunkByChunk();
    void droppedStreamDeliversEachByteOnce();
    void resumesWhereItBrokeOff();
    void pollsWhenTheLogRouteIsMissing();
    void pollsARemoteSupervisor();
    void givesUpAfterRepeatedFailures();
    void cancelStopsEverything();
    void httpErrorEndsTheStream();
};

void tst_JobLogStream::streamsChunkByChunk()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", LogPath, FakeResponse::withFault(FakeResponse::Fault::Stream));
    server.on("GET", JobPath, FakeResponse::json(200, jobJson(u"finished"_s, u"one\ntwo é\n"_s)));
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    QSignalSpy opened(&server, &FakeServer::streamOpened);

    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"assigned"_s)));
    QSignalSpy output(stream, &JobLogStream::output);
    QSignalSpy updated(stream, &JobLogStream::jobUpdated);
    QSignalSpy finished(stream, &ClientCall::finished);
    QVERIFY(opened.wait());
    auto *serverStream = opened.at(0).at(0).value<FakeStream *>();
    QCOMPARE(serverStream->request().query.queryItemValue(u"follow"_s), u"1"_s);
    QVERIFY(!serverStream->request().query.hasQueryItem(u"from"_s));
    QCOMPARE(serverStream->request().header("authorization"), QByteArray("Bearer t0ken"));

    // Each chunk arrives while the server still holds the response open.
    serverStream->write("one\n");
    QVERIFY(output.wait());
    QCOMPARE(output.last().at(0).toString(), u"one\n"_s);
    const QByteArray accented = u"two é\n"_s.toUtf8();
    const qsizetype middle = accented.indexOf("\xc3") + 1; // split inside the 2-byte 'é'
    serverStream->write(accented.left(middle));
    QVERIFY(output.wait());
    serverStream->write(accented.mid(middle));
    QVERIFY(output.wait());
    QCOMPARE(joined(output), u"one\ntwo é\n"_s);
    QCOMPARE(stream->offset(), qint64(4 + accented.size()));
    QCOMPARE(finished.size(), 0);

    const auto ending = endingOf(stream);
    serverStream->finish();
    QTRY_VERIFY(ending->finished);
    QCOMPARE(ending->mode, JobLogStream::Mode::Streaming);
    QVERIFY(ending->result->ok());
    QCOMPARE(ending->result->value().lifecycle(), Lifecycle::Finished);
    QCOMPARE(updated.size(), 1); // assigned → finished
}

void tst_JobLogStream::droppedStreamDeliversEachByteOnce()
{
    // When the connection drops mid-answer, Qt 6.4 may send the same request again by itself
    // (the new answer starts from the first byte again), or report the drop, and the stream
    // asks from the byte it got to. Either way every byte arrives once.
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", LogPath, FakeResponse::withFault(FakeResponse::Fault::Stream));
    server.on("GET", JobPath, FakeResponse::json(200, jobJson(u"finished"_s)));
    const QByteArray log = "abcdef";
    int opens = 0;
    connect(&server, &FakeServer::streamOpened, this, [&](FakeStream *stream) {
        ++opens;
        const QUrlQuery query = stream->request().query;
        if (query.hasQueryItem(u"from"_s)) {
            stream->write(log.mid(query.queryItemValue(u"from"_s).toInt()));
            stream->finish();
        } else if (opens == 1) {
            stream->write(log.left(3));
            stream->abort();
        } else {
            stream->write(log.left(2));
            stream->write(log.mid(2));
            stream->finish();
        }
    });
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"assigned"_s)));
    QSignalSpy output(stream, &JobLogStream::output);
    const auto result = waitForResult(static_cast<Call<Job> *>(stream));
    QVERIFY(result && result->ok());
    QCOMPARE(joined(output), u"abcdef"_s);
    QCOMPARE(opens, 2);
}

void tst_JobLogStream::resumesWhereItBrokeOff()
{
    // When the transport gives up, the stream asks again from the byte it got to.
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", LogPath, FakeResponse::withFault(FakeResponse::Fault::Stream));
    server.on("GET", JobPath, FakeResponse::json(200, jobJson(u"finished"_s)));
    int drops = 0;
    connect(&server, &FakeServer::streamOpened, this, [&drops](FakeStream *stream) {
        if (stream->request().query.hasQueryItem(u"from"_s)) {
            QCOMPARE(stream->request().query.queryItemValue(u"from"_s), u"3"_s);
            stream->write("def");
            stream->finish();
            return;
        }
        ++drops;
        stream->write("abc");
        QTimer::singleShot(20, stream, &FakeStream::abort);
    });
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"assigned"_s)));
    QSignalSpy output(stream, &JobLogStream::output);
    const auto result = waitForResult(static_cast<Call<Job> *>(stream));
    QVERIFY(result && result->ok());
    QCOMPARE(joined(output), u"abcdef"_s);
    QVERIFY(drops >= 1);
}

void tst_JobLogStream::pollsWhenTheLogRouteIsMissing()
{
    FakeServer server;
    QVERIFY(server.listen());
    // No log route: the default answer is restify's 404. The job grows its log, then ends.
    int polls = 0;
    server.setHandler([&polls](const FakeRequest &request) {
        if (request.path != JobPath)
            return FakeResponse::json(404,
                                      QJsonObject{{"code"_L1, u"ResourceNotFound"_s},
                                                  {"message"_L1, u"no log"_s}});
        ++polls;
        if (polls == 1)
            return FakeResponse::json(200, jobJson(u"assigned"_s, u"a"_s));
        return FakeResponse::json(200, jobJson(u"finished"_s, u"ab"_s));
    });
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    ClientOptions options;
    options.logPollIntervalMs = 10;
    client.setOptions(options);

    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"ready"_s)));
    QSignalSpy output(stream, &JobLogStream::output);
    const auto ending = endingOf(stream);
    const auto result = waitForResult(static_cast<Call<Job> *>(stream));
    QVERIFY(result && result->ok());
    QCOMPARE(joined(output), u"ab"_s);
    QCOMPARE(output.size(), 2);
    QCOMPARE(polls, 2);
    QTRY_VERIFY(ending->finished);
    QCOMPARE(ending->mode, JobLogStream::Mode::Polling);
}

void tst_JobLogStream::pollsARemoteSupervisor()
{
    FakeServer server;
    QVERIFY(server.listen());
    int polls = 0;
    server.setHandler([&polls](const FakeRequest &request) {
        if (request.path != JobPath)
            return FakeResponse::json(500, u"unexpected"_s);
        return FakeResponse::json(200,
                                  ++polls < 3 ? jobJson(u"assigned"_s)
                                              : jobJson(u"finished"_s, u"done\n"_s));
    });
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Remote));
    ClientOptions options;
    options.logPollIntervalMs = 10;
    client.setOptions(options);
    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"ready"_s)));
    QSignalSpy output(stream, &JobLogStream::output);
    QSignalSpy updated(stream, &JobLogStream::jobUpdated);
    const auto result = waitForResult(static_cast<Call<Job> *>(stream));
    QVERIFY(result && result->ok());
    QCOMPARE(joined(output), u"done\n"_s);
    QCOMPARE(updated.size(), 2); // ready → assigned → finished
    for (const FakeRequest &request : server.requests())
        QCOMPARE(request.path, JobPath); // never the log route
}

void tst_JobLogStream::givesUpAfterRepeatedFailures()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", LogPath, FakeResponse::withFault(FakeResponse::Fault::Reset));
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    ClientOptions options;
    options.logRetryDelayMs = 10;
    client.setOptions(options);
    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"assigned"_s)));
    const auto result = waitForResult(static_cast<Call<Job> *>(stream), 30'000);
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::ConnectionClosed);
    QVERIFY(server.requests().size() > 1);
}

void tst_JobLogStream::cancelStopsEverything()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", LogPath, FakeResponse::withFault(FakeResponse::Fault::Stream));
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    QSignalSpy opened(&server, &FakeServer::streamOpened);
    QPointer<JobLogStream> stream = client.jobs().followLog(Job(jobJson(u"assigned"_s)));
    QSignalSpy output(stream.data(), &JobLogStream::output);
    QSignalSpy finished(stream.data(), &ClientCall::finished);
    QVERIFY(opened.wait());
    QPointer<FakeStream> serverStream = opened.at(0).at(0).value<FakeStream *>();
    serverStream->write("x");
    QVERIFY(output.wait());
    stream->cancel();
    QTRY_VERIFY(!serverStream || !serverStream->isOpen()); // the client hung up
    QTRY_VERIFY(stream.isNull());
    QCOMPARE(output.size(), 1);
    QCOMPARE(finished.size(), 0);
}

void tst_JobLogStream::httpErrorEndsTheStream()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", LogPath, FakeResponse::json(403, u"forbidden"_s));
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    JobLogStream *stream = client.jobs().followLog(Job(jobJson(u"assigned"_s)));
    QSignalSpy output(stream, &JobLogStream::output);
    const auto result = waitForResult(static_cast<Call<Job> *>(stream));
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::Forbidden);
    QCOMPARE(output.size(), 0); // the error body is not output
}

QTEST_GUILESS_MAIN(tst_JobLogStream)
#include "tst_joblogstream.moc"
