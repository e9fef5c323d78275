#pragma once

#include "supervisor/core/jobdispatcher.h"
#include "supervisor/engine/engineoptions.h"
#include "supervisor/engine/jobqueue.h"
#include "supervisor/engine/logfollowers.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QTimer;

namespace TheEye::Http {
class ResponseStream;
}

namespace TheEye::Supervisor {

class BotThread;
class LocalRun;
class ScriptFiles;
class Triggers;
struct ExitReport;
struct Services;

// The job engine: a FIFO queue per task for the local bot, dispatch the moment a job is ready,
// the multitasking gate and the bot's concurrency cap, cancel (the process group is killed),
// output kept capped and written in batches, live log followers, triggers and grace-time
// schedules, and recovery after a crash. Lives on the core thread, like everything it uses; the
// processes themselves are spawned, read and reaped on the bot thread (BotThread), so this
// thread never waits on them.
class JobEngine final : public QObject, public JobDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobEngine)

public:
    JobEngine(Services &services,
              EngineOptions options,
              const QString &dataDirectory,
              QObject *parent = nullptr);
    ~JobEngine() override;

    // Recovery (assigned jobs of the local bot left by a killed supervisor are terminated with a
    // message), then the ready jobs are queued and the schedules armed.
    void start();
    // The supervisor stops: running scripts are killed and their jobs terminated with a message.
    void shutdown();

    void jobReady(const JobRow &job) override;
    void jobCanceled(const JobRow &job, Lifecycle previous) override;
    void taskRemoved(const QString &taskId) override;
    bool hasStarted(const QString &jobId) const override;
    std::optional<JobRow> assignToAgent(const QString &organizationId,
                                        const QString &hostId) override;
    QList<JobRow> dequeueForAgent(const QString &organizationId,
                                  const QString &taskId,
                                  const QString &hostId,
                                  int limit) override;
    QStringList takeCanceledForAgent(const QString &hostId) override;

    // The job's kept output so far while the local bot runs it; nullopt otherwise.
    std::optional<QByteArray> liveLog(const QString &jobId);
    // Streams the job's output from `position` on as it is produced, and ends the stream when the
    // job finishes. For a job that has not finished.
    void follow(const QString &jobId,
                std::shared_ptr<Http::ResponseStream> stream,
                qint64 position);

    int runningCount() const { return static_cast<int>(m_runs.size()); }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }
    // The process group of a job the local bot runs (tests check what it left behind).
    qint64 processGroup(const QString &jobId) const;
    const EngineOptions &options() const { return m_options; }
    Triggers &triggers() { return *m_triggers; }

    // Remote agents: a job moved to `assigned` for one (multitasking counts it) and its
    // server-side timeout; released when it reports, is canceled or times out.
    void noteRemoteAssigned(const JobRow &job);
    void noteRemoteReleased(const QString &jobId);

Q_SIGNALS:
    void runStarted(const QString &jobId);
    void runFinished(const QString &jobId);

private:
    bool isLocal(const JobRow &job) const;
    bool mustWait(const JobQueue::Entry &head) const;
    bool taskAllowsMultitasking(const QString &organizationId, const QString &taskId) const;
    void enqueue(const JobRow &job);
    void pump();
    void launch(const JobQueue::Entry &entry);
    void failBeforeStart(JobRow job, const QString &message);
    void onStarted(quint64 botRun, qint64 processGroup);
    void storeAssigned();
    void onEnded(quint64 botRun, const ExitReport &report);
    void flushOutput();
    void keepOutputIfLost(qint64 jobSeq, const QList<OutputChunk> &pending);
    void scheduleFlush();
    void onJobFinished(const QString &jobId);
    void terminateInterrupted(JobRow job, const QString &message);
    void remoteTimedOut(const QString &jobId);
    bool assignRemote(JobRow &job);
    void tellAgentCanceled(const JobRow &job);
    void release(const QString &taskId);

    Services &m_services;
    EngineOptions m_options;
    QString m_dataDirectory;
    QProcessEnvironment m_botEnvironment;
    std::unique_ptr<BotThread> m_bot;
    std::unique_ptr<ScriptFiles> m_scripts;
    std::unique_ptr<Triggers> m_triggers;
    JobQueue m_queue;
    QHash<QString, LocalRun *> m_runs;             // by job id; children of this object
    QHash<quint64, LocalRun *> m_runsByBotRun;     // the same runs by their bot thread run id
    QList<quint64> m_startedUnstored;              // running, not yet stored as assigned
    bool m_assignScheduled = false;                // storeAssigned() will run
    QHash<QString, int> m_activeByTask;            // assigned jobs (local and remote) per task
    QHash<QString, QString> m_remoteTasks;         // remote assigned job → task
    QHash<QString, QTimer *> m_remoteTimeouts;     // remote assigned job → its timeout
    QHash<QString, QStringList> m_canceledForHost; // remote jobs canceled, until the agent polls
    LogFollowers m_followers;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_assignTimer = nullptr;
    bool m_pumping = false;
    bool m_stopped = false;
};

} // namespace TheEye::Supervisor
