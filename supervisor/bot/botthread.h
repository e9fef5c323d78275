#pragma once

#include "supervisor/bot/botprocess.h"

#include <QObject>
#include <QThread>

namespace TheEye::Supervisor {

class BotWorker;

// The local bot's processes on a thread of their own: spawning, reading the pipes, seeing a
// process end, timeouts and the SIGKILL after the grace period all happen there, so the thread
// that owns the store and serves HTTP never waits on fork/exec or a pipe. This object lives on
// the caller's thread; it talks to the bot thread only by queued calls carrying values, and
// emits its signals on its own thread, for one run always in this order: started, output…,
// finished.
class BotThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotThread)

public:
    explicit BotThread(QObject *parent = nullptr);
    ~BotThread() override; // every process still running is killed with its group

    // Queues a start; the id names the run in the signals.
    quint64 start(const Launch::Command &command,
                  const QProcessEnvironment &environment,
                  const BotProcess::Options &options);
    // SIGTERM to the run's group now, SIGKILL after its grace period.
    void stop(quint64 run);
    // Shutdown: every group SIGKILLed and every process reaped before it returns; no signal
    // follows for these runs.
    void killAll();

Q_SIGNALS:
    // The process runs (group 0 when it could not start; finished follows with the reason).
    void started(quint64 run, qint64 processGroup);
    void output(quint64 run,
                TheEye::Supervisor::OutputChunk::Stream stream,
                const QByteArray &bytes);
    void finished(quint64 run, const TheEye::Supervisor::ExitReport &report);

private:
    QThread m_thread;
    BotWorker *m_worker = nullptr;
    quint64 m_lastRun = 0;
};

} // namespace TheEye::Supervisor
