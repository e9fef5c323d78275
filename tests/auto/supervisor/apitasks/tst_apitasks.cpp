// Task routes over HTTP: defaults and secrets (checklist 12–13), updates (14, with decisions.md's
// 400 and new version), delete (15), import (18), ACL management and visibility (8), secret
// rotation, form bodies.

#include "supervisorfixture.h"
#include "testhttp.h"

#include "supervisor/core/directory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_ApiTasks : public QObject
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
    QJsonObject taskBody(const QJsonObject &extra = {}) const
    {
        QJsonObject body{{"name"_L1, u"Echo"_s},
                         {"type"_L1, u"script"_s},
                         {"host"_L1, m_hostId},
                         {"script"_L1, m_scriptId},
                         {"script_runas"_L1, u"bash"_s},
                         {"task_arguments"_L1, QJsonArray()}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return body;
    }
    QString createTask(const QJsonObject &extra = {})
    {
        return admin("POST", u"/task"_s, taskBody(extra)).json()["id"_L1].toString();
    }
    QString secretOf(const QString &task)
    {
        return admin("GET", u"/task/"_s + task + u"/credentials"_s).json()["secret"_L1].toString();
    }

    SupervisorFixture m_supervisor;
    TestHttp m_http;
    QString m_hostId;
    QString m_scriptId;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        m_hostId = admin("GET", u"/host"_s).json().toArray().first()["id"_L1].toString();
        m_scriptId = admin("POST",
                           u"/script"_s,
                           QJsonObject{{"filename"_L1, u"e.sh"_s}, {"data"_L1, u"ZWNobyBoaQo="_s}})
                         .json()["id"_L1]
                         .toString();
        QVERIFY(!m_hostId.isEmpty() && !m_scriptId.isEmpty());
    }

    void newTaskDefaultsAndSecret()
    {
        const HttpReply created = admin("POST", u"/task"_s, taskBody());
        QCOMPARE(created.status, 200);
        const QJsonObject task = created.json().toObject();
        QCOMPARE(task["script_runas"_L1].toString(), u"bash %script%"_s);
        QCOMPARE(task["version"_L1].toInt(), 1);
        QCOMPARE(task["multitasking"_L1].toBool(), true);
        QCOMPARE(task["grace_time"_L1].toInt(), 0);
        QCOMPARE(task["arguments_type"_L1].toString(), u"legacy"_s);
        QCOMPARE(task["cancellable"_L1].toBool(), true);
        QVERIFY(!task.contains("secret"_L1));
        const QString id = task["id"_L1].toString();
        QCOMPARE(secretOf(id).size(), 64);
        // Two events, success and failure, that other tasks can be triggered by.
        int events = 0;
        for (const QJsonValue &event : admin("GET", u"/event"_s).json().toArray()) {
            if (event["emitter_id"_L1].toString() == id) {
                ++events;
                QVERIFY(QStringList({u"success"_s, u"failure"_s})
                            .contains(event["name"_L1].toString()));
                QCOMPARE(event["emitter"_L1]["name"_L1].toString(), u"Echo"_s);
            }
        }
        QCOMPARE(events, 2);
    }

    void updateNeedsNameAndAnswersTheNewVersion()
    {
        const QString id = createTask();
        for (const QByteArray &method : {QByteArray("PUT"), QByteArray("PATCH")}) {
            const HttpReply refused = admin(method,
                                            u"/task/"_s + id,
                                            QJsonObject{{"host_id"_L1, m_hostId},
                                                        {"script_id"_L1, m_scriptId}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json()[0]["field"_L1].toString(), u"name"_s);
            QCOMPARE(refused.json()[0]["code"_L1].toString(), u"EREQ"_s);
        }
        const HttpReply put = admin("PUT",
                                    u"/task/"_s + id,
                                    QJsonObject{{"name"_L1, u"Renamed"_s},
                                                {"host_id"_L1, m_hostId},
                                                {"host"_L1, m_hostId},
                                                {"script"_L1, m_scriptId},
                                                {"script_id"_L1, m_scriptId}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json()["version"_L1].toInt(), 2); // decisions.md: the new one
        QCOMPARE(admin("GET", u"/task/"_s + id).json()["version"_L1].toInt(), 2);
        const HttpReply patch = admin("PATCH",
                                      u"/task/"_s + id,
                                      QJsonObject{{"name"_L1, u"Again"_s},
                                                  {"host_id"_L1, m_hostId},
                                                  {"script_id"_L1, m_scriptId}});
        QCOMPARE(patch.json()["version"_L1].toInt(), 3);
    }

    void secretRotation()
    {
        const QString id = createTask({{"task_arguments"_L1, QJsonArray()}});
        const QString before = secretOf(id);
        const QString after = QString(64, u'7');
        const QJsonObject body{{"name"_L1, u"Echo"_s},
                               {"host_id"_L1, m_hostId},
                               {"script_id"_L1, m_scriptId}};
        QJsonObject wrong = body;
        wrong.insert("secret"_L1, QString(63, u'7'));
        QCOMPARE(admin("PUT", u"/task/"_s + id, wrong).status, 400);
        QCOMPARE(secretOf(id), before);
        QJsonObject rotate = body;
        rotate.insert("secret"_L1, after);
        const HttpReply rotated = admin("PUT", u"/task/"_s + id, rotate);
        QCOMPARE(rotated.status, 200);
        QVERIFY(!rotated.json().toObject().contains("secret"_L1));
        QCOMPARE(secretOf(id), after);
        const auto bySecret = [&](const QString &secret) {
            return m_http
                .sendJson("POST",
                          m_supervisor.url(u"/task/"_s + id + u"/secret/"_s + secret + u"/job"_s),
                          QJsonArray())
                .status;
        };
        QCOMPARE(bySecret(before), 403);
        QCOMPARE(bySecret(after), 200);
    }

    void deleteTakesTheJobs()
    {
        const QString id = createTask();
        const QString job = admin("POST", u"/task/"_s + id + u"/job"_s, QJsonArray())
                                .json()["id"_L1]
                                .toString();
        QCOMPARE(admin("GET", u"/job/"_s + job).status, 200);
        const HttpReply deleted = admin("DELETE", u"/task/"_s + id);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json(), QJsonValue(QJsonObject()));
        QCOMPARE(admin("GET", u"/task/"_s + id).status, 404);
        QCOMPARE(admin("GET", u"/job/"_s + job).status, 404);
        QCOMPARE(admin("DELETE", u"/task/"_s + id).status, 404);
    }

    void importRoutes()
    {
        QFile file(QStringLiteral(THEEYE_TESTDATA_DIR "/recipes/HelloWorld_Task.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray recipe = file.readAll();
        const TestHttp::Headers json{{"Content-Type", "application/json"},
                                     {"Authorization", m_supervisor.bearer(Role::Admin)}};
        const HttpReply noHost = m_http.send("POST",
                                             m_supervisor.url(u"/task/import"_s),
                                             recipe,
                                             json);
        QCOMPARE(noHost.status, 400);
        QCOMPARE(noHost.json(), QJsonValue(u"hostname is required"_s));
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("GET")}) {
            const HttpReply imported = m_http.send(
                method,
                m_supervisor.url(u"/task/import"_s,
                                 u"hostname="_s + Supervisor::Directory::localHostname()),
                recipe,
                json);
            QCOMPARE(imported.status, 200);
            const QString scriptId = imported.json()["script_id"_L1].toString();
            QVERIFY(!scriptId.isEmpty());
            const QString id = imported.json()["id"_L1].toString();
            // Saved with its script: it is in the default list and its script downloads.
            QCOMPARE(admin("GET", u"/task/"_s + id).json()["script_id"_L1].toString(), scriptId);
            QCOMPARE(admin("GET", u"/script/"_s + scriptId + u"/download"_s).status, 200);
        }
        const HttpReply notARecipe = m_http.send(
            "POST",
            m_supervisor.url(u"/task/import"_s,
                             u"hostname="_s + Supervisor::Directory::localHostname()),
            "{\"hello\":1}",
            json);
        QCOMPARE(notARecipe.status, 400);
        QCOMPARE(notARecipe.json(), QJsonValue(u"task recipe malkformed. no task provided"_s));
    }

    void aclManagementAndVisibility()
    {
        const QString id = createTask({{"name"_L1, u"Guarded"_s}});
        const QByteArray viewer = m_supervisor.bearer(Role::Viewer);
        const auto visibleToViewer = [&] {
            for (const QJsonValue &task :
                 m_http.get(m_supervisor.url(u"/task"_s), viewer).json().toArray()) {
                if (task["id"_L1].toString() == id)
                    return true;
            }
            return false;
        };
        // An empty acl admits no one below admin (and the request is answered: 403, not a hang).
        QVERIFY(!visibleToViewer());
        const HttpReply denied = m_http.get(m_supervisor.url(u"/task/"_s + id), viewer);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json(),
                 QJsonValue(QJsonObject{{"statusCode"_L1, 403}, {"message"_L1, u"Forbidden"_s}}));

        HttpReply acl = admin("PUT",
                              u"/task/"_s + id + u"/acl"_s,
                              QJsonObject{{"users"_L1, QJsonArray{u"VIEWER"_s}}});
        QCOMPARE(acl.status, 200);
        QCOMPARE(acl.json()["acl"_L1], QJsonValue(QJsonArray{u"VIEWER"_s}));
        QVERIFY(visibleToViewer()); // case-insensitive
        QCOMPARE(m_http.get(m_supervisor.url(u"/task/"_s + id), viewer).status, 200);

        acl = admin("PATCH",
                    u"/task/"_s + id + u"/acl"_s,
                    QJsonObject{{"users"_L1, QJsonArray{u"a@b.c"_s}}, {"action"_L1, u"add"_s}});
        QCOMPARE(acl.json()["acl"_L1], QJsonValue(QJsonArray{u"VIEWER"_s, u"a@b.c"_s}));
        acl = admin("PATCH",
                    u"/task/"_s + id + u"/acl"_s,
                    QJsonObject{{"users"_L1, QJsonArray{u"VIEWER"_s}}, {"action"_L1, u"remove"_s}});
        QCOMPARE(acl.json()["acl"_L1], QJsonValue(QJsonArray{u"a@b.c"_s}));
        QVERIFY(!visibleToViewer());
        QCOMPARE(admin("PATCH",
                       u"/task/"_s + id + u"/acl"_s,
                       QJsonObject{{"users"_L1, QJsonArray{u"x"_s}}, {"action"_L1, u"toggle"_s}})
                     .status,
                 400);
        acl = admin("DELETE", u"/task/"_s + id + u"/acl"_s);
        QCOMPARE(acl.json()["acl"_L1], QJsonValue(QJsonArray()));
        QCOMPARE(admin("GET", u"/task/"_s + id + u"/acl"_s).json()["acl"_L1],
                 QJsonValue(QJsonArray()));
    }

    void schedulesStartEmpty()
    {
        const QString id = createTask();
        const HttpReply schedules = admin("GET", u"/task/"_s + id + u"/schedule"_s);
        QCOMPARE(schedules.status, 200);
        QCOMPARE(schedules.json(), QJsonValue(QJsonArray()));
        QCOMPARE(admin("GET", u"/task/"_s + id).json()["schedules"_L1], QJsonValue(QJsonArray()));
    }

    void formBodyCreatesATask()
    {
        const QByteArray form
            = "name=Form+task&type=script&host=" + m_hostId.toLatin1()
              + "&script=" + m_scriptId.toLatin1()
              + "&script_runas=bash&timeout=60000&multitasking=false&tags[]=a&tags[]=b";
        const HttpReply created = m_http.sendForm("POST",
                                                  m_supervisor.url(u"/task"_s),
                                                  form,
                                                  m_supervisor.bearer(Role::Admin));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json()["name"_L1].toString(), u"Form task"_s);
        QCOMPARE(created.json()["timeout"_L1], QJsonValue(60000));
        QCOMPARE(created.json()["multitasking"_L1], QJsonValue(false));
        QCOMPARE(created.json()["tags"_L1], QJsonValue(QJsonArray{u"a"_s, u"b"_s}));
    }

    void inlineScriptOnUpdate()
    {
        const QString id = createTask();
        const HttpReply updated = admin(
            "PUT",
            u"/task/"_s + id,
            QJsonObject{{"name"_L1, u"Echo"_s},
                        {"host_id"_L1, m_hostId},
                        {"script"_L1,
                         QJsonObject{{"filename"_L1, u"new.sh"_s},
                                     {"data"_L1, u"data:text/plain;base64,ZWNobyBuZXcK"_s}}}});
        QCOMPARE(updated.status, 200);
        const QString scriptId = updated.json()["script_id"_L1].toString();
        QVERIFY(scriptId != m_scriptId);
        QCOMPARE(updated.json()["script_name"_L1].toString(), u"new.sh"_s);
        QCOMPARE(admin("GET", u"/script/"_s + scriptId + u"/download"_s).body,
                 QByteArray("echo new\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ApiTasks)
#include "tst_apitasks.moc"
