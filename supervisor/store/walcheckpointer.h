#pragma once

#include <QAtomicInteger>
#include <QString>

#include <memory>

class QThread;

namespace TheEye::Supervisor {

class CheckpointWorker;

// Copies the write-ahead log back into the database file on a thread of its own, through a
// connection of its own, so that the supervisor core never waits for the fsync a checkpoint
// ends with (SQLite would otherwise run it inside whichever commit crossed 1,000 pages, and
// that commit's caller (an HTTP request, a job's end) would wait for the disk).
//
// A passive checkpoint runs every IntervalMs while there were writes: the file is synced at
// least that often, which is as durable as synchronous=NORMAL ever was (a commit survives a
// crash of the process at once, a crash of the machine once checkpointed).
class WalCheckpointer final
{
public:
    static constexpr int IntervalMs = 100;
    // A log this long (4 KiB pages: 16 MiB) is made to start over, at the cost of a short wait
    // for the core's write in progress.
    static constexpr int RestartFrames = 4096;

    WalCheckpointer();
    ~WalCheckpointer(); // stops the thread after a last checkpoint

    // False (with the reason) when the second connection cannot be opened; the database then
    // checkpoints on its own as SQLite does by default.
    bool start(const QString &filePath, QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // Something was committed; the next pass checkpoints. Any thread.
    void noteWrite() { m_writes.fetchAndAddRelaxed(1); }
    // Checkpoints done so far (for tests).
    int checkpoints() const;

private:
    QAtomicInteger<quint64> m_writes;
    QThread *m_thread = nullptr;
    CheckpointWorker *m_worker = nullptr;
};

} // namespace TheEye::Supervisor
