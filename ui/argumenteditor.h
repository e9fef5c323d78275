#pragma once

#include "models/task.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace TheEye {

class ArgumentTableModel;

// The task editor's "Task Arguments" section: a table (Order, Type, Label, Value) with add per
// type, edit in a per-type dialog, drag-and-drop and Move up/down reordering, delete, copy from
// another task, and import/export of an arguments file.
class ArgumentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentEditor)

public:
    explicit ArgumentEditor(QWidget *parent = nullptr);

    void setArguments(const QList<TaskArgument> &arguments);
    QList<TaskArgument> arguments() const;
    // Tasks offered by "Copy from another task" (the task being edited is excluded by the caller).
    void setTasksForCopy(const QList<Task> &tasks);
    void setTaskName(const QString &name); // for the exported file name
    QStringList problems() const;
    ArgumentTableModel *model() const { return m_model; }

    // The actions, public so tests and the editor's shortcuts can drive them.
    void addArgument(TaskArgument::Type type);
    void editCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    bool importFile(const QString &path, bool replace);
    bool exportFile(const QString &path);

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    void chooseImportFile();
    void chooseExportFile();
    void chooseTaskToCopy();
    int currentRow() const;

    ArgumentTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_more = nullptr;
    QLabel *m_notice = nullptr;
    QList<Task> m_tasksForCopy;
    QString m_taskName;
};

} // namespace TheEye
