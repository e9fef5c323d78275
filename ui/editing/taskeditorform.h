#pragma once

#include "models/host.h"
#include "models/task.h"
#include "ui/editing/runas.h"
#include "ui/editing/taskfields.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace TheEye {

class ArgumentEditor;
class EnvEditor;
class ListEdit;
class ScriptPicker;
class TimeoutEdit;
class TriggerPicker;

// Every field of TheEye's script-task form (web-ui.md §2), with TheEye's names, each with its
// error shown beside it: Name, Bot, Script, Tags, Task Arguments, Run As (with the command line
// it gives), and under Advanced Options: Description, ACL's, Triggered by, Trigger on-hold time,
// Execution Timeout, Multitasking, Cancellable, Environment (env), Default final state and Jobs
// kept in history. It loads a task and writes back only the fields the user changed, so members
// it does not show (and changes others made meanwhile) survive.
class TaskEditorForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditorForm)

public:
    using Field = TaskFields::Field;

    explicit TaskEditorForm(QWidget *parent = nullptr);

    // Fills every field from `task`; the fields' later values are compared with these.
    // `ownTaskId` is the stored task being edited (its events are not offered as triggers).
    void load(const Task &task, const QString &ownTaskId);
    // `target` with every field that differs from the loaded task set to the form's value.
    Task applyTo(Task target) const;
    Task loadedTask() const { return m_loaded; }

    void setHosts(const QList<Host> &hosts);
    void setKnownTags(const QStringList &tags);
    void setKnownRunAs(const QStringList &runAs);
    // The other tasks: "copy arguments from" and who else uses a script.
    void setTasks(const QList<Task> &tasks);
    void setFlavor(RunAs::Flavor flavor);

    ScriptPicker *scriptPicker() const { return m_script; }
    TriggerPicker *triggerPicker() const { return m_triggers; }
    ArgumentEditor *argumentEditor() const { return m_arguments; }

    // What blocks saving, by field, translated.
    QHash<Field, QString> problems() const;
    bool isValid() const { return problems().isEmpty(); }
    // A field the supervisor refused (E3); shown until the field changes.
    void setServerProblem(Field field, const QString &message);
    void clearServerProblems();
    QWidget *fieldWidget(Field field) const;
    void focusField(Field field);

    // The command line that runs the task with a sample script path.
    QString commandLinePreview() const;
    static QString sampleScriptPath(const QString &fileName);

    void setAdvancedVisible(bool visible);
    bool isAdvancedVisible() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *withError(QWidget *field, Field key);
    void buildAdvanced();
    void fillBots(const QString &selectId);
    void onScriptChosen(const QString &fileName);
    void updateGraceTime();
    void updatePreview();
    void refresh();
    QString selectedHostId() const;
    QString runAs() const;
    QString defaultState() const;
    int graceTime() const;

    Task m_loaded;
    QString m_ownTaskId;
    QList<Host> m_hosts;
    RunAs::Flavor m_flavor = RunAs::Flavor::LocalBot;
    QHash<Field, QString> m_serverProblems;
    QHash<Field, QLabel *> m_errors;
    bool m_loading = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_bot = nullptr;
    ScriptPicker *m_script = nullptr;
    ListEdit *m_tags = nullptr;
    ArgumentEditor *m_arguments = nullptr;
    QComboBox *m_runAs = nullptr;
    QLabel *m_runAsPreview = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QPlainTextEdit *m_description = nullptr;
    ListEdit *m_acl = nullptr;
    TriggerPicker *m_triggers = nullptr;
    QComboBox *m_graceTime = nullptr;
    TimeoutEdit *m_timeout = nullptr;
    QCheckBox *m_multitasking = nullptr;
    QCheckBox *m_cancellable = nullptr;
    EnvEditor *m_env = nullptr;
    QComboBox *m_defaultState = nullptr;
    QSpinBox *m_jobsKept = nullptr;
};

} // namespace TheEye
