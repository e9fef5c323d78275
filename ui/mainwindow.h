#pragma once

#include "models/job.h"
#include "models/task.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace TheEye {

class ConnectionBanner;
class GroupPanel;
class Session;
class TaskDelegate;
class TaskFilterProxyModel;

// The main window: the task table with its search box and group panel, the actions (toolbar,
// context menu, shortcuts) enabled by the token's role, the connection banner and status bar.
// Editing, running, exporting and importing are requested through signals that the app wires
// to the editor and job windows, so this class stays about the list.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QList<Task> selectedTasks() const;
    Task currentTask() const;
    void selectTask(const QString &taskId);
    QTableView *taskView() const { return m_view; }
    TaskFilterProxyModel *filterModel() const { return m_proxy; }
    QAction *action(const QString &objectName) const;
    // Adds a dock (job history, …) that the View menu can show and hide.
    void addPanel(QDockWidget *dock, Qt::DockWidgetArea area);

    // Deletes the tasks after a confirmation that names them; results land in the status bar.
    void deleteTasks(const QList<Task> &tasks, bool confirm = true);
    void showCredentials(const Task &task);
    void refresh();

Q_SIGNALS:
    void newTaskRequested();
    void editTaskRequested(const TheEye::Task &task);
    void copyTaskRequested(const TheEye::Task &task);
    void runRequested(const QList<TheEye::Task> &tasks);
    void exportRequested(const QList<TheEye::Task> &tasks);
    void importRequested(const QStringList &files);
    void bulkEditRequested(const QList<TheEye::Task> &tasks);
    void connectionsRequested();
    void currentTaskChanged(const TheEye::Task &task);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void updateStatus();
    void updateTitle();
    void showTaskMenu(const QPoint &position);
    void onSessionState();

    Session *m_session = nullptr;
    TaskFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    TaskDelegate *m_delegate = nullptr;
    GroupPanel *m_groups = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QLineEdit *m_search = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_statusConnection = nullptr;
    QLabel *m_statusCounts = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_run = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_credentials = nullptr;
    QAction *m_bulkEdit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
};

} // namespace TheEye
