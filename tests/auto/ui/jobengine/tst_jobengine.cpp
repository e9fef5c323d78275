// The job windows with real scripts run by the local supervisor's engine: output seen while the
// job still runs, cancel killing the process tree, the multitasking reason, a million lines, the
// result popup, and a grace-time run counted down and canceled.
#include "livesupervisor.h"

#include "client/catalogapi.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/jobhistorypanel.h"
#include "ui/jobs/joboutputpane.h"
#include "ui/jobs/jobrunning.h"
#include "ui/jobs/jobtray.h"
#include "ui/jobs/jobwaitpanel.h"
#include "ui/jobs/rundialog.h"
#include "ui/logview.h"
#include "ui/mainwindow.h"
#include "ui/runargumentsform.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <cerrno>
#include <csignal>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;
using Type = TaskArgument::Type;

namespace {

TaskArgument argument(Type type, int order, const QString &label)
{
    return TaskArgument::create(type, order + 1, order, label);
}

TaskArgument fixedArgument(int order, const QString &label, const QString &value)
{
    TaskArgument fixed = argument(Type::Fixed, order, label);
    fixed.setValue(value);
    return fixed;
}

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

// A zombie counts as gone: it no longer runs, it only waits for a parent (or an init that may not
// reap) to collect it.
bool processExists(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

QList<qint64> pidsIn(const QString &path)
{
    QFile file(path);
    QList<qint64> pids;
    if (!file.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &line : file.readAll().split('\n')) {
        bool ok = false;
        const qint64 pid = line.trimmed().toLongLong(&ok);
        if (ok && pid > 0)
            pids.append(pid);
    }
    return pids;
}

QString shown(JobDialog *dialog)
{
    return dialog->outputPane()->view()->buffer().plainText();
}

} // namespace

class TestJobEngine final : public QObject
{
    Q_OBJECT

private:
    LiveSupervisor *m_live = nullptr;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_live = new LiveSupervisor;
        QVERIFY2(m_live->start(), qPrintable(m_live->error));
    }

    void cleanupTestCase() { delete m_live; }

    void outputAppearsBeforeTheJobEnds()
    {
        const QString flag = m_dir.filePath(u"go-on"_s);
        const auto task = m_live->createTask(u"Hello and wait"_s,
                                             "echo \"hello $1\"\n"
                                             "while [ ! -e \"$2\" ]; do sleep 0.02; done\n"
                                             "echo \"second line\"\n"
                                             "echo \"to stderr\" >&2\n",
                                             {argument(Type::Input, 0, u"Name"_s),
                                              fixedArgument(1, u"flag"_s, flag)});
        QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : task.error()));
        MainWindow window(m_live->session.get());
        JobRunning running(m_live->session.get(), &window);
        RunDialog::setConfirmationWanted(m_live->session->profile(), false);
        QSignalSpy started(&running, &JobRunning::jobStarted);

        // The row's Run: the form generated from the task, an input typed in, Run.
        Q_EMIT window.runRequested({task.value()});
        RunDialog *form = running.runDialog();
        QVERIFY(form);
        auto *name = qobject_cast<QLineEdit *>(form->form()->editorFor(0));
        QVERIFY(name);
        QCOMPARE(form->form()->fieldCount(), 1); // the fixed one is not asked
        QTest::keyClicks(name, u"ana"_s);
        QTest::mouseClick(form->findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
        QVERIFY(started.wait(15000));
        const Job job = started.at(0).at(0).value<Job>();
        JobDialog *dialog = running.jobWindow(job.id());
        QVERIFY(dialog);

        QTRY_VERIFY_WITH_TIMEOUT(shown(dialog).contains(u"hello ana\n"_s), 15000);
        // Still running: the rest waits for the file.
        QVERIFY(!dialog->job().isFinished());
        QCOMPARE(m_live->job(job.id()).lifecycle(), Lifecycle::Assigned);
        QTRY_COMPARE(dialog->job().lifecycle(), Lifecycle::Assigned);
        QVERIFY(!shown(dialog).contains(u"second line"_s));
        QVERIFY(dialog->elapsedText().startsWith(u"Running for"_s));

        QVERIFY(touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->job().isFinished(), 15000);
        QCOMPARE(dialog->job().state(), JobState::Success);
        QVERIFY(shown(dialog).contains(u"hello ana\nsecond line\n"_s));
        QCOMPARE(dialog->findChild<QLabel *>(u"exitCodeLabel"_s)->text(), u"Exit code 0"_s);
        QVERIFY(dialog->elapsedText().startsWith(u"Took"_s));
        // Now the streams can be shown apart.
        QVERIFY(dialog->outputPane()->hasSeparateStreams());
        dialog->outputPane()->setStream(JobOutputPane::Stream::Stderr);
        QCOMPARE(shown(dialog), u"to stderr\n"_s);
        dialog->outputPane()->setStream(JobOutputPane::Stream::Stdout);
        QVERIFY(!shown(dialog).contains(u"to stderr"_s));
        QVERIFY(shown(dialog).contains(u"second line"_s));
        // The tray was told about the job started here.
        QTRY_VERIFY(!running.tray()->notifier()->isTracked(job.id()));
        QCOMPARE(running.tray()->lastNoticeJobId(), job.id());
    }

    void cancelKillsTheRunningProcessTree()
    {
        const QString pidFile = m_dir.filePath(u"pids"_s);
        const auto task = m_live->createTask(u"Long"_s,
                                             "echo $$ > \"$1\"\n"
                                             "sleep 600 &\n"
                                             "echo $! >> \"$1\"\n"
                                             "echo started\n"
                                             "wait\n",
                                             {fixedArgument(0, u"pids"_s, pidFile)});
        QVERIFY(task.ok());
        const auto created = waitForResult(m_live->client().tasks().run(task.value(), {}));
        QVERIFY(created && created->ok());
        JobDialog dialog(m_live->session.get(), created->value());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(shown(&dialog).contains(u"started"_s), 15000);
        const QList<qint64> pids = pidsIn(pidFile);
        QCOMPARE(pids.size(), 2);
        for (qint64 pid : pids)
            QVERIFY(processExists(pid));

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelJobButton"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog.findChild<QMessageBox *>(u"confirmCancel"_s)) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().isFinished(), 15000);
        QCOMPARE(dialog.job().state(), JobState::Canceled);
        for (qint64 pid : pids)
            QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 15000);
    }

    void aJobBlockedByMultitaskingSaysWhy()
    {
        const QString flag = m_dir.filePath(u"release"_s);
        const auto task = m_live->createTask(u"One at a time"_s,
                                             "while [ ! -e \"$1\" ]; do sleep 0.02; done\n",
                                             {fixedArgument(0, u"flag"_s, flag)},
                                             [](Task &t) { t.setMultitasking(false); });
        QVERIFY(task.ok());
        const auto first = waitForResult(m_live->client().tasks().run(task.value(), {}));
        QVERIFY(first && first->ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_live->job(first->value().id()).lifecycle(),
                                  Lifecycle::Assigned,
                                  15000);
        const auto second = waitForResult(m_live->client().tasks().run(task.value(), {}));
        QVERIFY(second && second->ok());
        JobDialog dialog(m_live->session.get(), second->value());
        dialog.show();
        JobWaitPanel *wait = dialog.waitPanel();
        QTRY_COMPARE_WITH_TIMEOUT(wait->reason().kind, WaitReason::Kind::Multitasking, 15000);
        QCOMPARE(wait->reason().blockingJobId, first->value().id());
        QVERIFY(!wait->isHidden());
        QVERIFY2(wait->text().contains(u"Multitasking is off"_s), qPrintable(wait->text()));
        QVERIFY(wait->text().contains(first->value().id().right(6)));

        QVERIFY(touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().isFinished(), 15000);
        QVERIFY(wait->isHidden());
    }

    void aMillionLinesStayUsable()
    {
        const auto task = m_live->createTask(u"Chatty"_s, "seq 1 1000000\n");
        QVERIFY(task.ok());
        const auto created = waitForResult(m_live->client().tasks().run(task.value(), {}));
        QVERIFY(created && created->ok());
        JobDialog dialog(m_live->session.get(), created->value());
        dialog.resize(900, 600);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().isFinished(), 120000);
        LogView *view = dialog.outputPane()->view();
        QTRY_COMPARE(view->buffer().lineCount(), qsizetype(1000000));
        QCOMPARE(view->buffer().plainLine(999999), u"1000000"_s);
        // Searching and scrolling stay instant: no widget per line, only the visible ones painted.
        dialog.outputPane()->findChild<QLineEdit *>(u"searchField"_s)->setText(u"500000"_s);
        QVERIFY(dialog.outputPane()->findNext());
        QCOMPARE(view->buffer().plainLine(view->currentMatchLine()), u"500000"_s);
        QVERIFY(view->topLine() <= view->currentMatchLine());
        QVERIFY(view->findChildren<QWidget *>().size() < 20);
    }

    void theResultPopupAndParsedOutputShow()
    {
        const auto task = m_live->createTask(
            u"Popup"_s,
            "echo working\n"
            "echo '{\"state\":\"success\",\"data\":[\"a\",{\"b\":1}],"
            "\"components\":{\"popup\":\"Report at https://example.com/r/1\"}}'\n",
            {},
            [](Task &t) { t.setShowResult(true); });
        QVERIFY(task.ok());
        const auto created = waitForResult(m_live->client().tasks().run(task.value(), {}));
        QVERIFY(created && created->ok());
        JobDialog dialog(m_live->session.get(), created->value());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().isFinished(), 15000);
        QCOMPARE(dialog.job().state(), JobState::Success);
        QCOMPARE(dialog.job().output(), (QStringList{u"a"_s, u"{\"b\":1}"_s}));
        auto *popup = dialog.findChild<QTextBrowser *>(u"popupView"_s);
        QVERIFY(!popup->isHidden());
        QVERIFY(popup->toHtml().contains(u"https://example.com/r/1"_s));
    }

    void aGraceTimeRunCountsDownAndCanBeCanceled()
    {
        const auto first = m_live->createTask(u"Trigger"_s, "true\n");
        QVERIFY(first.ok());
        const auto events = waitForResult(m_live->client().catalog().events());
        QVERIFY(events && events->ok());
        QString success;
        for (const Event &event : events->value()) {
            if (event.emitterId() == first->id() && event.name() == u"success"_s)
                success = event.id();
        }
        QVERIFY(!success.isEmpty());
        const auto second = m_live->createTask(u"Delayed"_s, "true\n", {}, [success](Task &t) {
            t.setTriggers({success});
            t.setGraceTimeSeconds(120);
        });
        QVERIFY(second.ok());
        JobHistoryPanel panel(m_live->session.get());
        panel.setTask(second.value());
        QSignalSpy schedules(&panel, &JobHistoryPanel::schedulesChanged);

        const auto run = waitForResult(m_live->client().tasks().run(first.value(), {}));
        QVERIFY(run && run->ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_live->job(run->value().id()).isFinished(), 15000);
        // The panel learns of the finished trigger through the session and asks again.
        m_live->session->noteJob(m_live->job(run->value().id()));
        QTRY_VERIFY_WITH_TIMEOUT(panel.schedules().size() == 1, 15000);
        auto *label = panel.findChild<QLabel *>(u"scheduleLabel"_s);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().startsWith(u"Starts in"_s), qPrintable(label->text()));

        QTest::mouseClick(panel.findChild<QPushButton *>(u"cancelScheduleButton"_s),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel.findChild<QMessageBox *>(u"confirmCancelSchedule"_s)) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.schedules().isEmpty(), 15000);
        QVERIFY(label->isHidden() || !label->isVisible());
        const auto left = waitForResult(m_live->client().tasks().schedules(second->id()));
        QVERIFY(left && left->ok());
        QVERIFY(left->value().isEmpty());
    }
};

QTEST_MAIN(TestJobEngine)
#include "tst_jobengine.moc"
