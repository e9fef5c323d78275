#include "ui/session.h"

#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "models/tasktablemodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// The user a gateway token names: its JWT payload carries `user_id`, `username` and `email`
// (supervisor-api.md §2.2). Only read to name the user in job lists, never trusted for access.
JobUser userOfToken(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    return {claims.value(QLatin1StringView("user_id")).toString(),
            claims.value(QLatin1StringView("username")).toString(),
            claims.value(QLatin1StringView("email")).toString()};
}

constexpr int RecentJobsOnConnect = 500;

const char *const RoleNames[] = {"viewer",
                                 "user",
                                 "agent",
                                 "manager",
                                 "admin",
                                 "integration",
                                 "owner",
                                 "root"};

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_tasks(new TaskTableModel(this))
{}

Session::~Session()
{
    close();
}

void Session::open(const ConnectionProfile &profile, std::optional<Role> role)
{
    close();
    m_profile = profile;
    m_userNames.clear();
    rememberUser(userOfToken(profile.token));
    Q_EMIT userNamesChanged();
    m_client = new SupervisorClient(profile, this);
    m_feed = new ChangeFeed(m_client, this);
    m_tasks->setTasks({});
    setRole(role.value_or(Role::Unknown));

    m_tasksLoaded = false;
    connect(m_feed, &ChangeFeed::tasksLoaded, this, [this](const QList<Task> &tasks) {
        m_tasks->setTasks(tasks);
        for (const Task &task : tasks)
            refreshActivity(task.id());
        m_tasksLoaded = true;
        Q_EMIT taskListLoaded();
    });
    connect(m_feed, &ChangeFeed::taskAdded, m_tasks, &TaskTableModel::upsertTask);
    connect(m_feed, &ChangeFeed::taskChanged, m_tasks, &TaskTableModel::upsertTask);
    connect(m_feed, &ChangeFeed::taskRemoved, this, [this](const QString &id) {
        m_tasks->removeTask(id);
        const QSet<QString> jobs = m_jobsByTask.take(id);
        for (const QString &jobId : jobs)
            m_jobs.remove(jobId);
    });
    connect(m_feed, &ChangeFeed::jobChanged, this, &Session::noteJob);
    connect(m_feed, &ChangeFeed::jobRemoved, this, &Session::forgetJob);
    connect(m_feed, &ChangeFeed::hostsChanged, this, [this](const QList<Host> &hosts) {
        m_hosts = hosts;
        m_tasks->setHosts(hosts);
        Q_EMIT hostsChanged();
    });
    connect(m_feed,
            &ChangeFeed::reachabilityChanged,
            this,
            [this](bool reachable, const ClientError &error) {
                m_lastError = error;
                setState(reachable ? State::Connected : State::Unreachable);
                if (reachable)
                    loadRecentJobs();
            });
    connect(m_feed, &ChangeFeed::refreshFailed, this, [this](const ClientError &error) {
        m_lastError = error;
        Q_EMIT problem(error);
    });
    setState(State::Connecting);
    m_feed->start();
    if (!role) {
        // Until the profile answers, nothing is refused (Unknown); a supervisor without the
        // route keeps it so, and its own 403s stay the final word.
        m_client->fetchCredential(this, [this](const Result<QString, ClientError> &credential) {
            if (credential.ok())
                setRole(roleFromName(credential.value()));
        });
    }
}

void Session::close()
{
    if (m_feed) {
        m_feed->stop();
        delete m_feed;
    }
    delete m_client;
    m_jobs.clear();
    m_jobsByTask.clear();
    m_hosts.clear();
    m_tasksLoaded = false;
    if (m_running != 0) {
        m_running = 0;
        Q_EMIT runningCountChanged(0);
    }
    setState(State::Disconnected);
}

QString Session::description() const
{
    if (m_profile.kind == ConnectionProfile::Kind::Local)
        return tr("This computer · %1").arg(m_profile.organization);
    return tr("%1 · %2").arg(m_profile.baseUrl.host(), m_profile.organization);
}

void Session::setRole(Role role)
{
    if (role == m_role)
        return;
    m_role = role;
    Q_EMIT roleChanged(role);
}

QString Session::roleName(Role role)
{
    const int index = static_cast<int>(role);
    return index >= 0 && index < 8 ? QString::fromLatin1(RoleNames[index]) : QString();
}

Session::Role Session::roleFromName(const QString &name)
{
    for (int i = 0; i < 8; ++i) {
        if (name.compare(QLatin1StringView(RoleNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Role>(i);
    }
    return Role::Unknown;
}

QString Session::readOnlyReason() const
{
    if (m_role == Role::Unknown || atLeast(Role::Admin))
        return {};
    if (atLeast(Role::User))
        return tr("Your token is a %1 token: you can run tasks and follow jobs, but only an admin "
                  "can create, edit or delete tasks.")
            .arg(roleName(m_role));
    return tr("Your token is a %1 token: this window is read-only. Ask an administrator for a "
              "user or admin token to run or edit tasks.")
        .arg(roleName(m_role));
}

Host Session::host(const QString &id) const
{
    for (const Host &host : m_hosts) {
        if (host.id() == id)
            return host;
    }
    return {};
}

QStringList Session::knownTags() const
{
    QSet<QString> tags;
    for (const Task &task : m_tasks->tasks()) {
        for (const QString &tag : task.tags())
            tags.insert(tag);
    }
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList Session::knownRunAs() const
{
    QSet<QString> runAs;
    for (const Task &task : m_tasks->tasks()) {
        if (!task.scriptRunAs().isEmpty())
            runAs.insert(task.scriptRunAs());
    }
    QStringList sorted(runAs.cbegin(), runAs.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

TaskActivity Session::activity(const QString &taskId) const
{
    TaskActivity activity;
    const JobSummary *newest = nullptr;
    for (const QString &jobId : m_jobsByTask.value(taskId)) {
        const auto it = m_jobs.constFind(jobId);
        if (it == m_jobs.cend())
            continue;
        if (it->lifecycle == Lifecycle::Assigned || it->lifecycle == Lifecycle::Started)
            ++activity.running;
        else if (isInProgress(it->lifecycle))
            ++activity.queued;
        if (!newest || newest->created < it->created)
            newest = &*it;
    }
    if (newest) {
        activity.lastLifecycle = newest->lifecycle;
        activity.lastState = newest->state;
        activity.lastRun = newest->created;
    }
    return activity;
}

void Session::refreshActivity(const QString &taskId)
{
    m_tasks->setActivity(taskId, activity(taskId));
}

void Session::noteJob(const Job &job)
{
    const QString id = job.id();
    if (id.isEmpty())
        return;
    rememberUser(job.user());
    JobSummary summary{job.taskId(), job.lifecycle(), job.state(), job.creationDate()};
    const auto previous = m_jobs.constFind(id);
    const bool wasRunning = previous != m_jobs.cend() && isInProgress(previous->lifecycle);
    if (previous != m_jobs.cend() && previous->lifecycle == summary.lifecycle
        && previous->state == summary.state)
        return;
    m_jobs.insert(id, summary);
    m_jobsByTask[summary.taskId].insert(id);
    const bool running = isInProgress(summary.lifecycle);
    if (wasRunning != running) {
        m_running += running ? 1 : -1;
        Q_EMIT runningCountChanged(m_running);
    }
    refreshActivity(summary.taskId);
    Q_EMIT jobChanged(job);
}

void Session::rememberUser(const JobUser &user)
{
    QString name = user.username.isEmpty() ? user.email : user.username;
    // The local supervisor names the principal of the session token this app asks for
    // "session" (LocalSupervisor::issueSessionToken's label): a person reads the profile's name.
    if (m_profile.kind == ConnectionProfile::Kind::Local && user.username == "session"_L1
        && user.email == u"session@"_s + m_profile.organization + u".local"_s)
        name = unknownUserName();
    if (user.id.isEmpty() || name.isEmpty() || m_userNames.value(user.id) == name)
        return;
    m_userNames.insert(user.id, name);
    Q_EMIT userNamesChanged();
}

QString Session::unknownUserName() const
{
    if (m_profile.kind != ConnectionProfile::Kind::Local)
        return {};
    return m_profile.username.isEmpty() ? m_profile.name : m_profile.username;
}

void Session::forgetJob(const QString &jobId)
{
    const auto it = m_jobs.constFind(jobId);
    if (it == m_jobs.cend())
        return;
    const QString taskId = it->taskId;
    if (isInProgress(it->lifecycle)) {
        --m_running;
        Q_EMIT runningCountChanged(m_running);
    }
    m_jobs.erase(it);
    m_jobsByTask[taskId].remove(jobId);
    refreshActivity(taskId);
    Q_EMIT jobRemoved(jobId);
}

int Session::runningJobCount() const
{
    return m_running;
}

void Session::loadRecentJobs()
{
    // The newest jobs of every task give the table its "last job" column without asking for
    // each task's history.
    if (!m_client)
        return;
    JobListQuery query;
    query.limit = RecentJobsOnConnect;
    m_client->jobs().list(query, this, [this](const Result<JobPage, ClientError> &result) {
        if (!result.ok())
            return;
        for (const Job &job : result->jobs)
            noteJob(job);
    });
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace TheEye
