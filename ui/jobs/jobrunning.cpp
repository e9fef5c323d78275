#include "ui/jobs/jobrunning.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "ui/jobs/bulkrundialog.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/jobhistorypanel.h"
#include "ui/jobs/jobtray.h"
#include "ui/jobs/rundialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QMessageBox>
#include <QStatusBar>

namespace TheEye {

using namespace Qt::StringLiterals;

JobRunning::JobRunning(Session *session, MainWindow *window, QObject *parent)
    : QObject(parent ? parent : window)
    , m_session(session)
    , m_window(window)
{
    m_history = new JobHistoryPanel(session, window);
    m_tray = new JobTray(session, this);
    if (window) {
        window->addPanel(m_history, Qt::BottomDockWidgetArea);
        connect(window, &MainWindow::runRequested, this, &JobRunning::run);
        connect(window, &MainWindow::currentTaskChanged, m_history, &JobHistoryPanel::setTask);
        m_history->setTask(window->currentTask());
    }
    connect(m_history, &JobHistoryPanel::openJobRequested, this, &JobRunning::openJob);
    connect(m_history, &JobHistoryPanel::jobStarted, this, [this](const Job &job) {
        onJobStarted(job, false);
    });
    connect(m_tray, &JobTray::openJobRequested, this, &JobRunning::openJobById);
    connect(m_tray, &JobTray::showWindowRequested, this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    connect(m_tray, &JobTray::noticeShown, this, [this](const JobNotifier::Notice &notice) {
        if (m_window)
            m_window->statusBar()->showMessage(notice.title + u": "_s + notice.message, 10000);
    });
}

JobRunning::~JobRunning() = default;

void JobRunning::run(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return;
    if (tasks.size() == 1) {
        runTask(tasks.first());
        return;
    }
    if (m_bulkDialog)
        m_bulkDialog->close();
    auto *dialog = new BulkRunDialog(m_session, tasks, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Bulk runs do not open a window per job: the result list links to them.
    connect(dialog, &BulkRunDialog::jobStarted, this, [this](const Job &job) {
        onJobStarted(job, false);
    });
    connect(dialog, &BulkRunDialog::openJobRequested, this, &JobRunning::openJob);
    m_bulkDialog = dialog;
    dialog->open();
}

void JobRunning::runTask(const Task &task)
{
    if (!m_session || !m_session->client())
        return;
    const bool needsForm = task.hasDynamicArguments()
                           || RunDialog::confirmationWanted(m_session->profile())
                           || !RunDialog::blockReason(m_session, task).isEmpty()
                           || !RunDialog::botWarning(m_session, task).isEmpty();
    if (needsForm) {
        openRunDialog(task);
        return;
    }
    m_session->client()
        ->tasks()
        .run(task, {}, this, [this, task](const Result<Job, ClientError> &r) {
            if (r.ok()) {
                onJobStarted(r.value(), true);
                return;
            }
            Q_EMIT runFailed(task, r.error().message);
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        tr("Run Task"),
                                        tr("%1 was not started.").arg(task.name()),
                                        QMessageBox::Ok,
                                        m_window);
            box->setObjectName(u"runFailedBox"_s);
            box->setInformativeText(r.error().message);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

RunDialog *JobRunning::openRunDialog(const Task &task)
{
    if (m_runDialog)
        m_runDialog->close();
    auto *dialog = new RunDialog(m_session, task, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RunDialog::jobStarted, this, [this](const Job &job) {
        onJobStarted(job, true);
    });
    m_runDialog = dialog;
    dialog->open();
    return dialog;
}

void JobRunning::onJobStarted(const Job &job, bool openWindow)
{
    if (m_session)
        m_session->noteJob(job);
    m_tray->notifier()->track(job);
    Q_EMIT jobStarted(job);
    if (openWindow)
        openJob(job);
}

JobDialog *JobRunning::openJob(const Job &job)
{
    if (job.id().isEmpty())
        return nullptr;
    if (JobDialog *open = jobWindow(job.id())) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new JobDialog(m_session, job, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JobDialog::jobStarted, this, [this](const Job &started) {
        onJobStarted(started, true);
    });
    const QString id = job.id();
    connect(dialog, &QObject::destroyed, this, [this, id] { m_jobWindows.remove(id); });
    m_jobWindows.insert(id, dialog);
    dialog->show();
    return dialog;
}

void JobRunning::openJobById(const QString &jobId)
{
    QJsonObject json;
    json.insert("id"_L1, jobId);
    openJob(Job(json));
}

JobDialog *JobRunning::jobWindow(const QString &jobId) const
{
    return m_jobWindows.value(jobId).data();
}

QList<JobDialog *> JobRunning::jobWindows() const
{
    QList<JobDialog *> windows;
    for (const auto &window : m_jobWindows) {
        if (window)
            windows.append(window.data());
    }
    return windows;
}

} // namespace TheEye
