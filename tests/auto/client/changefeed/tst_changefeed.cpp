// The change feed under faults: a supervisor that hangs, dies, comes back or refuses the token.
// It must keep one refresh in flight at most, stop without a word, and report reachability.
// (Its diffing is tested against the real local supervisor, tst_localsupervisor.)

#include "client/changefeed.h"
#include "client/supervisorclient.h"
#include "support/fakeserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ConnectionProfile profileFor(const QUrl &url)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.baseUrl = url;
    profile.organization = u"acme"_s;
    profile.token = u"t0ken"_s;
    return profile;
}

void answerEverythingEmpty(FakeServer &server)
{
    server.on("GET", u"/acme/task"_s, FakeResponse::json(200, QJsonArray()));
    server.on("GET", u"/job/running"_s, FakeResponse::json(200, QJsonArray()));
    server.on("GET", u"/acme/host"_s, FakeResponse::json(200, QJsonArray()));
}

int requestsFor(const FakeServer &server, const QString &path)
{
    int count = 0;
    for (const FakeRequest &request : server.requests())
        count += request.path == path ? 1 : 0;
    return count;
}

} // namespace

class tst_ChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void oneRefreshInFlightAtATime();
    void stopIsSilentAndHangsUp();
    void reachabilityFollowsTheServer();
    void rejectedTokenIsNotUnreachable();
    void vanishedJobIsReported();
    void intervalRefreshes();
};

void tst_ChangeFeed::oneRefreshInFlightAtATime()
{
    FakeServer server;
    QVERIFY(server.listen());
    answerEverythingEmpty(server);
    server.on("GET", u"/acme/task"_s, FakeResponse::withFault(FakeResponse::Fault::Hang));
    SupervisorClient client(profileFor(server.url()));
    ClientOptions options;
    options.requestTimeoutMs = 300;
    client.setOptions(options);
    ChangeFeed feed(&client);
    feed.setInterval(0ms);
    QSignalSpy refreshed(&feed, &ChangeFeed::refreshed);
    QSignalSpy received(&server, &FakeServer::requestReceived);

    feed.start();
    QVERIFY(received.wait());
    QVERIFY(feed.isRefreshing());
    for (int i = 0; i < 10; ++i)
        feed.refreshNow(); // all of these become one more refresh, after this one
    server.on("GET", u"/acme/task"_s, FakeResponse::json(200, QJsonArray()));

    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 10'000);
    QVERIFY(!feed.isRefreshing());
    QCOMPARE(requestsFor(server, u"/acme/task"_s), 2);
    QCOMPARE(requestsFor(server, u"/job/running"_s), 1); // the first cycle ended at its failure
}

void tst_ChangeFeed::stopIsSilentAndHangsUp()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::withFault(FakeResponse::Fault::Hang));
    SupervisorClient client(profileFor(server.url()));
    ChangeFeed feed(&client);
    QSignalSpy received(&server, &FakeServer::requestReceived);
    QSignalSpy refreshed(&feed, &ChangeFeed::refreshed);
    QSignalSpy reachability(&feed, &ChangeFeed::reachabilityChanged);
    QSignalSpy failed(&feed, &ChangeFeed::refreshFailed);

    feed.start();
    QVERIFY(received.wait());
    feed.stop();
    QVERIFY(!feed.isRunning());
    QVERIFY(!feed.isRefreshing());
    QTRY_COMPARE(server.connectionCount(), 0);
    feed.refreshNow(); // ignored while stopped
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(refreshed.size(), 0);
    QCOMPARE(reachability.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void tst_ChangeFeed::reachabilityFollowsTheServer()
{
    auto server = std::make_unique<FakeServer>();
    QVERIFY(server->listen());
    const quint16 port = server->port();
    answerEverythingEmpty(*server);
    SupervisorClient client(profileFor(server->url()));
    ChangeFeed feed(&client);
    feed.setInterval(0ms);
    QSignalSpy reachability(&feed, &ChangeFeed::reachabilityChanged);
    QSignalSpy refreshed(&feed, &ChangeFeed::refreshed);

    feed.start();
    QVERIFY(reachability.wait());
    QCOMPARE(reachability.at(0).at(0).toBool(), true);
    QCOMPARE(feed.isReachable(), std::optional<bool>(true));
    QTRY_COMPARE(refreshed.size(), 1);

    server.reset(); // the supervisor dies
    feed.refreshNow();
    QVERIFY(reachability.wait());
    QCOMPARE(reachability.at(1).at(0).toBool(), false);
    const auto error = reachability.at(1).at(1).value<ClientError>();
    QCOMPARE(error.kind, ClientError::Kind::ConnectionRefused);
    QTRY_COMPARE(refreshed.size(), 2);
    feed.refreshNow(); // still down: no second report
    QTRY_COMPARE(refreshed.size(), 3);
    QCOMPARE(reachability.size(), 2);

    FakeServer revived; // and comes back on its port
    QVERIFY(revived.listen(QHostAddress::LocalHost, port));
    answerEverythingEmpty(revived);
    feed.refreshNow();
    QVERIFY(reachability.wait());
    QCOMPARE(reachability.at(2).at(0).toBool(), true);
}

void tst_ChangeFeed::rejectedTokenIsNotUnreachable()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::json(401, u"Unauthorized"_s));
    SupervisorClient client(profileFor(server.url()));
    ChangeFeed feed(&client);
    QSignalSpy failed(&feed, &ChangeFeed::refreshFailed);
    QSignalSpy reachability(&feed, &ChangeFeed::reachabilityChanged);
    feed.start();
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).value<ClientError>().kind, ClientError::Kind::Unauthorized);
    QCOMPARE(reachability.size(), 1);
    QCOMPARE(reachability.at(0).at(0).toBool(), true);
}

void tst_ChangeFeed::vanishedJobIsReported()
{
    // A job that leaves the running list is fetched once; one that no longer exists is removed.
    FakeServer server;
    QVERIFY(server.listen());
    answerEverythingEmpty(server);
    const QJsonObject job{{"id"_L1, u"5e0000000000000000000001"_s},
                          {"lifecycle"_L1, u"ready"_s},
                          {"state"_L1, u"in_progress"_s}};
    server.on("GET", u"/job/running"_s, FakeResponse::json(200, QJsonArray{job}));
    server.on("GET",
              u"/acme/job/5e0000000000000000000001"_s,
              FakeResponse::json(404, u"job not found"_s));
    SupervisorClient client(profileFor(server.url()));
    ChangeFeed feed(&client);
    feed.setInterval(0ms);
    QSignalSpy changed(&feed, &ChangeFeed::jobChanged);
    QSignalSpy removed(&feed, &ChangeFeed::jobRemoved);
    QSignalSpy refreshed(&feed, &ChangeFeed::refreshed);
    feed.start();
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(feed.activeJobs().size(), 1);

    server.on("GET", u"/job/running"_s, FakeResponse::json(200, QJsonArray()));
    feed.refreshNow();
    QTRY_COMPARE(refreshed.size(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"5e0000000000000000000001"_s);
    QVERIFY(feed.activeJobs().isEmpty());
}

void tst_ChangeFeed::intervalRefreshes()
{
    FakeServer server;
    QVERIFY(server.listen());
    answerEverythingEmpty(server);
    SupervisorClient client(profileFor(server.url()));
    ChangeFeed feed(&client);
    feed.setInterval(20ms);
    QSignalSpy refreshed(&feed, &ChangeFeed::refreshed);
    QSignalSpy loaded(&feed, &ChangeFeed::tasksLoaded);
    QSignalSpy hosts(&feed, &ChangeFeed::hostsChanged);
    feed.start();
    QTRY_VERIFY(refreshed.size() >= 3);
    QCOMPARE(loaded.size(), 1); // the whole list once; then only differences
    QCOMPARE(hosts.size(), 1);  // empty, unchanged since
    feed.stop();
}

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
