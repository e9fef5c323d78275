#include "models/lifecycle.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;

Q_DECLARE_METATYPE(TheEye::Lifecycle)
Q_DECLARE_METATYPE(TheEye::JobState)

class tst_Lifecycle final : public QObject
{
    Q_OBJECT

private slots:
    void lifecycles_data();
    void lifecycles();
    void unknownLifecycle();
    void states_data();
    void states();
    void unknownState();
    void displayNamesAreDistinct();
};

void tst_Lifecycle::lifecycles_data()
{
    QTest::addColumn<Lifecycle>("lifecycle");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<bool>("inProgress");
    QTest::addColumn<bool>("queued");
    // Every value of supervisor-api.md §6.2; "finished" as core/service/job hasFinished has it.
    QTest::newRow("ready") << Lifecycle::Ready << u"ready"_s << false << true << true;
    QTest::newRow("assigned") << Lifecycle::Assigned << u"assigned"_s << false << true << false;
    QTest::newRow("onhold") << Lifecycle::OnHold << u"onhold"_s << false << true << false;
    QTest::newRow("syncing") << Lifecycle::Syncing << u"syncing"_s << false << true << false;
    QTest::newRow("locked") << Lifecycle::Locked << u"locked"_s << false << true << false;
    QTest::newRow("started") << Lifecycle::Started << u"started"_s << false << true << false;
    QTest::newRow("finished") << Lifecycle::Finished << u"finished"_s << true << false << false;
    QTest::newRow("terminated") << Lifecycle::Terminated << u"terminated"_s << true << false
                                << false;
    QTest::newRow("canceled") << Lifecycle::Canceled << u"canceled"_s << true << false << false;
    QTest::newRow("expired") << Lifecycle::Expired << u"expired"_s << true << false << false;
    QTest::newRow("completed") << Lifecycle::Completed << u"completed"_s << true << false << false;
}

void tst_Lifecycle::lifecycles()
{
    QFETCH(Lifecycle, lifecycle);
    QFETCH(QString, name);
    QFETCH(bool, finished);
    QFETCH(bool, inProgress);
    QFETCH(bool, queued);
    QCOMPARE(lifecycleName(lifecycle), name);
    QCOMPARE(lifecycleFromName(name), lifecycle);
    QCOMPARE(isFinished(lifecycle), finished);
    QCOMPARE(isInProgress(lifecycle), inProgress);
    QCOMPARE(isQueued(lifecycle), queued);
    QCOMPARE(finishedLifecycleNames().contains(name), finished);
    QVERIFY(!lifecycleDisplayName(lifecycle).isEmpty());
}

void tst_Lifecycle::unknownLifecycle()
{
    QCOMPARE(lifecycleFromName(u"bogus"), Lifecycle::Unknown);
    QCOMPARE(lifecycleFromName(u""), Lifecycle::Unknown);
    // Names are exact, as the supervisor compares them.
    QCOMPARE(lifecycleFromName(u"Ready"), Lifecycle::Unknown);
    QCOMPARE(lifecycleName(Lifecycle::Unknown), QString());
    QVERIFY(!isFinished(Lifecycle::Unknown));
    QVERIFY(!isInProgress(Lifecycle::Unknown));
    QVERIFY(!lifecycleDisplayName(Lifecycle::Unknown).isEmpty());
}

void tst_Lifecycle::states_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<QString>("name");
    QTest::newRow("in_progress") << JobState::InProgress << u"in_progress"_s;
    QTest::newRow("success") << JobState::Success << u"success"_s;
    QTest::newRow("failure") << JobState::Failure << u"failure"_s;
    QTest::newRow("canceled") << JobState::Canceled << u"canceled"_s;
    QTest::newRow("timeout") << JobState::Timeout << u"timeout"_s;
    QTest::newRow("error") << JobState::Error << u"error"_s;
}

void tst_Lifecycle::states()
{
    QFETCH(JobState, state);
    QFETCH(QString, name);
    QCOMPARE(stateName(state), name);
    QCOMPARE(stateFromName(name), state);
    QVERIFY(!stateDisplayName(state).isEmpty());
}

void tst_Lifecycle::unknownState()
{
    // WorkflowJob's default, and anything a newer supervisor may add.
    QCOMPARE(stateFromName(u"unknown"), JobState::Unknown);
    QCOMPARE(stateFromName(u"killed"), JobState::Unknown);
    QCOMPARE(stateName(JobState::Unknown), QString());
}

void tst_Lifecycle::displayNamesAreDistinct()
{
    QSet<QString> lifecycleNames;
    for (int i = int(Lifecycle::Unknown); i <= int(Lifecycle::Completed); ++i)
        lifecycleNames.insert(lifecycleDisplayName(Lifecycle(i)));
    QCOMPARE(lifecycleNames.size(), int(Lifecycle::Completed) + 1);
    QSet<QString> stateNames;
    for (int i = int(JobState::Unknown); i <= int(JobState::Error); ++i)
        stateNames.insert(stateDisplayName(JobState(i)));
    QCOMPARE(stateNames.size(), int(JobState::Error) + 1);
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
