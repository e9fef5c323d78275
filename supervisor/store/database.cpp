#include "supervisor/store/database.h"

#include "supervisor/core/supervisortr.h"
#include "supervisor/store/schema.h"
#include "supervisor/store/walcheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"theeye-supervisor-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    close();
}

Done Database::open(const QString &filePath)
{
    close();
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Done::failure(
            SupervisorTr::tr("Cannot create the data folder %1.").arg(info.absolutePath()));

    {
        // No handle may outlive this block, or close() below could not remove the connection.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Done::failure(SupervisorTr::tr("Cannot open the database %1: %2")
                                     .arg(info.absoluteFilePath(), error));
        }
    }
    m_filePath = info.absoluteFilePath();

    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s,
                                  u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA temp_store=MEMORY"_s}) {
        if (const Done done = execute(pragma); !done) {
            close();
            return done;
        }
    }
    if (const Done done = migrate(); !done) {
        close();
        return done;
    }
    auto checkpointer = std::make_unique<WalCheckpointer>();
    QString checkpointError;
    if (checkpointer->start(m_filePath, &checkpointError)) {
        // The log is reused from its start after each full checkpoint; a burst that grew it is
        // cut back to this size.
        for (const QString &pragma :
             {u"PRAGMA wal_autocheckpoint=0"_s, u"PRAGMA journal_size_limit=67108864"_s}) {
            if (const Done done = execute(pragma); !done) {
                close();
                return done;
            }
        }
        m_checkpointer = std::move(checkpointer);
    } else {
        qWarning("store: checkpoints stay in the commits: %s", qPrintable(checkpointError));
    }
    return std::monostate{};
}

void Database::close()
{
    if (m_filePath.isEmpty() && !QSqlDatabase::contains(m_connectionName))
        return;
    if (m_groupOpen) {
        m_depth = 0;
        commitGroup();
    }
    m_checkpointer.reset(); // its last checkpoint before this connection goes
    m_statements.clear();
    m_depth = 0;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_filePath.clear();
    m_schemaVersion = 0;
}

bool Database::isOpen() const
{
    return !m_filePath.isEmpty();
}

QSqlQuery &Database::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        query->prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return *it.value();
}

QString Database::lastError(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    return error.text().isEmpty() ? SupervisorTr::tr("unknown database error") : error.text();
}

void Database::bind(QSqlQuery &query, const QList<QVariant> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(static_cast<int>(i), nullText ? QVariant(u""_s) : value);
    }
}

bool Database::isReadOnly(const QSqlQuery &query) const
{
    return query.lastQuery().startsWith("SELECT"_L1, Qt::CaseInsensitive);
}

Done Database::exec(QSqlQuery &query)
{
    // A write outside any transaction is on disk when it returns, and after what was grouped
    // before it; a read sees the group's rows either way (one connection).
    if (m_depth == 0 && m_groupOpen && !isReadOnly(query))
        commitGroup();
    if (!query.exec()) {
        if (m_depth > 0)
            m_failedInside = true;
        return Done::failure(SupervisorTr::tr("Database error: %1").arg(lastError(query)));
    }
    if (m_depth == 0 && !query.isSelect())
        noteWrite();
    return std::monostate{};
}

void Database::noteWrite()
{
    if (!m_checkpointer)
        return;
    m_checkpointer->noteWrite();
    if (++m_writesSinceLogCheck < LogCheckEveryWrites)
        return;
    m_writesSinceLogCheck = 0;
    const qint64 logBytes = QFileInfo(m_filePath + u"-wal"_s).size();
    if (logBytes < m_logLimitBytes)
        return;
    // The checkpoints on their own thread fall behind when the disk is slow (each one ends with
    // an fsync) while writes go on without pause: then this writer waits until it can run one
    // that starts the log over, so that the log stays bounded. SQLite answers "busy" at once
    // while the other thread's checkpoint runs, hence the retries. A reader that holds the log
    // (a shell left open) makes it wait in vain: it is tried again once the log has grown as
    // much again.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    bool restarted = false;
    QElapsedTimer waited;
    waited.start();
    while (!restarted && waited.elapsed() < LogWaitMs) {
        restarted = query.exec(u"PRAGMA wal_checkpoint(RESTART)"_s) && query.next()
                    && query.value(0).toInt() == 0;
        query.finish();
        if (!restarted)
            QThread::msleep(5);
    }
    m_logLimitBytes = restarted ? LogLimitBytes : logBytes + LogLimitBytes;
}

Done Database::control(const QString &sql)
{
    // Prepared once: a job's steps run several of these, and preparing one costs more than
    // running it.
    QSqlQuery &query = statement(sql);
    const bool done = query.exec();
    const QString error = done ? QString() : lastError(query);
    query.finish();
    if (!done)
        return Done::failure(SupervisorTr::tr("Database error: %1").arg(error));
    return std::monostate{};
}

Done Database::execute(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return Done::failure(SupervisorTr::tr("Database error: %1").arg(lastError(query)));
    return std::monostate{};
}

void Database::enableCommitGroups(std::function<void()> scheduleCommit)
{
    m_scheduleGroupCommit = std::move(scheduleCommit);
}

Done Database::begin(Landing landing)
{
    if (m_depth > 0) {
        ++m_depth;
        return std::monostate{};
    }
    const bool grouped = landing == Landing::Grouped && m_scheduleGroupCommit;
    // Alone means on disk when commit() returns, after whatever was grouped before it.
    if (!grouped && m_groupOpen)
        commitGroup();
    m_depth = 1;
    m_failedInside = false;
    m_groupedStep = false;
    if (grouped) {
        if (!m_groupOpen) {
            if (const Done done = control(u"BEGIN IMMEDIATE"_s); !done) {
                m_depth = 0;
                return done;
            }
            m_groupOpen = true;
            m_scheduleGroupCommit();
        }
        if (const Done done = control(u"SAVEPOINT grouped_step"_s); !done) {
            m_depth = 0;
            return done;
        }
        m_groupedStep = true;
        return std::monostate{};
    }
    if (const Done done = control(u"BEGIN IMMEDIATE"_s); !done) {
        m_depth = 0;
        return done;
    }
    return std::monostate{};
}

Done Database::commit()
{
    if (m_depth == 0)
        return Done::failure(SupervisorTr::tr("Database error: commit without a transaction"));
    if (--m_depth > 0)
        return std::monostate{};
    if (m_groupedStep)
        return releaseGroupedStep(!m_failedInside);
    if (m_failedInside) {
        control(u"ROLLBACK"_s);
        notifyRollback();
        return Done::failure(SupervisorTr::tr("Database error: a statement of the transaction "
                                              "failed; nothing was saved"));
    }
    if (const Done done = control(u"COMMIT"_s); !done) {
        control(u"ROLLBACK"_s);
        notifyRollback();
        return done;
    }
    noteWrite();
    return std::monostate{};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        // The outermost transaction must not commit what an inner step gave up on.
        m_failedInside = true;
        return;
    }
    if (m_groupedStep) {
        releaseGroupedStep(false);
        return;
    }
    control(u"ROLLBACK"_s);
    notifyRollback();
}

Done Database::releaseGroupedStep(bool keep)
{
    m_groupedStep = false;
    Done released = keep ? control(u"RELEASE grouped_step"_s)
                         : Done::failure(
                             SupervisorTr::tr("Database error: a statement of the transaction "
                                              "failed; nothing was saved"));
    if (released)
        return released;
    // Only this step is undone; the group's other steps stay.
    control(u"ROLLBACK TO grouped_step"_s);
    control(u"RELEASE grouped_step"_s);
    notifyRollback();
    return released;
}

Done Database::commitGroup()
{
    if (!m_groupOpen)
        return std::monostate{};
    if (m_depth > 0) {
        // Called from an event loop run inside a transaction: that one must finish first.
        m_scheduleGroupCommit();
        return std::monostate{};
    }
    // Hooks may register more; one that wrote alone has landed the group already.
    while (m_groupOpen && !m_beforeLanding.isEmpty()) {
        for (const auto &hook : std::exchange(m_beforeLanding, {}))
            hook();
    }
    if (!m_groupOpen)
        return std::monostate{};
    m_groupOpen = false;
    Done done = control(u"COMMIT"_s);
    if (done) {
        noteWrite();
    } else {
        control(u"ROLLBACK"_s);
        notifyRollback();
        for (const auto &observer : std::as_const(m_groupLossObservers))
            observer();
    }
    for (const auto &landed : std::exchange(m_waitingForGroup, {}))
        landed(done);
    return done;
}

bool Database::beforeLanding(std::function<void()> hook)
{
    if (!m_groupOpen)
        return false;
    m_beforeLanding.append(std::move(hook));
    return true;
}

void Database::whenLanded(std::function<void(const Done &)> landed)
{
    if (m_groupOpen)
        m_waitingForGroup.append(std::move(landed));
    else
        landed(std::monostate{});
}

void Database::notifyRollback()
{
    for (const auto &observer : std::as_const(m_rollbackObservers))
        observer();
}

Done Database::migrate()
{
    if (const Done done = execute(
            u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        !done)
        return done;
    QSqlQuery read(QSqlDatabase::database(m_connectionName, false));
    if (!read.exec(u"SELECT version FROM schema_version"_s))
        return Done::failure(SupervisorTr::tr("Database error: %1").arg(lastError(read)));
    bool hasRow = false;
    if (read.next()) {
        hasRow = true;
        m_schemaVersion = read.value(0).toInt();
    }
    read.finish();

    if (m_schemaVersion > Schema::latestVersion())
        return Done::failure(
            SupervisorTr::tr("The database %1 was written by a newer version of TheEye (schema %2; "
                             "this version knows up to %3). Use the newer version or another data "
                             "folder.")
                .arg(m_filePath)
                .arg(m_schemaVersion)
                .arg(Schema::latestVersion()));

    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (const Done done = begin(); !done)
            return done;
        for (const QString &sql : migration.statements) {
            if (const Done done = execute(sql); !done) {
                rollback();
                return Done::failure(
                    SupervisorTr::tr("Cannot upgrade the database to schema %1: %2")
                        .arg(migration.version)
                        .arg(done.error()));
            }
        }
        const QString record = hasRow ? u"UPDATE schema_version SET version = %1"_s
                                      : u"INSERT INTO schema_version (version) VALUES (%1)"_s;
        if (const Done done = execute(record.arg(migration.version)); !done) {
            rollback();
            return done;
        }
        if (const Done done = commit(); !done)
            return done;
        hasRow = true;
        m_schemaVersion = migration.version;
    }
    return std::monostate{};
}

Transaction::Transaction(Database &database, Database::Landing landing)
    : m_database(database)
{
    const Done done = m_database.begin(landing);
    m_active = done.ok();
    if (!done)
        m_error = done.error();
}

Transaction::~Transaction()
{
    if (m_active)
        m_database.rollback();
}

Done Transaction::commit()
{
    if (!m_active)
        return Done::failure(m_error);
    m_active = false;
    return m_database.commit();
}

} // namespace TheEye::Supervisor
