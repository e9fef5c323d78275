#include "client/supervisorclient.h"
#include "models/jsonutil.h"
#include "support/fakeserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

using Options = QList<RemoteOption>;

Result<Options, ClientError> fetch(SupervisorClient &client,
                                   const QUrl &url,
                                   const QString &id = u"id"_s,
                                   const QString &text = u"name"_s)
{
    auto *call = client.fetchRemoteOptions(url, id, text);
    QSignalSpy finished(call, &ClientCall::finished);
    if (!finished.wait(10000))
        return Result<Options, ClientError>::failure(ClientError{});
    return call->result();
}

ConnectionProfile supervisorProfile()
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Local;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    profile.organization = u"acme"_s;
    profile.token = u"supervisor-secret-token"_s;
    return profile;
}

} // namespace

Q_DECLARE_METATYPE(Options)
Q_DECLARE_METATYPE(TheEye::Testing::FakeResponse)

class TestRemoteOptions final : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheShapesEndpointsAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Options>("expected");
        QTest::newRow("array of objects")
            << QByteArray(R"([{"id":"s1","name":"Server one"},{"id":"s2","name":"Server two"}])")
            << Options{{u"s1"_s, u"Server one"_s}, {u"s2"_s, u"Server two"_s}};
        QTest::newRow("numbers and a missing text")
            << QByteArray(R"([{"id":7,"name":"Seven"},{"id":8}])")
            << Options{{u"7"_s, u"Seven"_s}, {u"8"_s, u"8"_s}};
        QTest::newRow("wrapped in results")
            << QByteArray(R"({"results":[{"id":"a","name":"A"}],"total":1})")
            << Options{{u"a"_s, u"A"_s}};
        QTest::newRow("wrapped in data")
            << QByteArray(R"({"data":[{"id":"a","name":"A"}]})") << Options{{u"a"_s, u"A"_s}};
        QTest::newRow("plain strings") << QByteArray(R"(["red","green"])")
                                       << Options{{u"red"_s, u"red"_s}, {u"green"_s, u"green"_s}};
        QTest::newRow("entries without a value are skipped")
            << QByteArray(R"([{"name":"no id"},{"id":"x","name":"X"},null])")
            << Options{{u"x"_s, u"X"_s}};
        QTest::newRow("empty") << QByteArray("[]") << Options{};
    }

    void decodesTheShapesEndpointsAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(Options, expected);
        const auto parsed = Json::parse(body);
        QVERIFY(parsed.ok());
        const auto options = RemoteOptions::decode(*parsed, u"id"_s, u"name"_s);
        QVERIFY2(options.ok(), qPrintable(options.ok() ? QString() : options.error()));
        QCOMPARE(options.value(), expected);
    }

    void refusesAnswersThatHoldNoOptions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("object without a list") << QByteArray(R"({"error":"nope"})") << u"list"_s;
        QTest::newRow("a string") << QByteArray("\"hello\"") << u"list"_s;
        QTest::newRow("wrong attribute") << QByteArray(R"([{"key":"a"}])") << u"\"id\""_s;
    }

    void refusesAnswersThatHoldNoOptions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto options = RemoteOptions::decode(*Json::parse(body), u"id"_s, u"name"_s);
        QVERIFY(!options.ok());
        QVERIFY2(options.error().contains(mentions), qPrintable(options.error()));
    }

    void fetchesFromTheEndpointWithoutTheSupervisorToken()
    {
        FakeServer endpoint;
        QVERIFY(endpoint.listen());
        endpoint.on("GET",
                    u"/servers"_s,
                    FakeResponse::json(200,
                                       QJsonArray{QJsonObject{{u"code"_s, u"db1"_s},
                                                              {u"label"_s, u"Database"_s}}}));
        SupervisorClient client(supervisorProfile());
        QUrl url = endpoint.url();
        url.setPath(u"/servers"_s);
        url.setQuery(u"user=ana%40example.com"_s);
        const auto result = fetch(client, url, u"code"_s, u"label"_s);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), (Options{{u"db1"_s, u"Database"_s}}));
        const FakeRequest request = endpoint.lastRequest();
        QCOMPARE(request.query.queryItemValue(u"user"_s, QUrl::FullyDecoded), u"ana@example.com"_s);
        // Somebody else's server must never see the supervisor's token.
        QVERIFY(request.header("authorization").isEmpty());
    }

    void reportsEndpointFailuresAsMessages_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << FakeResponse::text(500, "boom")
                             << int(ClientError::Kind::ServerError);
        QTest::newRow("not JSON") << FakeResponse::text(200, "<html>login</html>", "text/html")
                                  << int(ClientError::Kind::NotJson);
        QTest::newRow("no list") << FakeResponse::json(200, QJsonObject{{u"a"_s, 1}})
                                 << int(ClientError::Kind::UnexpectedShape);
        QTest::newRow("closed") << FakeResponse::withFault(FakeResponse::Fault::CloseWithoutAnswer)
                                << int(ClientError::Kind::ConnectionClosed);
        QTest::newRow("garbage") << FakeResponse::withFault(FakeResponse::Fault::Garbage)
                                 << int(ClientError::Kind::ConnectionClosed);
        FakeResponse huge = FakeResponse::text(200, QByteArray(9 * 1024 * 1024, ' '));
        QTest::newRow("too large") << huge << int(ClientError::Kind::ResponseTooLarge);
    }

    void reportsEndpointFailuresAsMessages()
    {
        QFETCH(FakeResponse, response);
        QFETCH(int, kind);
        FakeServer endpoint;
        QVERIFY(endpoint.listen());
        endpoint.on("GET", u"/options"_s, response);
        SupervisorClient client(supervisorProfile());
        QUrl url = endpoint.url();
        url.setPath(u"/options"_s);
        const auto result = fetch(client, url);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY(!result.error().message.isEmpty());
    }

    void refusesAddressesThatAreNotHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("a local file") << u"file:///etc/passwd"_s;
        QTest::newRow("a resource") << u"qrc:/icons/app.svg"_s;
        QTest::newRow("no host") << u"http:///options"_s;
        QTest::newRow("not a URL") << u"%THEEYE_USER_EMAIL%"_s;
    }

    void refusesAddressesThatAreNotHttp()
    {
        QFETCH(QString, url);
        SupervisorClient client(supervisorProfile());
        const auto result = fetch(client, QUrl(url, QUrl::StrictMode));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ClientError::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestRemoteOptions)
#include "tst_remoteoptions.moc"
