#pragma once

#include "client/tasksapi.h"
#include "models/job.h"
#include "models/task.h"

#include <QDockWidget>
#include <QPointer>
#include <QSet>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace TheEye {

class ClientCall;
class JobFilterProxyModel;
class JobTableModel;
class Session;

// The job history dock (issue 8 "Job history"): the jobs of the selected task, or of every task,
// newest first, a page at a time. State icon, created, duration, origin, user, exit code and
// arguments; filters by state and by argument value; open, restart, repeat and cancel; empty the
// task's queue (finished only or everything) after a confirmation with counts; and the task's
// pending grace-time runs with a countdown and Cancel. Rows update in place from the session.
class JobHistoryPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryPanel)

public:
    enum class Mode { Task, AllJobs };

    explicit JobHistoryPanel(Session *session, QWidget *parent = nullptr);
    ~JobHistoryPanel() override;

    void setTask(const Task &task);
    QString taskId() const { return m_task.id(); }
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);

    JobTableModel *model() const { return m_model; }
    JobFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_pageCall != nullptr; }
    bool canLoadMore() const { return m_mayHaveMore; }
    QList<Job> selectedJobs() const;
    QList<Schedule> schedules() const { return m_schedules; }
    QString statusText() const;

    // Counts of the task's jobs that each choice of "Empty queue" removes.
    struct QueueCounts
    {
        int finished = 0;     // finished, terminated, canceled, expired, completed
        int waiting = 0;      // ready, on hold, syncing, locked
        int running = 0;      // never removed
        bool partial = false; // more jobs exist than were counted
    };
    static QueueCounts countQueue(const QList<Job> &jobs);

public Q_SLOTS:
    void reload();
    void loadMore();
    // Asks with the two choices and the counts; emptyQueueNow() does it without asking.
    void emptyQueue();
    void emptyQueueNow(TheEye::QueuePurge purge);
    void openSelected();
    void restartSelected();
    void repeatSelected();
    void cancelSelected();
    void cancelScheduleNow(const QString &scheduleId);

Q_SIGNALS:
    void openJobRequested(const TheEye::Job &job);
    // A job restarted or repeated from here.
    void jobStarted(const TheEye::Job &job);
    void pageLoaded();
    void queueEmptied(int deleted);
    void schedulesChanged();

private:
    void buildUi();
    void requestPage(int skip);
    void applyPage(const QList<Job> &jobs, bool replace, bool mayHaveMore);
    void enrich(const QString &jobId);
    void pumpDetails();
    void onJobChanged(const Job &job);
    bool belongsHere(const Job &job) const;
    void withFullJob(const Job &job, std::function<void(const Job &)> done);
    void refreshSchedules();
    void updateSchedules();
    void askToCancelSchedule();
    void updateActions();
    void updateFooter();
    void setStatus(const QString &message);
    void showContextMenu(const QPoint &position);

    Session *m_session = nullptr;
    Task m_task;
    Mode m_mode = Mode::Task;
    int m_pageSize = 50;
    int m_generation = 0;
    bool m_mayHaveMore = false;
    QPointer<ClientCall> m_pageCall;
    QList<QString> m_detailQueue;
    QSet<QString> m_detailWanted;
    int m_detailsInFlight = 0;
    QList<Schedule> m_schedules;
    QString m_soonestScheduleId;

    JobTableModel *m_model = nullptr;
    JobFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_modeBox = nullptr;
    QComboBox *m_stateBox = nullptr;
    QComboBox *m_pageSizeBox = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_footer = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_scheduleLabel = nullptr;
    QWidget *m_scheduleStrip = nullptr;
    QPushButton *m_cancelSchedule = nullptr;
    QPushButton *m_loadMore = nullptr;
    QToolButton *m_emptyQueue = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_repeatAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace TheEye
