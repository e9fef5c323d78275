#pragma once

#include "models/script.h"
#include "models/task.h"
#include "ui/editing/tasksaver.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace TheEye {

class SupervisorClient;

// The task editor's Script row: a combo of the supervisor's scripts ("check_disk.sh —
// 2026/11/28 15:46"), New Script… and Edit Script… through ScriptEditorDialog, the md5 and size
// of the chosen one, and who else uses it. New and edited content is kept here until the task
// is saved (pending()), then uploaded by the caller, so Cancel uploads nothing.
class ScriptPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptPicker)

public:
    using Pending = TaskSaver::ScriptUpload;

    explicit ScriptPicker(QWidget *parent = nullptr);

    // Lists the client's scripts; edits download content through it.
    void setClient(SupervisorClient *client);
    void setScripts(const QList<Script> &scripts);
    void setLoadError(const QString &message);
    bool isLoaded() const { return m_loaded; }
    // The tasks that share scripts, for "also used by" (the own task left out).
    void setTasks(const QList<Task> &tasks, const QString &ownTaskId);
    void setCurrent(const QString &scriptId, const QString &fileName);

    QString currentScriptId() const; // empty for a new, not yet uploaded script
    QString currentFileName() const;
    bool hasSelection() const;
    std::optional<Pending> pending() const; // of the current choice
    // After the upload: the pending content is now this stored script.
    void markUploaded(const Script &stored);
    QStringList otherTasksUsing(const QString &scriptId) const;

    void newScript();
    void editScript();

Q_SIGNALS:
    void changed();
    // The user chose another script, or wrote or renamed one: Run As may follow its extension.
    void scriptChosen(const QString &fileName);
    void loaded();

private:
    void openEditor(const Script &script, const QByteArray &content, bool isNew);
    void rebuild(const QString &selectId, bool selectNew);
    void updateInfo();
    Script scriptById(const QString &id) const;

    QPointer<SupervisorClient> m_client;
    QList<Script> m_scripts;
    QList<Task> m_tasks;
    QString m_ownTaskId;
    std::optional<Pending> m_new;
    QHash<QString, Pending> m_edits; // by script id
    QString m_initialId;
    QString m_initialName;
    bool m_loaded = false;
    bool m_downloading = false;
    QComboBox *m_combo = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_usage = nullptr;
};

} // namespace TheEye
