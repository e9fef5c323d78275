// A restart of the supervisor on the same data keeps every task, script, token and job, as seen
// over HTTP; only session tokens end with the process.

#include "supervisorfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_ApiPersistence : public QObject
{
    Q_OBJECT

private:
    HttpReply admin(const QByteArray &method,
                    const QString &path,
                    const QJsonValue &body = {},
                    const QString &query = {})
    {
        return m_supervisor.call(m_http, Role::Admin, method, path, body, query);
    }

    // Jobs stay as they were created: one the local bot ran across the restart would end
    // terminated, which is tst_enginerecovery's subject, and made this comparison a race.
    static SupervisorFixture::Options jobsNotRun()
    {
        SupervisorFixture::Options options;
        options.engine.runLocalJobs = false;
        return options;
    }

    SupervisorFixture m_supervisor{jobsNotRun()};
    TestHttp m_http;

private slots:
    void restartKeepsEverything()
    {
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        const QString host = admin("GET", u"/host"_s).json()[0]["id"_L1].toString();
        const QByteArray content("#!/bin/sh\necho \"persisted \xc3\xa9\"\n\x01\x02\n");
        const QJsonObject script = admin("POST",
                                         u"/script"_s,
                                         QJsonObject{{"filename"_L1, u"keep.sh"_s},
                                                     {"data"_L1,
                                                      QString::fromLatin1(content.toBase64())}})
                                       .json()
                                       .toObject();
        const QString scriptId = script["id"_L1].toString();
        const QJsonObject task = admin("POST",
                                       u"/task"_s,
                                       QJsonObject{{"name"_L1, u"Keep"_s},
                                                   {"type"_L1, u"script"_s},
                                                   {"host"_L1, host},
                                                   {"script"_L1, scriptId},
                                                   {"script_runas"_L1, u"sh"_s},
                                                   {"env"_L1, QJsonObject{{"K"_L1, u"v"_s}}},
                                                   {"task_arguments"_L1,
                                                    QJsonArray{QJsonObject{{"order"_L1, 0},
                                                                           {"type"_L1, u"input"_s},
                                                                           {"label"_L1, u"x"_s}}}}})
                                     .json()
                                     .toObject();
        const QString taskId = task["id"_L1].toString();
        const QString rotated = QString(64, u'c');
        QCOMPARE(admin("PUT",
                       u"/task/"_s + taskId,
                       QJsonObject{{"name"_L1, u"Keep"_s},
                                   {"host_id"_L1, host},
                                   {"script_id"_L1, scriptId},
                                   {"secret"_L1, rotated}})
                     .status,
                 200);
        const QString ready = admin("POST", u"/task/"_s + taskId + u"/job"_s, QJsonArray{u"a"_s})
                                  .json()["id"_L1]
                                  .toString();
        const QString canceled = admin("POST", u"/task/"_s + taskId + u"/job"_s, QJsonArray{u"b"_s})
                                     .json()["id"_L1]
                                     .toString();
        QCOMPARE(admin("PUT", u"/job/"_s + canceled + u"/cancel"_s).status, 204);
        const QString failed = admin("POST",
                                     u"/task/"_s + taskId + u"/job"_s,
                                     QJsonObject{{"task_arguments"_L1, 5}})
                                   .json()["id"_L1]
                                   .toString();
        QVERIFY(failed.isEmpty()); // 400, nothing stored
        const HttpReply token = m_http.sendJson("POST",
                                                m_supervisor.rawUrl(u"/api/token"_s),
                                                QJsonObject{{"role"_L1, u"viewer"_s},
                                                            {"label"_L1, u"kept"_s}},
                                                m_supervisor.bearer(Role::Admin));
        const QByteArray apiToken = "Bearer " + token.json()["token"_L1].toString().toLatin1();
        const QByteArray session = "Bearer "
                                   + m_supervisor.supervisor()
                                         .issueSessionToken(Role::Admin)
                                         .toLatin1();
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), session).status, 200);

        const QJsonValue taskBefore = admin("GET", u"/task/"_s + taskId).json();
        const QJsonValue readyBefore = admin("GET", u"/job/"_s + ready).json();
        const QJsonValue canceledBefore = admin("GET", u"/job/"_s + canceled).json();
        const QJsonValue scriptsBefore = admin("GET", u"/script"_s).json();
        const QJsonValue eventsBefore = admin("GET", u"/event"_s).json();
        const QJsonValue jobsBefore = admin("GET", u"/job"_s).json();

        QVERIFY2(m_supervisor.restart(), qPrintable(m_supervisor.error()));

        QCOMPARE(admin("GET", u"/task/"_s + taskId).json(), taskBefore);
        QCOMPARE(admin("GET", u"/task/"_s + taskId).json()["execution_count"_L1].toInt(), 2);
        QCOMPARE(admin("GET", u"/task/"_s + taskId + u"/credentials"_s)
                     .json()["secret"_L1]
                     .toString(),
                 rotated);
        QCOMPARE(admin("GET", u"/job/"_s + ready).json(), readyBefore);
        QCOMPARE(admin("GET", u"/job/"_s + canceled).json(), canceledBefore);
        QCOMPARE(admin("GET", u"/job"_s).json(), jobsBefore);
        QCOMPARE(admin("GET", u"/script"_s).json(), scriptsBefore);
        QCOMPARE(admin("GET", u"/event"_s).json(), eventsBefore);
        QCOMPARE(admin("GET", u"/script/"_s + scriptId + u"/download"_s).body, content);
        for (const Role role : {Role::Viewer,
                                Role::User,
                                Role::Agent,
                                Role::Manager,
                                Role::Integration,
                                Role::Owner,
                                Role::Root})
            QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), m_supervisor.bearer(role)).status,
                     200);
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), apiToken).status, 200);
        QCOMPARE(m_http
                     .get(m_supervisor.rawUrl(u"/"_s + m_supervisor.otherOrganization()
                                              + u"/task"_s),
                          "Bearer " + m_supervisor.otherAdminToken().toLatin1())
                     .status,
                 200);
        // A session token lives only as long as the process that issued it.
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), session).status, 401);
        // The old secret is gone, the rotated one works.
        QCOMPARE(m_http
                     .sendJson("POST",
                               m_supervisor.url(u"/task/"_s + taskId + u"/secret/"_s + rotated
                                                + u"/job"_s),
                               QJsonArray{u"z"_s})
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(tst_ApiPersistence)
#include "tst_apipersistence.moc"
