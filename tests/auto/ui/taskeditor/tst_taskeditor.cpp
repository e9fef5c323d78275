#include "../editingtesthelpers.h"

#include "models/argumenttablemodel.h"
#include "ui/argumenteditor.h"
#include "ui/editing/enveditor.h"
#include "ui/editing/listedit.h"
#include "ui/editing/runas.h"
#include "ui/editing/scriptpicker.h"
#include "ui/editing/taskediting.h"
#include "ui/editing/taskeditordialog.h"
#include "ui/editing/taskeditorform.h"
#include "ui/editing/timeoutedit.h"
#include "ui/editing/triggerpicker.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace TheEye;
using namespace Qt::StringLiterals;
using Field = TaskFields::Field;
using Flavor = RunAs::Flavor;

namespace {

const QString BotId = u"5b0000000000000000000001"_s;
const QString OtherBotId = u"5b0000000000000000000002"_s;
const QString ScriptId = u"5a0000000000000000000001"_s;
const QString TaskId = u"5f0000000000000000000001"_s;

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QPushButton *okButton(TaskEditorDialog &dialog)
{
    return child<QPushButton>(&dialog, u"okButton"_s);
}

QLabel *errorLabel(TaskEditorDialog &dialog, Field field)
{
    return child<QLabel>(&dialog, TaskFields::errorObjectName(field));
}

// A dialog with bots and scripts as a supervisor would list them, and no connection: what the
// form does needs no server.
std::unique_ptr<TaskEditorDialog> openDialog(Session &session,
                                             const Task &task,
                                             TaskEditorDialog::Mode mode)
{
    auto dialog = std::make_unique<TaskEditorDialog>(&session, task, mode);
    dialog->form()->setFlavor(Flavor::LocalBot);
    dialog->form()->setHosts(
        {Testing::host(BotId, u"desk-bot"_s), Testing::host(OtherBotId, u"old-bot"_s, false)});
    dialog->form()->scriptPicker()->setScripts(
        {Testing::script(ScriptId, u"check_disk.sh"_s, "#!/bin/sh\ndf -h\n"),
         Testing::script(u"5a0000000000000000000002"_s, u"report.py"_s, "print(1)\n")});
    dialog->show();
    return dialog;
}

Task storedTask()
{
    Task task = Task::newScriptTask();
    task.setId(TaskId);
    task.setName(u"Check disk"_s);
    task.setHostId(BotId);
    task.setScriptId(ScriptId);
    task.setScriptRunAs(u"bash %script%"_s);
    TaskArgument mount = TaskArgument::create(TaskArgument::Type::Fixed, 1, 0, u"Mount"_s);
    mount.setValue(u"/"_s);
    task.setArguments({mount, TaskArgument::create(TaskArgument::Type::Input, 2, 1, u"Unit"_s)});
    QJsonObject json = task.toJson();
    // Members the form does not show must survive an edit.
    json.insert("short_description"_L1, u"disk"_s);
    json.insert("user_inputs_members"_L1, QJsonArray{u"a@b.c"_s});
    json.insert("timeout"_L1, 1500);
    json.insert("version"_L1, 3);
    return Task(json);
}

} // namespace

class TestTaskEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void commandLine_data()
    {
        QTest::addColumn<QString>("runAs");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("expected");
        const QString path = u"/tmp/theeye/check_disk.sh"_s;
        QTest::newRow("local bash")
            << u"bash %script%"_s << QStringList{u"<Mount>"_s, u"<Unit>"_s} << int(Flavor::LocalBot)
            << u"/bin/sh -c 'bash '\\''/tmp/theeye/check_disk.sh'\\'' \"$@\"' theeye <Mount> <Unit>"_s;
        QTest::newRow("local values quoted")
            << u"bash %script%"_s << QStringList{u"/var/log"_s, u"it's here"_s}
            << int(Flavor::LocalBot)
            << u"/bin/sh -c 'bash '\\''/tmp/theeye/check_disk.sh'\\'' \"$@\"' theeye /var/log 'it'\\''s here'"_s;
        QTest::newRow("local sudo keeps shell syntax")
            << u"sudo -u backup %script%"_s << QStringList{} << int(Flavor::LocalBot)
            << u"/bin/sh -c 'sudo -u backup '\\''/tmp/theeye/check_disk.sh'\\'' \"$@\"' theeye"_s;
        QTest::newRow("missing keyword appended")
            << u"bash"_s << QStringList{} << int(Flavor::LocalBot)
            << u"/bin/sh -c 'bash '\\''/tmp/theeye/check_disk.sh'\\'' \"$@\"' theeye"_s;
        QTest::newRow("only the first keyword")
            << u"%script% %script%"_s << QStringList{} << int(Flavor::TheEyeAgent)
            << u"/tmp/theeye/check_disk.sh %script%"_s;
        QTest::newRow("agent appends escaped arguments")
            << u"bash %script%"_s << QStringList{u"a b"_s, u"<Unit>"_s} << int(Flavor::TheEyeAgent)
            << u"bash /tmp/theeye/check_disk.sh 'a b' <Unit>"_s;
        QTest::newRow("empty run-as")
            << u"  "_s << QStringList{} << int(Flavor::LocalBot) << QString();
    }

    void commandLine()
    {
        QFETCH(QString, runAs);
        QFETCH(QStringList, arguments);
        QFETCH(int, flavor);
        QFETCH(QString, expected);
        QCOMPARE(RunAs::commandLine(runAs,
                                    u"/tmp/theeye/check_disk.sh"_s,
                                    arguments,
                                    static_cast<Flavor>(flavor)),
                 expected);
    }

    void runAsSuggestion_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty, shell") << u"a.sh"_s << QString() << u"bash %script%"_s;
        QTest::newRow("empty, node") << u"a.js"_s << QString() << u"node %script%"_s;
        QTest::newRow("built-in follows") << u"a.ps1"_s << u"bash %script%"_s
                                          << u"powershell.exe -NonInteractive -ExecutionPolicy "
                                             "ByPass -File \"%script%\""_s;
        QTest::newRow("bat") << u"a.bat"_s << u"node %script%"_s << u"%script%"_s;
        QTest::newRow("own command kept")
            << u"a.js"_s << u"sudo -u x %script%"_s << u"sudo -u x %script%"_s;
        QTest::newRow("unknown extension keeps")
            << u"a.txt"_s << u"bash %script%"_s << u"bash %script%"_s;
    }

    void runAsSuggestion()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, current);
        QFETCH(QString, expected);
        QCOMPARE(RunAs::suggestFor(fileName, current), expected);
    }

    void timeoutUnits_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<int>("amount");
        QTest::addColumn<int>("unit");
        QTest::newRow("default 10 min") << qint64(600000) << 10 << int(TimeoutEdit::Unit::Minutes);
        QTest::newRow("90 s") << qint64(90000) << 90 << int(TimeoutEdit::Unit::Seconds);
        QTest::newRow("2 h") << qint64(7200000) << 2 << int(TimeoutEdit::Unit::Hours);
        QTest::newRow("4 h as TheEye's longest")
            << qint64(14400000) << 4 << int(TimeoutEdit::Unit::Hours);
        QTest::newRow("rounded up") << qint64(1500) << 2 << int(TimeoutEdit::Unit::Seconds);
        QTest::newRow("at least 1 s") << qint64(0) << 1 << int(TimeoutEdit::Unit::Seconds);
    }

    void timeoutUnits()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(int, amount);
        QFETCH(int, unit);
        TimeoutEdit edit;
        edit.setMilliseconds(milliseconds);
        QCOMPARE(edit.amount(), amount);
        QCOMPARE(int(edit.unit()), unit);
        QCOMPARE(child<QSpinBox>(&edit, u"timeoutSpin"_s)->value(), amount);
    }

    void timeoutIsStoredInMilliseconds()
    {
        Session session;
        auto dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
        // 1500 ms shows as 2 s, and stays 1500 until the user changes it.
        QCOMPARE(dialog->task().timeoutMs(), std::optional<qint64>(1500));
        auto *spin = child<QSpinBox>(dialog.get(), u"timeoutSpin"_s);
        auto *unit = child<QComboBox>(dialog.get(), u"timeoutUnitCombo"_s);
        spin->setValue(90);
        QCOMPARE(dialog->task().timeoutMs(), std::optional<qint64>(90'000));
        unit->setCurrentIndex(unit->findData(int(TimeoutEdit::Unit::Hours)));
        spin->setValue(2);
        QCOMPARE(dialog->task().timeoutMs(), std::optional<qint64>(7'200'000));
    }

    void validationErrorsAppearAndBlockOk()
    {
        Session session;
        auto dialog = openDialog(session, Task::newScriptTask(), TaskEditorDialog::Mode::Create);
        QVERIFY(!okButton(*dialog)->isEnabled());
        for (const Field field : {Field::Name, Field::Bot, Field::Script, Field::RunAs})
            QVERIFY2(errorLabel(*dialog, field)->isVisible(),
                     qPrintable(TaskFields::errorObjectName(field)));
        QVERIFY(!errorLabel(*dialog, Field::Tags)->isVisible());

        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Check disk"_s);
        QVERIFY(!errorLabel(*dialog, Field::Name)->isVisible());
        auto *bots = child<QComboBox>(dialog.get(), u"botCombo"_s);
        bots->setCurrentIndex(bots->findData(BotId));
        QVERIFY(!errorLabel(*dialog, Field::Bot)->isVisible());
        auto *scripts = child<QComboBox>(dialog.get(), u"scriptCombo"_s);
        scripts->setCurrentIndex(scripts->findData(ScriptId));
        QVERIFY(!okButton(*dialog)->isEnabled()); // Run As is still empty
        child<QComboBox>(dialog.get(), u"runAsCombo"_s)->setCurrentText(u"bash %script%"_s);
        QVERIFY(okButton(*dialog)->isEnabled());

        // Advanced fields block too, and say so on the collapsed toggle.
        dialog->form()->setAdvancedVisible(false);
        auto *acl = child<QLineEdit>(dialog.get(), u"aclEdit"_s);
        acl->setText(u"ops@example.com, not valid"_s);
        QVERIFY(!okButton(*dialog)->isEnabled());
        QVERIFY(errorLabel(*dialog, Field::Acl)->text().contains(u"not valid"_s));
        QVERIFY(child<QToolButton>(dialog.get(), u"advancedToggle"_s)
                    ->text()
                    .contains(TaskFields::label(Field::Acl)));
        acl->setText(u"ops@example.com, manager, team:ops"_s);
        QVERIFY(okButton(*dialog)->isEnabled());

        auto *env = child<EnvEditor>(dialog.get(), u"envEditor"_s);
        env->addVariable();
        QVERIFY(!okButton(*dialog)->isEnabled());
        env->model()->setData(env->model()->index(0, EnvTableModel::KeyColumn), u"API_KEY"_s);
        QVERIFY(errorLabel(*dialog, Field::Env)->text().contains(u"API_KEY"_s)); // no value
        env->model()->setData(env->model()->index(0, EnvTableModel::ValueColumn), u"k"_s);
        QVERIFY(okButton(*dialog)->isEnabled());

        // A fixed argument without its value is an argument problem.
        auto *arguments = child<ArgumentEditor>(dialog.get(), u"argumentEditor"_s);
        arguments->setArguments({TaskArgument::create(TaskArgument::Type::Fixed, 1, 0, u"a"_s)});
        QVERIFY(!okButton(*dialog)->isEnabled());
        QVERIFY(errorLabel(*dialog, Field::Arguments)->isVisible());
        arguments->model()->setData(arguments->model()->index(0, ArgumentTableModel::ValueColumn),
                                    u"x"_s);
        QVERIFY(okButton(*dialog)->isEnabled());

        const Task task = dialog->task();
        QCOMPARE(task.name(), u"Check disk"_s);
        QCOMPARE(task.hostId(), BotId);
        QCOMPARE(task.scriptId(), ScriptId);
        QCOMPARE(task.acl(), (QStringList{u"ops@example.com"_s, u"manager"_s, u"team:ops"_s}));
        QCOMPARE(task.env().value(u"API_KEY"_s), u"k"_s);
        QCOMPARE(task.arguments().first().value(), u"x"_s);
    }

    void aclEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        QTest::newRow("email") << u"ops@example.com"_s << true;
        QTest::newRow("role") << u"Viewer"_s << true;
        QTest::newRow("member tag") << u"team:ops"_s << true;
        QTest::newRow("word") << u"operators"_s << false;
        QTest::newRow("space") << u"john smith"_s << false;
        QTest::newRow("empty tag value") << u"team:"_s << false;
    }

    void aclEntries()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        QCOMPARE(TaskFields::aclEntryProblem(entry).isEmpty(), valid);
    }

    void triggersExcludeOwnEventsAndGateGraceTime()
    {
        Session session;
        auto dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
        TriggerPicker *picker = dialog->form()->triggerPicker();
        picker->setEvents({Testing::event(u"e1"_s, u"success"_s, TaskId, u"Check disk"_s),
                           Testing::event(u"e2"_s, u"failure"_s, TaskId, u"Check disk"_s),
                           Testing::event(u"e3"_s, u"success"_s, u"t2"_s, u"Backup"_s),
                           Testing::event(u"e4"_s, u"failure"_s, u"t2"_s, u"Backup"_s),
                           Testing::event(u"e5"_s, u"success"_s, u"t3"_s, u"Rotate logs"_s)},
                          TaskId);
        QCOMPARE(picker->offeredCount(), 3); // never the task's own events
        auto *list = child<QListView>(dialog.get(), u"triggerList"_s);
        QCOMPARE(list->model()->rowCount(), 3);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"triggerSearchEdit"_s), u"backup"_s);
        QCOMPARE(list->model()->rowCount(), 2);

        auto *grace = child<QComboBox>(dialog.get(), u"graceTimeCombo"_s);
        QVERIFY(!grace->isEnabled());
        list->model()->setData(list->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(grace->isEnabled());
        grace->setCurrentIndex(grace->findData(300));
        QCOMPARE(dialog->task().triggers().size(), 1);
        QCOMPARE(dialog->task().graceTimeSeconds(), 300);
        list->model()->setData(list->model()->index(0, 0), Qt::Unchecked, Qt::CheckStateRole);
        QVERIFY(!grace->isEnabled());
        QCOMPARE(dialog->task().graceTimeSeconds(), 0); // cleared with the last trigger

        // A trigger the supervisor does not list stays selected.
        Task withUnknown = storedTask();
        withUnknown.setTriggers({u"gone"_s});
        auto other = openDialog(session, withUnknown, TaskEditorDialog::Mode::Edit);
        other->form()->triggerPicker()->setEvents({}, TaskId);
        QCOMPARE(other->task().triggers(), QStringList{u"gone"_s});
        QVERIFY(!other->isModified());
    }

    void editWritesBackOnlyWhatChanged()
    {
        Session session;
        const Task original = storedTask();
        auto dialog = openDialog(session, original, TaskEditorDialog::Mode::Edit);
        QVERIFY(okButton(*dialog)->isEnabled());
        QCOMPARE(dialog->task(), original);
        QVERIFY(!dialog->isModified());
        QCOMPARE(okButton(*dialog)->text(), u"&Save"_s);

        auto *name = child<QLineEdit>(dialog.get(), u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Check disk space"_s);
        QVERIFY(dialog->isModified());
        QJsonObject expected = original.toJson();
        expected.insert("name"_L1, u"Check disk space"_s);
        QCOMPARE(dialog->task().toJson(), expected);
    }

    void copyStartsFromTheTaskWithoutItsIdentity()
    {
        Session session;
        Task original = storedTask();
        original.setTriggers({u"e3"_s});
        auto dialog = openDialog(session, original, TaskEditorDialog::Mode::Copy);
        QCOMPARE(dialog->windowTitle(), u"Copy of Task “Check disk (copy)”"_s);
        const Task copy = dialog->task();
        QVERIFY(copy.id().isEmpty());
        QVERIFY(copy.triggers().isEmpty());
        QCOMPARE(copy.name(), u"Check disk (copy)"_s);
        QCOMPARE(copy.arguments(), original.arguments());
        QCOMPARE(copy.hostId(), BotId);
        QVERIFY(!copy.toJson().contains("version"_L1));
        QCOMPARE(okButton(*dialog)->text(), u"&Create Copy"_s);
    }

    void runAsFollowsTheChosenScript()
    {
        Session session;
        auto dialog = openDialog(session, Task::newScriptTask(), TaskEditorDialog::Mode::Create);
        auto *scripts = child<QComboBox>(dialog.get(), u"scriptCombo"_s);
        auto *runAs = child<QComboBox>(dialog.get(), u"runAsCombo"_s);
        auto *preview = child<QLabel>(dialog.get(), u"runAsPreviewLabel"_s);
        scripts->setFocus();
        // The keyboard changes the choice the way a user does (activated is emitted).
        QTest::keyClick(scripts, Qt::Key_Down);
        QCOMPARE(dialog->form()->scriptPicker()->currentFileName(), u"check_disk.sh"_s);
        QCOMPARE(runAs->currentText(), u"bash %script%"_s);
        QVERIFY(preview->text().contains(
            u"/bin/sh -c 'bash '\\''/tmp/theeye/check_disk.sh'\\'' \"$@\"' theeye"_s));
        QTest::keyClick(scripts, Qt::Key_Down);
        QCOMPARE(runAs->currentText(), u"python3 %script%"_s); // still a built-in: it follows

        auto *arguments = child<ArgumentEditor>(dialog.get(), u"argumentEditor"_s);
        TaskArgument fixed = TaskArgument::create(TaskArgument::Type::Fixed, 1, 0, u"Mount"_s);
        fixed.setValue(u"/var"_s);
        TaskArgument secret = TaskArgument::create(TaskArgument::Type::Fixed, 2, 1, u"Key"_s);
        secret.setValue(u"hunter2"_s);
        secret.setMasked(true);
        arguments->setArguments(
            {fixed, secret, TaskArgument::create(TaskArgument::Type::Input, 3, 2, u"Unit"_s)});
        QCOMPARE(dialog->form()->commandLinePreview(),
                 u"/bin/sh -c 'python3 '\\''/tmp/theeye/report.py'\\'' \"$@\"' theeye /var <Key> "
                 "<Unit>"_s);
        QVERIFY(!preview->text().contains(u"hunter2"_s));

        runAs->setCurrentText(u"sudo -u app python3 %script%"_s);
        QTest::keyClick(scripts, Qt::Key_Up);
        QCOMPARE(runAs->currentText(), u"sudo -u app python3 %script%"_s); // the user's own
        // The supervisor's flavour of the same line for a TheEye agent.
        dialog->form()->setFlavor(Flavor::TheEyeAgent);
        QCOMPARE(dialog->form()->commandLinePreview(),
                 u"sudo -u app python3 /tmp/theeye/check_disk.sh /var <Key> <Unit>"_s);
    }

    void listEditCompletesTheEntryUnderTheCursor()
    {
        ListEdit edit;
        edit.setCompletions({u"ops"_s, u"env:prod"_s, u"env:test"_s});
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClicks(&edit, u"ops, env:p"_s);
        QTRY_VERIFY(edit.entryCompleter()->popup()->isVisible());
        QCOMPARE(edit.entryCompleter()->completionCount(), 1);
        QTest::keyClick(edit.entryCompleter()->popup(), Qt::Key_Down);
        QTest::keyClick(edit.entryCompleter()->popup(), Qt::Key_Return);
        QCOMPARE(edit.entries(), (QStringList{u"ops"_s, u"env:prod"_s}));
        QCOMPARE(ListEdit::split(u" a, ,b,a , "_s), (QStringList{u"a"_s, u"b"_s}));
    }

    void unsavedChangeGuard()
    {
        Session session;
        auto dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
        // Nothing changed: closes at once.
        dialog->reject();
        QVERIFY(!dialog->isVisible());

        dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
        child<QLineEdit>(dialog.get(), u"nameEdit"_s)->setText(u"Renamed"_s);
        QString question;
        Testing::answerNextMessageBox(QMessageBox::Cancel, &question);
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY(question.contains(u"Check disk"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog.get(), u"nameEdit"_s)->text(), u"Renamed"_s);

        // Closing the window asks the same.
        question.clear();
        Testing::answerNextMessageBox(QMessageBox::Cancel, &question);
        dialog->close();
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY(dialog->isVisible());

        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        Testing::answerNextMessageBox(QMessageBox::Discard);
        child<QPushButton>(dialog.get(), u"cancelButton"_s)->click();
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(!dialog->isVisible());
    }

    void enterAcceptsOnlyWhenValidAndKeepsInputOnFailure()
    {
        Session session; // never opened: saving has nowhere to go
        auto dialog = openDialog(session, Task::newScriptTask(), TaskEditorDialog::Mode::Create);
        QSignalSpy saved(dialog.get(), &TaskEditorDialog::taskSaved);
        auto *name = child<QLineEdit>(dialog.get(), u"nameEdit"_s);
        QTest::keyClicks(name, u"Hello"_s);
        QTest::keyClick(name, Qt::Key_Return); // invalid: nothing happens
        QVERIFY(dialog->isVisible());
        auto *message = child<QLabel>(dialog.get(), u"saveMessageLabel"_s);
        QVERIFY(!message->isVisible());

        auto *bots = child<QComboBox>(dialog.get(), u"botCombo"_s);
        bots->setCurrentIndex(bots->findData(BotId));
        auto *scripts = child<QComboBox>(dialog.get(), u"scriptCombo"_s);
        scripts->setCurrentIndex(scripts->findData(ScriptId));
        child<QComboBox>(dialog.get(), u"runAsCombo"_s)->setCurrentText(u"bash %script%"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Not connected"_s), qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(saved.isEmpty());
        QCOMPARE(name->text(), u"Hello"_s);
        QVERIFY(okButton(*dialog)->isEnabled()); // ready to try again
    }

    void sizeIsRemembered()
    {
        Session session;
        {
            auto dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
            dialog->resize(640, 700);
            dialog->reject();
        }
        auto dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
        QCOMPARE(dialog->size(), QSize(640, 700));
    }

    void oneEditorPerTaskAndScriptTasksOnly()
    {
        Session session;
        TaskEditing editing(&session, nullptr);
        TaskEditorDialog *first = editing.editTask(storedTask());
        QVERIFY(first);
        QCOMPARE(editing.editTask(storedTask()), first); // raised, not opened twice
        QVERIFY(editing.copyTask(storedTask()) != first);

        const Task approval(QJsonObject{{"id"_L1, u"5f00000000000000000000aa"_s},
                                        {"type"_L1, u"approval"_s},
                                        {"name"_L1, u"Approve deploy"_s}});
        QString text;
        Testing::answerNextMessageBox(QMessageBox::Ok, &text);
        QVERIFY(!editing.editTask(approval));
        QVERIFY2(text.contains(u"Approve deploy"_s) && text.contains(u"approval"_s),
                 qPrintable(text));
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<TaskEditorDialog *>(widget))
                widget->deleteLater();
        }
    }

    void everyWidgetHasAnObjectName()
    {
        Session session;
        auto dialog = openDialog(session, storedTask(), TaskEditorDialog::Mode::Edit);
        dialog->form()->setAdvancedVisible(true);
        for (const char *name :
             {"nameEdit",          "botCombo",          "scriptCombo",      "newScriptButton",
              "editScriptButton",  "scriptInfoLabel",   "tagsEdit",         "argumentEditor",
              "runAsCombo",        "runAsPreviewLabel", "advancedToggle",   "descriptionEdit",
              "aclEdit",           "triggerList",       "graceTimeCombo",   "timeoutSpin",
              "timeoutUnitCombo",  "multitaskingCheck", "cancellableCheck", "envTable",
              "defaultStateCombo", "jobsKeptSpin"}) {
            auto *widget = dialog->findChild<QWidget *>(QLatin1StringView(name));
            QVERIFY2(widget && widget->isVisible(), name);
        }
        QCOMPARE(child<QLabel>(dialog.get(), u"scriptInfoLabel"_s)->text(),
                 u"%1 · md5 %2"_s.arg(QLocale().formattedDataSize(16),
                                      Script::md5Hex("#!/bin/sh\ndf -h\n")));
    }
};

QTEST_MAIN(TestTaskEditor)
#include "tst_taskeditor.moc"
