#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QWindow;

namespace TheEye {

class MainWindow;
class Session;

// Opt-in start-up timing for bench/gui (THEEYE_STARTUP_PROBE=1; off by default and never
// created then). It prints to stdout, in milliseconds since `clock` was started (first thing in
// main):
//   exposed <ms>       the main window is exposed and its first paint is done
//   tasks <n> <ms>     the task table has painted the n tasks of the first load
// and then quits the app. When no task arrives within the time-out it prints
// "tasks timeout <ms>" and quits with code 3, so a bench never hangs on an empty data dir.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    static constexpr int DefaultTimeoutMs = 60'000;

    // Whether the environment asks for the probe.
    static bool isWanted();

    StartupProbe(QElapsedTimer clock,
                 MainWindow *window,
                 Session *session,
                 int timeoutMs = DefaultTimeoutMs,
                 QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportExposed();
    void reportTasks();
    void print(const QByteArray &line);

    QElapsedTimer m_clock;
    QPointer<MainWindow> m_window;
    QPointer<QWindow> m_windowHandle;
    QPointer<QObject> m_viewport;
    QPointer<QAbstractItemModel> m_tasks;
    bool m_exposedReported = false;
    bool m_tasksLoaded = false;
    bool m_tasksReported = false;
};

} // namespace TheEye
