#include "supervisor/bot/botthread.h"

#include <QHash>
#include <QList>

#include <memory>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

// The bot thread's side: it owns the processes and the group killer, and hands what happens to
// the BotThread's thread as queued calls.
class BotWorker final : public QObject
{
public:
    explicit BotWorker(BotThread *front)
        : m_front(front)
        // A child, so that moving the worker to the bot thread moves the killer too: its grace
        // timers are created and fire there.
        , m_killer(std::make_unique<GroupKiller>(this))
    {}

    void start(quint64 run,
               const Launch::Command &command,
               const QProcessEnvironment &environment,
               const BotProcess::Options &options)
    {
        if (!m_killer)
            return; // shut down
        qDeleteAll(std::exchange(m_ended, {}));
        auto *process = new BotProcess(*m_killer, this);
        m_processes.insert(run, process);
        BotThread *front = m_front;
        connect(process,
                &BotProcess::output,
                this,
                [front, run](OutputChunk::Stream stream, const QByteArray &bytes) {
                    QMetaObject::invokeMethod(
                        front,
                        [front, run, stream, bytes] { Q_EMIT front->output(run, stream, bytes); },
                        Qt::QueuedConnection);
                });
        connect(process, &BotProcess::finished, this, [this, front, run](const ExitReport &report) {
            // Deleted by the next start or killAll: not while it emits this.
            if (BotProcess *ended = m_processes.take(run))
                m_ended.append(ended);
            QMetaObject::invokeMethod(
                front,
                [front, run, report] { Q_EMIT front->finished(run, report); },
                Qt::QueuedConnection);
        });
        process->start(command, environment, options);
        const qint64 group = process->processGroup();
        // Before any output or end of this run: those come from the event loop, later.
        QMetaObject::invokeMethod(
            front,
            [front, run, group] { Q_EMIT front->started(run, group); },
            Qt::QueuedConnection);
    }

    void stop(quint64 run)
    {
        if (BotProcess *process = m_processes.value(run))
            process->stop();
    }

    void killAll()
    {
        qDeleteAll(std::exchange(m_ended, {}));
        const auto processes = std::exchange(m_processes, {});
        for (BotProcess *process : processes) {
            disconnect(process, nullptr, this, nullptr);
            delete process; // SIGKILL to its group, then reaped
        }
        m_killer.reset(); // the groups still in their grace period are killed now
    }

private:
    BotThread *m_front;
    std::unique_ptr<GroupKiller> m_killer;
    QHash<quint64, BotProcess *> m_processes;
    QList<BotProcess *> m_ended;
};

BotThread::BotThread(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"supervisor-bot"_s);
    m_worker = new BotWorker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

BotThread::~BotThread()
{
    killAll();
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended; it holds nothing but empty containers now
}

quint64 BotThread::start(const Launch::Command &command,
                         const QProcessEnvironment &environment,
                         const BotProcess::Options &options)
{
    const quint64 run = ++m_lastRun;
    BotWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, run, command, environment, options] {
            worker->start(run, command, environment, options);
        },
        Qt::QueuedConnection);
    return run;
}

void BotThread::stop(quint64 run)
{
    BotWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, run] { worker->stop(run); }, Qt::QueuedConnection);
}

void BotThread::killAll()
{
    if (!m_thread.isRunning())
        return;
    BotWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->killAll(); }, Qt::BlockingQueuedConnection);
}

} // namespace TheEye::Supervisor
