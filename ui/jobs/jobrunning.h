#pragma once

#include "models/job.h"
#include "models/task.h"
#include "ui/jobs/bulkrundialog.h"
#include "ui/jobs/rundialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace TheEye {

class JobDialog;
class JobHistoryPanel;
class JobTray;
class MainWindow;
class Session;

// Wires running and following jobs into the main window: Run (Ctrl+R, the toolbar, the row's
// button) opens the run form or runs at once, several selected tasks go through the bulk run,
// every started job opens its window and is tracked for the tray's notification, the history
// dock follows the selected task. The app creates one after the main window.
class JobRunning final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunning)

public:
    JobRunning(Session *session, MainWindow *window, QObject *parent = nullptr);
    ~JobRunning() override;

    JobHistoryPanel *historyPanel() const { return m_history; }
    JobTray *tray() const { return m_tray; }

    // One task: its form, its confirmation, or at once. Several: the bulk run.
    void run(const QList<Task> &tasks);
    void runTask(const Task &task);
    // Opens the job's window, or raises it when it is open already.
    JobDialog *openJob(const Job &job);
    void openJobById(const QString &jobId);
    JobDialog *jobWindow(const QString &jobId) const;
    QList<JobDialog *> jobWindows() const;
    // The run form or bulk dialog currently open, if any (for tests and focus).
    RunDialog *runDialog() const { return m_runDialog; }
    BulkRunDialog *bulkDialog() const { return m_bulkDialog; }

Q_SIGNALS:
    void jobStarted(const TheEye::Job &job);
    // Could not start a task that ran without a form; the message is translated.
    void runFailed(const TheEye::Task &task, const QString &message);

private:
    void onJobStarted(const Job &job, bool openWindow);
    RunDialog *openRunDialog(const Task &task);

    Session *m_session = nullptr;
    QPointer<MainWindow> m_window;
    JobHistoryPanel *m_history = nullptr;
    JobTray *m_tray = nullptr;
    QHash<QString, QPointer<JobDialog>> m_jobWindows;
    QPointer<RunDialog> m_runDialog;
    QPointer<BulkRunDialog> m_bulkDialog;
};

} // namespace TheEye
