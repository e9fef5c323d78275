// Triggers and grace-time schedules with real runs: A's success starts B with A's output as its
// arguments; a grace time makes a schedule that is listed, keeps the arguments, and once deleted
// starts nothing; schedules and queued jobs survive a restart of the supervisor.

#include "enginetestclient.h"
#include "supervisorfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_EngineTriggers : public QObject
{
    Q_OBJECT

private:
    SupervisorFixture m_supervisor;
    std::unique_ptr<EngineTestClient> m_client;
    QTemporaryDir m_dir;

    EngineTestClient &c() { return *m_client; }

    QString eventOf(const QString &taskId, const QString &name)
    {
        for (const QJsonValue &event : c().get(u"/event"_s).json().toArray()) {
            const QJsonObject object = event.toObject();
            const QString emitter = object["emitter_id"_L1].toString(
                object["emitter"_L1]["id"_L1].toString());
            if (emitter == taskId && object["name"_L1].toString() == name)
                return object["id"_L1].toString();
        }
        return {};
    }
    QJsonArray jobsOf(const QString &taskId)
    {
        return c().get(u"/job"_s, u"task_id=%1"_s.arg(taskId)).json().toArray();
    }
    QJsonArray schedulesOf(const QString &taskId)
    {
        return c().get(u"/task/%1/schedule"_s.arg(taskId)).json().toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        m_client = std::make_unique<EngineTestClient>(m_supervisor.url(QString()).toString(),
                                                      m_supervisor.bearer(Role::Admin));
    }

    void successStartsTheTriggeredTaskWithTheOutput()
    {
        const QString a = c().task("echo '{\"state\":\"success\",\"data\":[\"x y\",\"$(z)\"]}'\n");
        const QString success = eventOf(a, u"success"_s);
        QVERIFY(!success.isEmpty());
        const QString out = m_dir.filePath(u"b-args"_s);
        const QString b = c().task("printf '%s|' \"$@\" > '" + out.toUtf8() + "'\n",
                                   {EngineTestClient::input(0), EngineTestClient::input(1)},
                                   {{"triggers"_L1, QJsonArray{success}}});
        // A failure-triggered task is left alone by a success.
        const QString onFailure = c().task("true\n",
                                           {},
                                           {{"triggers"_L1, QJsonArray{eventOf(a, u"failure"_s)}}});
        const QString run = c().run(a)["id"_L1].toString();
        QTRY_VERIFY_WITH_TIMEOUT(c().finished(run), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(jobsOf(b).size(), 1, 15000);
        const QString triggered = jobsOf(b).at(0)["id"_L1].toString();
        QTRY_VERIFY_WITH_TIMEOUT(c().finished(triggered), 15000);
        const QJsonObject job = c().job(triggered);
        QCOMPARE(job["origin"_L1].toString(), u"trigger_by"_s);
        QCOMPARE(job["triggered_by"_L1].toString(), success);
        QCOMPARE(job["task_arguments_values"_L1].toArray(), (QJsonArray{u"x y"_s, u"$(z)"_s}));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("x y|$(z)|"));
        QVERIFY(jobsOf(onFailure).isEmpty());
    }

    void aCanceledGraceScheduleStartsNothing()
    {
        const QString a = c().task("echo '[\"kept\"]'\n");
        const QString success = eventOf(a, u"success"_s);
        const QString delayed = c().task("true\n",
                                         {EngineTestClient::input(0)},
                                         {{"triggers"_L1, QJsonArray{success}},
                                          {"grace_time"_L1, 1}});
        // Armed after the other, with the same grace: once it ran, the first one was due too.
        const QString witness = c().task("true\n",
                                         {EngineTestClient::input(0)},
                                         {{"triggers"_L1, QJsonArray{success}},
                                          {"grace_time"_L1, 2}});
        const QString run = c().run(a)["id"_L1].toString();
        QTRY_COMPARE_WITH_TIMEOUT(schedulesOf(delayed).size(), 1, 15000);
        const QJsonObject schedule = schedulesOf(delayed).at(0).toObject();
        QCOMPARE(schedule["data"_L1]["task_arguments_values"_L1].toArray(), QJsonArray{u"kept"_s});
        QVERIFY(!schedule["nextRunAt"_L1].toString().isEmpty());
        QVERIFY(jobsOf(delayed).isEmpty());
        const HttpReply removed = c().call("DELETE",
                                           u"/scheduler/%1"_s.arg(schedule["id"_L1].toString()));
        QCOMPARE(removed.status, 200);
        QCOMPARE(removed.json()["numRemoved"_L1].toInt(), 1);
        QVERIFY(schedulesOf(delayed).isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(jobsOf(witness).size(), 1, 15000);
        const QJsonObject witnessJob = c().job(jobsOf(witness).at(0)["id"_L1].toString());
        QCOMPARE(witnessJob["task_arguments_values"_L1].toArray(), QJsonArray{u"kept"_s});
        QVERIFY(jobsOf(delayed).isEmpty());
        QVERIFY(c().finished(run));
    }

    void schedulesAndQueuedJobsSurviveARestart()
    {
        const QString a = c().task("true\n");
        const QString later = c().task("true\n",
                                       {},
                                       {{"triggers"_L1, QJsonArray{eventOf(a, u"success"_s)}},
                                        {"grace_time"_L1, 1}});
        const QString run = c().run(a)["id"_L1].toString();
        QTRY_COMPARE_WITH_TIMEOUT(schedulesOf(later).size(), 1, 15000);
        QVERIFY(m_supervisor.restart());
        c().reset(m_supervisor.url(QString()).toString(), m_supervisor.bearer(Role::Admin));
        QVERIFY(c().finished(run));
        // Due after the restart: it fires, and its job runs.
        QTRY_COMPARE_WITH_TIMEOUT(jobsOf(later).size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(c().finished(jobsOf(later).at(0)["id"_L1].toString()), 15000);
        QVERIFY(schedulesOf(later).isEmpty());
    }
};

QTEST_MAIN(tst_EngineTriggers)
#include "tst_enginetriggers.moc"
