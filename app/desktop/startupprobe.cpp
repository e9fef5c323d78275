#include "app/desktop/startupprobe.h"

#include "models/tasktablemodel.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace TheEye {

bool StartupProbe::isWanted()
{
    return qgetenv("THEEYE_STARTUP_PROBE") == "1";
}

StartupProbe::StartupProbe(
    QElapsedTimer clock, MainWindow *window, Session *session, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_window(window)
    , m_windowHandle(window->windowHandle())
    , m_viewport(window->taskView()->viewport())
    , m_tasks(session->taskModel())
{
    if (m_windowHandle)
        m_windowHandle->installEventFilter(this);
    m_viewport->installEventFilter(this);
    // The first load resets the model with every task (Session::open resets it empty first).
    connect(m_tasks, &QAbstractItemModel::modelReset, this, [this] {
        if (m_tasks->rowCount() > 0)
            m_tasksLoaded = true;
    });
    if (m_windowHandle && m_windowHandle->isExposed())
        QTimer::singleShot(0, this, &StartupProbe::reportExposed);
    QTimer::singleShot(timeoutMs, this, [this] {
        if (m_tasksReported)
            return;
        print("tasks timeout " + QByteArray::number(m_clock.elapsed()));
        QCoreApplication::exit(3);
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Both reports are queued so they run after the paint this event leads to has finished.
    if (watched == m_windowHandle && event->type() == QEvent::Expose && !m_exposedReported
        && m_windowHandle->isExposed())
        QTimer::singleShot(0, this, &StartupProbe::reportExposed);
    else if (watched == m_viewport && event->type() == QEvent::Paint && m_tasksLoaded
             && !m_tasksReported)
        QTimer::singleShot(0, this, &StartupProbe::reportTasks);
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportExposed()
{
    if (m_exposedReported)
        return;
    m_exposedReported = true;
    print("exposed " + QByteArray::number(m_clock.elapsed()));
}

void StartupProbe::reportTasks()
{
    if (m_tasksReported)
        return;
    reportExposed(); // a paint of the table implies the window was exposed
    m_tasksReported = true;
    print("tasks " + QByteArray::number(m_tasks->rowCount()) + ' '
          + QByteArray::number(m_clock.elapsed()));
    QCoreApplication::quit();
}

void StartupProbe::print(const QByteArray &line)
{
    const QByteArray withNewline = line + '\n';
    std::fputs(withNewline.constData(), stdout);
    std::fflush(stdout);
}

} // namespace TheEye
