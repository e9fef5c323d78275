// The desktop app as the executable composes it: a first start on an empty data folder hosts
// the local supervisor, creates the example task and shows it; a later start finds it again.

#include "app/desktop/desktopapp.h"
#include "client/profilestore.h"
#include "models/tasktablemodel.h"
#include "supervisor/core/localsupervisor.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAction>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

class tst_DesktopApp final : public QObject
{
    Q_OBJECT

private slots:
    void firstStartShowsTheExampleTask();
    void secondStartKeepsTheData();
    void unknownProfileFallsBackToThisComputer();

private:
    static DesktopApp::Options optionsFor(const QString &dataDirectory)
    {
        DesktopApp::Options options;
        options.dataDirectory = dataDirectory;
        options.localPort = 0;
        options.forceLocal = true;
        return options;
    }
    static bool waitForTask(DesktopApp &app, const QString &name)
    {
        return QTest::qWaitFor(
            [&app, &name] {
                for (const Task &task : app.session()->taskModel()->tasks()) {
                    if (task.name() == name)
                        return true;
                }
                return false;
            },
            20'000);
    }
};

void tst_DesktopApp::firstStartShowsTheExampleTask()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    DesktopApp app(optionsFor(data.path()));
    app.start();
    QVERIFY(app.mainWindow());
    // The window is up before the supervisor is.
    QVERIFY(app.mainWindow()->isVisible());
    QVERIFY(waitForTask(app, u"Hello world"_s));
    QVERIFY(app.localSupervisor() && app.localSupervisor()->isRunning());
    QCOMPARE(app.session()->state(), Session::State::Connected);
    QCOMPARE(app.session()->role(), Session::Role::Admin);
    QVERIFY(app.mainWindow()->findChild<QAction *>(u"newTaskAction"_s)->isEnabled());
    // The example task can run: it has an argument, a bot and a script.
    const Task example = app.session()->taskModel()->tasks().constFirst();
    QVERIFY(!example.hostId().isEmpty());
    QVERIFY(!example.arguments().isEmpty());
    QVERIFY(QFileInfo::exists(data.filePath(u"supervisor.sqlite"_s)));
    QVERIFY(app.mainWindow()->windowTitle().contains(u"This computer"_s)
            || app.mainWindow()->statusBar()->findChild<QWidget *>(u"statusConnection"_s));
}

void tst_DesktopApp::secondStartKeepsTheData()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    {
        DesktopApp app(optionsFor(data.path()));
        app.start();
        QVERIFY(waitForTask(app, u"Hello world"_s));
    }
    DesktopApp again(optionsFor(data.path()));
    again.start();
    QVERIFY(waitForTask(again, u"Hello world"_s));
    // No second example task on a later start.
    QTest::qWait(0);
    int examples = 0;
    for (const Task &task : again.session()->taskModel()->tasks())
        examples += task.name() == u"Hello world"_s ? 1 : 0;
    QCOMPARE(examples, 1);
}

void tst_DesktopApp::unknownProfileFallsBackToThisComputer()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    DesktopApp::Options options = optionsFor(data.path());
    options.forceLocal = false;
    options.profile = u"nowhere"_s;
    DesktopApp app(options);
    app.start();
    QTRY_VERIFY(app.mainWindow()->statusBar()->currentMessage().contains(u"nowhere"_s));
    QVERIFY(waitForTask(app, u"Hello world"_s));
}

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
