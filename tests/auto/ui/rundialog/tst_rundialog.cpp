#include "support/fakeserver.h"
#include "ui/jobs/rundialog.h"
#include "ui/runargumentsform.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;
using Type = TaskArgument::Type;

namespace {

// Nothing listens here: the session's own refreshes fail fast, which these tests do not need.
ConnectionProfile offlineProfile(const QString &id = u"profile-a"_s)
{
    ConnectionProfile profile;
    profile.id = id;
    profile.kind = ConnectionProfile::Kind::Local;
    profile.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
    profile.organization = u"acme"_s;
    profile.token = u"token"_s;
    profile.username = u"ops+admin@example.com"_s;
    return profile;
}

TaskArgument argument(Type type, int order, const QString &label)
{
    return TaskArgument::create(type, order + 1, order, label);
}

Task runnableTask(const QList<TaskArgument> &arguments)
{
    Task task = Task::newScriptTask();
    task.setId(u"task1"_s);
    task.setName(u"Deploy"_s);
    task.setHostId(u"host1"_s);
    task.setScriptId(u"script1"_s);
    task.setScriptRunAs(u"bash %script%"_s);
    task.setArguments(arguments);
    return task;
}

} // namespace

class TestRunDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        RunDialog::setConfirmationWanted(offlineProfile(), false);
        RunDialog::setConfirmationWanted(offlineProfile(u"profile-b"_s), false);
    }

    void runIsEnabledOnlyWhileTheFormIsValid()
    {
        Session session;
        session.open(offlineProfile(), Session::Role::Admin);
        RunDialog dialog(&session, runnableTask({argument(Type::Input, 0, u"name"_s)}));
        auto *run = dialog.findChild<QPushButton *>(u"runButton"_s);
        QVERIFY(run);
        QCOMPARE(dialog.page(), RunDialog::Page::Arguments);
        QVERIFY(!run->isEnabled());
        auto *name = qobject_cast<QLineEdit *>(dialog.form()->editorFor(0));
        name->setText(u"ana"_s);
        QVERIFY(run->isEnabled());
        name->clear();
        QVERIFY(!run->isEnabled());
        QVERIFY(!run->toolTip().isEmpty()); // says what is missing
    }

    void confirmationHidesMaskedValuesAndShowsFixedOnes()
    {
        Session session;
        session.open(offlineProfile(), Session::Role::Admin);
        TaskArgument secret = argument(Type::Input, 1, u"password"_s);
        secret.setMasked(true);
        TaskArgument fixed = argument(Type::Fixed, 2, u"region"_s);
        fixed.setValue(u"eu-west"_s);
        RunDialog dialog(&session,
                         runnableTask({argument(Type::Input, 0, u"name"_s), secret, fixed}));
        auto *confirm = dialog.findChild<QCheckBox *>(u"confirmBox"_s);
        confirm->setChecked(true);
        qobject_cast<QLineEdit *>(dialog.form()->editorFor(0))->setText(u"ana"_s);
        dialog.form()->editorFor(1)->findChild<QLineEdit *>()->setText(u"hunter2"_s);
        auto *run = dialog.findChild<QPushButton *>(u"runButton"_s);
        QVERIFY(run->text().contains(u"Continue"_s));
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(dialog.page(), RunDialog::Page::Confirmation);

        auto *table = dialog.findChild<QTableWidget *>(u"summaryTable"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->text(), u"ana"_s);
        QVERIFY(table->item(1, 1)->text() != u"hunter2"_s);
        QVERIFY(!table->item(1, 1)->text().isEmpty());
        QVERIFY(table->item(2, 0)->text().contains(u"region"_s));
        QCOMPARE(table->item(2, 1)->text(), u"eu-west"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            QVERIFY(!table->item(row, 1)->text().contains(u"hunter2"_s));

        auto *back = dialog.findChild<QPushButton *>(u"backButton"_s);
        QVERIFY(back->isVisible() || !dialog.isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(dialog.page(), RunDialog::Page::Arguments);
        // Nothing typed is lost by going back.
        QCOMPARE(dialog.values().value(0), QJsonValue(u"ana"_s));
        QCOMPARE(dialog.values().value(1), QJsonValue(u"hunter2"_s));
    }

    void theConfirmationChoiceIsRememberedPerConnection()
    {
        Session session;
        session.open(offlineProfile(), Session::Role::Admin);
        {
            RunDialog dialog(&session, runnableTask({argument(Type::Input, 0, u"name"_s)}));
            auto *confirm = dialog.findChild<QCheckBox *>(u"confirmBox"_s);
            QVERIFY(!confirm->isChecked());
            confirm->setChecked(true);
        }
        QVERIFY(RunDialog::confirmationWanted(offlineProfile()));
        QVERIFY(!RunDialog::confirmationWanted(offlineProfile(u"profile-b"_s)));
        RunDialog again(&session, runnableTask({argument(Type::Input, 0, u"name"_s)}));
        QVERIFY(again.findChild<QCheckBox *>(u"confirmBox"_s)->isChecked());
    }

    void aTaskWithoutArgumentsOpensOnTheConfirmation()
    {
        Session session;
        session.open(offlineProfile(), Session::Role::Admin);
        RunDialog dialog(&session, runnableTask({}));
        QCOMPARE(dialog.page(), RunDialog::Page::Confirmation);
        QVERIFY(dialog.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(u"backButton"_s)->isHidden());
    }

    void saysWhyATaskCannotRun_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("withBot");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("viewer token") << int(Session::Role::Viewer) << true << u"viewer"_s;
        QTest::newRow("no bot") << int(Session::Role::Admin) << false << u"cannot run"_s;
        QTest::newRow("runnable") << int(Session::Role::User) << true << QString();
    }

    void saysWhyATaskCannotRun()
    {
        QFETCH(int, role);
        QFETCH(bool, withBot);
        QFETCH(QString, mentions);
        Session session;
        session.open(offlineProfile(), static_cast<Session::Role>(role));
        Task task = runnableTask({});
        if (!withBot)
            task.setHostId(QString());
        const QString reason = RunDialog::blockReason(&session, task);
        RunDialog dialog(&session, task);
        auto *run = dialog.findChild<QPushButton *>(u"runButton"_s);
        auto *label = dialog.findChild<QLabel *>(u"blockReason"_s);
        if (mentions.isEmpty()) {
            QVERIFY(reason.isEmpty());
            QVERIFY(run->isEnabled());
            QVERIFY(label->isHidden());
        } else {
            QVERIFY2(reason.contains(mentions, Qt::CaseInsensitive), qPrintable(reason));
            QVERIFY(!run->isEnabled());
            QCOMPARE(label->text(), reason);
            QVERIFY(!label->isHidden());
        }
    }

    void remoteOptionsComeFromTheEndpointWithTheUsersEmail()
    {
        FakeServer endpoint;
        QVERIFY(endpoint.listen());
        endpoint.on("GET",
                    u"/servers"_s,
                    FakeResponse::json(200,
                                       QJsonArray{QJsonObject{{u"code"_s, u"db1"_s},
                                                              {u"label"_s, u"Database"_s}},
                                                  QJsonObject{{u"code"_s, u"web1"_s},
                                                              {u"label"_s, u"Web"_s}}}));
        TaskArgument remote = argument(Type::RemoteOptions, 0, u"server"_s);
        remote.setEndpointUrl(endpoint.url().toString() + u"/servers?u=%THEEYE_USER_EMAIL%"_s);
        remote.setIdAttribute(u"code"_s);
        remote.setTextAttribute(u"label"_s);
        Session session;
        session.open(offlineProfile(), Session::Role::Admin);
        RunDialog dialog(&session, runnableTask({remote}));
        auto *combo = qobject_cast<QComboBox *>(dialog.form()->editorFor(0));
        QVERIFY(combo);
        QVERIFY(!combo->isEnabled()); // loading
        QVERIFY(!dialog.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
        QTRY_VERIFY(combo->isEnabled());
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(2), u"Web"_s);
        combo->setCurrentIndex(2);
        QCOMPARE(dialog.values().value(0), QJsonValue(u"web1"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
        const FakeRequest request = endpoint.lastRequest();
        QCOMPARE(request.query.queryItemValue(u"u"_s, QUrl::FullyDecoded),
                 u"ops+admin@example.com"_s);
        QVERIFY(request.header("authorization").isEmpty());
    }

    void remoteOptionsThatFailShowTheErrorAndBlockRun()
    {
        FakeServer endpoint;
        QVERIFY(endpoint.listen());
        endpoint.on("GET", u"/servers"_s, FakeResponse::text(503, "maintenance"));
        TaskArgument remote = argument(Type::RemoteOptions, 0, u"server"_s);
        remote.setEndpointUrl(endpoint.url().toString() + u"/servers"_s);
        remote.setIdAttribute(u"id"_s);
        remote.setTextAttribute(u"name"_s);
        Session session;
        session.open(offlineProfile(), Session::Role::Admin);
        RunDialog dialog(&session, runnableTask({remote}));
        auto *combo = qobject_cast<QComboBox *>(dialog.form()->editorFor(0));
        QTRY_VERIFY(combo->itemText(0).contains(u"Could not load"_s));
        QVERIFY(!combo->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"runButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestRunDialog)
#include "tst_rundialog.moc"
