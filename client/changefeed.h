#pragma once

#include "client/clienterror.h"
#include "client/mutation.h"
#include "models/host.h"
#include "models/job.h"
#include "models/task.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <optional>

class QTimer;

namespace TheEye {

class ClientCall;
class SupervisorClient;

// Keeps the GUI's views current without reloading them: after every change made through the
// client and on an interval, it fetches what may have changed and reports each difference as a
// precise signal (a row added, changed or removed). One refresh is in flight at a time; requests
// that arrive meanwhile are merged into one more refresh after it.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    explicit ChangeFeed(SupervisorClient *client, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // 0 means: only after mutations and refreshNow(). The default is 10 s.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    // How long to gather mutations before refreshing (a burst costs one refresh).
    void setMutationDelay(std::chrono::milliseconds delay);

    // Refreshes at once, then on the interval.
    void start();
    // Cancels the refresh in flight. No signal is emitted after stop() returns.
    void stop();
    bool isRunning() const { return m_running; }
    bool isRefreshing() const { return m_inFlight != nullptr; }
    // A full refresh as soon as the one in flight (if any) is done.
    void refreshNow();

    QList<Task> tasks() const;
    QList<Job> activeJobs() const;
    QList<Host> hosts() const { return m_hosts; }
    // Unknown until the first answer.
    std::optional<bool> isReachable() const { return m_reachable; }

signals:
    // The complete task list of the first refresh after start() or a profile change; from
    // then on only differences.
    void tasksLoaded(const QList<TheEye::Task> &tasks);
    void taskAdded(const TheEye::Task &task);
    void taskChanged(const TheEye::Task &task);
    void taskRemoved(const QString &taskId);
    // A job appeared, changed its state or finished.
    void jobChanged(const TheEye::Job &job);
    // A job that was being followed no longer exists (its queue was emptied, its task deleted).
    void jobRemoved(const QString &jobId);
    void hostsChanged(const QList<TheEye::Host> &hosts);
    void reachabilityChanged(bool reachable, const TheEye::ClientError &error);
    // A refresh failed for a reason other than reachability (401, 403, a broken answer).
    void refreshFailed(const TheEye::ClientError &error);
    // A refresh cycle ended, successfully or not.
    void refreshed();

private:
    enum Scope : unsigned {
        NoScope = 0,
        TasksScope = 1,
        JobsScope = 2,
        HostsScope = 4,
        AllScopes = 7
    };

    void request(unsigned scope, std::chrono::milliseconds delay);
    void beginCycle();
    void nextStep();
    void endCycle();
    void refreshTasks();
    void applyTasks(const QList<Task> &tasks);
    void refreshRunningJobs();
    void applyRunningJobs(const QList<Job> &jobs);
    void refreshNextTrackedJob();
    void refreshHosts();
    void applyHosts(const QList<Host> &hosts);
    // The callback of one step of a cycle: a failure ends the cycle, an answer is applied and
    // the next step runs.
    template<typename T>
    auto cycleStep(void (ChangeFeed::*apply)(const T &));
    void noteMutation(const Mutation &mutation);
    // Reachability for transport failures, refreshFailed() for the rest.
    void noteError(const ClientError &error);
    void noteReachable();
    void reset();

    SupervisorClient *m_client = nullptr;
    QTimer *m_intervalTimer = nullptr;
    QTimer *m_mutationTimer = nullptr;
    std::chrono::milliseconds m_interval{10'000};
    bool m_running = false;
    QPointer<ClientCall> m_inFlight;
    unsigned m_pendingScope = NoScope; // requested for the next cycle
    unsigned m_cycleScope = NoScope;   // steps left in this cycle

    bool m_tasksLoaded = false;
    QHash<QString, Task> m_tasks;
    QList<QString> m_taskOrder;
    QHash<QString, Job> m_activeJobs;
    QSet<QString> m_trackedJobIds; // to fetch one by one: gone from the running list, or new
    QList<QString> m_jobsToFetch;
    QList<Host> m_hosts;
    bool m_hostsLoaded = false;
    std::optional<bool> m_reachable;
};

} // namespace TheEye
