// The job windows against a real local supervisor over HTTP, for what needs no script to run:
// what every argument widget sends and the supervisor stores, run again (same and changed
// arguments), the controller's run flow and bulk run, the history's paging, filters, restart,
// repeat, cancel and "Empty queue" with counts, and input for a job on hold.
#include "livesupervisor.h"
#include "support/fakeserver.h"

#include "models/dataurl.h"
#include "models/jobtablemodel.h"
#include "ui/jobs/bulkrundialog.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/jobhistorypanel.h"
#include "ui/jobs/jobrunning.h"
#include "ui/jobs/jobtray.h"
#include "ui/jobs/jobwaitpanel.h"
#include "ui/jobs/rundialog.h"
#include "ui/mainwindow.h"
#include "ui/runargumentsform.h"

#include <QCheckBox>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <array>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;
using Type = TaskArgument::Type;

namespace {

TaskArgument argument(Type type, int order, const QString &label)
{
    return TaskArgument::create(type, order + 1, order, label);
}

template<typename T>
T *editor(RunArgumentsForm *form, int order)
{
    QWidget *widget = form->editorFor(order);
    if (auto *typed = qobject_cast<T *>(widget))
        return typed;
    return widget ? widget->findChild<T *>() : nullptr;
}

// The message box a window opened with open(), once it is there.
QMessageBox *messageBox(QWidget *parent, const QString &objectName)
{
    QMessageBox *box = nullptr;
    (void) QTest::qWaitFor([&] {
        box = parent->findChild<QMessageBox *>(objectName);
        return box && box->isVisible();
    });
    return box;
}

Job startedBy(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(15000))
        return {};
    return spy.takeFirst().at(0).value<Job>();
}

} // namespace

class TestJobsLive final : public QObject
{
    Q_OBJECT

private:
    LiveSupervisor *m_live = nullptr;

private slots:
    void initTestCase()
    {
        m_live = new LiveSupervisor;
        QVERIFY2(m_live->start(), qPrintable(m_live->error));
    }

    void cleanupTestCase() { delete m_live; }

    void everyArgumentWidgetSendsWhatTheSupervisorStores()
    {
        FakeServer endpoint;
        QVERIFY(endpoint.listen());
        endpoint.on("GET",
                    u"/servers"_s,
                    FakeResponse::json(200,
                                       QJsonArray{QJsonObject{{u"id"_s, u"s1"_s},
                                                              {u"name"_s, u"One"_s}},
                                                  QJsonObject{{u"id"_s, u"s2"_s},
                                                              {u"name"_s, u"Two"_s}}}));
        TaskArgument input = argument(Type::Input, 0, u"name"_s);
        input.setCharset(TaskArgument::Charset::Alpha);
        TaskArgument select = argument(Type::Select, 4, u"unit"_s);
        select.setOptions({{u"gb"_s, u"Gigabytes"_s, 0}, {u"mb"_s, u"Megabytes"_s, 1}});
        TaskArgument multi = argument(Type::Select, 5, u"regions"_s);
        multi.setMultiple(true);
        multi.setOptions({{u"us"_s, u"US"_s, 0}, {u"eu"_s, u"EU"_s, 1}});
        TaskArgument remote = argument(Type::RemoteOptions, 6, u"server"_s);
        remote.setEndpointUrl(endpoint.url().toString() + u"/servers?who=%THEEYE_USER_EMAIL%"_s);
        remote.setIdAttribute(u"id"_s);
        remote.setTextAttribute(u"name"_s);
        TaskArgument masked = argument(Type::Input, 11, u"password"_s);
        masked.setMasked(true);
        TaskArgument fixed = argument(Type::Fixed, 12, u"region"_s);
        fixed.setValue(u"eu-west"_s);
        const auto task = m_live->createTask(u"All types"_s,
                                             "echo \"$@\"\n",
                                             {input,
                                              argument(Type::Textarea, 1, u"notes"_s),
                                              argument(Type::Boolean, 2, u"dry run"_s),
                                              argument(Type::Json, 3, u"payload"_s),
                                              select,
                                              multi,
                                              remote,
                                              argument(Type::Date, 7, u"when"_s),
                                              argument(Type::Email, 8, u"mail"_s),
                                              argument(Type::Regexp, 9, u"filter"_s),
                                              argument(Type::File, 10, u"attachment"_s),
                                              masked,
                                              fixed});
        QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : task.error()));

        QTemporaryDir dir;
        QFile file(dir.filePath(u"report.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello file\n");
        file.close();

        RunDialog dialog(m_live->session.get(), task.value());
        QSignalSpy started(&dialog, &RunDialog::jobStarted);
        RunArgumentsForm *form = dialog.form();
        auto *run = dialog.findChild<QPushButton *>(u"runButton"_s);
        editor<QLineEdit>(form, 0)->setText(u"ana1"_s);
        QVERIFY(!run->isEnabled()); // alpha only
        editor<QLineEdit>(form, 0)->setText(u"ana"_s);
        editor<QPlainTextEdit>(form, 1)->setPlainText(u"line one\nline two"_s);
        editor<QCheckBox>(form, 2)->setChecked(true);
        editor<QPlainTextEdit>(form, 3)->setPlainText(u"{\"a\": [1, 2]}"_s);
        editor<QComboBox>(form, 4)->setCurrentIndex(2);
        editor<QListWidget>(form, 5)->item(1)->setCheckState(Qt::Checked);
        QTRY_VERIFY(editor<QComboBox>(form, 6)->isEnabled());
        editor<QComboBox>(form, 6)->setCurrentIndex(1);
        editor<QDateTimeEdit>(form, 7)->setDateTime(
            QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        editor<QLineEdit>(form, 8)->setText(u"ana@example.com"_s);
        editor<QLineEdit>(form, 9)->setText(u"^[a-z]+$"_s);
        QVERIFY(form->loadFile(10, file.fileName()));
        editor<QLineEdit>(form, 11)->setText(u"s3cret; rm -rf /"_s);
        QVERIFY2(run->isEnabled(), qPrintable(form->problems().join(u'\n')));
        QTest::mouseClick(run, Qt::LeftButton);
        const Job job = startedBy(started);
        QVERIFY2(!job.id().isEmpty(), qPrintable(dialog.errorText()));

        // What the supervisor stored, by order, after its legacy conversion.
        const QJsonArray stored = m_live->job(job.id()).taskArgumentsValues();
        QCOMPARE(stored.size(), 13);
        QCOMPARE(stored.at(0), QJsonValue(u"ana"_s));
        QCOMPARE(stored.at(1), QJsonValue(u"line one\nline two"_s));
        QCOMPARE(stored.at(2), QJsonValue(u"true"_s));
        QCOMPARE(stored.at(3), QJsonValue(u"{\"a\": [1, 2]}"_s));
        QCOMPARE(stored.at(4), QJsonValue(u"mb"_s));
        QCOMPARE(stored.at(5), QJsonValue(u"[\"eu\"]"_s));
        QCOMPARE(stored.at(6), QJsonValue(u"s1"_s));
        QCOMPARE(stored.at(7), QJsonValue(u"2026-12-01T09:30:00.000Z"_s));
        QCOMPARE(stored.at(8), QJsonValue(u"ana@example.com"_s));
        QCOMPARE(stored.at(9), QJsonValue(u"^[a-z]+$"_s));
        const auto url = DataUrl::parse(stored.at(10).toString());
        QVERIFY(url);
        QCOMPARE(url->data, QByteArray("hello file\n"));
        QCOMPARE(stored.at(11), QJsonValue(u"s3cret; rm -rf /"_s));
        QCOMPARE(stored.at(12), QJsonValue(u"eu-west"_s));
        QCOMPARE(endpoint.lastRequest().query.queryItemValue(u"who"_s, QUrl::FullyDecoded),
                 u"tester@example.com"_s);
    }

    void aRefusedRunKeepsTheFormAndSaysWhy()
    {
        const auto task = m_live->createTask(u"Refused"_s,
                                             "true\n",
                                             {argument(Type::Input, 0, u"x"_s)});
        QVERIFY(task.ok());
        // Deleted behind the dialog's back: the supervisor answers 404.
        QVERIFY(waitForResult(m_live->client().tasks().remove(task->id()))->ok());
        RunDialog dialog(m_live->session.get(), task.value());
        editor<QLineEdit>(dialog.form(), 0)->setText(u"kept"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.isSubmitting());
        QCOMPARE(dialog.values().value(0), QJsonValue(u"kept"_s));
        QCOMPARE(dialog.result(), 0); // still open
    }

    void runAgainReusesTheArguments()
    {
        TaskArgument multi = argument(Type::Select, 1, u"regions"_s);
        multi.setMultiple(true);
        multi.setOptions({{u"us"_s, u"US"_s, 0}, {u"eu"_s, u"EU"_s, 1}});
        TaskArgument masked = argument(Type::Input, 2, u"password"_s);
        masked.setMasked(true);
        const auto task = m_live->createTask(u"Again"_s,
                                             "true\n",
                                             {argument(Type::Input, 0, u"name"_s), multi, masked});
        QVERIFY(task.ok());
        const auto first = waitForResult(
            m_live->client().tasks().run(task.value(),
                                         {{0, u"ana"_s},
                                          {1, QJsonArray{u"us"_s, u"eu"_s}},
                                          {2, u"pw"_s}}));
        QVERIFY(first && first->ok());
        const QJsonArray firstValues = m_live->job(first->value().id()).taskArgumentsValues();

        JobDialog dialog(m_live->session.get(), first->value());
        dialog.show();
        QSignalSpy started(&dialog, &JobDialog::jobStarted);
        auto *again = dialog.findChild<QPushButton *>(u"runAgainButton"_s);
        QTRY_VERIFY(again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        const Job second = startedBy(started);
        QVERIFY(!second.id().isEmpty());
        QVERIFY(second.id() != first->value().id());
        QCOMPARE(m_live->job(second.id()).taskArgumentsValues(), firstValues);

        // With changes: the form comes filled in with what the job had.
        auto *withChanges = dialog.findChild<QPushButton *>(u"runAgainWithChangesButton"_s);
        QVERIFY(withChanges->isEnabled());
        QTest::mouseClick(withChanges, Qt::LeftButton);
        RunDialog *form = nullptr;
        QTRY_VERIFY((form = dialog.findChild<RunDialog *>()) != nullptr);
        QCOMPARE(form->values().value(0), QJsonValue(u"ana"_s));
        QCOMPARE(form->values().value(1), QJsonValue(QJsonArray{u"us"_s, u"eu"_s}));
        QCOMPARE(form->values().value(2), QJsonValue(u"pw"_s));
        editor<QLineEdit>(form->form(), 0)->setText(u"bea"_s);
        QTest::mouseClick(form->findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
        const Job third = startedBy(started);
        QVERIFY(!third.id().isEmpty());
        QJsonArray changed = firstValues;
        changed[0] = u"bea"_s;
        QCOMPARE(m_live->job(third.id()).taskArgumentsValues(), changed);
    }

    void cancelAsksThenCancels()
    {
        // Nothing takes a job of a task whose bot is busy forever; cancel it while it waits.
        const auto task = m_live->createTask(u"To cancel"_s, "sleep 600\n");
        QVERIFY(task.ok());
        const auto created = waitForResult(m_live->client().tasks().run(task.value(), {}));
        QVERIFY(created && created->ok());
        JobDialog dialog(m_live->session.get(), created->value());
        dialog.show();
        auto *cancel = dialog.findChild<QPushButton *>(u"cancelJobButton"_s);
        QTRY_VERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QMessageBox *box = messageBox(&dialog, u"confirmCancel"_s);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().isFinished(), 15000);
        QCOMPARE(dialog.job().state(), JobState::Canceled);
        QVERIFY(cancel->isHidden());
        QCOMPARE(m_live->job(created->value().id()).state(), JobState::Canceled);
    }

    void theControllerRunsFromTheMainWindow()
    {
        const auto plain = m_live->createTask(u"Plain"_s, "true\n");
        const auto asking = m_live->createTask(u"Asking"_s,
                                               "true\n",
                                               {argument(Type::Input, 0, u"x"_s)});
        QVERIFY(plain.ok() && asking.ok());
        MainWindow window(m_live->session.get());
        JobRunning running(m_live->session.get(), &window);
        QSignalSpy started(&running, &JobRunning::jobStarted);

        // No arguments and no confirmation wanted: it runs at once and its window opens.
        RunDialog::setConfirmationWanted(m_live->session->profile(), false);
        Q_EMIT window.runRequested({plain.value()});
        const Job job = startedBy(started);
        QVERIFY(!job.id().isEmpty());
        QVERIFY(running.jobWindow(job.id()));
        QVERIFY(running.tray()->notifier()->isTracked(job.id()) || job.isFinished());
        // Opening it again raises the same window.
        QCOMPARE(running.openJob(job), running.jobWindow(job.id()));
        QCOMPARE(running.jobWindows().size(), 1);

        // Arguments: the form.
        Q_EMIT window.runRequested({asking.value()});
        QVERIFY(running.runDialog());
        QCOMPARE(running.runDialog()->task().id(), asking->id());
        editor<QLineEdit>(running.runDialog()->form(), 0)->setText(u"x1"_s);
        QTest::mouseClick(running.runDialog()->findChild<QPushButton *>(u"runButton"_s),
                          Qt::LeftButton);
        const Job second = startedBy(started);
        QVERIFY(!second.id().isEmpty());
        QTRY_VERIFY(running.jobWindow(second.id()));

        // Several: one confirmation, a result per task, the one with arguments skipped.
        Q_EMIT window.runRequested({plain.value(), asking.value(), plain.value()});
        BulkRunDialog *bulk = running.bulkDialog();
        QVERIFY(bulk);
        QSignalSpy done(bulk, &BulkRunDialog::allFinished);
        QTest::mouseClick(bulk->findChild<QPushButton *>(u"runAllButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(15000));
        const auto entries = bulk->entries();
        QCOMPARE(entries.at(0).outcome, BulkRunDialog::Outcome::Started);
        QCOMPARE(entries.at(1).outcome, BulkRunDialog::Outcome::NeedsArguments);
        QCOMPARE(entries.at(2).outcome, BulkRunDialog::Outcome::Started);
        QVERIFY(entries.at(0).job.id() != entries.at(2).job.id());
        QCOMPARE(m_live->job(entries.at(2).job.id()).taskId(), plain->id());
        QTRY_COMPARE(started.size(), 2);
    }

    void historyPagesAndFilters()
    {
        const auto task = m_live->createTask(u"History"_s,
                                             "true\n",
                                             {argument(Type::Input, 0, u"tag"_s)});
        QVERIFY(task.ok());
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            const auto job = waitForResult(
                m_live->client().tasks().run(task.value(), {{0, u"run-%1"_s.arg(i)}}));
            QVERIFY(job && job->ok());
            ids.append(job->value().id());
        }
        JobHistoryPanel panel(m_live->session.get());
        panel.setPageSize(3);
        QSignalSpy loaded(&panel, &JobHistoryPanel::pageLoaded);
        panel.setTask(task.value());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(panel.model()->job(0).id(), ids.last()); // newest first
        QVERIFY(panel.canLoadMore());
        panel.loadMore();
        QVERIFY(loaded.wait(15000));
        panel.loadMore();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(panel.model()->rowCount(), 7);
        QVERIFY(!panel.canLoadMore());
        // List rows lack arguments; the panel completes them so they can be shown and filtered.
        QTRY_VERIFY([&] {
            for (int row = 0; row < panel.model()->rowCount(); ++row) {
                if (panel.model()->job(row).taskArgumentsValues().isEmpty())
                    return false;
            }
            return true;
        }());
        panel.findChild<QLineEdit *>(u"argumentFilter"_s)->setText(u"run-4"_s);
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QCOMPARE(panel.proxy()->index(0, 0).data(JobTableModel::JobIdRole).toString(), ids.at(4));
        panel.findChild<QLineEdit *>(u"argumentFilter"_s)->clear();

        // All jobs: the other tasks' jobs too.
        panel.setMode(JobHistoryPanel::Mode::AllJobs);
        QVERIFY(loaded.wait(15000));
        QVERIFY(!panel.view()->isColumnHidden(JobTableModel::TaskColumn));
    }

    void historyRestartsRepeatsAndCancels()
    {
        const auto task = m_live->createTask(u"Actions"_s,
                                             "true\n",
                                             {argument(Type::Input, 0, u"tag"_s)});
        QVERIFY(task.ok());
        const auto created = waitForResult(
            m_live->client().tasks().run(task.value(), {{0, u"x"_s}}));
        QVERIFY(created && created->ok());
        const QString id = created->value().id();
        JobHistoryPanel panel(m_live->session.get());
        QSignalSpy loaded(&panel, &JobHistoryPanel::pageLoaded);
        panel.setTask(task.value());
        QVERIFY(loaded.wait(15000));
        panel.view()->selectRow(0);

        // Cancel (when it still waits or runs), confirmed.
        if (!m_live->job(id).isFinished()) {
            panel.cancelSelected();
            QMessageBox *box = messageBox(&panel, u"confirmCancel"_s);
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_live->job(id).isFinished(), 15000);
        QTRY_VERIFY(panel.model()->job(panel.model()->rowOf(id)).isFinished());

        // Restart: the same job queued again.
        panel.view()->selectRow(0);
        QSignalSpy jobStarted(&panel, &JobHistoryPanel::jobStarted);
        panel.restartSelected();
        QCOMPARE(startedBy(jobStarted).id(), id);
        // Repeat: a new job with the same arguments.
        panel.repeatSelected();
        const Job repeated = startedBy(jobStarted);
        QVERIFY(!repeated.id().isEmpty() && repeated.id() != id);
        QCOMPARE(m_live->job(repeated.id()).taskArgumentsValues(), QJsonArray{u"x"_s});
        QTRY_COMPARE(panel.model()->rowCount(), 2);
    }

    void emptyQueueCountsAndRemoves()
    {
        // A script that never ends, one job at a time: one job runs and the others wait, and
        // nothing changes while the test counts.
        const auto task = m_live->createTask(u"Queue"_s, "sleep 600\n", {}, [](Task &t) {
            t.setMultitasking(false);
        });
        QVERIFY(task.ok());
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            const auto job = waitForResult(m_live->client().tasks().run(task.value(), {}));
            QVERIFY(job && job->ok());
            ids.append(job->value().id());
        }
        for (int i = 0; i < 2; ++i)
            QVERIFY(waitForResult(m_live->client().jobs().cancel(ids.at(i), task->id()))->ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_live->job(ids.at(0)).isFinished(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_live->job(ids.at(1)).isFinished(), 15000);
        // The first canceled job was running: the next one takes its place.
        QTRY_COMPARE_WITH_TIMEOUT(m_live->job(ids.at(2)).lifecycle(), Lifecycle::Assigned, 15000);
        const auto serverCounts = [&] {
            JobListQuery query;
            query.taskId = task->id();
            query.limit = 100;
            int finished = 0;
            int waiting = 0;
            int running = 0;
            // Held by value: a range-for over a member of the temporary would dangle.
            const auto page = waitForResult(m_live->client().jobs().list(query));
            const QList<Job> jobs = page && page->ok() ? page->value().jobs : QList<Job>();
            for (const Job &job : jobs) {
                const QString lifecycle = job.lifecycleName();
                if (QStringList{u"finished"_s,
                                u"terminated"_s,
                                u"canceled"_s,
                                u"expired"_s,
                                u"completed"_s}
                        .contains(lifecycle))
                    ++finished;
                else if (QStringList{u"ready"_s, u"onhold"_s, u"syncing"_s, u"locked"_s}.contains(
                             lifecycle))
                    ++waiting;
                else
                    ++running;
            }
            return std::array<int, 3>{finished, waiting, running};
        };

        JobHistoryPanel panel(m_live->session.get());
        // The page size is remembered: an earlier case left it at 3, fewer than the jobs here.
        panel.setPageSize(50);
        QSignalSpy loaded(&panel, &JobHistoryPanel::pageLoaded);
        panel.setTask(task.value());
        QVERIFY(loaded.wait(15000));
        auto *empty = panel.findChild<QToolButton *>(u"emptyQueueButton"_s);
        QTRY_VERIFY(empty->isEnabled());
        empty->click();
        QMessageBox *box = messageBox(&panel, u"emptyQueueBox"_s);
        QVERIFY(box);
        auto counts = serverCounts();
        QCOMPARE(counts[0], 2);
        QVERIFY2(box->informativeText().contains(
                     u"%1 finished and %2 waiting"_s.arg(counts[0]).arg(counts[1])),
                 qPrintable(box->informativeText()));
        QSignalSpy emptied(&panel, &JobHistoryPanel::queueEmptied);
        box->findChild<QPushButton *>(u"deleteFinishedButton"_s)->click();
        QVERIFY(emptied.wait(15000));
        QCOMPARE(emptied.at(0).at(0).toInt(), 2);
        QTRY_COMPARE(panel.model()->rowCount(), 4);
        counts = serverCounts();
        QCOMPARE(counts[0], 0);
        QCOMPARE(counts[1] + counts[2], 4);

        QTRY_VERIFY(empty->isEnabled());
        empty->click();
        box = messageBox(&panel, u"emptyQueueBox"_s);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"deleteEverythingButton"_s)->click();
        QVERIFY(emptied.wait(15000));
        QCOMPARE(emptied.at(1).at(0).toInt(), counts[1]);
        // Running jobs are never deleted.
        QTRY_COMPARE(panel.model()->rowCount(), counts[2]);
        QCOMPARE(serverCounts(), (std::array<int, 3>{0, 0, counts[2]}));
        for (const QString &id : ids)
            waitForResult(m_live->client().jobs().cancel(id, task->id()));
    }

    void aJobOnHoldTakesItsInputFromTheWindow()
    {
        const auto task = m_live->createTask(u"Input"_s,
                                             "true\n",
                                             {argument(Type::Input, 0, u"name"_s)},
                                             [](Task &t) {
                                                 QJsonObject json = t.toJson();
                                                 json.insert(u"user_inputs"_s, true);
                                                 t = Task(json);
                                             });
        QVERIFY(task.ok());
        const auto secret = waitForResult(m_live->client().tasks().credentials(task->id()));
        QVERIFY(secret && secret->ok());
        // Not from a user: the job waits on hold for its arguments (supervisor-api.md §4.1);
        // the one argument is sent as null, as optionals must be.
        const auto held = waitForResult(
            m_live->client().tasks().runBySecret(task->id(),
                                                 secret->value().secret,
                                                 QJsonArray{QJsonValue::Null}));
        QVERIFY2(held && held->ok(),
                 !held        ? "timeout"
                 : held->ok() ? ""
                              : qPrintable(held->error().message));
        QCOMPARE(held->value().lifecycle(), Lifecycle::OnHold);
        JobDialog dialog(m_live->session.get(), held->value());
        dialog.show();
        JobWaitPanel *wait = dialog.waitPanel();
        QTRY_COMPARE(wait->reason().kind, WaitReason::Kind::WaitingForInput);
        QVERIFY(!wait->isHidden());
        auto *submit = wait->findChild<QPushButton *>(u"submitInputButton"_s);
        QVERIFY(!submit->isEnabled());
        editor<QLineEdit>(wait->inputForm(), 0)->setText(u"ana"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.job().lifecycle() != Lifecycle::OnHold, 15000);
        QCOMPARE(m_live->job(held->value().id()).taskArgumentsValues(), QJsonArray{u"ana"_s});
    }
};

QTEST_MAIN(TestJobsLive)
#include "tst_jobslive.moc"
