// The actions of JobHistoryPanel: open, restart, repeat, cancel, empty the queue, delayed runs.
#include "ui/jobs/jobhistorypanel.h"

#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "models/jobarguments.h"
#include "models/jobtablemodel.h"
#include "models/tasktablemodel.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/rundialog.h"
#include "ui/jobs/waitreason.h"
#include "ui/session.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// Enough to count a task's queue; a task keeps 5 jobs by default.
constexpr int QueueCountLimit = 1000;

bool isWaiting(Lifecycle lifecycle)
{
    return lifecycle == Lifecycle::Ready || lifecycle == Lifecycle::OnHold
           || lifecycle == Lifecycle::Syncing || lifecycle == Lifecycle::Locked;
}

} // namespace

JobHistoryPanel::QueueCounts JobHistoryPanel::countQueue(const QList<Job> &jobs)
{
    QueueCounts counts;
    for (const Job &job : jobs) {
        const Lifecycle lifecycle = job.lifecycle();
        if (isFinished(lifecycle))
            ++counts.finished;
        else if (isWaiting(lifecycle))
            ++counts.waiting;
        else
            ++counts.running;
    }
    return counts;
}

void JobHistoryPanel::updateActions()
{
    const QList<Job> jobs = selectedJobs();
    const bool canRun = !m_session || m_session->canRun();
    bool anyFinished = false;
    bool anyCancellable = false;
    for (const Job &job : jobs) {
        anyFinished = anyFinished || job.isFinished();
        anyCancellable = anyCancellable || JobDialog::cancelBlockReason(job, m_session).isEmpty();
    }
    m_openAction->setEnabled(!jobs.isEmpty());
    m_restartAction->setEnabled(canRun && anyFinished);
    m_repeatAction->setEnabled(canRun && !jobs.isEmpty());
    m_cancelAction->setEnabled(anyCancellable);

    const bool taskMode = m_mode == Mode::Task && !m_task.id().isEmpty();
    const bool admin = !m_session || m_session->canEmptyQueue();
    m_emptyQueue->setEnabled(taskMode && admin && m_model->rowCount() > 0);
    m_emptyQueue->setToolTip(!taskMode ? tr("Select a task to empty its queue.")
                             : !admin  ? tr("Only an administrator can empty a task's queue.")
                             : m_model->rowCount() == 0 ? tr("The task has no jobs.")
                                                        : tr("Delete the task's finished jobs, "
                                                             "or all of its jobs"));
}

void JobHistoryPanel::openSelected()
{
    for (const Job &job : selectedJobs())
        Q_EMIT openJobRequested(job);
}

void JobHistoryPanel::withFullJob(const Job &job, std::function<void(const Job &)> done)
{
    if (job.toJson().contains("task_arguments_values"_L1)) {
        done(job);
        return;
    }
    m_session->client()->jobs().get(job.id(),
                                    this,
                                    [this, done](const Result<Job, ClientError> &result) {
                                        if (!result.ok()) {
                                            setStatus(result.error().message);
                                            return;
                                        }
                                        done(result.value());
                                    });
}

void JobHistoryPanel::restartSelected()
{
    if (!m_session || !m_session->client())
        return;
    for (const Job &job : selectedJobs()) {
        if (!job.isFinished())
            continue;
        m_session->client()
            ->jobs()
            .restart(job.id(), this, [this](const Result<Job, ClientError> &result) {
                if (!result.ok()) {
                    setStatus(tr("The job was not restarted: %1").arg(result.error().message));
                    return;
                }
                m_model->upsertJob(result.value());
                m_session->noteJob(result.value());
                setStatus(tr("Restarted job #%1.").arg(result->id()));
                Q_EMIT jobStarted(result.value());
            });
    }
}

void JobHistoryPanel::repeatSelected()
{
    if (!m_session || !m_session->client())
        return;
    for (const Job &selected : selectedJobs()) {
        withFullJob(selected, [this](const Job &job) {
            const Task *known = m_session->taskModel()->taskById(job.taskId());
            Task task = known ? *known : job.taskSnapshot();
            if (task.id().isEmpty())
                task.setId(job.taskId());
            const QString blocked = RunDialog::blockReason(m_session, task);
            if (!blocked.isEmpty() && known) {
                setStatus(blocked);
                return;
            }
            const auto values = JobArguments::valuesByOrder(task.arguments(),
                                                            job.taskArgumentsValues(),
                                                            task.argumentsType());
            m_session->client()
                ->tasks()
                .run(task, values, this, [this](const Result<Job, ClientError> &result) {
                    if (!result.ok()) {
                        setStatus(tr("The job was not started: %1").arg(result.error().message));
                        return;
                    }
                    m_session->noteJob(result.value());
                    setStatus(tr("Started job #%1 with the same arguments.").arg(result->id()));
                    Q_EMIT jobStarted(result.value());
                });
        });
    }
}

void JobHistoryPanel::cancelSelected()
{
    QList<Job> jobs;
    for (const Job &job : selectedJobs()) {
        if (JobDialog::cancelBlockReason(job, m_session).isEmpty())
            jobs.append(job);
    }
    if (jobs.isEmpty() || !m_session || !m_session->client())
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Cancel Jobs"),
                                jobs.size() == 1
                                    ? tr("Cancel the execution of %1?").arg(jobs.first().name())
                                    : tr("Cancel %n job(s)?",
                                         nullptr,
                                         static_cast<int>(jobs.size())),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(u"confirmCancel"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, jobs](int answer) {
        if (answer != QMessageBox::Yes || !m_session || !m_session->client())
            return;
        for (const Job &job : jobs) {
            const QString id = job.id();
            m_session->client()->jobs().cancel(id,
                                               job.taskId(),
                                               this,
                                               [this, id](const Result<Done, ClientError> &result) {
                                                   if (!result.ok())
                                                       setStatus(
                                                           tr("Job #%1 was not canceled: %2")
                                                               .arg(id, result.error().message));
                                                   enrich(id);
                                               });
        }
    });
    box->open();
}

void JobHistoryPanel::emptyQueue()
{
    if (!m_session || !m_session->client() || m_mode != Mode::Task || m_task.id().isEmpty())
        return;
    JobListQuery query;
    query.taskId = m_task.id();
    query.limit = QueueCountLimit;
    const QString taskId = m_task.id();
    const QString taskName = m_task.name();
    m_emptyQueue->setEnabled(false);
    m_session->client()
        ->jobs()
        .list(query, this, [this, taskId, taskName](const Result<JobPage, ClientError> &page) {
            updateActions();
            if (!page.ok()) {
                setStatus(tr("Could not count the jobs: %1").arg(page.error().message));
                return;
            }
            if (taskId != m_task.id())
                return;
            QueueCounts counts = countQueue(page->jobs);
            counts.partial = page->mayHaveMore;
            const QString more = counts.partial ? tr("at least ") : QString();
            auto *box = new QMessageBox(this);
            box->setObjectName(u"emptyQueueBox"_s);
            box->setIcon(QMessageBox::Question);
            box->setWindowTitle(tr("Jobs Queue"));
            box->setText(tr("Delete jobs of %1 from the execution queue?").arg(taskName));
            box->setInformativeText(
                tr("%1%2 finished and %3 waiting to run. Running jobs are never deleted.")
                    .arg(more)
                    .arg(counts.finished)
                    .arg(counts.waiting));
            auto *finished = box->addButton(tr("Delete %n Finished Job(s)",
                                               nullptr,
                                               counts.finished),
                                            QMessageBox::AcceptRole);
            finished->setObjectName(u"deleteFinishedButton"_s);
            finished->setEnabled(counts.finished > 0);
            auto *everything = box->addButton(tr("Delete Everything (%n job(s))",
                                                 nullptr,
                                                 counts.finished + counts.waiting),
                                              QMessageBox::DestructiveRole);
            everything->setObjectName(u"deleteEverythingButton"_s);
            everything->setEnabled(counts.finished + counts.waiting > 0);
            box->addButton(QMessageBox::Cancel)->setObjectName(u"cancelButton"_s);
            box->setDefaultButton(QMessageBox::Cancel);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box,
                    &QMessageBox::buttonClicked,
                    this,
                    [this, finished, everything, taskId](QAbstractButton *clicked) {
                        if (taskId != m_task.id())
                            return;
                        if (clicked == finished)
                            emptyQueueNow(QueuePurge::FinishedOnly);
                        else if (clicked == everything)
                            emptyQueueNow(QueuePurge::IncludingWaiting);
                    });
            box->open();
        });
}

void JobHistoryPanel::emptyQueueNow(QueuePurge purge)
{
    if (!m_session || !m_session->client() || m_task.id().isEmpty())
        return;
    const QString taskId = m_task.id();
    m_session->client()->tasks().emptyQueue(
        taskId, purge, this, [this, purge, taskId](const Result<int, ClientError> &result) {
            if (!result.ok()) {
                setStatus(tr("The queue was not emptied: %1").arg(result.error().message));
                return;
            }
            // The deleted jobs leave the session too, so the task table's "last job" is right.
            for (int row = m_model->rowCount() - 1; row >= 0; --row) {
                const Job job = m_model->job(row);
                const Lifecycle lifecycle = job.lifecycle();
                if (job.taskId() == taskId
                    && (isFinished(lifecycle)
                        || (purge == QueuePurge::IncludingWaiting && isWaiting(lifecycle))))
                    m_session->forgetJob(job.id());
            }
            setStatus(tr("Deleted %n job(s).", nullptr, result.value()));
            Q_EMIT queueEmptied(result.value());
            if (taskId == m_task.id())
                reload();
        });
}

void JobHistoryPanel::refreshSchedules()
{
    if (!m_session || !m_session->client() || m_mode != Mode::Task || m_task.id().isEmpty())
        return;
    const QString taskId = m_task.id();
    m_session->client()->tasks().schedules(taskId,
                                           this,
                                           [this, taskId](
                                               const Result<QList<Schedule>, ClientError> &result) {
                                               if (taskId != m_task.id() || m_mode != Mode::Task)
                                                   return;
                                               m_schedules = result.ok() ? result.value()
                                                                         : QList<Schedule>();
                                               updateSchedules();
                                               Q_EMIT schedulesChanged();
                                           });
}

void JobHistoryPanel::updateSchedules()
{
    if (m_schedules.isEmpty()) {
        m_scheduleStrip->hide();
        m_countdown->stop();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto soonest = std::min_element(m_schedules.cbegin(),
                                    m_schedules.cend(),
                                    [](const Schedule &a, const Schedule &b) {
                                        return a.nextRunAt < b.nextRunAt;
                                    });
    QString text = describeSchedule(*soonest, now);
    if (m_schedules.size() > 1)
        text += u' ' + tr("(%n more pending)", nullptr, static_cast<int>(m_schedules.size() - 1));
    m_scheduleLabel->setText(text);
    m_soonestScheduleId = soonest->id;
    const bool admin = !m_session || m_session->isAdmin();
    m_cancelSchedule->setEnabled(admin);
    m_cancelSchedule->setToolTip(admin ? tr("Delete this delayed run; the task does not start")
                                       : tr("Only an administrator can cancel a delayed run."));
    m_scheduleStrip->show();
    if (!m_countdown->isActive())
        m_countdown->start();
    // Due: it is becoming a job. Look again shortly.
    if (msUntil(*soonest, now) <= 0)
        QTimer::singleShot(1000, this, &JobHistoryPanel::refreshSchedules);
}

void JobHistoryPanel::askToCancelSchedule()
{
    const QString id = m_soonestScheduleId;
    if (id.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Cancel Delayed Run"),
                                tr("Cancel the delayed run of %1? It will not start.")
                                    .arg(m_task.name()),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(u"confirmCancelSchedule"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer == QMessageBox::Yes)
            cancelScheduleNow(id);
    });
    box->open();
}

void JobHistoryPanel::cancelScheduleNow(const QString &scheduleId)
{
    if (!m_session || !m_session->client())
        return;
    m_session->client()->tasks().cancelSchedule(
        scheduleId, m_task.id(), this, [this](const Result<int, ClientError> &result) {
            if (!result.ok())
                setStatus(tr("The delayed run was not canceled: %1").arg(result.error().message));
            else if (result.value() == 0)
                setStatus(tr("The delayed run had already started."));
            else
                setStatus(tr("Delayed run canceled."));
            refreshSchedules();
        });
}

} // namespace TheEye
