// Scripts (create and update with a data URL or base64, md5 and size recomputed, download),
// hosts (the local bot, always reporting), events, scheduler and health routes.

#include "supervisorfixture.h"
#include "testhttp.h"

#include "models/script.h"
#include "supervisor/core/directory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_ApiScripts : public QObject
{
    Q_OBJECT

private:
    HttpReply admin(const QByteArray &method, const QString &path, const QJsonValue &body = {})
    {
        return m_supervisor.call(m_http, Role::Admin, method, path, body);
    }

    SupervisorFixture m_supervisor;
    TestHttp m_http;

private slots:
    void initTestCase() { QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error())); }

    void createUpdateDownload()
    {
        const QByteArray first("echo one\n");
        HttpReply reply = admin("POST",
                                u"/script"_s,
                                QJsonObject{{"filename"_L1, u"one.sh"_s},
                                            {"description"_L1, u"d"_s},
                                            {"md5"_L1, u"lies"_s},
                                            {"size"_L1, 1},
                                            {"data"_L1,
                                             QString(u"data:text/plain;base64,"_s
                                                     + QString::fromLatin1(first.toBase64()))}});
        QCOMPARE(reply.status, 200);
        const QJsonObject script = reply.json().toObject();
        const QString id = script["id"_L1].toString();
        QCOMPARE(script["_id"_L1].toString(), id);
        QCOMPARE(script["_type"_L1].toString(), u"Script"_s);
        QCOMPARE(script["md5"_L1].toString(), Script::md5Hex(first));
        QCOMPARE(script["size"_L1].toInt(), first.size());
        QCOMPARE(script["extension"_L1].toString(), u"sh"_s);

        reply = admin("GET", u"/script/"_s + id + u"/download"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, first);
        QVERIFY(!reply.hasHeader("Content-Type"));
        QVERIFY(reply.header("Content-Disposition").contains("one.sh"));

        const QByteArray second("print('two')\n");
        reply = admin("PUT",
                      u"/script/"_s + id,
                      QJsonObject{{"filename"_L1, u"two.py"_s},
                                  {"data"_L1, QString::fromLatin1(second.toBase64())}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()["md5"_L1].toString(), Script::md5Hex(second));
        QCOMPARE(reply.json()["filename"_L1].toString(), u"two.py"_s);
        QCOMPARE(reply.json()["extension"_L1].toString(), u"py"_s);
        QCOMPARE(admin("GET", u"/script/"_s + id + u"/download"_s).body, second);
        QCOMPARE(admin("GET", u"/script/"_s + id).json()["md5"_L1].toString(),
                 Script::md5Hex(second));

        const HttpReply list = admin("GET", u"/script"_s);
        QCOMPARE(list.json().toArray().size(), 1);
        // A viewer reads metadata, downloading takes user.
        QCOMPARE(m_http.get(m_supervisor.url(u"/script/"_s + id), m_supervisor.bearer(Role::Viewer))
                     .status,
                 200);
        QCOMPARE(m_http
                     .get(m_supervisor.url(u"/script/"_s + id + u"/download"_s),
                          m_supervisor.bearer(Role::Viewer))
                     .status,
                 403);
        QCOMPARE(m_http
                     .get(m_supervisor.url(u"/script/"_s + id + u"/download"_s),
                          m_supervisor.bearer(Role::User))
                     .body,
                 second);
    }

    void invalidScripts_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no filename") << QJsonObject{{"data"_L1, u"ZWNobwo="_s}} << u"filename"_s;
        QTest::newRow("path in filename")
            << QJsonObject{{"filename"_L1, u"../x.sh"_s}, {"data"_L1, u"ZWNobwo="_s}}
            << u"filename"_s;
        QTest::newRow("no data") << QJsonObject{{"filename"_L1, u"x.sh"_s}} << u"data"_s;
        QTest::newRow("data not base64")
            << QJsonObject{{"filename"_L1, u"x.sh"_s}, {"data"_L1, u"@@@"_s}} << u"data"_s;
        QTest::newRow("data a number")
            << QJsonObject{{"filename"_L1, u"x.sh"_s}, {"data"_L1, 5}} << u"data"_s;
    }
    void invalidScripts()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const HttpReply reply = admin("POST", u"/script"_s, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()[0]["field"_L1].toString(), field);
    }

    void theLocalBotIsAReportingHost()
    {
        const HttpReply reply = admin("GET", u"/host"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray hosts = reply.json().toArray();
        QCOMPARE(hosts.size(), 1);
        const QJsonObject bot = hosts.first().toObject();
        QCOMPARE(bot["hostname"_L1].toString(), Supervisor::Directory::localHostname());
        QCOMPARE(bot["state"_L1].toString(), u"normal"_s);
        QVERIFY(
            QDateTime::fromString(bot["last_update"_L1].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(bot["_id"_L1].toString(), bot["id"_L1].toString());
        // Each organization has its own.
        const HttpReply other = m_http.get(m_supervisor.rawUrl(u"/"_s
                                                               + m_supervisor.otherOrganization()
                                                               + u"/host"_s),
                                           "Bearer " + m_supervisor.otherAdminToken().toLatin1());
        QVERIFY(other.json()[0]["id"_L1].toString() != bot["id"_L1].toString());
    }

    void schedulerAndHealth()
    {
        const HttpReply removed = admin("DELETE", u"/scheduler/5c00000000000000000000ff"_s);
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.json(), QJsonValue(QJsonObject{{"numRemoved"_L1, 0}}));
        const HttpReply hello = m_http.get(m_supervisor.rawUrl(u"/api"_s));
        QCOMPARE(hello.status, 200);
        QCOMPARE(hello.json(), QJsonValue(u"Hi, I am ok. Thanks for asking"_s));
        const HttpReply status = m_http.get(m_supervisor.rawUrl(u"/api/status"_s));
        QCOMPARE(status.status, 200);
        for (const auto key : {"status"_L1,
                               "node_hostname"_L1,
                               "node_uptime"_L1,
                               "process_uptime"_L1,
                               "theeye_version"_L1,
                               "load_average"_L1,
                               "env"_L1})
            QVERIFY2(status.json().toObject().contains(key), key.data());
    }
};

QTEST_GUILESS_MAIN(tst_ApiScripts)
#include "tst_apiscripts.moc"
