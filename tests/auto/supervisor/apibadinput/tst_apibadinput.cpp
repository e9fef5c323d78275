// Bad input gets a clear answer and loses nothing: bodies that do not parse, wrong types, bodies
// over the limit, wrong methods and paths, malformed and foreign ids, and clients that vanish
// mid-request or while their poll is parked.

#include "supervisorfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_ApiBadInput : public QObject
{
    Q_OBJECT

private:
    HttpReply admin(const QByteArray &method,
                    const QString &path,
                    const QJsonValue &body = {},
                    const QString &query = {})
    {
        return m_supervisor->call(m_http, Role::Admin, method, path, body, query);
    }
    QString taskCount()
    {
        return QString::number(admin("GET", u"/task"_s).json().toArray().size());
    }

    // Sends raw bytes on a connection of its own and closes it without waiting.
    void sendAndVanish(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_supervisor->supervisor().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(bytes);
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.abort();
    }

    std::unique_ptr<SupervisorFixture> m_supervisor;
    TestHttp m_http;
    QString m_hostId;
    QString m_scriptId;

private slots:
    void initTestCase()
    {
        SupervisorFixture::Options options;
        options.maxBodyBytes = 1024 * 1024;
        options.resultPollMinimumSeconds = 1;
        // Jobs stay queued: these tests look at them before anything runs them.
        options.engine.runLocalJobs = false;
        m_supervisor = std::make_unique<SupervisorFixture>(options);
        QVERIFY2(m_supervisor->start(), qPrintable(m_supervisor->error()));
        m_hostId = admin("GET", u"/host"_s).json()[0]["id"_L1].toString();
        m_scriptId = admin("POST",
                           u"/script"_s,
                           QJsonObject{{"filename"_L1, u"b.sh"_s}, {"data"_L1, u"ZWNobwo="_s}})
                         .json()["id"_L1]
                         .toString();
    }

    void bodiesThatDoNotParse_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated JSON")
            << QByteArray("application/json") << QByteArray(R"({"name":)");
        QTest::newRow("trailing garbage")
            << QByteArray("application/json") << QByteArray(R"({"a":1} x)");
        QTest::newRow("not UTF-8 JSON")
            << QByteArray("application/json") << QByteArray("{\"a\":\"\xff\xfe\"}");
    }
    void bodiesThatDoNotParse()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const QString before = taskCount();
        const HttpReply reply = m_http.send("POST",
                                            m_supervisor->url(u"/task"_s),
                                            body,
                                            {{"Content-Type", contentType},
                                             {"Authorization", m_supervisor->bearer(Role::Admin)}});
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json()["message"_L1].toString().isEmpty());
        QCOMPARE(taskCount(), before);
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name object") << u"name"_s << QJsonValue(QJsonObject{{"a"_L1, 1}});
        QTest::newRow("timeout text") << u"timeout"_s << QJsonValue(u"ten"_s);
        QTest::newRow("env list") << u"env"_s << QJsonValue(QJsonArray{1});
        QTest::newRow("task_arguments object") << u"task_arguments"_s << QJsonValue(QJsonObject());
        QTest::newRow("host number") << u"host"_s << QJsonValue(5);
        QTest::newRow("script bool") << u"script"_s << QJsonValue(true);
    }
    void wrongTypesNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body{{"name"_L1, u"T"_s},
                         {"type"_L1, u"script"_s},
                         {"host"_L1, m_hostId},
                         {"script"_L1, m_scriptId},
                         {"script_runas"_L1, u"bash"_s}};
        body.insert(field, value);
        const HttpReply reply = admin("POST", u"/task"_s, body);
        QCOMPARE(reply.status, 400);
        QStringList fields;
        for (const QJsonValue &item : reply.json().toArray()) {
            QCOMPARE(item["statusCode"_L1].toInt(), 400);
            QCOMPARE(item["name"_L1].toString(), u"ExtendedError"_s);
            fields.append(item["field"_L1].toString());
        }
        QVERIFY2(fields.contains(field), qPrintable(fields.join(u',')));
    }

    void nonObjectBodiesAreEmptyTasks()
    {
        for (const QJsonValue &body :
             {QJsonValue(QJsonArray{1, 2}), QJsonValue(u"x"_s), QJsonValue(7)}) {
            const HttpReply reply = admin("POST", u"/task"_s, body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json()[0]["field"_L1].toString(), u"name"_s);
        }
    }

    void idsThatAreMalformedUnknownOrForeign()
    {
        HttpReply reply = admin("GET", u"/job/xyz"_s);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json(),
                 QJsonValue(
                     QJsonObject{{"statusCode"_L1, 400}, {"message"_L1, u"job invalid value"_s}}));
        reply = admin("GET", u"/job/5e00000000000000000000ff"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json()["message"_L1].toString(), u"job not found"_s);
        QCOMPARE(admin("GET", u"/script/5a00000000000000000000ff"_s).status, 404);
        QCOMPARE(admin("GET", u"/script/nope/download"_s).status, 400);
        QCOMPARE(admin("DELETE", u"/scheduler/nope"_s).status, 400);
        QCOMPARE(admin("GET", u"/task/5F0000000000000000000001"_s).status, 404); // upper-case hex

        // The other organization's task: invisible here, by id, in every route.
        const QByteArray other = "Bearer " + m_supervisor->otherAdminToken().toLatin1();
        const QString otherHost = m_http
                                      .get(m_supervisor->rawUrl(u"/"_s
                                                                + m_supervisor->otherOrganization()
                                                                + u"/host"_s),
                                           other)
                                      .json()[0]["id"_L1]
                                      .toString();
        const QString otherScript = m_http
                                        .sendJson("POST",
                                                  m_supervisor->rawUrl(
                                                      u"/"_s + m_supervisor->otherOrganization()
                                                      + u"/script"_s),
                                                  QJsonObject{{"filename"_L1, u"o.sh"_s},
                                                              {"data"_L1, u"ZWNobwo="_s}},
                                                  other)
                                        .json()["id"_L1]
                                        .toString();
        const QString foreign = m_http
                                    .sendJson("POST",
                                              m_supervisor->rawUrl(
                                                  u"/"_s + m_supervisor->otherOrganization()
                                                  + u"/task"_s),
                                              QJsonObject{{"name"_L1, u"Theirs"_s},
                                                          {"type"_L1, u"script"_s},
                                                          {"host"_L1, otherHost},
                                                          {"script"_L1, otherScript},
                                                          {"script_runas"_L1, u"bash"_s}},
                                              other)
                                    .json()["id"_L1]
                                    .toString();
        QVERIFY(!foreign.isEmpty());
        QCOMPARE(admin("GET", u"/task/"_s + foreign).status, 404);
        QCOMPARE(admin("GET", u"/task/"_s + foreign + u"/credentials"_s).status, 404);
        QCOMPARE(admin("DELETE", u"/task/"_s + foreign).status, 404);
        QCOMPARE(admin("POST", u"/task/"_s + foreign + u"/job"_s, QJsonArray()).status, 404);
        QCOMPARE(admin("GET", u"/script/"_s + otherScript + u"/download"_s).status, 404);
        // And our tasks cannot use their host or script.
        reply = admin("POST",
                      u"/task"_s,
                      QJsonObject{{"name"_L1, u"Mine"_s},
                                  {"type"_L1, u"script"_s},
                                  {"host"_L1, otherHost},
                                  {"script"_L1, otherScript},
                                  {"script_runas"_L1, u"bash"_s}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().toArray().size(), 2);
        QCOMPARE(m_http
                     .get(m_supervisor->rawUrl(u"/"_s + m_supervisor->otherOrganization()
                                               + u"/task/"_s + foreign),
                          other)
                     .status,
                 200);
    }

    void wrongSecretsOfTheRightLength()
    {
        const QString task = admin("POST",
                                   u"/task"_s,
                                   QJsonObject{{"name"_L1, u"S"_s},
                                               {"type"_L1, u"script"_s},
                                               {"host"_L1, m_hostId},
                                               {"script"_L1, m_scriptId},
                                               {"script_runas"_L1, u"bash"_s}})
                                 .json()["id"_L1]
                                 .toString();
        const QString secret = admin("GET", u"/task/"_s + task + u"/credentials"_s)
                                   .json()["secret"_L1]
                                   .toString();
        QString almost = secret;
        almost[63] = almost[63] == u'0' ? u'1' : u'0';
        for (const QString &guess : QStringList{almost,
                                                secret.toUpper(),
                                                QString(64, u'0'),
                                                QString(secret.left(63) + u'g')}) {
            const HttpReply reply = m_http.sendJson("POST",
                                                    m_supervisor->url(u"/task/"_s + task
                                                                      + u"/secret/"_s + guess
                                                                      + u"/job"_s),
                                                    QJsonArray());
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.json(), QJsonValue(u"invalid secret"_s));
        }
        QCOMPARE(m_http
                     .sendJson("POST",
                               m_supervisor->url(u"/task/xyz/secret/"_s + secret + u"/job"_s),
                               QJsonArray())
                     .status,
                 400);
        QCOMPARE(m_http
                     .sendJson("POST",
                               m_supervisor->url(u"/task/5f00000000000000000000ff/secret/"_s
                                                 + secret + u"/job"_s),
                               QJsonArray())
                     .status,
                 404);
        QCOMPARE(admin("GET", u"/job"_s, {}, u"task_id="_s + task).json().toArray().size(), 0);
    }

    void bodyOverTheLimit()
    {
        // Refused from Content-Length, before the body is sent: a raw request that announces
        // 2 MiB and waits, as `Expect: 100-continue` clients do.
        const QString before = taskCount();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_supervisor->supervisor().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "POST /" + m_supervisor->organization().toLatin1()
            + "/task HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: "
            + m_supervisor->bearer(Role::Admin)
            + "\r\nContent-Length: " + QByteArray::number(2 * 1024 * 1024) + "\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        socket.abort();
        QCOMPARE(taskCount(), before);
    }

    void wrongMethodsAndPaths()
    {
        HttpReply reply = admin("DELETE", u"/task"_s);
        QCOMPARE(reply.status, 405);
        const QByteArray allow = reply.header("Allow");
        QVERIFY2(allow.contains("GET") && allow.contains("POST"), allow.constData());
        reply = admin("GET", u"/nothing/here/at/all"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json()["code"_L1].toString(), u"ResourceNotFound"_s);
    }

    void clientsThatVanish()
    {
        // Mid-body: the request never completes, nothing is created.
        const QString before = taskCount();
        sendAndVanish(
            "POST /" + m_supervisor->organization().toLatin1()
            + "/task HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: "
            + m_supervisor->bearer(Role::Admin) + "\r\nContent-Length: 1000\r\n\r\n{\"name\":");
        // Mid-headers.
        sendAndVanish("GET /api HTTP/1.1\r\nHost: x\r\nX-Long: ");
        // While its poll is parked, then the job finishes: the answer has nowhere to go.
        const QString task = admin("POST",
                                   u"/task"_s,
                                   QJsonObject{{"name"_L1, u"P"_s},
                                               {"type"_L1, u"script"_s},
                                               {"host"_L1, m_hostId},
                                               {"script"_L1, m_scriptId},
                                               {"script_runas"_L1, u"bash"_s}})
                                 .json()["id"_L1]
                                 .toString();
        const QString job = admin("POST", u"/task/"_s + task + u"/job"_s, QJsonArray())
                                .json()["id"_L1]
                                .toString();
        sendAndVanish("GET /" + m_supervisor->organization().toLatin1() + "/job/" + job.toLatin1()
                      + "/result?timeout=60 HTTP/1.1\r\nHost: x\r\nAuthorization: "
                      + m_supervisor->bearer(Role::Admin) + "\r\n\r\n");
        QCOMPARE(admin("GET", u"/job/"_s + job + u"/lifecycle"_s).status, 200);
        QCOMPARE(admin("PUT", u"/job/"_s + job + u"/cancel"_s).status, 204);
        // The server is well and lost nothing.
        QCOMPARE(m_http.get(m_supervisor->rawUrl(u"/api"_s)).status, 200);
        QCOMPARE(taskCount(), QString::number(before.toInt() + 1));
        QCOMPARE(admin("GET", u"/job/"_s + job + u"/lifecycle"_s).json(),
                 QJsonValue(u"canceled"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ApiBadInput)
#include "tst_apibadinput.moc"
