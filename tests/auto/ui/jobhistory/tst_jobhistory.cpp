// The history dock without a supervisor: queue counts for "Empty queue", what it says when the
// supervisor is away, and how live job changes land in the table. The paging, filters and
// actions against a real supervisor are in tst_jobhistorylive.
#include "models/jobtablemodel.h"
#include "models/jsonutil.h"
#include "ui/jobs/jobhistorypanel.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

Job job(const QString &id,
        const QString &taskId,
        const QString &lifecycle,
        int minutesAgo,
        const QJsonArray &values = {})
{
    QJsonObject json{{u"id"_s, id},
                     {u"task_id"_s, taskId},
                     {u"name"_s, u"Backup"_s},
                     {u"lifecycle"_s, lifecycle},
                     {u"state"_s, lifecycle == u"finished"_s ? u"success"_s : u"in_progress"_s},
                     {u"creation_date"_s,
                      Json::isoDate(QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo))}};
    if (!values.isEmpty()) {
        json.insert(u"task_arguments_values"_s, values);
        json.insert(u"result"_s, QJsonObject{});
    }
    return Job(json);
}

Task task(const QString &id)
{
    Task task = Task::newScriptTask();
    task.setId(id);
    task.setName(u"Backup"_s);
    return task;
}

} // namespace

class TestJobHistory final : public QObject
{
    Q_OBJECT

private slots:
    void countsWhatEachEmptyQueueChoiceRemoves_data()
    {
        QTest::addColumn<QStringList>("lifecycles");
        QTest::addColumn<int>("finished");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<int>("running");
        QTest::newRow("none") << QStringList{} << 0 << 0 << 0;
        QTest::newRow("history only") << QStringList{u"finished"_s,
                                                     u"terminated"_s,
                                                     u"canceled"_s,
                                                     u"expired"_s,
                                                     u"completed"_s}
                                      << 5 << 0 << 0;
        QTest::newRow("mixed") << QStringList{u"finished"_s,
                                              u"ready"_s,
                                              u"onhold"_s,
                                              u"syncing"_s,
                                              u"locked"_s,
                                              u"assigned"_s}
                               << 1 << 4 << 1;
    }

    void countsWhatEachEmptyQueueChoiceRemoves()
    {
        QFETCH(QStringList, lifecycles);
        QFETCH(int, finished);
        QFETCH(int, waiting);
        QFETCH(int, running);
        QList<Job> jobs;
        for (const QString &lifecycle : lifecycles)
            jobs.append(job(lifecycle, u"t"_s, lifecycle, 1));
        const auto counts = JobHistoryPanel::countQueue(jobs);
        QCOMPARE(counts.finished, finished);
        QCOMPARE(counts.waiting, waiting);
        QCOMPARE(counts.running, running);
    }

    void saysWhenTheHistoryCannotLoad()
    {
        ConnectionProfile profile;
        profile.kind = ConnectionProfile::Kind::Local;
        profile.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        profile.organization = u"acme"_s;
        profile.token = u"token"_s;
        Session session;
        session.open(profile, Session::Role::Admin);
        JobHistoryPanel panel(&session);
        panel.setTask(task(u"t1"_s));
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY2(panel.statusText().contains(u"Could not load the history"_s),
                 qPrintable(panel.statusText()));
    }

    void liveChangesLandInTheTable()
    {
        Session session; // offline: jobs arrive through noteJob as views report them
        JobHistoryPanel panel(&session);
        QAbstractItemModelTester tester(panel.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setTask(task(u"t1"_s));
        QCOMPARE(panel.model()->rowCount(), 0);

        session.noteJob(job(u"j1"_s, u"t1"_s, u"ready"_s, 5, {u"alpha"_s}));
        session.noteJob(job(u"j2"_s, u"other"_s, u"ready"_s, 4, {u"beta"_s}));
        session.noteJob(job(u"j3"_s, u"t1"_s, u"ready"_s, 1, {u"gamma"_s}));
        QCOMPARE(panel.model()->rowCount(), 2);        // only the selected task's
        QCOMPARE(panel.model()->job(0).id(), u"j3"_s); // newest first

        session.noteJob(job(u"j1"_s, u"t1"_s, u"finished"_s, 5, {u"alpha"_s}));
        QCOMPARE(panel.model()->job(panel.model()->rowOf(u"j1"_s)).lifecycle(),
                 Lifecycle::Finished);

        // Filter by argument value, then by state.
        panel.findChild<QLineEdit *>(u"argumentFilter"_s)->setText(u"GAM"_s);
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.findChild<QLineEdit *>(u"argumentFilter"_s)->clear();
        auto *states = panel.findChild<QComboBox *>(u"stateFilter"_s);
        states->setCurrentIndex(states->findText(u"Succeeded"_s));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->index(0, 0).data(JobTableModel::JobIdRole).toString(), u"j1"_s);

        session.forgetJob(u"j3"_s);
        QCOMPARE(panel.model()->rowCount(), 1);

        panel.setMode(JobHistoryPanel::Mode::AllJobs);
        session.noteJob(job(u"j4"_s, u"other"_s, u"ready"_s, 0, {u"delta"_s}));
        QCOMPARE(panel.model()->rowOf(u"j4"_s), 0);
        QVERIFY(!panel.view()->isColumnHidden(JobTableModel::TaskColumn));
    }

    void emptyQueueIsForAdminsOfOneTask_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allJobs");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("admin") << int(Session::Role::Admin) << false << true;
        QTest::newRow("user") << int(Session::Role::User) << false << false;
        QTest::newRow("admin, all jobs") << int(Session::Role::Admin) << true << false;
    }

    void emptyQueueIsForAdminsOfOneTask()
    {
        QFETCH(int, role);
        QFETCH(bool, allJobs);
        QFETCH(bool, enabled);
        Session session;
        session.setRole(static_cast<Session::Role>(role));
        JobHistoryPanel panel(&session);
        panel.setTask(task(u"t1"_s));
        if (allJobs)
            panel.setMode(JobHistoryPanel::Mode::AllJobs);
        session.noteJob(job(u"j1"_s, u"t1"_s, u"finished"_s, 5, {u"alpha"_s}));
        auto *button = panel.findChild<QToolButton *>(u"emptyQueueButton"_s);
        QCOMPARE(button->isEnabled(), enabled);
        QVERIFY(!button->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestJobHistory)
#include "tst_jobhistory.moc"
