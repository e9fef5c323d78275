#include "app/desktop/desktopapp.h"

#include "client/profilestore.h"
#include "supervisor/core/localsupervisor.h"
#include "ui/bulkeditdialog.h"
#include "ui/connectiondialog.h"
#include "ui/editing/taskediting.h"
#include "ui/jobs/jobrunning.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QEvent>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace TheEye {

DesktopApp::DesktopApp(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(new ProfileStore(this))
    , m_session(new Session(this))
{}

DesktopApp::~DesktopApp()
{
    delete m_window;
    m_session->close();
    if (m_local)
        m_local->stop();
}

void DesktopApp::start()
{
    m_window = new MainWindow(m_session);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    wireWindows();
    // Connect after the window's first paint: opening the local database and loading thousands
    // of tasks would otherwise hold back the first expose (a 0-timer after show() runs before
    // it). Until the tasks are in, the table says it is loading them.
    m_window->taskView()->viewport()->installEventFilter(this);
    QTimer::singleShot(FirstPaintWaitMs, this, [this] { connectFirst(); });
    m_window->show();
}

bool DesktopApp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_window && watched == m_window->taskView()->viewport()) {
        watched->removeEventFilter(this);
        // After this paint is flushed, not inside it.
        QTimer::singleShot(0, this, [this] { connectFirst(); });
    }
    return QObject::eventFilter(watched, event);
}

void DesktopApp::connectFirst()
{
    if (m_firstConnectScheduled || !m_window)
        return;
    m_firstConnectScheduled = true;
    std::optional<ConnectionProfile> chosen;
    if (!m_options.forceLocal) {
        const QString wanted = m_options.profile.isEmpty() ? m_profiles->defaultProfileId()
                                                           : m_options.profile;
        for (const ConnectionProfile &profile : m_profiles->profiles()) {
            if (profile.id == wanted || profile.name == wanted)
                chosen = profile;
        }
        if (!m_options.profile.isEmpty() && !chosen
            && m_options.profile != ConnectionDialog::localProfileId())
            m_window->statusBar()
                ->showMessage(tr("There is no connection named \"%1\"; using this computer.")
                                  .arg(m_options.profile),
                              10000);
    }
    if (chosen && chosen->kind == ConnectionProfile::Kind::Remote) {
        const ConnectionProfile profile = *chosen;
        m_profiles->loadToken(profile.id)
            ->then(this, [this, profile](const Result<QString, SecretError> &token) {
                ConnectionProfile withToken = profile;
                if (token.ok())
                    withToken.token = *token;
                connectTo(withToken);
            });
    } else {
        connectLocal();
    }
    Q_EMIT started();
    if (!m_options.filesToImport.isEmpty())
        QTimer::singleShot(0, m_window, [this] {
            Q_EMIT m_window->importRequested(m_options.filesToImport);
        });
}

bool DesktopApp::startLocalSupervisor()
{
    if (m_local && m_local->isRunning())
        return true;
    Supervisor::LocalSupervisor::Options options;
    options.dataDirectory = m_options.dataDirectory;
    options.server.port = m_options.localPort;
    m_local = std::make_unique<Supervisor::LocalSupervisor>(options);
    if (m_local->start())
        return true;
    // The usual port is taken (a headless server, another app): any free port will do, since
    // this window is the only client that needs to know it.
    options.server.port = 0;
    m_local = std::make_unique<Supervisor::LocalSupervisor>(options);
    if (m_local->start())
        return true;
    Q_EMIT localSupervisorFailed(m_local->error());
    return false;
}

void DesktopApp::connectLocal()
{
    if (!startLocalSupervisor()) {
        QMessageBox::critical(m_window,
                              tr("Local Supervisor"),
                              tr("The local supervisor could not start: %1").arg(m_local->error()));
        return;
    }
    ConnectionProfile profile;
    profile.id = ConnectionDialog::localProfileId();
    profile.kind = ConnectionProfile::Kind::Local;
    profile.name = tr("This computer");
    profile.baseUrl = QUrl(m_local->baseUrl());
    profile.organization = m_local->organization();
    profile.token = m_local->issueSessionToken();
    m_session->open(profile, Session::Role::Admin);
}

void DesktopApp::connectTo(const ConnectionProfile &profile)
{
    if (profile.kind == ConnectionProfile::Kind::Local) {
        connectLocal();
        return;
    }
    m_session->open(profile);
}

void DesktopApp::showConnections()
{
    auto *dialog = new ConnectionDialog(m_profiles, m_session->profile().id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, this, &DesktopApp::connectTo);
    dialog->open();
}

void DesktopApp::wireWindows()
{
    m_editing = new TaskEditing(m_session, m_window, this);
    m_running = new JobRunning(m_session, m_window, this);
    connect(m_window, &MainWindow::connectionsRequested, this, &DesktopApp::showConnections);
    connect(m_window, &MainWindow::bulkEditRequested, this, [this](const QList<Task> &tasks) {
        auto *dialog = new BulkEditDialog(m_session, tasks, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace TheEye
