#include "supervisor/store/walcheckpointer.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"theeye-checkpoint-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

// Lives on the checkpointer's thread: its connection is opened, used and removed there.
class CheckpointWorker final : public QObject
{
public:
    CheckpointWorker(QString filePath, QAtomicInteger<quint64> &writes)
        : m_filePath(std::move(filePath))
        , m_writes(writes)
        , m_connectionName(nextConnectionName())
    {}

    bool open(QString *error)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        m_timer = new QTimer(this);
        m_timer->callOnTimeout(this, [this] { checkpointIfWritten(); });
        m_timer->start(WalCheckpointer::IntervalMs);
        return true;
    }

    void close()
    {
        if (!QSqlDatabase::contains(m_connectionName))
            return;
        delete m_timer;
        m_timer = nullptr;
        checkpointIfWritten();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    int checkpoints() const { return m_checkpoints.loadRelaxed(); }

private:
    void checkpointIfWritten()
    {
        const quint64 writes = m_writes.loadRelaxed();
        if (writes == m_checkpointedWrites || !QSqlDatabase::contains(m_connectionName))
            return;
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        // Passive: it never waits for, nor blocks, the core's writes; what it could not copy
        // this time (a reader still on an older snapshot) is copied next time.
        const bool done = query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        // Tried until the next write either way: what it could not copy (a full disk) stays in
        // the log, which SQLite reads as part of the database, and a failure is told once, not
        // ten times a second.
        m_checkpointedWrites = writes;
        if (!done) {
            if (!m_failing)
                qWarning("store: checkpoint failed: %s", qPrintable(query.lastError().text()));
            m_failing = true;
            return;
        }
        m_failing = false;
        m_checkpoints.fetchAndAddRelaxed(1);
        // A passive checkpoint never catches a core that writes without pause: frames arrive
        // while it copies, the log never starts over and grows (and its mapped index with it).
        // Past RestartFrames one restart checkpoint waits for the write in progress, copies the
        // little that is left and lets the next write start the log from the beginning.
        const int logFrames = query.next() ? query.value(1).toInt() : 0;
        query.finish();
        if (logFrames >= WalCheckpointer::RestartFrames
            && !query.exec(u"PRAGMA wal_checkpoint(RESTART)"_s))
            qWarning("store: checkpoint failed: %s", qPrintable(query.lastError().text()));
    }

    QString m_filePath;
    QAtomicInteger<quint64> &m_writes;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    quint64 m_checkpointedWrites = 0;
    bool m_failing = false;
    QAtomicInteger<int> m_checkpoints;
};

WalCheckpointer::WalCheckpointer() = default;

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(const QString &filePath, QString *error)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(u"store-checkpoint"_s);
    m_worker = new CheckpointWorker(filePath, m_writes);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    bool opened = false;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &opened, error] { opened = m_worker->open(error); },
        Qt::BlockingQueuedConnection);
    if (!opened)
        stop();
    return opened;
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

int WalCheckpointer::checkpoints() const
{
    return m_worker ? m_worker->checkpoints() : 0;
}

} // namespace TheEye::Supervisor
