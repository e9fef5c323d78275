// Commit groups: the job writes of one event-loop pass land in one SQLite transaction. On real
// files: a step is kept or undone alone, nothing is on disk before the group lands, a write that
// must be on disk when it returns lands the group first, a group that cannot land is rolled back
// whole and says so, and an HTTP answer waits until what it reports is on disk.

#include "supervisor/core/services.h"
#include "supervisor/core/supervisorcore.h"
#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Supervisor;

class tst_CommitGroup : public QObject
{
    Q_OBJECT

private:
    static OrganizationRow organization(const QString &id)
    {
        return {id, u"name-"_s + id, QJsonObject{{"name"_L1, id}}};
    }

    // What another process sees in the file: the organizations' ids, sorted.
    static QStringList organizationsOutside(const QString &file)
    {
        QStringList ids;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT id FROM organizations ORDER BY id"_s)) {
                    while (query.next())
                        ids.append(query.value(0).toString());
                }
            }
        }
        QSqlDatabase::removeDatabase(u"outside"_s);
        return ids;
    }

    static Done groupedInsert(Store &store, const QString &id)
    {
        Transaction transaction(store.database(), Database::Landing::Grouped);
        if (const Done inserted = store.insertOrganization(organization(id)); !inserted)
            return inserted;
        return transaction.commit();
    }

    struct Opened
    {
        QTemporaryDir dir;
        Store store;
        int scheduled = 0;
        int rolledBack = 0;
        int lost = 0;

        Opened()
        {
            if (!store.open(dir.path()).ok())
                qFatal("cannot open the store");
            store.database().enableCommitGroups([this] { ++scheduled; });
            store.database().addRollbackObserver([this] { ++rolledBack; });
            store.database().addGroupLossObserver([this] { ++lost; });
        }
        QString file() { return store.database().filePath(); }
    };

    // A core on the test's thread, its requests handed straight to its handler, so that the
    // test decides when the commit group lands.
    struct CoreHere
    {
        QTemporaryDir dir;
        SupervisorCore core{options(dir.path())};
        Outcome<SupervisorCore::Opened> opened = core.open();
        std::optional<Http::Response> answer;

        static CoreOptions options(const QString &path)
        {
            CoreOptions options;
            options.dataDirectory = path;
            options.engine.enabled = false;
            return options;
        }
        ~CoreHere() { core.close(QThread::currentThread()); }

        Database &database() { return core.services().store.database(); }
        void handle(const QByteArray &method, const QString &path)
        {
            answer.reset();
            Http::Request request;
            request.method = method;
            request.path = u"/"_s + opened->organizationName + path;
            request.headers = {{"authorization", "Bearer " + opened->firstAdminToken.toLatin1()},
                               {"content-type", "application/json"}};
            // The example task asks for a name.
            request.body = method == "POST" ? QByteArray("[\"Ada\"]") : QByteArray();
            request.peer = QHostAddress::LocalHost;
            core.handle(request, Http::Responder([this](Http::Response response) {
                            answer = std::move(response);
                        }));
        }
        QJsonValue answerJson() const
        {
            const QJsonDocument document = QJsonDocument::fromJson(answer ? answer->body
                                                                          : QByteArray());
            return document.isArray() ? QJsonValue(document.array())
                                      : QJsonValue(document.object());
        }
        QString exampleTask()
        {
            handle("GET", u"/task"_s);
            return answerJson()[0]["id"_L1].toString();
        }
        // As another process reads the file.
        int jobsInFile()
        {
            int count = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
                db.setDatabaseName(database().filePath());
                if (db.open()) {
                    QSqlQuery query(db);
                    if (query.exec(u"SELECT COUNT(*) FROM jobs"_s) && query.next())
                        count = query.value(0).toInt();
                }
            }
            QSqlDatabase::removeDatabase(u"reader"_s);
            return count;
        }
    };

private slots:
    void groupedStepsLandTogether()
    {
        Opened opened;
        QVERIFY(groupedInsert(opened.store, u"a"_s).ok());
        QVERIFY(groupedInsert(opened.store, u"b"_s).ok());
        QVERIFY(opened.store.database().hasOpenGroup());
        QCOMPARE(opened.scheduled, 1);
        // This connection reads what the group holds; another sees nothing before it lands.
        QCOMPARE(opened.store.organizations().size(), 2);
        QCOMPARE(organizationsOutside(opened.file()), QStringList());

        QList<bool> outcomes;
        opened.store.database().whenLanded([&](const Done &landed) { outcomes << landed.ok(); });
        QVERIFY(outcomes.isEmpty());
        QVERIFY(opened.store.database().commitGroup().ok());
        QCOMPARE(outcomes, QList<bool>{true});
        QVERIFY(!opened.store.database().hasOpenGroup());
        QCOMPARE(organizationsOutside(opened.file()), (QStringList{u"a"_s, u"b"_s}));

        // Nothing open: told at once.
        opened.store.database().whenLanded([&](const Done &landed) { outcomes << landed.ok(); });
        QCOMPARE(outcomes, (QList<bool>{true, true}));
        QCOMPARE(opened.rolledBack, 0);
        QCOMPARE(opened.lost, 0);
    }

    void aFailedStepIsUndoneAlone_data()
    {
        QTest::addColumn<bool>("failByStatement");
        QTest::newRow("a statement fails") << true;
        QTest::newRow("given up before commit") << false;
    }

    void aFailedStepIsUndoneAlone()
    {
        QFETCH(bool, failByStatement);
        Opened opened;
        QVERIFY(groupedInsert(opened.store, u"a"_s).ok());
        if (failByStatement) {
            QVERIFY(!groupedInsert(opened.store, u"a"_s).ok()); // duplicate id
        } else {
            Transaction transaction(opened.store.database(), Database::Landing::Grouped);
            QVERIFY(opened.store.insertOrganization(organization(u"given-up"_s)).ok());
        }
        QCOMPARE(opened.rolledBack, 1);
        QVERIFY(groupedInsert(opened.store, u"c"_s).ok());
        QVERIFY(opened.store.database().commitGroup().ok());
        QCOMPARE(organizationsOutside(opened.file()), (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(opened.lost, 0);
    }

    void aWriteThatMustBeOnDiskLandsTheGroupFirst_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::newRow("alone transaction") << true;
        QTest::newRow("outside any transaction") << false;
    }

    void aWriteThatMustBeOnDiskLandsTheGroupFirst()
    {
        QFETCH(bool, inTransaction);
        Opened opened;
        QVERIFY(groupedInsert(opened.store, u"a"_s).ok());
        QList<bool> outcomes;
        opened.store.database().whenLanded([&](const Done &landed) { outcomes << landed.ok(); });
        if (inTransaction) {
            Transaction transaction(opened.store.database());
            QCOMPARE(outcomes, QList<bool>{true}); // landed when the alone one began
            QVERIFY(opened.store.insertOrganization(organization(u"b"_s)).ok());
            QVERIFY(transaction.commit().ok());
        } else {
            QVERIFY(opened.store.insertOrganization(organization(u"b"_s)).ok());
        }
        QCOMPARE(outcomes, QList<bool>{true});
        QVERIFY(!opened.store.database().hasOpenGroup());
        QCOMPARE(organizationsOutside(opened.file()), (QStringList{u"a"_s, u"b"_s}));
    }

    void withoutGroupsGroupedRunsAlone()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.path()).ok());
        QVERIFY(groupedInsert(store, u"a"_s).ok());
        QVERIFY(!store.database().hasOpenGroup());
        QCOMPARE(organizationsOutside(store.database().filePath()), QStringList{u"a"_s});
    }

    void aGroupThatCannotLandIsRolledBackWhole()
    {
        Opened opened;
        QVERIFY(groupedInsert(opened.store, u"org1"_s).ok());
        // A foreign key checked only at COMMIT: the one fault a healthy disk can produce on
        // demand at the group's commit, as a full disk does.
        QVERIFY(opened.store.database().execute(u"PRAGMA defer_foreign_keys=ON"_s).ok());
        {
            Transaction transaction(opened.store.database(), Database::Landing::Grouped);
            QVERIFY(opened.store.insertTask({u"t1"_s, u"missing-org"_s, QString(64, u'a'), 0, {}})
                        .ok());
            QVERIFY(transaction.commit().ok());
        }
        QList<QString> errors;
        opened.store.database().whenLanded(
            [&](const Done &landed) { errors << (landed ? QString() : landed.error()); });
        const Done landed = opened.store.database().commitGroup();
        QVERIFY(!landed.ok());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().contains(u"FOREIGN KEY"_s), qPrintable(errors.constFirst()));
        QCOMPARE(opened.lost, 1);
        QCOMPARE(opened.store.organizations().size(), 0);
        QCOMPARE(organizationsOutside(opened.file()), QStringList());
        // The connection goes on: the next group lands.
        QVERIFY(groupedInsert(opened.store, u"again"_s).ok());
        QVERIFY(opened.store.database().commitGroup().ok());
        QCOMPARE(organizationsOutside(opened.file()), QStringList{u"again"_s});
    }

    void closingLandsTheOpenGroup()
    {
        QTemporaryDir dir;
        QString file;
        {
            Store store;
            QVERIFY(store.open(dir.path()).ok());
            store.database().enableCommitGroups([] {});
            file = store.database().filePath();
            QVERIFY(groupedInsert(store, u"a"_s).ok());
        }
        QCOMPARE(organizationsOutside(file), QStringList{u"a"_s});
    }

    // The answer to a job's creation waits until the job is in the file, and a creation whose
    // group cannot land is answered with an error, not a 200.
    void anAnswerWaitsUntilItsGroupLands()
    {
        CoreHere here;
        QVERIFY(here.opened.ok());
        const QString task = here.exampleTask();
        QVERIFY(!task.isEmpty());

        here.handle("POST", u"/task/"_s + task + u"/job"_s);
        QVERIFY2(!here.answer, here.answer ? here.answer->body.constData() : "");
        QCOMPARE(here.jobsInFile(), 0);
        QVERIFY(here.database().commitGroup().ok());
        QVERIFY(here.answer);
        QCOMPARE(here.answer->status, 200);
        QCOMPARE(here.jobsInFile(), 1);

        // A read answers at once when nothing is waiting to land.
        here.handle("GET", u"/job"_s);
        QVERIFY(here.answer);
        QCOMPARE(here.answer->status, 200);

        // A foreign key checked only at COMMIT makes the next group fail as a full disk would.
        QVERIFY(here.database().execute(u"PRAGMA defer_foreign_keys=ON"_s).ok());
        {
            Transaction transaction(here.database(), Database::Landing::Grouped);
            QVERIFY(here.core.services()
                        .store.insertTask({u"orphan"_s, u"missing-org"_s, QString(64, u'a'), 0, {}})
                        .ok());
            QVERIFY(transaction.commit().ok());
        }
        here.handle("POST", u"/task/"_s + task + u"/job"_s);
        QVERIFY(!here.answer);
        QVERIFY(!here.database().commitGroup().ok());
        QVERIFY(here.answer);
        QCOMPARE(here.answer->status, 500);
        QCOMPARE(here.jobsInFile(), 1);
        // The execution count raised in memory went back with the lost job.
        here.handle("GET", u"/task/"_s + task);
        QCOMPARE(here.answerJson()["execution_count"_L1].toInt(), 1);
    }

    // History pruning runs as the group lands, once for all of a task's jobs in it: what lands
    // holds the task's newest five jobs, as pruning at every creation would.
    void aGroupPrunesHistoryAsItLands()
    {
        CoreHere here;
        QVERIFY(here.opened.ok());
        const QString task = here.exampleTask();
        QStringList created;
        for (int i = 0; i < 8; ++i) {
            here.handle("POST", u"/task/"_s + task + u"/job"_s);
            QVERIFY(here.database().commitGroup().ok());
            created.append(here.answerJson()["id"_L1].toString());
            here.handle("PUT", u"/job/"_s + created.last() + u"/cancel"_s);
        }
        QVERIFY(here.database().commitGroup().ok());
        QCOMPARE(here.answer->status, 204);
        // Each creation kept the task's newest five, whatever their lifecycle.
        QCOMPARE(here.jobsInFile(), 5);

        for (int i = 0; i < 3; ++i)
            here.handle("POST", u"/task/"_s + task + u"/job"_s);
        QVERIFY(here.database().commitGroup().ok());
        // Three ready jobs and two of the canceled ones: the newest five.
        QCOMPARE(here.jobsInFile(), 5);
        here.handle("GET", u"/job"_s);
        const QJsonArray jobs = here.answerJson().toArray();
        QCOMPARE(jobs.size(), 5);
        QStringList kept;
        for (const QJsonValue &job : jobs)
            kept.append(job["id"_L1].toString());
        QVERIFY(kept.contains(created.at(7)));
        QVERIFY(kept.contains(created.at(6)));
        QVERIFY(!kept.contains(created.at(5)));
    }

    void hooksRunInsideTheGroupJustBeforeItLands()
    {
        Opened opened;
        QVERIFY(!opened.store.database().beforeLanding([] {}));
        QVERIFY(groupedInsert(opened.store, u"a"_s).ok());
        QStringList order;
        QVERIFY(opened.store.database().beforeLanding([&] {
            order << u"first"_s;
            QVERIFY(groupedInsert(opened.store, u"from-hook"_s).ok());
            // Registered by a hook: still before the group lands.
            QVERIFY(opened.store.database().beforeLanding([&] { order << u"second"_s; }));
        }));
        opened.store.database().whenLanded([&](const Done &) { order << u"landed"_s; });
        QCOMPARE(organizationsOutside(opened.file()), QStringList());
        QVERIFY(opened.store.database().commitGroup().ok());
        QCOMPARE(order, (QStringList{u"first"_s, u"second"_s, u"landed"_s}));
        QCOMPARE(organizationsOutside(opened.file()), (QStringList{u"a"_s, u"from-hook"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_CommitGroup)
#include "tst_commitgroup.moc"
