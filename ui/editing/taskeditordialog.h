#pragma once

#include "client/clienterror.h"
#include "models/task.h"
#include "ui/editing/tasksaver.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace TheEye {

class Session;
class TaskEditorForm;

// Creates, edits or copies a script task (web-ui.md §2, with TheEye's field names). Constructed
// with the task it edits; it holds the task's id, not a pointer, since the task may change or
// disappear while the dialog is open. OK is enabled only while the form is valid and saves
// through the session's client (the script first when it is new or edited); the dialog closes
// only when the supervisor accepted. Every failure (the supervisor's field list, 403, 404, no
// network) is shown inline and the user's input stays. Cancel, Esc and closing ask before
// discarding changes. The size is remembered.
class TaskEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditorDialog)

public:
    enum class Mode { Create, Edit, Copy };
    Q_ENUM(Mode)

    TaskEditorDialog(Session *session, const Task &task, Mode mode, QWidget *parent = nullptr);
    ~TaskEditorDialog() override;

    Mode mode() const { return m_mode; }
    // The stored task this dialog edits; after a create, the new task's id.
    QString taskId() const { return m_taskId; }
    // What the form holds, as it would be sent now (a new script's id aside).
    Task task() const;
    // The supervisor's answer to the save that closed the dialog.
    Task savedTask() const { return m_saved; }
    bool isModified() const;
    bool isSaving() const { return m_saving; }
    TaskEditorForm *form() const { return m_form; }

    // What Copy starts from: the task without its identity, dates, secret and triggers
    // (TheEye clears them), named "<name> (copy)".
    static Task copyOf(const Task &task);

    // Validates, then saves; the dialog closes when the supervisor accepted.
    void accept() override;
    // Asks before discarding changes (also for Esc and the window's close button).
    void reject() override;

Q_SIGNALS:
    void taskSaved(const TheEye::Task &task);

protected:
    void done(int result) override;

private:
    void save();
    void onSaved(const Task &task);
    void onSaveFailed(const ClientError &error, TaskSaver::Step step);
    void setSaving(bool saving);
    void updateState();
    void updateTitle();
    void showSaveMessage(const QString &message, bool isError);

    QPointer<Session> m_session;
    Mode m_mode = Mode::Create;
    QString m_taskId;
    Task m_original;
    Task m_initial;
    Task m_saved;
    bool m_saving = false;
    TaskEditorForm *m_form = nullptr;
    QLabel *m_elsewhere = nullptr;
    QLabel *m_saveMessage = nullptr;
    QPushButton *m_createAsNew = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<TaskSaver> m_saver;
};

} // namespace TheEye
