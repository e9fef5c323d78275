#include "models/jsonutil.h"
#include "ui/jobs/jobtray.h"
#include "ui/session.h"

#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

Job job(const QString &id,
        const QString &lifecycle,
        const QString &state,
        const QJsonObject &result = {})
{
    QJsonObject json{{u"id"_s, id},
                     {u"task_id"_s, u"task1"_s},
                     {u"name"_s, u"Backup"_s},
                     {u"lifecycle"_s, lifecycle},
                     {u"state"_s, state},
                     {u"creation_date"_s, u"2026-03-01T12:00:00.000Z"_s}};
    if (!result.isEmpty())
        json.insert(u"result"_s, result);
    return Job(json);
}

} // namespace

class TestJobTray final : public QObject
{
    Q_OBJECT

private slots:
    void saysHowAJobEnded_data()
    {
        QTest::addColumn<Job>("job");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QString>("mentions");
        const QJsonObject ok{{u"code"_s, 0}, {u"times"_s, QJsonObject{{u"seconds"_s, 3}}}};
        const QJsonObject bad{{u"code"_s, 2}};
        QTest::newRow("success") << job(u"j1"_s, u"finished"_s, u"success"_s, ok)
                                 << u"Backup finished"_s << false << u"after 3.0 s"_s;
        QTest::newRow("failure") << job(u"j2"_s, u"finished"_s, u"failure"_s, bad)
                                 << u"Backup failed"_s << true << u"exit code 2"_s;
        QTest::newRow("canceled") << job(u"j3"_s, u"canceled"_s, u"canceled"_s)
                                  << u"Backup was canceled"_s << true << u"#j3"_s;
        QTest::newRow("timeout") << job(u"j4"_s, u"terminated"_s, u"timeout"_s)
                                 << u"Backup timed out"_s << true << u"#j4"_s;
        QTest::newRow("build error") << job(u"j5"_s, u"terminated"_s, u"error"_s)
                                     << u"Backup failed"_s << true << u"Error"_s;
    }

    void saysHowAJobEnded()
    {
        QFETCH(Job, job);
        QFETCH(QString, title);
        QFETCH(bool, failed);
        QFETCH(QString, mentions);
        const JobNotifier::Notice notice = JobNotifier::noticeFor(job);
        QCOMPARE(notice.title, title);
        QCOMPARE(notice.failed, failed);
        QCOMPARE(notice.jobId, job.id());
        QVERIFY2(notice.message.contains(mentions), qPrintable(notice.message));
    }

    void announcesOnlyJobsStartedHereAndOnlyOnce()
    {
        Session session; // not connected: jobs reach it through noteJob, as views report them
        JobNotifier notifier(&session);
        QSignalSpy ended(&notifier, &JobNotifier::jobEnded);
        notifier.track(job(u"mine"_s, u"ready"_s, u"in_progress"_s));
        QVERIFY(notifier.isTracked(u"mine"_s));

        session.noteJob(job(u"mine"_s, u"assigned"_s, u"in_progress"_s));
        session.noteJob(job(u"other"_s, u"finished"_s, u"failure"_s));
        QCOMPARE(ended.count(), 0);
        session.noteJob(job(u"mine"_s, u"finished"_s, u"failure"_s));
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.at(0).at(0).value<JobNotifier::Notice>().jobId, u"mine"_s);
        QVERIFY(!notifier.isTracked(u"mine"_s));
        session.noteJob(job(u"mine"_s, u"finished"_s, u"success"_s)); // a restart ending later
        QCOMPARE(ended.count(), 1);
    }

    void theTrayCountsJobsInProgressAndOpensTheNotifiedJob()
    {
        Session session;
        JobTray tray(&session);
        QCOMPARE(tray.runningCount(), 0);
        QVERIFY(tray.toolTip().contains(u"no jobs"_s));
        const qint64 idleIcon = tray.icon().cacheKey();

        session.noteJob(job(u"a"_s, u"ready"_s, u"in_progress"_s));
        session.noteJob(job(u"b"_s, u"assigned"_s, u"in_progress"_s));
        QCOMPARE(tray.runningCount(), 2);
        QVERIFY2(tray.toolTip().contains(u"2 job"_s), qPrintable(tray.toolTip()));
        QVERIFY(tray.icon().cacheKey() != idleIcon); // the count is drawn on the icon

        tray.notifier()->track(job(u"b"_s, u"assigned"_s, u"in_progress"_s));
        QSignalSpy shown(&tray, &JobTray::noticeShown);
        QSignalSpy open(&tray, &JobTray::openJobRequested);
        session.noteJob(job(u"b"_s, u"finished"_s, u"success"_s));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(tray.runningCount(), 1);
        QCOMPARE(tray.lastNoticeJobId(), u"b"_s);
        tray.openLastNotice(); // what clicking the notification does
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"b"_s);
    }
};

QTEST_MAIN(TestJobTray)
#include "tst_jobtray.moc"
