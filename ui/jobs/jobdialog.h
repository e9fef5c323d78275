#pragma once

#include "client/joblogstream.h"
#include "models/job.h"
#include "models/task.h"
#include "ui/jobs/waitreason.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace TheEye {

class ClientCall;
class JobBadge;
class JobOutputPane;
class JobResultView;
class JobWaitPanel;
class Session;

// The job window (issue 8 "Job view"): non-modal, one per job, several open at once. Shows the
// lifecycle/state badge, who started it and how, the elapsed time ticking while it runs, the exit
// code, the output as it is produced (streamed from the local supervisor, polled from a remote
// one), the parsed output and result popup, and why it waits when it does. Cancel, run again and
// run again with changes act on it. Every job it sees goes through Session::noteJob.
class JobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDialog)

public:
    JobDialog(Session *session, const Job &job, QWidget *parent = nullptr);
    ~JobDialog() override;

    const Job &job() const { return m_job; }
    QString jobId() const { return m_jobId; }
    JobOutputPane *outputPane() const { return m_output; }
    JobWaitPanel *waitPanel() const { return m_wait; }
    JobResultView *resultView() const { return m_result; }
    JobBadge *badge() const { return m_badge; }
    QString elapsedText() const;
    // Bytes of combined output received live.
    qint64 streamedBytes() const { return m_streamedBytes; }
    bool isFollowing() const;

    // Why this token may not cancel the job now; empty when it may.
    static QString cancelBlockReason(const Job &job, const Session *session);
    // "Running for 12.4 s", "Took 3 min 05 s", "Waiting for 8 s".
    static QString elapsedText(const Job &job, const QDateTime &now);

public Q_SLOTS:
    void refresh();
    // Asks first; cancelJob() does it without asking.
    void requestCancel();
    void cancelJob();
    void runAgain();
    void runAgainWithChanges();

Q_SIGNALS:
    // A job this window started (run again, run again with changes).
    void jobStarted(const TheEye::Job &job);
    void jobFinished(const TheEye::Job &job);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void apply(const Job &job);
    void applyFinished();
    void startFollowing();
    void onOutput(const QString &text);
    void refreshWaitFacts();
    void updateWaitReason();
    void updateHeader();
    void updateButtons();
    void setStatus(const QString &message);
    Task currentTask() const;
    QList<TaskArgument> definitions() const;
    void submitInput(const QHash<int, QJsonValue> &values);

    Session *m_session = nullptr;
    Job m_job;
    QString m_jobId;
    bool m_finishedHandled = false;
    qint64 m_streamedBytes = 0;
    QPointer<JobLogStream> m_stream;
    QPointer<ClientCall> m_refreshCall;
    QList<Job> m_runningOfTask;
    QList<Job> m_queuedOfTask;

    JobBadge *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_starter = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_exitCode = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_cancelReason = nullptr;
    QTextBrowser *m_popup = nullptr;
    JobWaitPanel *m_wait = nullptr;
    QTabWidget *m_tabs = nullptr;
    JobOutputPane *m_output = nullptr;
    JobResultView *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_runAgainWithChanges = nullptr;
    QTimer *m_tick = nullptr;    // elapsed time while it runs
    QTimer *m_refresh = nullptr; // while it waits, or when the stream failed
};

} // namespace TheEye
