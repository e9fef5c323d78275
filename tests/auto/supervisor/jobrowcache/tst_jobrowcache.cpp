// The rows the job table keeps in memory: bounded both ways, and never ahead of the file (a
// rollback, a prune and a delete by task take out what they undid), on real SQLite files.

#include "supervisor/store/jobrowcache.h"
#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye::Supervisor;

namespace {

JobRow job(const QString &id, const QString &lifecycle, const QString &taskId = u"t1"_s)
{
    return {0, id, u"org1"_s, taskId, u"h1"_s, lifecycle, QJsonObject{{"id"_L1, id}}};
}

QJsonObject start()
{
    return QJsonObject{{"id"_L1, u"j"_s},
                       {"lifecycle"_L1, u"ready"_s},
                       {"state"_L1, u"in_progress"_s},
                       {"task"_L1, QJsonObject{{"name"_L1, u"t"_s}, {"timeout"_L1, 600000}}},
                       {"script_arguments"_L1, QJsonArray{u"a"_s, 2}}};
}

QString lifecycleOf(const std::optional<JobRow> &row)
{
    return row ? row->lifecycle : u"(none)"_s;
}

} // namespace

class tst_JobRowCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    JobTable &jobs() { return m_store->jobs(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(Store::fileName()));
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.path()).ok());
        QVERIFY(m_store->insertOrganization({u"org1"_s, u"org1"_s, QJsonObject()}).ok());
    }
    void cleanup() { m_store.reset(); }

    void boundedBothWays()
    {
        JobRowCache cache;
        for (int i = 0; i < JobRowCache::ActiveCapacity + 10; ++i)
            cache.put(job(u"a%1"_s.arg(i), u"ready"_s));
        QCOMPARE(cache.size(), JobRowCache::ActiveCapacity);
        QVERIFY(cache.find(u"a0"_s)); // the oldest of a queue are the next to run: kept
        QVERIFY(!cache.find(u"a%1"_s.arg(JobRowCache::ActiveCapacity)));
        // A finished job leaves room for another unfinished one.
        cache.put(job(u"a0"_s, u"finished"_s));
        cache.put(job(u"late"_s, u"ready"_s));
        QVERIFY(cache.find(u"late"_s));
        for (int i = 0; i < JobRowCache::FinishedCapacity + 10; ++i)
            cache.put(job(u"f%1"_s.arg(i), u"finished"_s));
        QVERIFY(!cache.find(u"a0"_s)); // the oldest finished went first
        QVERIFY(!cache.find(u"f0"_s));
        QVERIFY(cache.find(u"f%1"_s.arg(JobRowCache::FinishedCapacity + 9)));
        QCOMPARE(cache.size(), JobRowCache::ActiveCapacity + JobRowCache::FinishedCapacity);
    }

    void restartedJobIsNotEvictedAsFinished()
    {
        JobRowCache cache;
        cache.put(job(u"r"_s, u"finished"_s));
        cache.put(job(u"r"_s, u"ready"_s)); // restarted
        for (int i = 0; i < JobRowCache::FinishedCapacity + 1; ++i)
            cache.put(job(u"f%1"_s.arg(i), u"finished"_s));
        QCOMPARE(lifecycleOf(cache.find(u"r"_s)), u"ready"_s);
    }

    void rollbackTakesBackWhatItUndid()
    {
        QVERIFY(jobs().insert(job(u"kept"_s, u"ready"_s)).ok());
        {
            Transaction transaction(m_store->database());
            QVERIFY(jobs().insert(job(u"undone"_s, u"ready"_s)).ok());
            JobRow changed = *jobs().find(u"kept"_s);
            changed.lifecycle = u"assigned"_s;
            QVERIFY(jobs().update(changed).ok());
            QCOMPARE(lifecycleOf(jobs().find(u"kept"_s)), u"assigned"_s); // as the file says
        }                                                                 // rolled back
        QCOMPARE(lifecycleOf(jobs().find(u"undone"_s)), u"(none)"_s);
        QCOMPARE(lifecycleOf(jobs().find(u"kept"_s)), u"ready"_s);
    }

    void failedCommitTakesBackWhatItUndid()
    {
        QVERIFY(jobs().insert(job(u"kept"_s, u"ready"_s)).ok());
        Transaction transaction(m_store->database());
        JobRow changed = *jobs().find(u"kept"_s);
        changed.lifecycle = u"assigned"_s;
        QVERIFY(jobs().update(changed).ok());
        QVERIFY(!jobs().insert(job(u"kept"_s, u"ready"_s)).ok()); // the id is taken
        QVERIFY(!transaction.commit().ok());
        QCOMPARE(lifecycleOf(jobs().find(u"kept"_s)), u"ready"_s);
    }

    void deletesTakeOutTheirRows_data()
    {
        QTest::addColumn<bool>("prune");
        QTest::newRow("history pruning") << true;
        QTest::newRow("delete by task") << false;
    }
    void deletesTakeOutTheirRows()
    {
        QFETCH(bool, prune);
        for (int i = 0; i < 4; ++i)
            QVERIFY(jobs().insert(job(u"old%1"_s.arg(i), u"finished"_s)).ok());
        QVERIFY(jobs().insert(job(u"running"_s, u"assigned"_s)).ok());
        QVERIFY(jobs().insert(job(u"other"_s, u"finished"_s, u"t2"_s)).ok());
        for (int i = 0; i < 4; ++i)
            QVERIFY(jobs().find(u"old%1"_s.arg(i))); // all in memory now
        if (prune)
            QCOMPARE(*jobs().pruneHistory(u"t1"_s, 2, finishedJobLifecycles()), 3);
        else
            QCOMPARE(*jobs().deleteByTask(u"t1"_s, finishedJobLifecycles()), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!jobs().find(u"old%1"_s.arg(i)), qPrintable(QString::number(i)));
        QCOMPARE(jobs().find(u"old3"_s).has_value(), prune);
        QCOMPARE(lifecycleOf(jobs().find(u"running"_s)), u"assigned"_s);
        QCOMPARE(lifecycleOf(jobs().find(u"other"_s)), u"finished"_s);
    }

    void changedMembersReachTheFile_data()
    {
        // A step of a job changes a few members: they are patched into the stored text. The
        // file, read afresh, must hold exactly the document in memory.
        QTest::addColumn<QJsonObject>("after");
        const QJsonObject before = start();
        QJsonObject assigned = before;
        assigned.insert("lifecycle"_L1, u"assigned"_s);
        assigned.insert("result"_L1, QJsonObject{{"process_group"_L1, 4242}});
        QTest::newRow("a step") << assigned;
        QJsonObject tricky = before;
        tricky.insert("log"_L1, u"quote \" backslash \\ newline \n tab \t é ✓ 😀 \u0001"_s);
        tricky.insert("nested"_L1,
                      QJsonObject{{"list"_L1, QJsonArray{1, 2.5, QJsonValue(), true}}});
        tricky.insert("count"_L1, 1e300);
        tricky.insert("nothing"_L1, QJsonValue());
        tricky.insert("weird key ✓.$[0]"_L1, u"x"_s);
        QTest::newRow("text, numbers, nulls, odd names") << tricky;
        QJsonObject removed = before;
        removed.remove("state"_L1);
        removed.insert("extra"_L1, 1);
        QTest::newRow("a member removed: the whole document") << removed;
        QJsonObject quoted = before;
        quoted.insert("a\"b"_L1, 1);
        QTest::newRow("a name with a quote: the whole document") << quoted;
        QTest::newRow("unchanged") << before;
    }
    void changedMembersReachTheFile()
    {
        QFETCH(QJsonObject, after);
        JobRow row = job(u"j"_s, u"ready"_s);
        row.document = start();
        QVERIFY(jobs().insert(row).ok());
        row = *jobs().find(u"j"_s);
        row.document = after;
        row.lifecycle = u"assigned"_s;
        QVERIFY(jobs().update(row).ok());
        QCOMPARE(jobs().find(u"j"_s)->document, after);
        m_store.reset(); // nothing in memory: the file
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.path()).ok());
        const auto stored = jobs().find(u"j"_s);
        QVERIFY(stored);
        QCOMPARE(stored->lifecycle, u"assigned"_s);
        QCOMPARE(stored->document, after);
    }

    void updateOfAnUnknownRowDoesNotInventColumns()
    {
        // An update carries only the columns it changes: a row the table never read is not
        // made up from it.
        QVERIFY(jobs().insert(job(u"j"_s, u"ready"_s)).ok());
        m_store.reset();
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.path()).ok());
        JobRow partial = job(u"j"_s, u"assigned"_s, u"wrong-task"_s);
        QVERIFY(jobs().update(partial).ok());
        const auto found = jobs().find(u"j"_s);
        QVERIFY(found);
        QCOMPARE(found->taskId, u"t1"_s);
        QCOMPARE(found->lifecycle, u"assigned"_s);
        QVERIFY(found->seq > 0);
    }
};

QTEST_GUILESS_MAIN(tst_JobRowCache)
#include "tst_jobrowcache.moc"
