#pragma once

#include "models/job.h"

#include <QHash>
#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace TheEye {

class Session;

// Remembers the jobs started from this app and says when one of them ends (issue 6: "a
// notification when a job you started finishes or fails"). Jobs started elsewhere (the web UI, a
// trigger, an integration) are not announced: they are not this user's to wait for.
class JobNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    struct Notice
    {
        QString jobId;
        QString title;
        QString message;
        bool failed = false;
    };

    explicit JobNotifier(Session *session, QObject *parent = nullptr);

    void track(const Job &job);
    bool isTracked(const QString &jobId) const { return m_tracked.contains(jobId); }
    int trackedCount() const { return static_cast<int>(m_tracked.size()); }
    // What to say about a finished job; pure, for the tray and tests.
    static Notice noticeFor(const Job &job);

Q_SIGNALS:
    void jobEnded(const TheEye::JobNotifier::Notice &notice);

private:
    void onJobChanged(const Job &job);

    QHash<QString, QString> m_tracked; // job id → task name
};

// The system tray icon (when the desktop has a tray): the number of jobs in progress in its
// tooltip and drawn on the icon, and a notification when a job started here ends; clicking the
// notification opens that job.
class JobTray final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTray)

public:
    explicit JobTray(Session *session, QObject *parent = nullptr);
    ~JobTray() override;

    JobNotifier *notifier() const { return m_notifier; }
    // Null when the desktop has no tray (offscreen, some Wayland shells).
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    int runningCount() const { return m_running; }
    QString lastNoticeJobId() const { return m_lastNoticeJobId; }
    // What clicking the last notification does.
    void openLastNotice();

    static QString toolTipFor(int running);
    static QIcon iconFor(int running);

Q_SIGNALS:
    void openJobRequested(const QString &jobId);
    void showWindowRequested();
    // Emitted with every notice, also without a tray (the window may show it in its status bar).
    void noticeShown(const TheEye::JobNotifier::Notice &notice);

private:
    void setRunning(int running);
    void showNotice(const JobNotifier::Notice &notice);

    JobNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QString m_toolTip;
    QIcon m_icon;
    int m_running = -1;
    QString m_lastNoticeJobId;
};

} // namespace TheEye

Q_DECLARE_METATYPE(TheEye::JobNotifier::Notice)
