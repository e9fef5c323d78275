#include "ui/jobs/jobdialog.h"

#include "client/joblogstream.h"
#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/durationformat.h"
#include "models/jobarguments.h"
#include "models/tasktablemodel.h"
#include "ui/appicons.h"
#include "ui/jobs/jobbadge.h"
#include "ui/jobs/joboutputpane.h"
#include "ui/jobs/jobresultview.h"
#include "ui/jobs/jobwaitpanel.h"
#include "ui/jobs/rundialog.h"
#include "ui/runargumentsform.h"
#include "ui/session.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 200;
constexpr int WaitRefreshMs = 1500;
constexpr int JobsOfTaskLimit = 200;

// GET and the live stream deliver the whole job; list rows and the change feed do not.
bool isComplete(const Job &job)
{
    return job.toJson().contains("result"_L1) || job.toJson().contains("task_arguments_values"_L1);
}

} // namespace

JobDialog::JobDialog(Session *session, const Job &job, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_job(job)
    , m_jobId(job.id())
{
    setObjectName(u"jobDialog"_s);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowIcon(AppIcons::icon(u"task"_s));

    m_badge = new JobBadge(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"jobTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_starter = new QLabel(this);
    m_starter->setObjectName(u"starterLabel"_s);
    m_created = new QLabel(this);
    m_created->setObjectName(u"createdLabel"_s);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(u"elapsedLabel"_s);
    m_exitCode = new QLabel(this);
    m_exitCode->setObjectName(u"exitCodeLabel"_s);
    auto *header = new QGridLayout;
    header->addWidget(m_badge, 0, 0);
    header->addWidget(m_title, 0, 1, 1, 3);
    header->addWidget(m_starter, 1, 0, 1, 4);
    header->addWidget(m_created, 2, 0, 1, 2);
    header->addWidget(m_elapsed, 2, 2);
    header->addWidget(m_exitCode, 2, 3);
    header->setColumnStretch(1, 1);

    m_popup = new QTextBrowser(this);
    m_popup->setObjectName(u"popupView"_s);
    m_popup->setOpenExternalLinks(true);
    m_popup->setMaximumHeight(120);
    m_popup->hide();

    m_wait = new JobWaitPanel(this);
    connect(m_wait, &JobWaitPanel::inputSubmitted, this, &JobDialog::submitInput);

    m_output = new JobOutputPane(this);
    m_result = new JobResultView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"jobTabs"_s);
    m_tabs->addTab(m_output, tr("&Output"));
    m_tabs->addTab(m_result, tr("R&esult"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    m_cancel = new QPushButton(AppIcons::icon(u"stop"_s), tr("&Cancel Job…"), this);
    m_cancel->setObjectName(u"cancelJobButton"_s);
    m_cancel->setAutoDefault(false);
    m_cancelReason = new QLabel(this);
    m_cancelReason->setObjectName(u"cancelReason"_s);
    m_cancelReason->setEnabled(false);
    m_runAgain = new QPushButton(AppIcons::icon(u"run-again"_s), tr("Run &Again"), this);
    m_runAgain->setObjectName(u"runAgainButton"_s);
    m_runAgain->setAutoDefault(false);
    m_runAgainWithChanges = new QPushButton(tr("Run Again with C&hanges…"), this);
    m_runAgainWithChanges->setObjectName(u"runAgainWithChangesButton"_s);
    m_runAgainWithChanges->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &JobDialog::requestCancel);
    connect(m_runAgain, &QPushButton::clicked, this, &JobDialog::runAgain);
    connect(m_runAgainWithChanges, &QPushButton::clicked, this, &JobDialog::runAgainWithChanges);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelReason);
    buttons->addStretch(1);
    buttons->addWidget(m_runAgain);
    buttons->addWidget(m_runAgainWithChanges);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_popup);
    layout->addWidget(m_wait);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    m_tick->callOnTimeout(this, [this] { m_elapsed->setText(elapsedText()); });
    m_refresh = new QTimer(this);
    m_refresh->setInterval(WaitRefreshMs);
    m_refresh->callOnTimeout(this, &JobDialog::refresh);

    if (m_session) {
        connect(m_session, &Session::jobChanged, this, [this](const Job &changed) {
            if (changed.id() == m_jobId && !m_finishedHandled
                && (changed.lifecycleName() != m_job.lifecycleName()
                    || changed.stateName() != m_job.stateName()))
                refresh();
        });
        connect(m_session, &Session::hostsChanged, this, &JobDialog::updateWaitReason);
    }

    // A task name may hold anything; the suggested file name keeps what is safe everywhere.
    QString task = job.name().isEmpty() ? u"job"_s : job.name();
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    task.replace(unsafe, u"_"_s);
    m_output->setSuggestedFileName(u"%1-%2.log"_s.arg(task, m_jobId));
    resize(820, 600);
    restoreGeometry(QSettings().value("jobs/jobDialogGeometry"_L1).toByteArray());
    apply(job);
    // A job just created comes whole: follow its output at once instead of after a GET, so the
    // first line shows as soon as the script prints it.
    if (isComplete(job) && !job.isFinished())
        startFollowing();
    refresh();
}

JobDialog::~JobDialog()
{
    if (m_stream)
        m_stream->cancel();
    if (m_refreshCall)
        m_refreshCall->cancel();
}

void JobDialog::closeEvent(QCloseEvent *event)
{
    QSettings().setValue("jobs/jobDialogGeometry"_L1, saveGeometry());
    QDialog::closeEvent(event);
}

QString JobDialog::cancelBlockReason(const Job &job, const Session *session)
{
    if (job.isFinished())
        return tr("The job has finished.");
    if (!job.isInProgress())
        return tr("The job cannot be canceled in its current state.");
    if (!job.isCancellable() && session && !session->isAdmin())
        return tr("Only an administrator can cancel this execution.");
    return {};
}

QString JobDialog::elapsedText(const Job &job, const QDateTime &now)
{
    if (job.isFinished()) {
        const auto duration = job.durationMs(now);
        return duration ? tr("Took %1").arg(formatElapsed(*duration)) : QString();
    }
    if (const auto running = job.durationMs(now))
        return tr("Running for %1").arg(formatElapsed(*running));
    const QDateTime created = job.creationDate();
    if (!created.isValid())
        return {};
    return tr("Waiting for %1").arg(formatElapsed(std::max<qint64>(0, created.msecsTo(now))));
}

bool JobDialog::isFollowing() const
{
    return m_stream != nullptr;
}

QString JobDialog::elapsedText() const
{
    return elapsedText(m_job, QDateTime::currentDateTimeUtc());
}

Task JobDialog::currentTask() const
{
    if (m_session) {
        if (const Task *task = m_session->taskModel()->taskById(m_job.taskId()))
            return *task;
    }
    Task snapshot = m_job.taskSnapshot();
    if (snapshot.id().isEmpty())
        snapshot.setId(m_job.taskId());
    if (snapshot.name().isEmpty())
        snapshot.setName(m_job.name());
    return snapshot;
}

QList<TaskArgument> JobDialog::definitions() const
{
    // The job's own copy says what it ran with; the current task may have changed since.
    const QList<TaskArgument> snapshot = m_job.taskSnapshot().arguments();
    return snapshot.isEmpty() ? currentTask().arguments() : snapshot;
}

void JobDialog::refresh()
{
    if (!m_session || !m_session->client() || m_refreshCall)
        return;
    auto *call = m_session->client()->jobs().get(m_jobId);
    m_refreshCall = call;
    call->then(this, [this](const Result<Job, ClientError> &result) {
        m_refreshCall = nullptr;
        if (!result.ok()) {
            if (result.error().kind == ClientError::Kind::NotFound) {
                m_refresh->stop();
                m_tick->stop();
                setStatus(tr("This job no longer exists: its queue was emptied or its task "
                             "deleted."));
                if (m_session)
                    m_session->forgetJob(m_jobId);
            } else {
                setStatus(tr("Could not update the job: %1").arg(result.error().message));
            }
            return;
        }
        apply(result.value());
        if (!m_job.isFinished() && !m_stream)
            startFollowing();
        if (!m_job.isFinished() && m_job.lifecycle() != Lifecycle::Assigned)
            refreshWaitFacts();
    });
}

void JobDialog::startFollowing()
{
    if (!m_session || !m_session->client() || m_finishedHandled)
        return;
    if (m_streamedBytes > 0) {
        // Following again after the stream gave up: it starts from the first byte.
        m_output->setOutput({});
        m_streamedBytes = 0;
        setStatus(QString());
    }
    JobLogStream *stream = m_session->client()->jobs().followLog(m_job);
    m_stream = stream;
    connect(stream, &JobLogStream::output, this, &JobDialog::onOutput);
    connect(stream, &JobLogStream::jobUpdated, this, [this](const Job &job) { apply(job); });
    stream->then(this, [this](const Result<Job, ClientError> &result) {
        m_stream = nullptr;
        if (result.ok()) {
            apply(result.value());
            return;
        }
        // Keep the window current without live output until the job ends.
        setStatus(tr("Live output stopped: %1").arg(result.error().message));
        m_refresh->start();
    });
}

void JobDialog::onOutput(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    m_streamedBytes += bytes.size();
    m_output->appendOutput(bytes);
    // Output means it runs: say so now rather than at the next refresh.
    if (!m_job.isFinished() && m_job.lifecycle() != Lifecycle::Assigned)
        refresh();
}

void JobDialog::apply(const Job &job)
{
    const bool complete = isComplete(job);
    // A shallow copy (a list row) must not replace what a full read told.
    if (!complete && isComplete(m_job) && job.lifecycleName() == m_job.lifecycleName())
        return;
    m_job = job;
    if (m_session)
        m_session->noteJob(job);
    updateHeader();
    if (complete)
        m_result->setJob(job, definitions());
    updateWaitReason();
    updateButtons();
    if (job.isInProgress() && !m_tick->isActive())
        m_tick->start();
    const bool waiting = job.isInProgress() && job.lifecycle() != Lifecycle::Assigned
                         && job.lifecycle() != Lifecycle::Started;
    if (waiting && !m_refresh->isActive())
        m_refresh->start();
    else if (!waiting && m_stream && m_refresh->isActive())
        m_refresh->stop();
    if (job.isFinished() && complete && !m_finishedHandled)
        applyFinished();
}

void JobDialog::applyFinished()
{
    m_finishedHandled = true;
    m_tick->stop();
    m_refresh->stop();
    m_elapsed->setText(elapsedText());
    // What was streamed is the same combined log; a job opened after it ended has only the log.
    const QByteArray combined = m_streamedBytes == 0 ? m_job.log().toUtf8() : QByteArray();
    m_output->setFinishedStreams(combined,
                                 m_job.stdoutText().toUtf8(),
                                 m_job.stderrText().toUtf8());
    const QString popup = popupHtml(m_job);
    m_popup->setHtml(popup);
    m_popup->setVisible(!popup.isEmpty());
    Q_EMIT jobFinished(m_job);
}

void JobDialog::updateHeader()
{
    const QString name = m_job.name().isEmpty() ? currentTask().name() : m_job.name();
    setWindowTitle(tr("%1 #%2").arg(name, m_jobId));
    m_title->setText(tr("<b>%1</b> &nbsp;#%2").arg(name.toHtmlEscaped(), m_jobId.toHtmlEscaped()));
    m_badge->setJob(m_job);
    m_starter->setText(jobStarterText(m_job));
    const QDateTime created = m_job.creationDate();
    m_created->setText(
        created.isValid()
            ? tr("Created %1").arg(QLocale().toString(created.toLocalTime(), QLocale::LongFormat))
            : QString());
    m_elapsed->setText(elapsedText());
    const auto code = m_job.exitCode();
    m_exitCode->setText(code ? tr("Exit code %1").arg(*code)
                             : (m_job.isFinished() ? tr("No exit code") : QString()));
}

void JobDialog::updateButtons()
{
    const QString cancelReason = cancelBlockReason(m_job, m_session);
    m_cancel->setVisible(!m_job.isFinished());
    m_cancel->setEnabled(cancelReason.isEmpty());
    m_cancel->setToolTip(cancelReason.isEmpty() ? tr("Stop this job") : cancelReason);
    m_cancelReason->setText(m_job.isFinished() ? QString() : cancelReason);

    const Task task = currentTask();
    QString runReason = RunDialog::blockReason(m_session, task);
    if (runReason.isEmpty() && !isComplete(m_job))
        runReason = tr("Loading the job's arguments…");
    m_runAgain->setEnabled(runReason.isEmpty());
    m_runAgain->setToolTip(runReason.isEmpty() ? tr("Start a new job with the same arguments")
                                               : runReason);
    const bool hasArguments = task.hasDynamicArguments();
    m_runAgainWithChanges->setEnabled(runReason.isEmpty() && hasArguments);
    m_runAgainWithChanges->setToolTip(
        !runReason.isEmpty() ? runReason
        : hasArguments       ? tr("Start a new job with these arguments, changed first")
                             : tr("This task has no arguments to change."));
}

void JobDialog::setStatus(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void JobDialog::refreshWaitFacts()
{
    if (!m_session || !m_session->client() || m_job.taskId().isEmpty())
        return;
    JobListQuery query;
    query.taskId = m_job.taskId();
    query.limit = JobsOfTaskLimit;
    query.lifecycle = u"assigned"_s;
    m_session->client()->jobs().list(query, this, [this](const Result<JobPage, ClientError> &page) {
        if (page.ok()) {
            m_runningOfTask = page->jobs;
            updateWaitReason();
        }
    });
    query.lifecycle = u"ready"_s;
    m_session->client()->jobs().list(query, this, [this](const Result<JobPage, ClientError> &page) {
        if (page.ok()) {
            m_queuedOfTask = page->jobs;
            updateWaitReason();
        }
    });
}

void JobDialog::updateWaitReason()
{
    WaitFacts facts;
    facts.job = m_job;
    facts.task = currentTask();
    facts.runningJobsOfTask = m_runningOfTask;
    facts.queuedJobsOfTask = m_queuedOfTask;
    if (m_session) {
        const QString hostId = m_job.hostId().isEmpty() ? facts.task.hostId() : m_job.hostId();
        const Host host = m_session->host(hostId);
        if (!host.id().isEmpty()) {
            facts.botReporting = host.isReporting();
            facts.botName = host.hostname();
        }
        facts.localSupervisor = m_session->profile().kind == ConnectionProfile::Kind::Local;
    }
    const WaitReason reason = explainWait(facts);
    const bool wasAskingInput = m_wait->reason().kind == WaitReason::Kind::WaitingForInput;
    m_wait->setReason(reason);
    if (reason.kind == WaitReason::Kind::WaitingForInput && !wasAskingInput)
        m_wait->setInputArguments(currentTask().arguments());
}

void JobDialog::submitInput(const QHash<int, QJsonValue> &values)
{
    if (!m_session || !m_session->client())
        return;
    m_wait->setSubmitting(true);
    const QJsonArray arguments = JobArguments::build(currentTask().arguments(), values);
    m_session->client()->jobs().submitInput(m_jobId,
                                            arguments,
                                            this,
                                            [this](const Result<Job, ClientError> &result) {
                                                m_wait->setSubmitting(false);
                                                if (!result.ok()) {
                                                    m_wait->setInputError(result.error().message);
                                                    return;
                                                }
                                                apply(result.value());
                                            });
}

void JobDialog::requestCancel()
{
    if (!cancelBlockReason(m_job, m_session).isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Cancel Job"),
                                tr("Cancel the execution of %1?").arg(m_job.name()),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(u"confirmCancel"_s);
    box->setInformativeText(m_job.lifecycle() == Lifecycle::Assigned
                                ? tr("The running script and everything it started is stopped.")
                                : tr("The job leaves the queue without running."));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            cancelJob();
    });
    box->open();
}

void JobDialog::cancelJob()
{
    if (!m_session || !m_session->client())
        return;
    m_cancel->setEnabled(false);
    setStatus(tr("Canceling…"));
    m_session->client()
        ->jobs()
        .cancel(m_jobId, m_job.taskId(), this, [this](const Result<Done, ClientError> &result) {
            if (!result.ok()) {
                setStatus(tr("The job was not canceled: %1").arg(result.error().message));
                updateButtons();
                return;
            }
            // The supervisor answers 204 whether or not it could; the job says what happened.
            setStatus(QString());
            refresh();
        });
}

void JobDialog::runAgain()
{
    if (!m_session || !m_session->client() || !m_runAgain->isEnabled())
        return;
    const Task task = currentTask();
    const auto values = JobArguments::valuesByOrder(task.arguments(),
                                                    m_job.taskArgumentsValues(),
                                                    task.argumentsType());
    m_runAgain->setEnabled(false);
    m_session->client()->tasks().run(task, values, this, [this](const Result<Job, ClientError> &r) {
        updateButtons();
        if (!r.ok()) {
            setStatus(tr("The job was not started: %1").arg(r.error().message));
            return;
        }
        setStatus(tr("Started job #%1 with the same arguments.").arg(r->id()));
        Q_EMIT jobStarted(r.value());
    });
}

void JobDialog::runAgainWithChanges()
{
    if (!m_runAgainWithChanges->isEnabled())
        return;
    const Task task = currentTask();
    const auto values = JobArguments::valuesByOrder(task.arguments(),
                                                    m_job.taskArgumentsValues(),
                                                    task.argumentsType());
    // A child of this window: it belongs to this job and goes when the window goes.
    auto *dialog = new RunDialog(m_session, task, values, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunDialog::jobStarted, this, &JobDialog::jobStarted);
    dialog->open();
}

} // namespace TheEye
