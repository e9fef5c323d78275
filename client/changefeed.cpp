#include "client/changefeed.h"

#include "client/catalogapi.h"
#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"

#include <QTimer>

namespace TheEye {

using namespace std::chrono_literals;

namespace {

// The cheap members first; the whole document decides (schedules change without a new
// version, and a real supervisor bumps `version` only after answering the update).
bool taskDiffers(const Task &before, const Task &after)
{
    return before.version() != after.version() || before.lastUpdate() != after.lastUpdate()
           || before.toJson() != after.toJson();
}

} // namespace

ChangeFeed::ChangeFeed(SupervisorClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_intervalTimer(new QTimer(this))
    , m_mutationTimer(new QTimer(this))
{
    m_intervalTimer->setSingleShot(true);
    m_intervalTimer->callOnTimeout(this, [this] { request(AllScopes, 0ms); });
    m_mutationTimer->setSingleShot(true);
    m_mutationTimer->setInterval(200ms);
    m_mutationTimer->callOnTimeout(this, &ChangeFeed::beginCycle);
    connect(client, &SupervisorClient::mutated, this, &ChangeFeed::noteMutation);
    connect(client, &SupervisorClient::profileChanged, this, [this] {
        // Another server or organization: nothing known so far is true there.
        if (m_inFlight)
            m_inFlight->cancel();
        m_inFlight = nullptr;
        m_cycleScope = NoScope;
        reset();
        request(AllScopes, 0ms);
    });
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_running && !m_inFlight && m_interval > 0ms)
        m_intervalTimer->start(m_interval);
    else if (m_interval <= 0ms)
        m_intervalTimer->stop();
}

void ChangeFeed::setMutationDelay(std::chrono::milliseconds delay)
{
    m_mutationTimer->setInterval(delay);
}

void ChangeFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    request(AllScopes, 0ms);
}

void ChangeFeed::stop()
{
    m_running = false;
    m_intervalTimer->stop();
    m_mutationTimer->stop();
    m_pendingScope = NoScope;
    m_cycleScope = NoScope;
    if (m_inFlight)
        m_inFlight->cancel();
    m_inFlight = nullptr;
}

void ChangeFeed::refreshNow()
{
    request(AllScopes, 0ms);
}

QList<Task> ChangeFeed::tasks() const
{
    QList<Task> tasks;
    tasks.reserve(m_taskOrder.size());
    for (const QString &id : m_taskOrder)
        tasks.append(m_tasks.value(id));
    return tasks;
}

QList<Job> ChangeFeed::activeJobs() const
{
    return m_activeJobs.values();
}

void ChangeFeed::request(unsigned scope, std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    m_pendingScope |= scope;
    if (m_inFlight)
        return; // endCycle() starts the next one
    // A burst of mutations shares the first one's window instead of postponing it forever.
    if (!m_mutationTimer->isActive() || delay == 0ms)
        m_mutationTimer->start(delay);
}

void ChangeFeed::beginCycle()
{
    if (!m_running || m_inFlight || m_cycleScope != NoScope)
        return;
    m_intervalTimer->stop();
    m_cycleScope = m_pendingScope;
    m_pendingScope = NoScope;
    nextStep();
}

void ChangeFeed::nextStep()
{
    m_inFlight = nullptr;
    if (!m_running)
        return;
    if (m_cycleScope & TasksScope) {
        m_cycleScope &= ~TasksScope;
        refreshTasks();
    } else if (m_cycleScope & JobsScope) {
        m_cycleScope &= ~JobsScope;
        refreshRunningJobs();
    } else if (!m_jobsToFetch.isEmpty()) {
        refreshNextTrackedJob();
    } else if (m_cycleScope & HostsScope) {
        m_cycleScope &= ~HostsScope;
        refreshHosts();
    } else {
        endCycle();
    }
}

void ChangeFeed::endCycle()
{
    m_inFlight = nullptr;
    m_cycleScope = NoScope;
    m_jobsToFetch.clear();
    emit refreshed();
    if (!m_running)
        return;
    if (m_pendingScope != NoScope)
        m_mutationTimer->start(0ms);
    else if (m_interval > 0ms)
        m_intervalTimer->start(m_interval);
}

template<typename T>
auto ChangeFeed::cycleStep(void (ChangeFeed::*apply)(const T &))
{
    return [this, apply](const Result<T, ClientError> &result) {
        m_inFlight = nullptr;
        if (!result) {
            noteError(result.error());
            endCycle();
            return;
        }
        noteReachable();
        (this->*apply)(result.value());
        nextStep();
    };
}

void ChangeFeed::refreshTasks()
{
    m_inFlight = m_client->tasks().list({}, this, cycleStep(&ChangeFeed::applyTasks));
}

void ChangeFeed::applyTasks(const QList<Task> &tasks)
{
    QHash<QString, Task> fresh;
    QList<QString> order;
    fresh.reserve(tasks.size());
    order.reserve(tasks.size());
    for (const Task &task : tasks) {
        order.append(task.id());
        fresh.insert(task.id(), task);
    }
    const QHash<QString, Task> previous = std::exchange(m_tasks, fresh);
    m_taskOrder = order;
    if (!m_tasksLoaded) {
        m_tasksLoaded = true;
        emit tasksLoaded(tasks);
        return;
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (!fresh.contains(it.key()))
            emit taskRemoved(it.key());
    }
    for (const Task &task : tasks) {
        const auto before = previous.constFind(task.id());
        if (before == previous.cend())
            emit taskAdded(task);
        else if (taskDiffers(*before, task))
            emit taskChanged(task);
    }
}

void ChangeFeed::refreshRunningJobs()
{
    m_inFlight = m_client->jobs().running(this, cycleStep(&ChangeFeed::applyRunningJobs));
}

void ChangeFeed::applyRunningJobs(const QList<Job> &jobs)
{
    QHash<QString, Job> fresh;
    for (const Job &job : jobs) {
        fresh.insert(job.id(), job);
        const auto known = m_activeJobs.constFind(job.id());
        if (known == m_activeJobs.cend() || known->toJson() != job.toJson())
            emit jobChanged(job);
        m_trackedJobIds.remove(job.id());
    }
    // A job that left the list finished (or was deleted): fetch it once to tell which.
    for (auto it = m_activeJobs.cbegin(); it != m_activeJobs.cend(); ++it) {
        if (!fresh.contains(it.key()))
            m_trackedJobIds.insert(it.key());
    }
    m_activeJobs = fresh;
    m_jobsToFetch = m_trackedJobIds.values();
}

void ChangeFeed::refreshNextTrackedJob()
{
    const QString id = m_jobsToFetch.takeFirst();
    m_inFlight = m_client->jobs().get(id, this, [this, id](const Result<Job, ClientError> &result) {
        m_inFlight = nullptr;
        if (result) {
            noteReachable();
            if (result->isFinished())
                m_trackedJobIds.remove(id); // an unfinished one is looked at again next time
            emit jobChanged(result.value());
        } else if (result.error().kind == ClientError::Kind::NotFound) {
            m_trackedJobIds.remove(id);
            emit jobRemoved(id);
        } else {
            noteError(result.error());
            if (result.error().isTransportFailure()) {
                endCycle();
                return;
            }
            m_trackedJobIds.remove(id); // would fail the same way every time
        }
        nextStep();
    });
}

void ChangeFeed::refreshHosts()
{
    m_inFlight = m_client->catalog().hosts(this, cycleStep(&ChangeFeed::applyHosts));
}

void ChangeFeed::applyHosts(const QList<Host> &hosts)
{
    if (!m_hostsLoaded || hosts != m_hosts) {
        m_hostsLoaded = true;
        m_hosts = hosts;
        emit hostsChanged(m_hosts);
    }
}

void ChangeFeed::noteMutation(const Mutation &mutation)
{
    if (mutation.subject == Mutation::Subject::Job) {
        if (!mutation.id.isEmpty())
            m_trackedJobIds.insert(mutation.id);
        request(JobsScope, std::chrono::milliseconds(m_mutationTimer->interval()));
    } else {
        request(TasksScope, std::chrono::milliseconds(m_mutationTimer->interval()));
    }
}

void ChangeFeed::noteError(const ClientError &error)
{
    if (error.isTransportFailure() || error.kind == ClientError::Kind::NotConfigured) {
        if (m_reachable != false) {
            m_reachable = false;
            emit reachabilityChanged(false, error);
        }
        return;
    }
    noteReachable();
    emit refreshFailed(error);
}

void ChangeFeed::noteReachable()
{
    if (m_reachable != true) {
        m_reachable = true;
        emit reachabilityChanged(true, ClientError{});
    }
}

void ChangeFeed::reset()
{
    m_tasksLoaded = false;
    m_tasks.clear();
    m_taskOrder.clear();
    m_activeJobs.clear();
    m_trackedJobIds.clear();
    m_jobsToFetch.clear();
    m_hosts.clear();
    m_hostsLoaded = false;
    m_reachable.reset();
}

} // namespace TheEye
