// The desktop app as the executable composes it: a first start on an empty data folder hosts
// the local supervisor, creates the example task and shows it; a later start finds it again.

#include "app/desktop/desktopapp.h"
#include "client/profilestore.h"
#include "models/tasktablemodel.h"
#include "supervisor/core/localsupervisor.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAction>
#include <QEvent>
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
    void windowPaintsBeforeTheSessionOpens();

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

namespace {

// Records, in order, the table's first paint and the session leaving Disconnected.
class Order final : public QObject
{
public:
    QStringList events;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !events.contains(u"paint"_s))
            events.append(u"paint"_s);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

// The window is painted (with "Loading tasks…") before the connection is opened, so a slow
// database or a long first task list never holds back the first expose.
void tst_DesktopApp::windowPaintsBeforeTheSessionOpens()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    DesktopApp app(optionsFor(data.path()));
    Order order;
    connect(app.session(), &Session::stateChanged, &order, [&order](Session::State state) {
        if (state != Session::State::Disconnected && !order.events.contains(u"open"_s))
            order.events.append(u"open"_s);
    });
    app.start();
    app.mainWindow()->taskView()->viewport()->installEventFilter(&order);
    QCOMPARE(app.session()->state(), Session::State::Disconnected);
    auto *placeholder = app.mainWindow()->findChild<QWidget *>(u"loadingPlaceholder"_s);
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());

    QVERIFY(waitForTask(app, u"Hello world"_s));
    QCOMPARE(order.events.value(0), u"paint"_s);
    QCOMPARE(order.events.value(1), u"open"_s);
    QTRY_VERIFY(!placeholder->isVisible());
    QVERIFY(app.session()->tasksLoaded());
}

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
