// The main window against a real local supervisor: roles, delete, credentials, the banner of a
// supervisor that went away, and the bulk change of several tasks.

#include "supervisorfixture.h"
#include "testhttp.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/tasktablemodel.h"
#include "ui/bulkeditdialog.h"
#include "ui/connectionbanner.h"
#include "ui/credentialsdialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;
using SupervisorRole = TheEye::Supervisor::Role;

namespace {

ConnectionProfile profileFor(const SupervisorFixture &supervisor, SupervisorRole role)
{
    ConnectionProfile profile;
    profile.id = u"test"_s;
    profile.name = u"Test"_s;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.baseUrl = QUrl(supervisor.baseUrl());
    profile.organization = supervisor.organization();
    profile.token = supervisor.token(role);
    return profile;
}

QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1StringView(name));
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelPassesTheTester();
    void actionsFollowTheRole_data();
    void actionsFollowTheRole();
    void deleteAsksAndRemoves();
    void deleteCanceledKeepsTheTask();
    void credentialsUrlRunsTheTask();
    void deadServerShowsTheBannerUntilItIsBack();
    void bulkTimeoutChangesThreeTasks();

private:
    QString createTask(const QString &name, const QStringList &acl = {});
    bool openWindow(SupervisorRole role);
    int rowOf(const QString &name) const;
    void select(const QStringList &names);

    std::unique_ptr<SupervisorFixture> m_supervisor;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    TestHttp m_http;
};

void tst_MainWindow::init()
{
    m_supervisor = std::make_unique<SupervisorFixture>();
    QVERIFY2(m_supervisor->start(), qPrintable(m_supervisor->error()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_supervisor.reset();
}

QString tst_MainWindow::createTask(const QString &name, const QStringList &acl)
{
    const HttpReply hosts = m_http.send("GET",
                                        m_supervisor->url(u"/host"_s),
                                        {},
                                        {{"Authorization",
                                          m_supervisor->bearer(SupervisorRole::Admin)}});
    const QString host = hosts.json().toArray().first().toObject().value("id"_L1).toString();
    const QJsonObject task{{"name"_L1, name},
                           {"acl"_L1, QJsonArray::fromStringList(acl)},
                           {"type"_L1, u"script"_s},
                           {"host_id"_L1, host},
                           {"script_runas"_L1, u"bash %script%"_s},
                           {"script"_L1,
                            QJsonObject{{"filename"_L1, QString(name + u".sh"_s)},
                                        {"data"_L1, u"data:text/plain;base64,ZWNobyBoaQ=="_s}}},
                           {"timeout"_L1, 600000}};
    const HttpReply reply = m_http.send("POST",
                                        m_supervisor->url(u"/task"_s),
                                        QJsonDocument(task).toJson(),
                                        {{"Content-Type", "application/json"},
                                         {"Authorization",
                                          m_supervisor->bearer(SupervisorRole::Admin)}});
    if (reply.status != 200)
        qWarning("create task: %d %s", reply.status, reply.body.constData());
    return reply.json().toObject().value("id"_L1).toString();
}

bool tst_MainWindow::openWindow(SupervisorRole role)
{
    m_session = std::make_unique<Session>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    m_session->open(profileFor(*m_supervisor, role));
    return QTest::qWaitFor([this] { return m_session->state() == Session::State::Connected; },
                           15'000);
}

int tst_MainWindow::rowOf(const QString &name) const
{
    const QAbstractItemModel *model = m_window->findChild<QTableView *>(u"taskTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, TaskTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void tst_MainWindow::select(const QStringList &names)
{
    auto *view = m_window->findChild<QTableView *>(u"taskTable"_s);
    view->clearSelection();
    for (const QString &name : names) {
        const int row = rowOf(name);
        QVERIFY2(row >= 0, qPrintable(name));
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::NoUpdate);
    }
}

void tst_MainWindow::modelPassesTheTester()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!createTask(u"Task %1"_s.arg(i)).isEmpty());
    QVERIFY(openWindow(SupervisorRole::Admin));
    QAbstractItemModelTester tester(m_session->taskModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(m_session->taskModel()->rowCount(), 5);
    const QString added = createTask(u"Added later"_s);
    QVERIFY(!added.isEmpty());
    m_session->feed()->refreshNow();
    QTRY_COMPARE(m_session->taskModel()->rowCount(), 6);
}

void tst_MainWindow::actionsFollowTheRole_data()
{
    QTest::addColumn<SupervisorRole>("role");
    QTest::addColumn<bool>("canRun");
    QTest::addColumn<bool>("canEdit");
    QTest::addColumn<bool>("readOnlyNote"); // a note says why actions are off

    QTest::newRow("viewer") << SupervisorRole::Viewer << false << false << true;
    QTest::newRow("user") << SupervisorRole::User << true << false << true;
    QTest::newRow("admin") << SupervisorRole::Admin << true << true << false;
}

void tst_MainWindow::actionsFollowTheRole()
{
    QFETCH(SupervisorRole, role);
    QFETCH(bool, canRun);
    QFETCH(bool, canEdit);
    QFETCH(bool, readOnlyNote);

    // Below admin, a token sees only the tasks whose ACL names its user, as in TheEye.
    const HttpReply profile = m_http.send("GET",
                                          m_supervisor->rawUrl(u"/api/session/profile"_s),
                                          {},
                                          {{"Authorization", m_supervisor->bearer(role)}});
    QCOMPARE(profile.status, 200);
    const QString email = profile.json()["principal"_L1]["email"_L1].toString();
    QVERIFY(!email.isEmpty());
    QVERIFY(!createTask(u"Backup"_s, {email}).isEmpty());
    QVERIFY(openWindow(role));
    // The role comes from the supervisor's session profile, not from the profile saved here.
    QTRY_VERIFY(m_session->role() != Session::Role::Unknown);
    QTRY_VERIFY(rowOf(u"Backup"_s) >= 0);
    select({u"Backup"_s});

    QTRY_COMPARE(action(m_window.get(), "runTaskAction")->isEnabled(), canRun);
    QCOMPARE(action(m_window.get(), "newTaskAction")->isEnabled(), canEdit);
    QCOMPARE(action(m_window.get(), "editTaskAction")->isEnabled(), canEdit);
    QCOMPARE(action(m_window.get(), "deleteTaskAction")->isEnabled(), canEdit);
    QCOMPARE(action(m_window.get(), "importAction")->isEnabled(), canEdit);
    QCOMPARE(action(m_window.get(), "credentialsAction")->isEnabled(), canEdit);
    QVERIFY(action(m_window.get(), "refreshAction")->isEnabled());
    QCOMPARE(m_window->findChild<QLabel *>(u"readOnlyNote"_s)->isVisible(), readOnlyNote);
}

void tst_MainWindow::deleteAsksAndRemoves()
{
    const QString keep = createTask(u"Keep me"_s);
    QVERIFY(!createTask(u"Remove me"_s).isEmpty());
    QVERIFY(openWindow(SupervisorRole::Admin));
    QTRY_VERIFY(rowOf(u"Remove me"_s) >= 0);
    select({u"Remove me"_s});

    QString question;
    QTimer::singleShot(0, this, [&question] {
        // The confirmation is modal: answer it from the event loop it runs.
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
        }
    });
    action(m_window.get(), "deleteTaskAction")->trigger();
    QVERIFY2(question.contains(u"Remove me"_s), qPrintable(question));
    QTRY_COMPARE(rowOf(u"Remove me"_s), -1);
    QVERIFY(rowOf(u"Keep me"_s) >= 0);

    const HttpReply tasks = m_http.send("GET",
                                        m_supervisor->url(u"/task"_s),
                                        {},
                                        {{"Authorization",
                                          m_supervisor->bearer(SupervisorRole::Admin)}});
    QCOMPARE(tasks.json().toArray().size(), 1);
    QCOMPARE(tasks.json().toArray().first().toObject().value("id"_L1).toString(), keep);
}

void tst_MainWindow::deleteCanceledKeepsTheTask()
{
    QVERIFY(!createTask(u"Precious"_s).isEmpty());
    QVERIFY(openWindow(SupervisorRole::Admin));
    QTRY_VERIFY(rowOf(u"Precious"_s) >= 0);
    select({u"Precious"_s});
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())
            ->button(QMessageBox::Cancel)
            ->click();
    });
    action(m_window.get(), "deleteTaskAction")->trigger();
    m_session->feed()->refreshNow();
    QSignalSpy refreshed(m_session->feed(), &ChangeFeed::refreshed);
    QVERIFY(refreshed.wait(10'000));
    QVERIFY(rowOf(u"Precious"_s) >= 0);
}

void tst_MainWindow::credentialsUrlRunsTheTask()
{
    const QString id = createTask(u"Deploy"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(openWindow(SupervisorRole::Admin));
    QTRY_VERIFY(rowOf(u"Deploy"_s) >= 0);
    select({u"Deploy"_s});
    action(m_window.get(), "credentialsAction")->trigger();
    auto *dialog = m_window->findChild<CredentialsDialog *>(u"credentialsDialog"_s);
    QVERIFY(dialog);
    auto *secretUrl = dialog->findChild<QLineEdit *>(u"secretUrlEdit"_s);
    QTRY_VERIFY(secretUrl->text().contains(u"/secret/"_s));
    QVERIFY(!secretUrl->text().contains(m_supervisor->adminToken()));

    // What a user would paste into curl: no token, only the URL.
    const HttpReply reply = m_http.send("POST",
                                        QUrl(secretUrl->text()),
                                        QJsonDocument(
                                            QJsonObject{{"task_arguments"_L1, QJsonArray()}})
                                            .toJson(),
                                        {{"Content-Type", "application/json"}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    QCOMPARE(reply.json().toObject().value("task_id"_L1).toString(), id);

    // A wrong secret is refused.
    QString wrong = secretUrl->text();
    wrong.replace(u"/secret/"_s, u"/secret/0"_s);
    QCOMPARE(m_http.send("POST", QUrl(wrong), "{}", {{"Content-Type", "application/json"}}).status,
             403);
}

void tst_MainWindow::deadServerShowsTheBannerUntilItIsBack()
{
    QVERIFY(!createTask(u"Offline"_s).isEmpty());
    QVERIFY(openWindow(SupervisorRole::Admin));
    QTRY_VERIFY(rowOf(u"Offline"_s) >= 0);
    auto *banner = m_window->findChild<ConnectionBanner *>(u"connectionBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    const quint16 port = m_supervisor->supervisor().port();
    m_supervisor->stop();
    action(m_window.get(), "refreshAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15'000);
    // What was loaded stays on screen, and the window still answers.
    QVERIFY(rowOf(u"Offline"_s) >= 0);
    QVERIFY(m_window->findChild<QPushButton *>(u"retryButton"_s)->isVisible());

    // Back on the same port (the profile keeps its URL): Retry clears the banner.
    Supervisor::LocalSupervisor::Options options;
    options.dataDirectory = m_supervisor->dataDirectory();
    options.organization = m_supervisor->organization();
    options.server.port = port;
    options.createExampleTask = false;
    Supervisor::LocalSupervisor again(options);
    QVERIFY2(again.start(), qPrintable(again.error()));
    m_window->findChild<QPushButton *>(u"retryButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15'000);
    QCOMPARE(m_session->state(), Session::State::Connected);
    m_session->close();
}

void tst_MainWindow::bulkTimeoutChangesThreeTasks()
{
    const QStringList names{u"One"_s, u"Two"_s, u"Three"_s};
    for (const QString &name : names)
        QVERIFY(!createTask(name).isEmpty());
    QVERIFY(!createTask(u"Untouched"_s).isEmpty());
    QVERIFY(openWindow(SupervisorRole::Admin));
    QTRY_VERIFY(rowOf(u"Three"_s) >= 0 && rowOf(u"Untouched"_s) >= 0);

    QList<Task> chosen;
    for (const Task &task : m_session->taskModel()->tasks()) {
        if (names.contains(task.name()))
            chosen.append(task);
    }
    QCOMPARE(chosen.size(), 3);
    BulkEditDialog dialog(m_session.get(), chosen, m_window.get());
    dialog.show();
    dialog.findChild<QCheckBox *>(u"changeTimeoutCheck"_s)->setChecked(true);
    auto *timeout = dialog.findChild<QSpinBox *>(u"timeoutSpin"_s);
    QVERIFY(timeout);
    timeout->setValue(7);
    // The preview names every task and what changes.
    QVERIFY(!dialog.describeChange(chosen.first()).isEmpty());
    const qint64 expected = dialog.changed(chosen.first()).timeoutMs().value_or(-1);
    QVERIFY(expected > 0 && expected != chosen.first().timeoutMs().value_or(-1));

    QSignalSpy applied(&dialog, &BulkEditDialog::applied);
    dialog.apply();
    QVERIFY(applied.wait(15'000));
    QCOMPARE(applied.first().at(0).toInt(), 3);
    QCOMPARE(applied.first().at(1).toInt(), 0);

    const HttpReply tasks = m_http.send("GET",
                                        m_supervisor->url(u"/task"_s),
                                        {},
                                        {{"Authorization",
                                          m_supervisor->bearer(SupervisorRole::Admin)}});
    int changed = 0;
    for (const QJsonValue &task : tasks.json().toArray()) {
        const QJsonObject object = task.toObject();
        const bool wanted = names.contains(object.value("name"_L1).toString());
        if (object.value("timeout"_L1).toInteger() == expected)
            ++changed;
        else
            QVERIFY2(!wanted, qPrintable(object.value("name"_L1).toString()));
    }
    QCOMPARE(changed, 3);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
