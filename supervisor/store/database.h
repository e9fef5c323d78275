#pragma once

#include "models/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace TheEye::Supervisor {

using Done = Result<std::monostate>;

// One SQLite connection, owned by the thread that opened it (the supervisor core). WAL with
// synchronous=NORMAL: a committed transaction survives a crash of the process; foreign keys on;
// a busy timeout for the odd external reader (the sqlite3 shell). Statements are prepared once
// and reused. Checkpoints run on a thread of their own (WalCheckpointer), so no commit waits for
// the disk.
class WalCheckpointer;

class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) and brings the schema up to date. Fails with a translated
    // message that names the file.
    Done open(const QString &filePath);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const { return m_schemaVersion; }

    // A prepared statement for `sql`, prepared on first use. Bind and exec() it; it stays valid
    // until close().
    QSqlQuery &statement(const QString &sql);
    // Binds positional values; a null QString binds as "" (columns are NOT NULL text, and a
    // QString that was never assigned is "no value" to Qt, not SQL NULL to us).
    static void bind(QSqlQuery &query, const QList<QVariant> &values);
    // Runs a prepared statement; the failure message names the statement's error.
    Done exec(QSqlQuery &query);
    // One-off statement without parameters (schema, pragmas).
    Done execute(const QString &sql);

    // How an outermost transaction lands. Alone: BEGIN … COMMIT, on disk when commit() returns.
    // Grouped (once grouping is enabled): a savepoint inside the commit group of the current
    // event-loop pass; commit() keeps it or gives it up alone, and the group lands as one
    // SQLite transaction in commitGroup(). A job's steps are many small writes to the same pages
    // (its row, five indexes, its task's count): one commit for a pass's worth of them writes
    // each page once.
    enum class Landing { Alone, Grouped };

    // Transactions nest: only the outermost begin/commit reach SQLite, so a service can group
    // several table operations into the one transaction of a state change.
    Done begin(Landing landing = Landing::Alone);
    Done commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Called whenever a transaction is given up (rolled back, or a commit failed): whoever keeps
    // rows in memory next to the file drops what the rollback undid.
    void addRollbackObserver(std::function<void()> observer)
    {
        m_rollbackObservers.append(std::move(observer));
    }

    // Commit groups. `scheduleCommit` is called when a group opens and must call commitGroup()
    // soon, from the event loop (a zero timer). Until then grouped transactions run as alone.
    void enableCommitGroups(std::function<void()> scheduleCommit);
    bool hasOpenGroup() const { return m_groupOpen; }
    // Lands the open group (nothing to do without one), then calls the callbacks waiting for it
    // with the outcome. A group that cannot land is rolled back whole.
    Done commitGroup();
    // Calls `landed` with the outcome once what was written so far is on disk: at once when no
    // group is open. Whoever answers for a grouped write (an HTTP reply, a run that must not go on
    // unrecorded) waits here.
    void whenLanded(std::function<void(const Done &)> landed);
    // Runs `hook` in commitGroup() just before the group lands, inside it: the last writes of a
    // pass (a job's start, history pruning) made once for the whole pass, and skipped when the
    // pass already made them moot. False, and nothing registered, when no group is open.
    bool beforeLanding(std::function<void()> hook);
    // Called when a group could not land: whoever counted on its writes (in memory, after
    // commit() returned) reads the file again.
    void addGroupLossObserver(std::function<void()> observer)
    {
        m_groupLossObservers.append(std::move(observer));
    }

private:
    Done migrate();
    void notifyRollback();
    Done releaseGroupedStep(bool keep);
    // BEGIN, COMMIT, SAVEPOINT and the like, as prepared statements.
    Done control(const QString &sql);
    bool isReadOnly(const QSqlQuery &query) const;
    void noteWrite();
    QString lastError(const QSqlQuery &query) const;

    QString m_connectionName;
    QString m_filePath;
    int m_schemaVersion = 0;
    int m_depth = 0;
    bool m_failedInside = false;
    // The write-ahead log's bound when checkpoints fall behind (noteWrite).
    static constexpr qint64 LogLimitBytes = qint64(128) * 1024 * 1024;
    static constexpr int LogCheckEveryWrites = 64;
    static constexpr int LogWaitMs = 5000;
    qint64 m_logLimitBytes = LogLimitBytes;
    int m_writesSinceLogCheck = 0;
    bool m_groupOpen = false;
    bool m_groupedStep = false; // the outermost transaction is a savepoint of the group
    std::function<void()> m_scheduleGroupCommit;
    QList<std::function<void(const Done &)>> m_waitingForGroup;
    QList<std::function<void()>> m_beforeLanding;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QList<std::function<void()>> m_rollbackObservers;
    QList<std::function<void()>> m_groupLossObservers;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

// Rolls back unless committed: a state change either lands whole or not at all.
class Transaction final
{
public:
    explicit Transaction(Database &database, Database::Landing landing = Database::Landing::Alone);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    Done commit();

private:
    Database &m_database;
    bool m_active = false;
    QString m_error;
};

} // namespace TheEye::Supervisor
