#pragma once

#include "models/task.h"
#include "ui/editing/importpreviewdialog.h"
#include "ui/editing/recipeexporter.h"
#include "ui/editing/recipefiles.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace TheEye {

class MainWindow;
class ResultListDialog;
class Session;
class TaskEditorDialog;

// Connects the main window's requests to the editing windows: New, Edit and Copy open the task
// editor (one per task: asking again raises it), Export (Ctrl+E) asks where and what to write
// and writes it, Import (Ctrl+I, or files dropped on the window) previews every recipe and
// creates the tasks. The methods are public so the app's other entry points and tests can call
// them without the main window.
class TaskEditing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditing)

public:
    explicit TaskEditing(Session *session, MainWindow *window, QObject *parent = nullptr);
    ~TaskEditing() override;

    TaskEditorDialog *newTask();
    // Null for a task that is not a script task (approval, webhook, …): a message says why.
    TaskEditorDialog *editTask(const Task &task);
    TaskEditorDialog *copyTask(const Task &task);

    // One task: a save dialog offering recipe, backup and arguments; several: the export
    // options (what, which folder), then one file per task and a result list.
    void exportTasks(const QList<Task> &tasks);
    RecipeExporter *exportToFile(const Task &task,
                                 RecipeFiles::ExportKind kind,
                                 const QString &path);
    RecipeExporter *exportToFolder(const QList<Task> &tasks,
                                   RecipeFiles::ExportKind kind,
                                   const QString &folder);

    // Files and folders (their *.json files). Opens the preview when at least one recipe can be
    // imported, otherwise only the list of what is wrong with each file. Returns the preview.
    ImportPreviewDialog *importFiles(const QStringList &paths);

    // The result list of the last bulk export or import, while it is open.
    ResultListDialog *resultList() const;

Q_SIGNALS:
    void exportFinished(const QList<TheEye::RecipeExporter::Outcome> &outcomes);
    void importFinished(const QList<TheEye::ImportPreviewDialog::Entry> &entries);

private:
    TaskEditorDialog *openEditor(const Task &task, int mode);
    bool refuseNonScript(const Task &task);
    QWidget *dialogParent() const;
    void showStatus(const QString &message);
    void showExportResults(const QList<RecipeExporter::Outcome> &outcomes, bool single);
    void showImportResults(const QList<ImportPreviewDialog::Entry> &entries);
    ResultListDialog *openResultList(const QString &title);

    QPointer<Session> m_session;
    QPointer<MainWindow> m_window;
    QHash<QString, QPointer<TaskEditorDialog>> m_editors; // by task id
    QPointer<ResultListDialog> m_results;
};

} // namespace TheEye
