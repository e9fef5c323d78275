#include "ui/jobs/jobtray.h"

#include "models/durationformat.h"
#include "ui/appicons.h"
#include "ui/jobs/jobbadge.h"
#include "ui/session.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace TheEye {

using namespace Qt::StringLiterals;

JobNotifier::JobNotifier(Session *session, QObject *parent)
    : QObject(parent)
{
    if (session)
        connect(session, &Session::jobChanged, this, &JobNotifier::onJobChanged);
}

void JobNotifier::track(const Job &job)
{
    if (job.id().isEmpty())
        return;
    if (job.isFinished()) {
        Q_EMIT jobEnded(noticeFor(job));
        return;
    }
    m_tracked.insert(job.id(), job.name());
}

void JobNotifier::onJobChanged(const Job &job)
{
    const auto it = m_tracked.constFind(job.id());
    if (it == m_tracked.cend() || !job.isFinished())
        return;
    Job named = job;
    if (named.name().isEmpty() && !it->isEmpty()) {
        QJsonObject json = job.toJson();
        json.insert("name"_L1, *it);
        named = Job(json);
    }
    m_tracked.erase(it);
    Q_EMIT jobEnded(noticeFor(named));
}

JobNotifier::Notice JobNotifier::noticeFor(const Job &job)
{
    Notice notice;
    notice.jobId = job.id();
    const QString name = job.name().isEmpty() ? tr("A job") : job.name();
    const JobState state = job.state();
    notice.failed = state != JobState::Success;
    switch (state) {
    case JobState::Success:
        notice.title = tr("%1 finished").arg(name);
        break;
    case JobState::Canceled:
        notice.title = tr("%1 was canceled").arg(name);
        break;
    case JobState::Timeout:
        notice.title = tr("%1 timed out").arg(name);
        break;
    default:
        notice.title = tr("%1 failed").arg(name);
        break;
    }
    QStringList details;
    details.append(tr("Job #%1: %2").arg(job.id(), jobStatusText(job)));
    if (const auto code = job.exitCode(); code && *code != 0)
        details.append(tr("exit code %1").arg(*code));
    if (const auto duration = job.durationMs())
        details.append(tr("after %1").arg(formatElapsed(*duration)));
    notice.message = details.join(u", "_s) + u'.';
    return notice;
}

JobTray::JobTray(Session *session, QObject *parent)
    : QObject(parent)
    , m_notifier(new JobNotifier(session, this))
{
    qRegisterMetaType<JobNotifier::Notice>();
    connect(m_notifier, &JobNotifier::jobEnded, this, &JobTray::showNotice);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_menu = new QMenu;
        m_menu->addAction(tr("Show TheEye Desktop"), this, &JobTray::showWindowRequested);
        m_menu->addSeparator();
        m_menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &JobTray::openLastNotice);
        connect(m_tray,
                &QSystemTrayIcon::activated,
                this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
    }
    if (session)
        connect(session, &Session::runningCountChanged, this, &JobTray::setRunning);
    setRunning(session ? session->runningJobCount() : 0);
    if (m_tray)
        m_tray->show();
}

JobTray::~JobTray()
{
    delete m_menu; // a tray menu has no parent widget
}

QString JobTray::toolTipFor(int running)
{
    if (running <= 0)
        return tr("TheEye Desktop: no jobs running");
    return tr("TheEye Desktop: %n job(s) running or queued", nullptr, running);
}

QIcon JobTray::iconFor(int running)
{
    const QIcon base = AppIcons::icon(u"app"_s);
    if (running <= 0)
        return base;
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = running > 99 ? u"99+"_s : QString::number(running);
        const qreal diameter = size * 0.62;
        const QRectF badge(size - diameter, size - diameter, diameter, diameter);
        painter.setPen(Qt::NoPen);
        painter.setBrush(AppIcons::jobColor(Lifecycle::Assigned, JobState::InProgress));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, static_cast<int>(diameter * (text.size() > 1 ? 0.45 : 0.7))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void JobTray::setRunning(int running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_toolTip = toolTipFor(running);
    m_icon = iconFor(running);
    if (m_tray) {
        m_tray->setToolTip(m_toolTip);
        m_tray->setIcon(m_icon);
    }
}

void JobTray::showNotice(const JobNotifier::Notice &notice)
{
    m_lastNoticeJobId = notice.jobId;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notice.title,
                            notice.message,
                            notice.failed ? QSystemTrayIcon::Warning
                                          : QSystemTrayIcon::Information);
    Q_EMIT noticeShown(notice);
}

void JobTray::openLastNotice()
{
    if (!m_lastNoticeJobId.isEmpty())
        Q_EMIT openJobRequested(m_lastNoticeJobId);
}

} // namespace TheEye
