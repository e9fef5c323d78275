// The rows the job table keeps in memory: bounded both ways, and never ahead of the file (a
// rollback, a prune and a delete by task take out what they undid), on real SQLite files.

#include "supervisor/store/jobrowcache.h"
#include "supervisor/store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye::Supervisor;

namespace {

JobRow job(const QString &id, const QString &lifecycle, const QString &taskId = u"t1"_s)
{
    return {0, id, u"org1"_s, taskId, u"h1"_s, lifecycle, QJsonObject{{"id"_L1, id}}};
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
            QCOMPARE(*jobs().pruneHistory(u"t1"_s, 2, JobRowCache::finishedLifecycles()), 3);
        else
            QCOMPARE(*jobs().deleteByTask(u"t1"_s, JobRowCache::finishedLifecycles()), 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(!jobs().find(u"old%1"_s.arg(i)), qPrintable(QString::number(i)));
        QCOMPARE(jobs().find(u"old3"_s).has_value(), prune);
        QCOMPARE(lifecycleOf(jobs().find(u"running"_s)), u"assigned"_s);
        QCOMPARE(lifecycleOf(jobs().find(u"other"_s)), u"finished"_s);
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
