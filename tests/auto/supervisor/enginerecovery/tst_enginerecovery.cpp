// kill -9 of the headless supervisor with one job running and two queued, then a restart on the
// same data: the running job is terminated with a message and its processes are gone, the queued
// ones run. Every job is accounted for. And a job whose end cannot be stored keeps its output for
// the next start.

#include "enginetestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye::Testing;

namespace {

const QString Executable = QStringLiteral(THEEYE_SUPERVISOR_EXE);

} // namespace

class tst_EngineRecovery : public QObject
{
    Q_OBJECT

private:
    // Starts the server and reads its URL (and, on a first start, its admin token).
    static bool start(QProcess &process, const QString &data, QString &url, QString *token)
    {
        process.start(Executable, {u"--port"_s, u"0"_s, u"--data-dir"_s, data});
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        QString printed;
        const auto done = [&] {
            return printed.contains(u"URL:"_s)
                   && (!token || printed.contains(QRegularExpression(u"Admin token: +\\S+\\n"_s)));
        };
        while (!done()) {
            if (process.state() == QProcess::NotRunning || !output.wait(20000))
                return false;
            printed += QString::fromUtf8(process.readAllStandardOutput());
        }
        url = QRegularExpression(u"URL: +(\\S+)"_s).match(printed).captured(1);
        if (token)
            *token = QRegularExpression(u"Admin token: +([0-9a-f]{64})"_s)
                         .match(printed)
                         .captured(1);
        return !url.isEmpty();
    }

private slots:
    void killNineThenRestartAccountsForEveryJob()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"data"_s);
        QProcess first;
        QString url;
        QString token;
        QVERIFY(start(first, data, url, &token));
        EngineTestClient c(url + u"/local"_s, "Bearer " + token.toLatin1());

        const QString flag = dir.filePath(u"go"_s);
        const QString pids = dir.filePath(u"pids"_s);
        const QByteArray script = "echo $$ >> \"$2\"\n"
                                  "( trap '' TERM; while :; do sleep 0.05; done ) &\n"
                                  "echo $! >> \"$2\"\n"
                                  "echo running\n"
                                  "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                  "kill -9 $!\n";
        const QString task = c.task(script,
                                    {EngineTestClient::fixed(0, flag),
                                     EngineTestClient::fixed(1, pids)},
                                    {{"multitasking"_L1, false}});
        QProcess second;
        // Whatever fails below, the scripts still waiting for the flag end, and no server is left
        // behind by a SIGKILL from QProcess's destructor (it would leave the scripts running).
        const auto cleanup = qScopeGuard([&] {
            EngineTestClient::touch(flag);
            for (QProcess *server : {&first, &second}) {
                server->terminate();
                server->waitForFinished(30000);
            }
        });
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(c.run(task)["id"_L1].toString());
        QTRY_COMPARE_WITH_TIMEOUT(c.lifecycle(ids.at(0)), u"assigned"_s, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestClient::pidsIn(pids).size(), 2, 15000);
        const QList<qint64> orphans = EngineTestClient::pidsIn(pids);
        // Reading the live log writes what was printed so far to the database.
        QTRY_VERIFY_WITH_TIMEOUT(c.get(u"/job/%1/log"_s.arg(ids.at(0))).body.contains("running"),
                                 15000);
        QCOMPARE(c.lifecycle(ids.at(1)), u"ready"_s);
        QCOMPARE(c.lifecycle(ids.at(2)), u"ready"_s);

        first.kill(); // SIGKILL: no chance to clean up
        QVERIFY(first.waitForFinished(30000));
        QFile::remove(pids);

        QVERIFY(start(second, data, url, nullptr));
        c.reset(url + u"/local"_s, "Bearer " + token.toLatin1());
        const QJsonObject interrupted = c.job(ids.at(0));
        QCOMPARE(interrupted["lifecycle"_L1].toString(), u"terminated"_s);
        const QString log = interrupted["result"_L1]["log"_L1].toString();
        QVERIFY2(log.contains(u"running\n"_s), qPrintable(log));
        QVERIFY2(log.contains(u"stopped while this job was running"_s), qPrintable(log));
        // What the killed supervisor had started is gone too.
        for (qint64 pid : orphans)
            QTRY_VERIFY_WITH_TIMEOUT(!EngineTestClient::processExists(pid), 15000);

        QTRY_COMPARE_WITH_TIMEOUT(c.lifecycle(ids.at(1)), u"assigned"_s, 15000);
        QVERIFY(EngineTestClient::touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(c.finished(ids.at(2)), 15000);
        QCOMPARE(c.job(ids.at(1))["state"_L1].toString(), u"success"_s);
        QCOMPARE(c.job(ids.at(2))["state"_L1].toString(), u"success"_s);
        QCOMPARE(c.get(u"/job"_s, u"task_id=%1"_s.arg(task)).json().toArray().size(), 3);

        second.terminate();
        QVERIFY(second.waitForFinished(30000));
    }

    // The store refuses the job's end (a trigger added through a second connection stands for a
    // full disk or a broken file): the output written so far is not thrown away, the job stays
    // assigned, and the next start ends it with that output.
    void anEndThatCannotBeStoredKeepsItsOutput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(u"data"_s);
        const QString flag = dir.filePath(u"go"_s);
        QProcess first;
        QProcess second;
        const auto cleanup = qScopeGuard([&] {
            EngineTestClient::touch(flag);
            for (QProcess *server : {&first, &second}) {
                server->terminate();
                server->waitForFinished(30000);
            }
        });
        QString url;
        QString token;
        QVERIFY(start(first, data, url, &token));
        EngineTestClient c(url + u"/local"_s, "Bearer " + token.toLatin1());
        const QString task = c.task("echo before\n"
                                    "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                    "echo after\n",
                                    {EngineTestClient::fixed(0, flag)});
        const QString id = c.run(task)["id"_L1].toString();
        QTRY_VERIFY_WITH_TIMEOUT(c.get(u"/job/%1/log"_s.arg(id)).body.contains("before"), 15000);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fault"_s);
            db.setDatabaseName(data + u"/supervisor.sqlite"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"CREATE TRIGGER refuse_end BEFORE UPDATE ON jobs "
                                "WHEN NEW.lifecycle <> 'assigned' "
                                "BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"fault"_s);
        QVERIFY(EngineTestClient::touch(flag));
        QString errors;
        QTRY_VERIFY_WITH_TIMEOUT((errors += QString::fromUtf8(first.readAllStandardError()))
                                     .contains(u"cannot store the end of job"_s),
                                 15000);
        QCOMPARE(c.lifecycle(id), u"assigned"_s);
        first.kill();
        QVERIFY(first.waitForFinished(30000));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"repair"_s);
            db.setDatabaseName(data + u"/supervisor.sqlite"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(u"DROP TRIGGER refuse_end"_s),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"repair"_s);
        QVERIFY(start(second, data, url, nullptr));
        c.reset(url + u"/local"_s, "Bearer " + token.toLatin1());
        const QJsonObject ended = c.job(id);
        QCOMPARE(ended["lifecycle"_L1].toString(), u"terminated"_s);
        const QString log = ended["result"_L1]["log"_L1].toString();
        QVERIFY2(log.startsWith(u"before\nafter\n"_s), qPrintable(log));
    }
};

QTEST_MAIN(tst_EngineRecovery)
#include "tst_enginerecovery.moc"
