#pragma once

#include "supervisor/bot/launchspec.h"
#include "supervisor/store/records.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>

#include <optional>

#include <sys/types.h>

class QSocketNotifier;
class QTimer;

namespace TheEye::Supervisor {

// How a script ended.
struct ExitReport
{
    std::optional<int> code; // none when a signal ended it
    QString signal;          // "SIGTERM", … when a signal ended it
    bool killed = false;     // the bot stopped it (timeout, cancel, shutdown)
    bool timedOut = false;
    QString startError; // set when it never ran (translated)
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 elapsedNs = 0;
};

// Sends SIGKILL to process groups a grace period after they were asked to stop. It outlives the
// processes it watches, so a child that ignores SIGTERM dies even after its parent exited; on
// destruction every group still pending is killed at once.
class GroupKiller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupKiller)

public:
    explicit GroupKiller(QObject *parent = nullptr);
    ~GroupKiller() override;

    void killLater(qint64 processGroup, int graceMs);
    void killNow(qint64 processGroup);
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    QHash<qint64, QTimer *> m_pending;
};

// One script run in a process group of its own (a new session), so a stop reaches every process
// it started: SIGTERM to the group, SIGKILL to the group after the grace period. Output is handed
// on as it arrives, stdout and stderr apart, in arrival order.
//
// Started with posix_spawn (the caller waits only until the child has exec'd, with no copy of
// the supervisor's memory map as fork makes), its end seen through a pidfd. It belongs to one
// thread with an event loop (the bot thread, see BotThread).
class BotProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotProcess)

public:
    BotProcess(GroupKiller &killer, QObject *parent = nullptr);
    ~BotProcess() override; // a process still running is killed with its group

    struct Options
    {
        QString workingDirectory;
        qint64 timeoutMs = 600000; // SIGTERM to the group after this long
        int killGraceMs = 5000;    // then SIGKILL
    };
    void start(const Launch::Command &command,
               const QProcessEnvironment &environment,
               const Options &options);
    // Stops the process group (cancel, shutdown): SIGTERM now, SIGKILL after the grace period.
    void stop();
    bool isRunning() const { return m_pid > 0 && !m_reaped; }
    qint64 processGroup() const { return m_group; }

    static QString signalName(int signal);

Q_SIGNALS:
    void output(TheEye::Supervisor::OutputChunk::Stream stream, const QByteArray &bytes);
    // Once, when the script's main process ended (or never started).
    void finished(const TheEye::Supervisor::ExitReport &report);

private:
    struct Channel
    {
        OutputChunk::Stream stream = OutputChunk::Stream::Stdout;
        int fd = -1;
        QSocketNotifier *notifier = nullptr;
    };
    void watch(Channel &channel, int fd);
    bool read(Channel &channel); // true: more may be waiting
    void close(Channel &channel);
    void watchExit();
    void reap();
    void failToStart(const QString &program, int error);

    GroupKiller &m_killer;
    QTimer *m_timeout = nullptr;
    Options m_options;
    QElapsedTimer m_clock;
    ExitReport m_report;
    Channel m_stdout{OutputChunk::Stream::Stdout};
    Channel m_stderr{OutputChunk::Stream::Stderr};
    int m_pidfd = -1;
    QSocketNotifier *m_exitNotifier = nullptr;
    QTimer *m_exitPoll = nullptr; // only where the kernel has no pidfd
    pid_t m_pid = 0;
    qint64 m_group = 0;
    bool m_reaped = false;
    bool m_stopping = false;
    bool m_done = false;
};

} // namespace TheEye::Supervisor
