#include "client/tasksapi.h"
#include "models/jsonutil.h"
#include "ui/jobs/waitreason.h"

#include <QTest>

Q_DECLARE_METATYPE(TheEye::WaitFacts)

using namespace TheEye;
using namespace Qt::StringLiterals;
using Kind = WaitReason::Kind;

namespace {

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);

Job job(const QString &id, const QString &lifecycle, qint64 ageMs, const QJsonObject &extra = {})
{
    QJsonObject json{{u"id"_s, id},
                     {u"task_id"_s, u"task1"_s},
                     {u"name"_s, u"Backup"_s},
                     {u"lifecycle"_s, lifecycle},
                     {u"state"_s, u"in_progress"_s},
                     {u"creation_date"_s, Json::isoDate(Now.addMSecs(-ageMs))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return Job(json);
}

Task task(bool multitasking, const QJsonObject &extra = {})
{
    QJsonObject json{{u"id"_s, u"task1"_s},
                     {u"name"_s, u"Backup"_s},
                     {u"multitasking"_s, multitasking}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return Task(json);
}

const QJsonArray DynamicArguments{
    QJsonObject{{u"id"_s, 1}, {u"order"_s, 0}, {u"type"_s, u"input"_s}, {u"label"_s, u"name"_s}}};

} // namespace

class TestWaitReason final : public QObject
{
    Q_OBJECT

private slots:
    void explainsWhyAJobWaits_data()
    {
        QTest::addColumn<WaitFacts>("facts");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");

        const Job fresh = job(u"aaaaaa111111"_s, u"ready"_s, 500);
        const Job stale = job(u"aaaaaa111111"_s, u"ready"_s, 60000);
        const Job runningJob = job(u"bbbbbb222222"_s, u"assigned"_s, 90000);
        const Job olderQueued = job(u"cccccc333333"_s, u"ready"_s, 120000);

        WaitFacts facts;
        facts.now = Now;
        facts.botName = u"desk-bot"_s;
        facts.botReporting = true;

        facts.job = runningJob;
        facts.task = task(true);
        QTest::newRow("running") << facts << int(Kind::NotWaiting) << QString();

        facts.job = fresh;
        QTest::newRow("just created") << facts << int(Kind::Starting) << u"desk-bot"_s;

        facts.job = stale;
        QTest::newRow("bot cap: stays ready, nothing of the task runs")
            << facts << int(Kind::BotBusy) << u"busy"_s;

        facts.runningJobsOfTask = {runningJob};
        QTest::newRow("multitasking on: another job of the task does not block it")
            << facts << int(Kind::BotBusy) << u"busy"_s;

        facts.task = task(false);
        QTest::newRow("multitasking off and a job runs")
            << facts << int(Kind::Multitasking) << u"#222222"_s;

        facts.runningJobsOfTask = {};
        facts.queuedJobsOfTask = {olderQueued, stale};
        QTest::newRow("multitasking off, older jobs queued first")
            << facts << int(Kind::QueuedBehind) << u"1 older job"_s;

        facts.queuedJobsOfTask = {stale};
        QTest::newRow("multitasking off, first in the queue")
            << facts << int(Kind::BotBusy) << u"busy"_s;

        facts.botReporting = false;
        facts.runningJobsOfTask = {runningJob};
        QTest::newRow("bot stopped reporting wins over the rest")
            << facts << int(Kind::BotNotReporting) << u"stopped reporting"_s;

        facts.botReporting = std::nullopt;
        facts.runningJobsOfTask = {};
        facts.queuedJobsOfTask = {};
        facts.localSupervisor = false;
        QTest::newRow("remote bot") << facts << int(Kind::RemoteBotPolling) << u"Remote bots"_s;
        facts.localSupervisor = true;

        facts.job = job(u"dddddd444444"_s, u"onhold"_s, 1000);
        facts.task = task(true, {{u"user_inputs"_s, true}});
        QTest::newRow("on hold for input (user_inputs)")
            << facts << int(Kind::WaitingForInput) << u"input"_s;

        facts.task = task(true, {{u"task_arguments"_s, DynamicArguments}});
        QTest::newRow("on hold without its arguments")
            << facts << int(Kind::WaitingForInput) << u"input"_s;

        facts.job = job(u"dddddd444444"_s,
                        u"onhold"_s,
                        1000,
                        {{u"task_arguments_values"_s, QJsonArray{u"ana"_s}}});
        QTest::newRow("on hold with its arguments") << facts << int(Kind::OnHold) << u"hold"_s;

        facts.job = job(u"eeeeee555555"_s, u"onhold"_s, 1000, {{u"_type"_s, u"ApprovalJob"_s}});
        QTest::newRow("approval") << facts << int(Kind::WaitingForApproval) << u"approv"_s;

        facts.job = job(u"ffffff666666"_s, u"syncing"_s, 1000);
        QTest::newRow("syncing") << facts << int(Kind::Syncing) << u"Syncing"_s;
        facts.job = job(u"ffffff666666"_s, u"locked"_s, 1000);
        QTest::newRow("locked") << facts << int(Kind::Locked) << u"Locked"_s;
        facts.job = job(u"ffffff666666"_s, u"finished"_s, 1000);
        QTest::newRow("finished") << facts << int(Kind::NotWaiting) << QString();
    }

    void explainsWhyAJobWaits()
    {
        QFETCH(WaitFacts, facts);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        const WaitReason reason = explainWait(facts);
        QCOMPARE(int(reason.kind), kind);
        if (mentions.isEmpty())
            QVERIFY(reason.text.isEmpty());
        else
            QVERIFY2(reason.text.contains(mentions, Qt::CaseInsensitive), qPrintable(reason.text));
        if (reason.kind == Kind::Multitasking)
            QCOMPARE(reason.blockingJobId, u"bbbbbb222222"_s);
        if (reason.kind == Kind::QueuedBehind)
            QCOMPARE(reason.jobsAhead, 1);
    }

    void aJobDoesNotWaitForItself()
    {
        WaitFacts facts;
        facts.now = Now;
        facts.botReporting = true;
        facts.task = task(false);
        facts.job = job(u"aaaaaa111111"_s, u"ready"_s, 60000);
        // The running list may still hold this very job for a moment after it was dispatched.
        facts.runningJobsOfTask = {job(u"aaaaaa111111"_s, u"assigned"_s, 60000)};
        facts.queuedJobsOfTask = {facts.job};
        QCOMPARE(int(explainWait(facts).kind), int(Kind::BotBusy));
    }

    void countsDownADelayedRun_data()
    {
        QTest::addColumn<qint64>("inMs");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("42 s") << qint64(41200) << QString() << qint64(41200) << u"42 s"_s;
        QTest::newRow("rounded up, never 0 s") << qint64(10) << QString() << qint64(10) << u"1 s"_s;
        QTest::newRow("due") << qint64(-5000) << QString() << qint64(0) << u"due now"_s;
        QTest::newRow("recurring")
            << qint64(300000) << u"1 hour"_s << qint64(300000) << u"every 1 hour"_s;
    }

    void countsDownADelayedRun()
    {
        QFETCH(qint64, inMs);
        QFETCH(QString, repeat);
        QFETCH(qint64, remaining);
        QFETCH(QString, mentions);
        Schedule schedule;
        schedule.id = u"s1"_s;
        schedule.nextRunAt = Now.addMSecs(inMs);
        schedule.repeatInterval = repeat;
        QCOMPARE(msUntil(schedule, Now), remaining);
        const QString text = describeSchedule(schedule, Now);
        QVERIFY2(text.contains(mentions), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestWaitReason)
#include "tst_waitreason.moc"
