#pragma once

#include "client/changefeed.h"
#include "client/clienterror.h"
#include "client/connectionprofile.h"
#include "client/supervisorclient.h" // complete types for changefeed.h QPointers
#include "models/host.h"
#include "models/job.h"
#include "models/taskactivity.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace TheEye {

class SupervisorClient;
class TaskTableModel;

// Everything the windows share about the supervisor the app is connected to: the client, the
// change feed, the task table model kept current from it, the bots, what each task's jobs are
// doing, and what the token may do. Not a widget: the windows bind to its signals.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // TheEye's credentials, in their significant order (supervisor-api.md §2.3).
    enum class Role { Unknown = -1, Viewer, User, Agent, Manager, Admin, Integration, Owner, Root };
    Q_ENUM(Role)
    enum class State { Disconnected, Connecting, Connected, Unreachable };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Connects to a supervisor (stopping the previous connection). `role` is what the caller
    // knows the token may do (the local supervisor's session token is an admin); otherwise the
    // role is asked from the supervisor when it can say, and is Unknown when it cannot.
    void open(const ConnectionProfile &profile, std::optional<Role> role = std::nullopt);
    void close();

    SupervisorClient *client() const { return m_client; }
    ChangeFeed *feed() const { return m_feed; }
    TaskTableModel *taskModel() const { return m_tasks; }
    const ConnectionProfile &profile() const { return m_profile; }
    State state() const { return m_state; }
    // Whether the first task list of this connection is in the table (false before open()).
    bool tasksLoaded() const { return m_tasksLoaded; }
    const ClientError &lastError() const { return m_lastError; }
    // "local on this machine", or the supervisor's host and organization.
    QString description() const;

    Role role() const { return m_role; }
    void setRole(Role role);
    static QString roleName(Role role);
    static Role roleFromName(const QString &name);
    // What the role allows. With an Unknown role everything is offered and the supervisor's
    // 403 answers decide.
    bool canRun() const { return atLeast(Role::User); }
    bool canEdit() const { return atLeast(Role::Admin); }
    bool canViewCredentials() const { return atLeast(Role::Admin); }
    bool canEmptyQueue() const { return atLeast(Role::Admin); }
    bool isAdmin() const { return m_role == Role::Unknown || atLeast(Role::Admin); }
    // Why actions are off, for the read-only note; empty when the role allows editing.
    QString readOnlyReason() const;

    QList<Host> hosts() const { return m_hosts; }
    Host host(const QString &id) const;
    QStringList knownTags() const;
    QStringList knownRunAs() const;
    TaskActivity activity(const QString &taskId) const;
    // Jobs seen by any view (history panels, job windows) keep the table's activity current.
    void noteJob(const Job &job);
    void forgetJob(const QString &jobId);
    int runningJobCount() const;
    // Names of users by id, for job lists that carry only `user_id`: learnt from the token (a
    // gateway JWT names its user) and from every noted job whose `user` object names its user.
    QHash<QString, QString> userNames() const { return m_userNames; }
    // The name for a user id nobody named. On the local supervisor jobs are started by this app's
    // session tokens, whose principals are made anew each run: the profile's user or name.
    // Empty for a remote supervisor (the id shows).
    QString unknownUserName() const;

Q_SIGNALS:
    void stateChanged(TheEye::Session::State state);
    void roleChanged(TheEye::Session::Role role);
    void hostsChanged();
    void jobChanged(const TheEye::Job &job);
    void userNamesChanged();
    // The first task list of a connection reached the table.
    void taskListLoaded();
    void jobRemoved(const QString &jobId);
    void runningCountChanged(int running);
    // A refresh failed for a reason the user should hear about (401, 403, a broken answer).
    void problem(const TheEye::ClientError &error);

private:
    bool atLeast(Role role) const { return m_role != Role::Unknown && m_role >= role; }
    void setState(State state);
    void refreshActivity(const QString &taskId);
    void loadRecentJobs();
    void rememberUser(const JobUser &user);

    struct JobSummary
    {
        QString taskId;
        Lifecycle lifecycle = Lifecycle::Unknown;
        JobState state = JobState::Unknown;
        QDateTime created;
    };

    ConnectionProfile m_profile;
    QHash<QString, QString> m_userNames; // by user id
    bool m_tasksLoaded = false;
    QPointer<SupervisorClient> m_client;
    QPointer<ChangeFeed> m_feed;
    TaskTableModel *m_tasks = nullptr;
    State m_state = State::Disconnected;
    Role m_role = Role::Unknown;
    ClientError m_lastError;
    QList<Host> m_hosts;
    QHash<QString, JobSummary> m_jobs;          // by job id
    QHash<QString, QSet<QString>> m_jobsByTask; // task id → job ids
    int m_running = 0;
};

} // namespace TheEye
