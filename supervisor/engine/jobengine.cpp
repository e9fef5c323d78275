#include "supervisor/engine/jobengine.h"

#include "models/jsonutil.h"
#include "supervisor/bot/botthread.h"
#include "supervisor/bot/launchspec.h"
#include "supervisor/bot/orphangroups.h"
#include "supervisor/bot/scriptfiles.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/services.h"
#include "supervisor/core/supervisortr.h"
#include "supervisor/core/taskservice.h"
#include "supervisor/engine/enginejson.h"
#include "supervisor/engine/localrun.h"
#include "supervisor/engine/triggers.h"
#include "supervisor/engine/verdict.h"
#include "supervisor/store/store.h"

#include <QDir>
#include <QJsonArray>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using EngineJson::nowIso;
using EngineJson::timeoutOf;

namespace {

QByteArray keptOutput(Store &store, const JobRow &job, const QList<OutputChunk> &pending)
{
    QList<OutputChunk> chunks = store.jobs().output(job.seq);
    chunks += pending;
    return LocalRun::texts(chunks).combined;
}

} // namespace

int EngineOptions::effectiveConcurrency() const
{
    return maxConcurrentJobs > 0 ? maxConcurrentJobs : std::max(1, QThread::idealThreadCount()) * 4;
}

JobEngine::JobEngine(Services &services,
                     EngineOptions options,
                     const QString &dataDirectory,
                     QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_options(std::move(options))
    , m_dataDirectory(dataDirectory)
    , m_botEnvironment(Launch::botEnvironment(QProcessEnvironment::systemEnvironment()))
    , m_bot(std::make_unique<BotThread>())
    , m_scripts(std::make_unique<ScriptFiles>(QDir(dataDirectory).filePath(u"bot/scripts"_s)))
    , m_triggers(std::make_unique<Triggers>(services))
    , m_flushTimer(new QTimer(this))
    , m_assignTimer(new QTimer(this))
{
    // Zero: after the bot thread's news already queued, so a job that ended by then is stored
    // once, at its end.
    m_assignTimer->setSingleShot(true);
    m_assignTimer->setInterval(0);
    m_assignTimer->callOnTimeout(this, &JobEngine::storeAssigned);
    connect(m_bot.get(), &BotThread::started, this, &JobEngine::onStarted);
    connect(m_bot.get(),
            &BotThread::output,
            this,
            [this](quint64 botRun, OutputChunk::Stream stream, const QByteArray &bytes) {
                if (LocalRun *run = m_runsByBotRun.value(botRun))
                    run->addOutput(stream, bytes);
            });
    connect(m_bot.get(), &BotThread::finished, this, &JobEngine::onEnded);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(m_options.outputFlushIntervalMs);
    m_flushTimer->callOnTimeout(this, &JobEngine::flushOutput);
    // Queued: a finish is handled after the change that caused it has returned, so triggers and
    // followers never run inside a half-done dispatch.
    connect(&m_services.jobs,
            &JobService::jobFinished,
            this,
            &JobEngine::onJobFinished,
            Qt::QueuedConnection);
}

JobEngine::~JobEngine()
{
    shutdown();
}

bool JobEngine::isLocal(const JobRow &job) const
{
    const Host *bot = m_services.directory.localBot(job.organizationId);
    return bot && bot->id == job.hostId;
}

void JobEngine::start()
{
    const QString interrupted = SupervisorTr::tr(
        "The local supervisor stopped while this job was running (it was closed, killed or "
        "crashed), so the job was ended when the supervisor started again.");
    for (const Organization &organization : m_services.directory.organizations()) {
        JobTable::Filter filter;
        filter.organizationId = organization.id;
        filter.lifecycles = {u"assigned"_s};
        for (const JobRow &job : m_services.store.jobs().list(filter)) {
            if (isLocal(job)) {
                OrphanGroups::killIfRunningJob(Json::integer(job.document.value("result"_L1)
                                                                 .toObject(),
                                                             "process_group"_L1,
                                                             0),
                                               job.id);
                terminateInterrupted(job, interrupted);
            } else
                noteRemoteAssigned(job);
        }
        filter.lifecycles = {u"ready"_s};
        for (const JobRow &job : m_services.store.jobs().list(filter))
            enqueue(job);
    }
    m_triggers->start();
    pump();
}

void JobEngine::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // What was grouped lands while the runs it may stop still exist.
    m_services.store.database().commitGroup();
    m_flushTimer->stop();
    m_triggers->stopAll();
    flushOutput();
    const QString stopped = SupervisorTr::tr(
        "The local supervisor stopped while this job was running; its processes were stopped.");
    // Every start already asked for has run on the bot thread before this kills and reaps
    // them all: a job still `ready` here was started, not merely queued.
    m_assignTimer->stop();
    m_bot->killAll();
    const auto runs = m_runs;
    m_runs.clear();
    m_runsByBotRun.clear();
    m_startedUnstored.clear();
    for (LocalRun *run : runs) {
        disconnect(run, nullptr, this, nullptr);
        if (const auto job = m_services.store.jobs().find(run->job().id);
            job && (job->lifecycle == u"assigned" || job->lifecycle == u"ready"))
            terminateInterrupted(*job, stopped);
        delete run;
    }
    for (QTimer *timer : std::as_const(m_remoteTimeouts))
        delete timer;
    m_remoteTimeouts.clear();
    m_followers.finishAll();
}

void JobEngine::enqueue(const JobRow &job)
{
    if (!isLocal(job) || m_runs.contains(job.id))
        return;
    m_queue.add({job.seq, job.id, job.taskId, job.organizationId});
}

void JobEngine::jobReady(const JobRow &job)
{
    if (m_stopped)
        return;
    enqueue(job);
    pump();
}

void JobEngine::jobCanceled(const JobRow &job, Lifecycle previous)
{
    Q_UNUSED(previous);
    m_queue.remove(job.id);
    if (LocalRun *run = m_runs.value(job.id))
        run->stop();
    if (m_remoteTasks.contains(job.id)) {
        tellAgentCanceled(job);
        noteRemoteReleased(job.id);
    }
}

void JobEngine::taskRemoved(const QString &taskId)
{
    for (const JobQueue::Entry &entry : m_queue.entriesOf(taskId))
        m_queue.remove(entry.jobId);
    for (LocalRun *run : std::as_const(m_runs)) {
        if (run->job().taskId == taskId)
            run->stop();
    }
    m_triggers->taskRemoved(taskId);
}

bool JobEngine::hasStarted(const QString &jobId) const
{
    const LocalRun *run = m_runs.value(jobId);
    return run && run->processGroup() > 0;
}

bool JobEngine::taskAllowsMultitasking(const QString &organizationId, const QString &taskId) const
{
    const TaskEntry *task = m_services.tasks.find(organizationId, taskId);
    return !task || task->document.value("multitasking"_L1).toBool(true);
}

bool JobEngine::mustWait(const JobQueue::Entry &head) const
{
    return m_activeByTask.value(head.taskId) > 0
           && !taskAllowsMultitasking(head.organizationId, head.taskId);
}

void JobEngine::pump()
{
    if (m_pumping || m_stopped || !m_options.runLocalJobs)
        return;
    m_pumping = true;
    const int cap = m_options.effectiveConcurrency();
    while (m_runs.size() < cap) {
        const auto next = m_queue.takeNext(
            [this](const JobQueue::Entry &head) { return mustWait(head); });
        if (!next)
            break;
        launch(*next);
    }
    m_pumping = false;
}

void JobEngine::launch(const JobQueue::Entry &entry)
{
    const auto row = m_services.store.jobs().find(entry.jobId);
    if (!row || row->lifecycle != u"ready" || !isLocal(*row))
        return; // canceled, deleted or moved since it was queued
    JobRow job = *row;
    QJsonObject &doc = job.document;
    const QString scriptId = Json::string(doc, "script_id"_L1);
    const auto content = m_services.scripts.content(job.organizationId, scriptId);
    if (!content) {
        failBeforeStart(job, SupervisorTr::tr("The script of this task no longer exists."));
        return;
    }
    const QString filename = Json::string(doc.value("script"_L1).toObject(),
                                          "filename"_L1,
                                          u"script"_s);
    const auto path = m_scripts->materialize(scriptId, filename, *content);
    if (!path) {
        failBeforeStart(job, path.error());
        return;
    }
    doc.insert("script_path"_L1, *path); // stored with `assigned` once it runs
    auto run = std::make_unique<LocalRun>(job,
                                          *m_bot,
                                          m_options.outputCapBytes,
                                          QDir(m_dataDirectory).filePath(u"bot/arguments"_s),
                                          this);
    const QJsonArray values = doc.value("task_arguments_values"_L1).toArray();
    const auto argv = run->argumentFiles().prepare(
        values, doc.value("task"_L1).toObject().value("task_arguments"_L1).toArray(), job.id);
    if (!argv) {
        run.reset();
        failBeforeStart(job, argv.error());
        return;
    }

    LocalRun *started = run.release();
    m_runs.insert(job.id, started);
    ++m_activeByTask[job.taskId];
    connect(started,
            &LocalRun::produced,
            this,
            [this](const QString &id, qint64 offset, const QByteArray &bytes) {
                m_followers.deliver(id, offset, bytes);
                scheduleFlush();
            });
    BotProcess::Options options;
    options.workingDirectory = m_options.workingDirectory.isEmpty() ? QDir::homePath()
                                                                    : m_options.workingDirectory;
    options.timeoutMs = timeoutOf(doc);
    options.killGraceMs = m_options.killGraceMs;
    started->start(Launch::command(Json::string(doc, "script_runas"_L1), *path, *argv),
                   Launch::environment(m_botEnvironment, doc.value("env"_L1).toObject()),
                   options);
    m_runsByBotRun.insert(started->runId(), started);
}

void JobEngine::onStarted(quint64 botRun, qint64 processGroup)
{
    LocalRun *run = m_runsByBotRun.value(botRun);
    if (!run)
        return;
    run->setStarted(processGroup, nowIso());
    m_startedUnstored.append(botRun);
    // Stored with the pass's other writes just before they land (a job that ended by then is
    // stored once, at its end), or on the next pass when nothing else is being written.
    if (!m_assignScheduled) {
        m_assignScheduled = true;
        if (!m_services.store.database().beforeLanding([self = QPointer<JobEngine>(this)] {
                if (self)
                    self->storeAssigned();
            }))
            m_assignTimer->start();
    }
    Q_EMIT runStarted(run->job().id);
}

void JobEngine::storeAssigned()
{
    // Every start the bot reported since the last pass, in one transaction.
    m_assignScheduled = false;
    m_assignTimer->stop();
    Transaction transaction(m_services.store.database(), Database::Landing::Grouped);
    QList<LocalRun *> stored;
    for (const quint64 botRun : std::exchange(m_startedUnstored, {})) {
        LocalRun *run = m_runsByBotRun.value(botRun);
        if (!run || run->isStopping())
            continue; // ended, or canceled while it started: that change is stored already
        // Stored once it runs, with its process group, so that a supervisor started after a
        // crash can stop what this one left running.
        const auto current = m_services.store.jobs().find(run->job().id);
        if (!current || current->lifecycle != u"ready") {
            run->stop(); // deleted or moved while it started
            continue;
        }
        JobRow job = *current;
        QJsonObject &doc = job.document;
        const QJsonObject &prepared = run->job().document;
        job.lifecycle = u"assigned"_s;
        doc.insert("lifecycle"_L1, job.lifecycle);
        doc.insert("script_arguments"_L1, prepared.value("task_arguments_values"_L1));
        doc.insert("script_path"_L1, prepared.value("script_path"_L1));
        doc.insert("result"_L1,
                   QJsonObject{{"started_at"_L1, run->startedAt()},
                               {"process_group"_L1, double(run->processGroup())}});
        doc.insert("last_update"_L1, nowIso());
        if (const auto saved = m_services.jobs.save(job); !saved) {
            qWarning("job engine: cannot mark job %s assigned: %s",
                     qPrintable(job.id),
                     qPrintable(saved.error().message));
            run->stop();
        } else {
            stored.append(run);
        }
    }
    // A run the file does not know about could not be stopped after a crash: none goes on.
    const auto stopUnrecorded = [this](const QList<quint64> &botRuns, const QString &error) {
        qWarning("job engine: cannot mark jobs assigned: %s", qPrintable(error));
        for (const quint64 botRun : botRuns) {
            if (LocalRun *run = m_runsByBotRun.value(botRun))
                run->stop();
        }
    };
    QList<quint64> storedRuns;
    for (const LocalRun *run : std::as_const(stored))
        storedRuns.append(run->runId());
    if (const Done done = transaction.commit(); !done) {
        stopUnrecorded(storedRuns, done.error());
        return;
    }
    if (storedRuns.isEmpty())
        return;
    m_services.store.database().whenLanded(
        [self = QPointer<JobEngine>(this), storedRuns, stopUnrecorded](const Done &landed) {
            if (!landed && self)
                stopUnrecorded(storedRuns, landed.error());
        });
}

void JobEngine::failBeforeStart(JobRow job, const QString &message)
{
    QJsonObject &doc = job.document;
    job.lifecycle = u"terminated"_s;
    doc.insert("lifecycle"_L1, job.lifecycle);
    doc.insert("state"_L1, u"error"_s);
    doc.insert("trigger_name"_L1, u"error"_s);
    const QString now = nowIso();
    doc.insert("result"_L1,
               QJsonObject{{"log"_L1, QString(message + u'\n')},
                           {"error"_L1, message},
                           {"started_at"_L1, now},
                           {"finished_at"_L1, now}});
    doc.insert("last_update"_L1, now);
    if (const auto saved = m_services.jobs.save(job); !saved)
        qWarning("job engine: cannot end job %s: %s",
                 qPrintable(job.id),
                 qPrintable(saved.error().message));
}

void JobEngine::release(const QString &taskId)
{
    auto it = m_activeByTask.find(taskId);
    if (it != m_activeByTask.end() && --it.value() <= 0)
        m_activeByTask.erase(it);
}

void JobEngine::onEnded(quint64 botRun, const ExitReport &report)
{
    LocalRun *run = m_runsByBotRun.take(botRun);
    if (!run)
        return;
    const QString jobId = run->job().id;
    m_runs.remove(jobId);
    m_startedUnstored.removeOne(botRun);
    release(run->job().taskId);
    const QList<OutputChunk> pending = run->takePending();
    const bool storedOutput = run->hasStoredOutput();
    QList<OutputChunk> chunks;
    if (storedOutput)
        chunks = m_services.store.jobs().output(run->job().seq);
    chunks += pending;
    const QString lastLine = run->log().lastLine();

    QByteArray log;
    if (const auto current = m_services.store.jobs().find(jobId)) {
        JobRow job = *current;
        QJsonObject &doc = job.document;
        const QString defaultState = Json::string(doc.value("task"_L1).toObject(),
                                                  "default_state_evaluation"_L1);
        const Verdict::Final verdict = Verdict::forLocalRun(report, lastLine, defaultState);
        QJsonObject result = LocalRun::result(report, chunks, lastLine, verdict);
        const QString startedAt = Json::string(doc.value("result"_L1).toObject(), "started_at"_L1);
        if (!startedAt.isEmpty())
            result.insert("started_at"_L1, startedAt);
        // Still `ready` when it ended before it was stored as assigned (storeAssigned).
        const bool ranUntouched = job.lifecycle == u"assigned"
                                  || (job.lifecycle == u"ready" && !run->isStopping());
        if (ranUntouched) {
            job.lifecycle = verdict.lifecycle;
            doc.insert("lifecycle"_L1, verdict.lifecycle);
            doc.insert("state"_L1, verdict.state);
            doc.insert("trigger_name"_L1, verdict.triggerName);
            doc.insert("output"_L1, verdict.output);
            doc.insert("components"_L1, verdict.components);
            doc.insert("next"_L1, verdict.next);
        } else {
            // Canceled while it ran: the cancel decided the state; the output is still shown.
            const QJsonObject canceled = doc.value("result"_L1).toObject();
            result.remove("output"_L1);
            for (auto it = canceled.begin(); it != canceled.end(); ++it)
                result.insert(it.key(), it.value());
        }
        doc.insert("result"_L1, result);
        doc.insert("last_update"_L1, nowIso());
        log = result.value("log"_L1).toString().toUtf8();
        if (const auto saved = m_services.jobs.save(job); !saved) {
            // The stored chunks are then the only copy of the output: they stay, and the job
            // stays assigned, so the next start ends it with that output (recovery).
            qWarning("job engine: cannot store the end of job %s: %s",
                     qPrintable(jobId),
                     qPrintable(saved.error().message));
            m_services.store.jobs().appendOutput(job.seq, pending);
        } else {
            if (storedOutput) {
                Transaction transaction(m_services.store.database(), Database::Landing::Grouped);
                if (m_services.store.jobs().deleteOutput(job.seq))
                    transaction.commit();
            }
            keepOutputIfLost(job.seq, pending);
        }
    }
    m_followers.finish(jobId, log);
    run->deleteLater();
    Q_EMIT runFinished(jobId);
    pump();
}

void JobEngine::keepOutputIfLost(qint64 jobSeq, const QList<OutputChunk> &pending)
{
    if (pending.isEmpty())
        return;
    // The end was grouped with other writes; if the group cannot land, the job is still
    // assigned in the file and its output would be gone: keep it for recovery, as a failed save
    // does.
    Store *store = &m_services.store;
    m_services.store.database().whenLanded([store, jobSeq, pending](const Done &landed) {
        if (!landed)
            store->jobs().appendOutput(jobSeq, pending);
    });
}

void JobEngine::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void JobEngine::flushOutput()
{
    bool any = false;
    for (const LocalRun *run : std::as_const(m_runs))
        any = any || run->hasPending();
    if (!any)
        return;
    Transaction transaction(m_services.store.database(), Database::Landing::Grouped);
    for (LocalRun *run : std::as_const(m_runs)) {
        if (!run->hasPending())
            continue;
        run->noteStoredOutput();
        if (const Done done = m_services.store.jobs().appendOutput(run->job().seq,
                                                                   run->takePending());
            !done)
            qWarning("job engine: cannot store output: %s", qPrintable(done.error()));
    }
    if (const Done done = transaction.commit(); !done)
        qWarning("job engine: cannot store output: %s", qPrintable(done.error()));
}

std::optional<QByteArray> JobEngine::liveLog(const QString &jobId)
{
    const LocalRun *run = m_runs.value(jobId);
    if (!run)
        return std::nullopt;
    flushOutput();
    return keptOutput(m_services.store, run->job(), {});
}

void JobEngine::follow(const QString &jobId,
                       std::shared_ptr<Http::ResponseStream> stream,
                       qint64 position)
{
    m_followers.attach(jobId, std::move(stream), position);
}

qint64 JobEngine::processGroup(const QString &jobId) const
{
    const LocalRun *run = m_runs.value(jobId);
    return run ? run->processGroup() : 0;
}

void JobEngine::terminateInterrupted(JobRow job, const QString &message)
{
    const QList<OutputChunk> chunks = m_services.store.jobs().output(job.seq);
    const LocalRun::Texts texts = LocalRun::texts(chunks);
    QJsonObject &doc = job.document;
    QJsonObject result = doc.value("result"_L1).toObject();
    QString log = QString::fromUtf8(texts.combined);
    if (!log.isEmpty() && !log.endsWith(u'\n'))
        log += u'\n';
    log += message + u'\n';
    result.insert("log"_L1, log);
    result.insert("stdout"_L1, QString::fromUtf8(texts.stdoutText));
    result.insert("stderr"_L1, QString::fromUtf8(texts.stderrText));
    result.insert("killed"_L1, true);
    result.insert("error"_L1, message);
    result.insert("finished_at"_L1, nowIso());
    result.remove("process_group"_L1);
    job.lifecycle = u"terminated"_s;
    doc.insert("lifecycle"_L1, job.lifecycle);
    doc.insert("state"_L1, u"canceled"_s);
    doc.insert("trigger_name"_L1, u"canceled"_s);
    doc.insert("result"_L1, result);
    doc.insert("last_update"_L1, nowIso());
    if (const auto saved = m_services.jobs.save(job); !saved) {
        qWarning("job engine: cannot end job %s: %s",
                 qPrintable(job.id),
                 qPrintable(saved.error().message));
        return;
    }
    Transaction transaction(m_services.store.database());
    if (m_services.store.jobs().deleteOutput(job.seq))
        transaction.commit();
}

void JobEngine::onJobFinished(const QString &jobId)
{
    if (m_remoteTasks.contains(jobId))
        noteRemoteReleased(jobId);
    const auto job = m_services.store.jobs().find(jobId);
    if (m_followers.has(jobId) && !m_runs.contains(jobId)) {
        const QString log = job ? Json::string(job->document.value("result"_L1).toObject(),
                                               "log"_L1)
                                : QString();
        m_followers.finish(jobId, log.toUtf8());
    }
    if (job && JobService::isFinished(job->lifecycle) && !m_stopped)
        m_triggers->jobFinished(*job);
}

} // namespace TheEye::Supervisor
