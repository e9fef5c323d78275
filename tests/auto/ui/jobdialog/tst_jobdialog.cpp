// The job window without a supervisor: what it shows about a job, the rules for cancel, elapsed
// time, parsed output and the result popup, and what it says when the supervisor is away. The
// live parts (streamed output, cancel, run again, multitasking) are in tst_jobdialoglive.
#include "models/jsonutil.h"
#include "support/fakeserver.h"
#include "ui/jobs/jobbadge.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/joboutputpane.h"
#include "ui/jobs/jobresultview.h"
#include "ui/logview.h"
#include "ui/session.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);

Job job(const QString &lifecycle, const QString &state, const QJsonObject &extra = {})
{
    QJsonObject json{{u"id"_s, u"66a1f00d0000000000000001"_s},
                     {u"task_id"_s, u"task1"_s},
                     {u"name"_s, u"Backup"_s},
                     {u"lifecycle"_s, lifecycle},
                     {u"state"_s, state},
                     {u"origin"_s, u"user"_s},
                     {u"creation_date"_s, Json::isoDate(Now.addSecs(-90))},
                     {u"last_update"_s, Json::isoDate(Now.addSecs(-30))}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return Job(json);
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

class TestJobDialog final : public QObject
{
    Q_OBJECT

private slots:
    void cancelIsAllowedByStateAndRole_data()
    {
        QTest::addColumn<Job>("job");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("reason");
        const QJsonObject notCancellable{{u"task"_s, QJsonObject{{u"cancellable"_s, false}}}};
        QTest::newRow("queued") << job(u"ready"_s, u"in_progress"_s) << int(Session::Role::User)
                                << QString();
        QTest::newRow("running") << job(u"assigned"_s, u"in_progress"_s)
                                 << int(Session::Role::Viewer) << QString();
        QTest::newRow("finished") << job(u"finished"_s, u"success"_s) << int(Session::Role::Admin)
                                  << u"finished"_s;
        QTest::newRow("not cancellable, user")
            << job(u"assigned"_s, u"in_progress"_s, notCancellable) << int(Session::Role::User)
            << u"Only an administrator"_s;
        QTest::newRow("not cancellable, admin")
            << job(u"assigned"_s, u"in_progress"_s, notCancellable) << int(Session::Role::Admin)
            << QString();
    }

    void cancelIsAllowedByStateAndRole()
    {
        QFETCH(Job, job);
        QFETCH(int, role);
        QFETCH(QString, reason);
        Session session;
        session.setRole(static_cast<Session::Role>(role));
        const QString said = JobDialog::cancelBlockReason(job, &session);
        if (reason.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        else
            QVERIFY2(said.contains(reason), qPrintable(said));
    }

    void elapsedTimeReadsAsASentence_data()
    {
        QTest::addColumn<Job>("job");
        QTest::addColumn<QString>("text");
        QTest::newRow("waiting") << job(u"ready"_s, u"in_progress"_s)
                                 << u"Waiting for 1 min 30 s"_s;
        QTest::newRow("running, started_at known")
            << job(u"assigned"_s,
                   u"in_progress"_s,
                   {{u"result"_s,
                     QJsonObject{{u"started_at"_s, Json::isoDate(Now.addMSecs(-12400))}}}})
            << u"Running for 12.4 s"_s;
        QTest::newRow("finished, times reported")
            << job(u"finished"_s,
                   u"success"_s,
                   {{u"result"_s,
                     QJsonObject{
                         {u"times"_s, QJsonObject{{u"seconds"_s, 185}, {u"nanoseconds"_s, 0}}}}}})
            << u"Took 3 min 05 s"_s;
    }

    void elapsedTimeReadsAsASentence()
    {
        QFETCH(Job, job);
        QFETCH(QString, text);
        QCOMPARE(JobDialog::elapsedText(job, Now), text);
    }

    void badgeSaysWhatTheJobDoes_data()
    {
        QTest::addColumn<Job>("job");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("icon");
        QTest::newRow("queued") << job(u"ready"_s, u"in_progress"_s) << u"Queued"_s
                                << u"state-queued"_s;
        QTest::newRow("running") << job(u"assigned"_s, u"in_progress"_s) << u"Running"_s
                                 << u"state-running"_s;
        QTest::newRow("failure") << job(u"finished"_s, u"failure"_s) << u"Failure"_s
                                 << u"state-failure"_s;
        QTest::newRow("canceled while running")
            << job(u"terminated"_s, u"canceled"_s) << u"Canceled while running"_s
            << u"state-canceled"_s;
        QTest::newRow("state this version does not know")
            << job(u"finished"_s, u"partial"_s) << u"partial"_s << u"state-success"_s;
    }

    void badgeSaysWhatTheJobDoes()
    {
        QFETCH(Job, job);
        QFETCH(QString, text);
        QFETCH(QString, icon);
        JobBadge badge;
        badge.setJob(job);
        QCOMPARE(badge.text(), text);
        QCOMPARE(badge.iconName(), icon);
    }

    void parsedOutputIsPrettyPrinted()
    {
        const QString text = formatParsedOutput(
            {u"{\"a\":1,\"b\":[true]}"_s, u"plain words"_s, u"\"a json string\""_s, u"42"_s});
        QVERIFY(text.contains(u"    \"a\": 1"_s)); // indented
        QVERIFY(text.contains(u"plain words"_s));
        QVERIFY(text.contains(u"\na json string\n"_s));
        QVERIFY(text.endsWith(u"42"_s));
    }

    void thePopupIsShownOnlyWhenAskedAndIsSafe_data()
    {
        QTest::addColumn<bool>("showResult");
        QTest::addColumn<QJsonValue>("popup");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("absent");
        QTest::newRow("not asked") << false << QJsonValue(u"hello"_s) << QString() << u"hello"_s;
        QTest::newRow("text with a link")
            << true << QJsonValue(u"see https://example.com/r?a=1&b=2 now"_s)
            << u"<a href=\"https://example.com/r?a=1&amp;b=2\">"_s << QString();
        QTest::newRow("markup is escaped") << true << QJsonValue(u"<script>alert(1)</script>"_s)
                                           << u"&lt;script&gt;"_s << u"<script>"_s;
        QTest::newRow("a list") << true << QJsonValue(QJsonArray{u"one"_s, u"two"_s})
                                << u"<p>one</p><p>two</p>"_s << QString();
    }

    void thePopupIsShownOnlyWhenAskedAndIsSafe()
    {
        QFETCH(bool, showResult);
        QFETCH(QJsonValue, popup);
        QFETCH(QString, contains);
        QFETCH(QString, absent);
        const QString html = popupHtml(job(u"finished"_s,
                                           u"success"_s,
                                           {{u"show_result"_s, showResult},
                                            {u"components"_s, QJsonObject{{u"popup"_s, popup}}}}));
        if (contains.isEmpty())
            QVERIFY(html.isEmpty());
        else
            QVERIFY2(html.contains(contains), qPrintable(html));
        if (!absent.isEmpty())
            QVERIFY(!html.contains(absent));
    }

    void resultShowsArgumentsWithMaskedValuesHidden()
    {
        const QJsonArray definitions{QJsonObject{{u"id"_s, 1},
                                                 {u"order"_s, 0},
                                                 {u"type"_s, u"input"_s},
                                                 {u"label"_s, u"user"_s}},
                                     QJsonObject{{u"id"_s, 2},
                                                 {u"order"_s, 1},
                                                 {u"type"_s, u"input"_s},
                                                 {u"label"_s, u"password"_s},
                                                 {u"masked"_s, true}}};
        const Job finished = job(u"finished"_s,
                                 u"failure"_s,
                                 {{u"task"_s, QJsonObject{{u"task_arguments"_s, definitions}}},
                                  {u"task_arguments_values"_s, QJsonArray{u"ana"_s, u"hunter2"_s}},
                                  {u"output"_s, QJsonArray{u"{\"code\":3}"_s}},
                                  {u"result"_s,
                                   QJsonObject{{u"code"_s, 3},
                                               {u"killed"_s, false},
                                               {u"lastline"_s, u"{\"code\":3}"_s}}}});
        JobResultView view;
        view.setJob(finished, finished.taskSnapshot().arguments());
        QTableWidget *table = view.argumentsTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), u"ana"_s);
        QVERIFY(!table->item(1, 1)->text().contains(u"hunter2"_s));
        QVERIFY(view.parsedOutput().contains(u"\"code\": 3"_s));
        QVERIFY(view.findChild<QLabel *>(u"executionFacts"_s)->text().contains(u"Exit code: 3"_s));
    }

    void aDeadSupervisorIsSaidNotHidden()
    {
        Session session;
        session.open(deadProfile(), Session::Role::Admin);
        const Job shallow = job(u"assigned"_s, u"in_progress"_s);
        JobDialog dialog(&session, shallow);
        dialog.show();
        QCOMPARE(dialog.badge()->text(), u"Running"_s);
        auto *status = dialog.findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY(!status->isHidden());
        QVERIFY2(status->text().contains(u"Could not update the job"_s),
                 qPrintable(status->text()));
        // It cannot know the arguments, so it does not offer to reuse them.
        QVERIFY(!dialog.findChild<QPushButton *>(u"runAgainButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(u"cancelJobButton"_s)->isEnabled());
        QVERIFY(dialog.windowTitle().contains(shallow.id()));
        QVERIFY(dialog.findChild<QLabel *>(u"starterLabel"_s)->text().contains(u"Manual"_s));
    }

    // A fault the real supervisor does not produce on purpose: the live log connection drops in
    // the middle. The window must resume where it stopped, show every line once, and end with
    // the finished job.
    void resumesALiveLogThatDrops()
    {
        FakeServer server;
        QVERIFY(server.listen());
        const QString id = u"66a1f00d0000000000000001"_s;
        QJsonObject stored = job(u"assigned"_s,
                                 u"in_progress"_s,
                                 {{u"task_arguments_values"_s, QJsonArray()},
                                  {u"result"_s, QJsonObject()}})
                                 .toJson();
        server.setHandler([&](const FakeRequest &request) {
            if (request.path == u"/acme/job/"_s + id)
                return FakeResponse::json(200, stored);
            if (request.path == u"/acme/job/"_s + id + u"/log"_s)
                return FakeResponse::withFault(FakeResponse::Fault::Stream);
            return FakeResponse::json(200, QJsonArray());
        });
        QList<QPointer<FakeStream>> streams;
        connect(&server, &FakeServer::streamOpened, this, [&](FakeStream *stream) {
            streams.append(stream);
        });

        ConnectionProfile profile = deadProfile();
        profile.baseUrl = server.url();
        Session session;
        session.open(profile, Session::Role::Admin);
        JobDialog dialog(&session, Job(stored));
        dialog.show();
        QTRY_COMPARE(streams.size(), 1);
        streams.at(0)->write("line 1\n");
        QTRY_COMPARE(dialog.outputPane()->view()->buffer().plainText(), u"line 1\n"_s);
        streams.at(0)->abort();
        QTRY_COMPARE_WITH_TIMEOUT(streams.size(), 2, 10000);
        QCOMPARE(streams.at(1)->request().query.queryItemValue(u"from"_s), u"7"_s);
        streams.at(1)->write("line 2\n");
        stored.insert(u"lifecycle"_s, u"finished"_s);
        stored.insert(u"state"_s, u"success"_s);
        stored.insert(u"result"_s,
                      QJsonObject{{u"code"_s, 0},
                                  {u"log"_s, u"line 1\nline 2\n"_s},
                                  {u"stdout"_s, u"line 1\nline 2\n"_s},
                                  {u"stderr"_s, QString()}});
        streams.at(1)->finish();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().isFinished(), 10000);
        QCOMPARE(dialog.outputPane()->view()->buffer().plainText(), u"line 1\nline 2\n"_s);
        QCOMPARE(dialog.badge()->text(), u"Success"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"exitCodeLabel"_s)->text(), u"Exit code 0"_s);
        QVERIFY(dialog.outputPane()->hasSeparateStreams());
    }
};

QTEST_MAIN(TestJobDialog)
#include "tst_jobdialog.moc"
