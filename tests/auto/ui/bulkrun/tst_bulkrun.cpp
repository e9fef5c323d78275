// Bulk run without a supervisor: which tasks run and which are skipped (and why), and a per-task
// result list when the supervisor cannot be reached. Runs against a real supervisor are in
// tst_bulkrunlive.
#include "ui/jobs/bulkrundialog.h"
#include "ui/session.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;
using Outcome = BulkRunDialog::Outcome;

namespace {

Task task(const QString &name, bool runnable, bool withArguments)
{
    Task task = Task::newScriptTask();
    task.setId(name);
    task.setName(name);
    if (runnable) {
        task.setHostId(u"host1"_s);
        task.setScriptId(u"script1"_s);
        task.setScriptRunAs(u"bash %script%"_s);
    }
    if (withArguments)
        task.setArguments({TaskArgument::create(TaskArgument::Type::Input, 1, 0, u"name"_s)});
    return task;
}

ConnectionProfile deadProfile()
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Local;
    profile.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
    profile.organization = u"acme"_s;
    profile.token = u"token"_s;
    return profile;
}

} // namespace

class TestBulkRun final : public QObject
{
    Q_OBJECT

private slots:
    void previewsWhatRunsAndWhatIsSkipped()
    {
        Session session;
        session.open(deadProfile(), Session::Role::User);
        BulkRunDialog dialog(&session,
                             {task(u"a"_s, true, false),
                              task(u"b"_s, true, true),
                              task(u"c"_s, false, false),
                              task(u"d"_s, true, false)});
        const auto entries = dialog.entries();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).outcome, Outcome::WillRun);
        QCOMPARE(entries.at(1).outcome, Outcome::NeedsArguments);
        QCOMPARE(entries.at(2).outcome, Outcome::CannotRun);
        QVERIFY(!entries.at(2).detail.isEmpty());
        QCOMPARE(entries.at(3).outcome, Outcome::WillRun);
        QCOMPARE(dialog.runnableCount(), 2);
        auto *run = dialog.findChild<QPushButton *>(u"runAllButton"_s);
        QVERIFY(run->isEnabled());
        QVERIFY2(run->text().contains(u"2"_s), qPrintable(run->text()));
        QVERIFY(dialog.table()->item(1, 1)->text().startsWith(u"Skipped"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"bulkSummary"_s)->text().contains(u"skipped"_s));
    }

    void aViewerCannotRunAny()
    {
        Session session;
        session.open(deadProfile(), Session::Role::Viewer);
        BulkRunDialog dialog(&session, {task(u"a"_s, true, false), task(u"b"_s, true, false)});
        QCOMPARE(dialog.runnableCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton *>(u"runAllButton"_s)->isEnabled());
    }

    void listsEachFailureWhenTheSupervisorIsAway()
    {
        Session session;
        session.open(deadProfile(), Session::Role::Admin);
        BulkRunDialog dialog(&session,
                             {task(u"a"_s, true, false),
                              task(u"b"_s, true, true),
                              task(u"c"_s, true, false)});
        QSignalSpy done(&dialog, &BulkRunDialog::allFinished);
        QSignalSpy started(&dialog, &BulkRunDialog::jobStarted);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
        QVERIFY(done.count() == 1 || done.wait(10000));
        QCOMPARE(started.count(), 0);
        const auto entries = dialog.entries();
        QCOMPARE(entries.at(0).outcome, Outcome::Failed);
        QCOMPARE(entries.at(1).outcome, Outcome::NeedsArguments);
        QCOMPARE(entries.at(2).outcome, Outcome::Failed);
        QVERIFY(!entries.at(0).detail.isEmpty());
        QVERIFY(dialog.table()->item(0, 1)->text().startsWith(u"Failed"_s));
        QVERIFY(!dialog.findChild<QPushButton *>(u"runAllButton"_s)->isEnabled());
        QVERIFY(dialog.isDone());
    }
};

QTEST_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"
