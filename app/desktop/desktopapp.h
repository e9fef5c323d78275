#pragma once

#include "client/connectionprofile.h"
#include "ui/mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace TheEye {

class JobRunning;
class ProfileStore;
class Session;
class TaskEditing;

namespace Supervisor {
class LocalSupervisor;
}

// Composes the desktop app: the session, the main window and the windows behind its actions,
// and the connection it starts with — the last profile used, or the local supervisor hosted in
// this process when there is none (first run, --local). Switching profiles never restarts.
class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    struct Options
    {
        QString dataDirectory;     // the local supervisor's; empty: the standard location
        QString profile;           // a saved profile's name or id; empty: the last one used
        bool forceLocal = false;   // --local
        quint16 localPort = 60080; // tried first; a free port when it is taken
        QStringList filesToImport; // recipes given on the command line
    };

    explicit DesktopApp(Options options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the window at once, then connects (starting the local supervisor when needed).
    void start();

    Session *session() const { return m_session; }
    MainWindow *mainWindow() const { return m_window; }
    Supervisor::LocalSupervisor *localSupervisor() const { return m_local.get(); }
    ProfileStore *profileStore() const { return m_profiles; }
    TaskEditing *editing() const { return m_editing; }
    JobRunning *running() const { return m_running; }

    // Connects to a profile; a Local one (re)uses the supervisor hosted in this process.
    void connectTo(const ConnectionProfile &profile);
    void connectLocal();
    void showConnections();

Q_SIGNALS:
    // The first connection attempt is under way (the window is up).
    void started();
    void localSupervisorFailed(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Longest the first connection waits for the window's first paint (a window that is never
    // exposed, e.g. started minimized, still connects).
    static constexpr int FirstPaintWaitMs = 1500;

    void connectFirst();
    void wireWindows();
    bool startLocalSupervisor();

    Options m_options;
    ProfileStore *m_profiles = nullptr;
    Session *m_session = nullptr;
    QPointer<MainWindow> m_window;
    TaskEditing *m_editing = nullptr;
    JobRunning *m_running = nullptr;
    std::unique_ptr<Supervisor::LocalSupervisor> m_local;
    bool m_firstConnectScheduled = false;
};

} // namespace TheEye
