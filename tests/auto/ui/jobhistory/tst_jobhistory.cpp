// The history dock without a supervisor: queue counts for "Empty queue", what it says when the
// supervisor is away, and how live job changes land in the table. The paging, filters and
// actions against a real supervisor are in tst_jobhistorylive.
#include "models/jobtablemodel.h"
#include "models/jsonutil.h"
#include "ui/jobs/jobhistorypanel.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
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

    // Job lists carry only `user_id`: the User column names the user from what the session
    // knows (an earlier `user` object, the token's claims, the local profile) before the id.
    void userColumnNamesThePerson_data()
    {
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("profileUser");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QJsonObject>("createdUser"); // a create response's `user`, noted first
        QTest::addColumn<QString>("listedUserId");
        QTest::addColumn<QString>("expected");

        const QJsonObject jdoe{{u"id"_s, u"64aa01"_s},
                               {u"username"_s, u"jdoe"_s},
                               {u"email"_s, u"j@x.io"_s}};
        const QJsonObject emailOnly{{u"id"_s, u"64aa01"_s}, {u"email"_s, u"j@x.io"_s}};
        const QByteArray claims = QJsonDocument(QJsonObject{{u"user_id"_s, u"64aa01"_s},
                                                            {u"username"_s, u"jdoe"_s},
                                                            {u"email"_s, u"j@x.io"_s}})
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding
                                                | QByteArray::OmitTrailingEquals);
        const QString jwt = u"eyJhbGciOiJIUzI1NiJ9."_s + QString::fromLatin1(claims) + u".c2ln"_s;

        QTest::newRow("remote, named by a create response")
            << false << QString() << u"opaque"_s << jdoe << u"64aa01"_s << u"jdoe"_s;
        QTest::newRow("remote, email only")
            << false << QString() << u"opaque"_s << emailOnly << u"64aa01"_s << u"j@x.io"_s;
        QTest::newRow("remote, named by the token")
            << false << QString() << jwt << QJsonObject() << u"64aa01"_s << u"jdoe"_s;
        QTest::newRow("remote, token of someone else")
            << false << QString() << jwt << QJsonObject() << u"64bb02"_s << u"64bb02"_s;
        QTest::newRow("remote, malformed token")
            << false << QString() << u"a.%%%.c"_s << QJsonObject() << u"64aa01"_s << u"64aa01"_s;
        QTest::newRow("remote, nobody named it")
            << false << QString() << u"opaque"_s << QJsonObject() << u"64aa01"_s << u"64aa01"_s;
        QTest::newRow("local session, profile name")
            << true << QString() << u"opaque"_s << QJsonObject() << u"6b0b4c6da9"_s
            << u"This computer"_s;
        QTest::newRow("local session, profile user")
            << true << u"alice"_s << u"opaque"_s << QJsonObject() << u"6b0b4c6da9"_s << u"alice"_s;
        QTest::newRow("local, a named token's job")
            << true << QString() << u"opaque"_s << jdoe << u"64aa01"_s << u"jdoe"_s;
        const QJsonObject localSession{{u"id"_s, u"6b0b4c6da9"_s},
                                       {u"username"_s, u"session"_s},
                                       {u"email"_s, u"session@acme.local"_s}};
        QTest::newRow("local, this app's session token")
            << true << QString() << u"opaque"_s << localSession << u"6b0b4c6da9"_s
            << u"This computer"_s;
        QTest::newRow("remote, a user called session")
            << false << QString() << u"opaque"_s << localSession << u"6b0b4c6da9"_s << u"session"_s;
        QTest::newRow("no user (secret key)")
            << false << QString() << u"opaque"_s << QJsonObject() << QString() << QString();
    }

    void userColumnNamesThePerson()
    {
        QFETCH(bool, local);
        QFETCH(QString, profileUser);
        QFETCH(QString, token);
        QFETCH(QJsonObject, createdUser);
        QFETCH(QString, listedUserId);
        QFETCH(QString, expected);

        ConnectionProfile profile;
        profile.kind = local ? ConnectionProfile::Kind::Local : ConnectionProfile::Kind::Remote;
        profile.name = local ? u"This computer"_s : u"Remote"_s;
        profile.username = profileUser;
        profile.baseUrl = QUrl(u"http://127.0.0.1:1"_s); // nothing listens: jobs come from notes
        profile.organization = u"acme"_s;
        profile.token = token;
        Session session;
        session.open(profile, Session::Role::Admin);
        JobHistoryPanel panel(&session);
        panel.setTask(task(u"t1"_s));
        QTRY_VERIFY(!panel.isLoading());

        if (!createdUser.isEmpty()) {
            Job created = job(u"created"_s, u"t1"_s, u"ready"_s, 2);
            QJsonObject json = created.toJson();
            json.insert(u"user"_s, createdUser);
            session.noteJob(Job(json));
        }
        QJsonObject listed = job(u"listed"_s, u"t1"_s, u"finished"_s, 1).toJson();
        if (!listedUserId.isEmpty())
            listed.insert(u"user_id"_s, listedUserId);
        session.noteJob(Job(listed));

        const int row = panel.model()->rowOf(u"listed"_s);
        QVERIFY(row >= 0);
        QCOMPARE(panel.model()->index(row, JobTableModel::UserColumn).data().toString(), expected);
        if (!createdUser.isEmpty() && createdUser.value(u"id"_s).toString() == listedUserId) {
            const int createdRow = panel.model()->rowOf(u"created"_s);
            QCOMPARE(panel.model()->index(createdRow, JobTableModel::UserColumn).data().toString(),
                     expected);
        }
        // The filter finds the job by the name shown.
        if (!expected.isEmpty()) {
            panel.findChild<QLineEdit *>(u"argumentFilter"_s)->setText(expected.toUpper());
            QVERIFY(panel.proxy()->rowCount() >= 1);
        }
    }

    // A name learnt after the rows are there renames them in place.
    void userNamesLearntLaterRenameRows()
    {
        Session session;
        JobHistoryPanel panel(&session);
        panel.setTask(task(u"t1"_s));
        QJsonObject listed = job(u"listed"_s, u"t1"_s, u"finished"_s, 3).toJson();
        listed.insert(u"user_id"_s, u"64aa01"_s);
        session.noteJob(Job(listed));
        const QModelIndex cell = panel.model()->index(panel.model()->rowOf(u"listed"_s),
                                                      JobTableModel::UserColumn);
        QCOMPARE(cell.data().toString(), u"64aa01"_s);

        QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
        QJsonObject created = job(u"created"_s, u"t1"_s, u"ready"_s, 1).toJson();
        created.insert(u"user"_s, QJsonObject{{u"id"_s, u"64aa01"_s}, {u"username"_s, u"jdoe"_s}});
        session.noteJob(Job(created));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(cell.data().toString(), u"jdoe"_s);
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
