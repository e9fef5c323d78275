// The agent protocol (agent-protocol.md §3) driven by a small client doing what a real TheEye
// agent does: token, host registration, config, ping, job poll, script download, result report;
// the task-bound listener's queue (supervisor-api.md §3.11); a cancel told on the next poll.

#include "enginetestclient.h"
#include "supervisorfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_AgentProtocol : public QObject
{
    Q_OBJECT

private:
    SupervisorFixture m_supervisor;
    TestHttp m_http;

    HttpReply agent(const QByteArray &method,
                    const QString &path,
                    const QByteArray &bearer,
                    const QJsonValue &body = {},
                    const QString &query = {})
    {
        return m_http.sendJson(method, m_supervisor.rawUrl(path, query), body, bearer);
    }

    // An agent's token and a registered host named `hostname` (as an agent starts).
    QByteArray registeredAgent(const QString &hostname)
    {
        const QString secret = m_supervisor.token(Role::Agent);
        const HttpReply token = m_http.send(
            "POST",
            m_supervisor.rawUrl(u"/token"_s),
            {},
            {{"Authorization",
              QByteArray("Basic " + QByteArray("id:" + secret.toUtf8()).toBase64())}});
        const QByteArray bearer = "Bearer " + token.json().toString().toUtf8();
        const HttpReply registered = agent("POST",
                                           u"/host"_s,
                                           bearer,
                                           QJsonObject{{"hostname"_L1, hostname}},
                                           u"customer="_s + m_supervisor.organization());
        return registered.status == 200 ? bearer : QByteArray();
    }

    QString hostIdOf(const QString &hostname)
    {
        for (const QJsonValue &host : agent("GET",
                                            u"/%1/host"_s.arg(m_supervisor.organization()),
                                            m_supervisor.bearer(Role::Admin))
                                          .json()
                                          .toArray()) {
            if (host["hostname"_L1].toString() == hostname)
                return host["id"_L1].toString();
        }
        return {};
    }

    QJsonValue dequeue(const QByteArray &bearer, const QString &task, const QString &query)
    {
        return agent("GET",
                     u"/task/%1/job/queue"_s.arg(task),
                     bearer,
                     {},
                     query + u"&customer="_s + m_supervisor.organization())
            .json();
    }

private slots:
    void initTestCase() { QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error())); }

    void anAgentTakesRunsAndReportsAJob()
    {
        const QString org = m_supervisor.organization();
        const QString secret = m_supervisor.token(Role::Agent);
        // 1. Token: Basic client_id:client_secret → a JSON string.
        const HttpReply bad = m_http.send("POST",
                                          m_supervisor.rawUrl(u"/token"_s),
                                          {},
                                          {{"Authorization",
                                            QByteArray("Basic "
                                                       + QByteArray("id:wrong").toBase64())}});
        QCOMPARE(bad.status, 401);
        const HttpReply viewerAsAgent = m_http.send(
            "POST",
            m_supervisor.rawUrl(u"/token"_s),
            {},
            {{"Authorization",
              QByteArray(
                  "Basic "
                  + QByteArray("id:" + m_supervisor.token(Role::Viewer).toUtf8()).toBase64())}});
        QCOMPARE(viewerAsAgent.status, 401);
        const HttpReply token = m_http.send(
            "POST",
            m_supervisor.rawUrl(u"/token"_s),
            {},
            {{"Authorization",
              QByteArray("Basic " + QByteArray("id:" + secret.toUtf8()).toBase64())}});
        QCOMPARE(token.status, 200);
        QVERIFY(token.json().isString());
        const QByteArray bearer = "Bearer " + token.json().toString().toUtf8();

        // 2. Register, 3. config, 4. ping.
        const HttpReply registered = agent("POST",
                                           u"/host"_s,
                                           bearer,
                                           QJsonObject{{"hostname"_L1, u"agent-test"_s},
                                                       {"info"_L1,
                                                        QJsonObject{{"platform"_L1, u"linux"_s}}}},
                                           u"customer="_s + org);
        QCOMPARE(registered.status, 200);
        const QString hostId = registered.json()["host_id"_L1].toString();
        QVERIFY(!hostId.isEmpty());
        QVERIFY(!registered.json()["connection_id"_L1].toString().isEmpty());
        QCOMPARE(agent("POST",
                       u"/host"_s,
                       m_supervisor.bearer(Role::Admin),
                       QJsonObject{{"hostname"_L1, u"x"_s}},
                       u"customer="_s + org)
                     .status,
                 403);
        QCOMPARE(agent("GET", u"/%1/agent/agent-test/config"_s.arg(org), bearer).json(),
                 QJsonValue(QJsonObject{{"workers"_L1, QJsonArray()}}));
        QCOMPARE(agent("PUT", u"/%1/agent/agent-test"_s.arg(org), bearer).status, 204);
        QCOMPARE(agent("PUT", u"/%1/agent/unknown-host"_s.arg(org), bearer).status, 404);
        bool listed = false;
        for (const QJsonValue &host :
             agent("GET", u"/%1/host"_s.arg(org), m_supervisor.bearer(Role::Admin))
                 .json()
                 .toArray())
            listed = listed || host["id"_L1].toString() == hostId;
        QVERIFY(listed);

        // A task on the agent's host; the local bot leaves its jobs alone.
        EngineTestClient admin(m_supervisor.url(QString()).toString(),
                               m_supervisor.bearer(Role::Admin));
        const QString task = admin.task("echo remote\n",
                                        {EngineTestClient::input(0)},
                                        {{"host"_L1, hostId}, {"multitasking"_L1, false}});
        const QString first = admin.run(task, {u"a b"_s})["id"_L1].toString();
        const QString second = admin.run(task, {u"c"_s})["id"_L1].toString();
        QCOMPARE(admin.lifecycle(first), u"ready"_s);

        // 5. Poll: one job, assigned; multitasking off holds the second back.
        QCOMPARE(agent("GET", u"/%1/job"_s.arg(org), bearer, {}, u"hostname=nope"_s).status, 400);
        const HttpReply polled = agent("GET",
                                       u"/%1/job"_s.arg(org),
                                       bearer,
                                       {},
                                       u"hostname=agent-test"_s);
        QCOMPARE(polled.status, 200);
        const QJsonArray jobs = polled.json()["jobs"_L1].toArray();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.at(0).toObject();
        QCOMPARE(job["id"_L1].toString(), first);
        QCOMPARE(job["_type"_L1].toString(), u"ScriptJob"_s);
        QCOMPARE(job["script_arguments"_L1].toArray(), QJsonArray{u"a b"_s});
        QVERIFY(!job["script_runas"_L1].toString().isEmpty());
        QCOMPARE(admin.lifecycle(first), u"assigned"_s);
        QCOMPARE(agent("GET", u"/%1/job"_s.arg(org), bearer, {}, u"hostname=agent-test"_s)
                     .json()["jobs"_L1]
                     .toArray()
                     .size(),
                 0);

        // 6. Script download.
        const HttpReply script = agent("GET",
                                       u"/%1/script/%2/download"_s
                                           .arg(org, job["script"_L1]["id"_L1].toString()),
                                       bearer);
        QCOMPARE(script.status, 200);
        QCOMPARE(script.body, QByteArray("echo remote\n"));

        // 7. Report, with the credential exactly `agent`.
        const QJsonObject report{{"result"_L1,
                                  QJsonObject{{"state"_L1, u"success"_s},
                                              {"data"_L1,
                                               QJsonObject{{"code"_L1, 0},
                                                           {"log"_L1, u"remote\n"_s},
                                                           {"lastline"_L1, u"remote"_s},
                                                           {"killed"_L1, false},
                                                           {"output"_L1, QJsonArray{u"o"_s}}}}}}};
        QCOMPARE(agent("PUT",
                       u"/%1/job/%2"_s.arg(org, first),
                       m_supervisor.bearer(Role::Admin),
                       report)
                     .status,
                 403);
        const HttpReply reported = agent("PUT", u"/%1/job/%2"_s.arg(org, first), bearer, report);
        QCOMPARE(reported.status, 200);
        const QJsonObject done = admin.job(first);
        QCOMPARE(done["lifecycle"_L1].toString(), u"finished"_s);
        QCOMPARE(done["state"_L1].toString(), u"success"_s);
        QCOMPARE(done["output"_L1].toArray(), QJsonArray{u"o"_s});
        QCOMPARE(done["result"_L1]["log"_L1].toString(), u"remote\n"_s);
        // A second report is ignored: empty 200.
        const HttpReply again = agent("PUT", u"/%1/job/%2"_s.arg(org, first), bearer, report);
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.isEmpty());

        // The finished one released the task: the second job is handed out now, and a killed
        // report ends it terminated/timeout.
        const QJsonArray next = agent("GET",
                                      u"/%1/job"_s.arg(org),
                                      bearer,
                                      {},
                                      u"hostname=agent-test"_s)
                                    .json()["jobs"_L1]
                                    .toArray();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.at(0)["id"_L1].toString(), second);
        const QJsonObject killed{{"result"_L1,
                                  QJsonObject{{"state"_L1, u"killed"_s},
                                              {"data"_L1, QJsonObject{{"killed"_L1, true}}}}}};
        QCOMPARE(agent("PUT", u"/%1/job/%2"_s.arg(org, second), bearer, killed).status, 200);
        QCOMPARE(admin.job(second)["lifecycle"_L1].toString(), u"terminated"_s);
        QCOMPARE(admin.job(second)["state"_L1].toString(), u"timeout"_s);
    }

    void queueRefusesABadLimit_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("negative") << u"-1"_s;
        QTest::newRow("not a number") << u"many"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("too many at once") << u"101"_s;
    }
    void queueRefusesABadLimit()
    {
        QFETCH(QString, limit);
        const QByteArray bearer = registeredAgent(u"queue-bot"_s);
        QVERIFY(!bearer.isEmpty());
        EngineTestClient admin(m_supervisor.url(QString()).toString(),
                               m_supervisor.bearer(Role::Admin));
        const QString task = admin.task("true\n", {}, {{"host"_L1, hostIdOf(u"queue-bot"_s)}});
        const HttpReply reply = agent("GET",
                                      u"/task/%1/job/queue"_s.arg(task),
                                      bearer,
                                      {},
                                      u"hostname=queue-bot&limit="_s + limit);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()["message"_L1].toString(), u"Invalid limit value"_s);
    }

    void queueHandsOutTheOldestJobsOfATask()
    {
        const QByteArray bearer = registeredAgent(u"queue-bot"_s);
        QVERIFY(!bearer.isEmpty());
        const QString hostId = hostIdOf(u"queue-bot"_s);
        EngineTestClient admin(m_supervisor.url(QString()).toString(),
                               m_supervisor.bearer(Role::Admin));
        const QString task = admin.task("echo queued\n", {}, {{"host"_L1, hostId}});
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(admin.run(task)["id"_L1].toString());

        // Below the agent role, and for a task that does not exist: refused, nothing moves.
        QCOMPARE(agent("GET",
                       u"/task/%1/job/queue"_s.arg(task),
                       m_supervisor.bearer(Role::User),
                       {},
                       u"hostname=queue-bot&limit=1"_s)
                     .status,
                 403);
        QCOMPARE(agent("GET",
                       u"/task/5f00000000000000000000ff/job/queue"_s,
                       bearer,
                       {},
                       u"hostname=queue-bot&limit=1"_s)
                     .status,
                 404);
        QCOMPARE(admin.lifecycle(ids.at(0)), u"ready"_s);

        const QJsonArray firstTwo = dequeue(bearer, task, u"hostname=queue-bot&limit=2"_s)
                                        .toArray();
        QCOMPARE(firstTwo.size(), 2);
        QCOMPARE(firstTwo.at(0)["id"_L1].toString(), ids.at(0));
        QCOMPARE(firstTwo.at(1)["id"_L1].toString(), ids.at(1));
        QCOMPARE(firstTwo.at(0)["_type"_L1].toString(), u"ScriptJob"_s);
        QVERIFY(firstTwo.at(0)["customer"_L1].isUndefined());
        QCOMPARE(admin.lifecycle(ids.at(0)), u"assigned"_s);
        QCOMPARE(admin.lifecycle(ids.at(1)), u"assigned"_s);
        const QJsonArray rest = dequeue(bearer, task, u"hostname=queue-bot&limit=5"_s).toArray();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.at(0)["id"_L1].toString(), ids.at(2));
        QCOMPARE(dequeue(bearer, task, u"hostname=queue-bot&limit=5"_s), QJsonValue(QJsonArray()));
    }

    void queueKeepsMultitaskingOff()
    {
        const QByteArray bearer = registeredAgent(u"queue-bot"_s);
        QVERIFY(!bearer.isEmpty());
        EngineTestClient admin(m_supervisor.url(QString()).toString(),
                               m_supervisor.bearer(Role::Admin));
        const QString task = admin.task("true\n",
                                        {},
                                        {{"host"_L1, hostIdOf(u"queue-bot"_s)},
                                         {"multitasking"_L1, false}});
        const QString first = admin.run(task)["id"_L1].toString();
        const QString second = admin.run(task)["id"_L1].toString();
        const QJsonArray one = dequeue(bearer, task, u"hostname=queue-bot&limit=5"_s).toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0)["id"_L1].toString(), first);
        // While the first is assigned, nothing more, by this route or the job poll.
        QCOMPARE(dequeue(bearer, task, u"hostname=queue-bot&limit=5"_s), QJsonValue(QJsonArray()));
        QCOMPARE(agent("GET",
                       u"/%1/job"_s.arg(m_supervisor.organization()),
                       bearer,
                       {},
                       u"hostname=queue-bot"_s)
                     .json()["jobs"_L1]
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(admin.lifecycle(second), u"ready"_s);
    }

    // decisions.md: a cancel of a job a remote agent runs is told on its next poll, once; the
    // agent's later report is ignored.
    void aCanceledJobIsToldOnTheNextPoll()
    {
        const QByteArray bearer = registeredAgent(u"cancel-bot"_s);
        QVERIFY(!bearer.isEmpty());
        const QString org = m_supervisor.organization();
        EngineTestClient admin(m_supervisor.url(QString()).toString(),
                               m_supervisor.bearer(Role::Admin));
        const QString task = admin.task("sleep 60\n", {}, {{"host"_L1, hostIdOf(u"cancel-bot"_s)}});
        const QString assignedJob = admin.run(task)["id"_L1].toString();
        const QString readyJob = admin.run(task)["id"_L1].toString();
        const QJsonObject taken = agent("GET",
                                        u"/%1/job"_s.arg(org),
                                        bearer,
                                        {},
                                        u"hostname=cancel-bot"_s)
                                      .json()
                                      .toObject();
        QCOMPARE(taken["jobs"_L1][0]["id"_L1].toString(), assignedJob);
        QVERIFY(!taken.contains("canceled"_L1));

        QCOMPARE(admin.call("PUT", u"/job/%1/cancel"_s.arg(assignedJob)).status, 204);
        // A job still ready is just canceled: no agent ran it, none is told.
        QCOMPARE(admin.call("PUT", u"/job/%1/cancel"_s.arg(readyJob)).status, 204);
        QCOMPARE(admin.lifecycle(assignedJob), u"terminated"_s);
        QCOMPARE(admin.lifecycle(readyJob), u"canceled"_s);
        // Another agent's poll is not told.
        const QByteArray other = registeredAgent(u"other-bot"_s);
        QVERIFY(!agent("GET", u"/%1/job"_s.arg(org), other, {}, u"hostname=other-bot"_s)
                     .json()
                     .toObject()
                     .contains("canceled"_L1));

        const QJsonObject told = agent("GET",
                                       u"/%1/job"_s.arg(org),
                                       bearer,
                                       {},
                                       u"hostname=cancel-bot"_s)
                                     .json()
                                     .toObject();
        QCOMPARE(told["canceled"_L1].toArray(), QJsonArray{assignedJob});
        QCOMPARE(told["jobs"_L1].toArray(), QJsonArray());
        QVERIFY(!agent("GET", u"/%1/job"_s.arg(org), bearer, {}, u"hostname=cancel-bot"_s)
                     .json()
                     .toObject()
                     .contains("canceled"_L1));

        const QJsonObject late{
            {"result"_L1,
             QJsonObject{{"state"_L1, u"success"_s}, {"data"_L1, QJsonObject{{"code"_L1, 0}}}}}};
        const HttpReply ignored = agent("PUT", u"/%1/job/%2"_s.arg(org, assignedJob), bearer, late);
        QCOMPARE(ignored.status, 200);
        QVERIFY(ignored.body.isEmpty());
        QCOMPARE(admin.job(assignedJob)["state"_L1].toString(), u"canceled"_s);
    }
};

QTEST_MAIN(tst_AgentProtocol)
#include "tst_agentprotocol.moc"
