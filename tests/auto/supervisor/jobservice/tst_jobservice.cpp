// Job creation exactly as supervisor-api.md §4.1 (payload forms, the length check, build errors,
// origins, env), history pruning, cancel, restart, input and the purge, on a real store.

#include "coreharness.h"

#include "models/jsonutil.h"
#include "supervisor/core/jobdispatcher.h"
#include "supervisor/core/secrets.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Supervisor;
using TheEye::Testing::CoreHarness;

namespace {

const QString TooFew
    = u"Invalid Task Arguments. An array of length 2 is required. Optionals must be null"_s;

// The engine's seam, recording what the job service hands over.
class RecordingDispatcher final : public JobDispatcher
{
public:
    void jobReady(const JobRow &job) override { ready.append(job.id); }
    void jobCanceled(const JobRow &job, Lifecycle previous) override
    {
        canceled.append({job.id, previous});
    }
    void taskRemoved(const QString &taskId) override { removed.append(taskId); }

    QStringList ready;
    QList<std::pair<QString, Lifecycle>> canceled;
    QStringList removed;
};

QJsonObject argument(int order, const QString &type, const QString &value = {})
{
    return {{"id"_L1, order + 1},
            {"order"_L1, order},
            {"type"_L1, type},
            {"label"_L1, u"arg%1"_s.arg(order)},
            {"value"_L1, value},
            {"required"_L1, true}};
}

} // namespace

class tst_JobService : public QObject
{
    Q_OBJECT

private:
    // Tasks live in a hash: an entry is looked up again after any other task is added.
    QString addTaskId(const QJsonObject &extra = {})
    {
        const auto created = (*m_core)->tasks.create(m_core->organization(),
                                                     m_core->scriptTaskBody(extra));
        if (!created)
            qFatal("cannot create the test task");
        return created->id;
    }
    const TaskEntry &entry(const QString &id)
    {
        return *(*m_core)->tasks.find(m_core->organizationId, id);
    }
    const TaskEntry &addTask(const QJsonObject &extra = {}) { return entry(addTaskId(extra)); }
    Outcome<JobService::Created> run(const TaskEntry &task,
                                     const QJsonValue &body,
                                     const QJsonObject &query = {},
                                     std::optional<JobOrigin> origin = std::nullopt)
    {
        return (*m_core)->jobs.create(m_core->organization(),
                                      task,
                                      body,
                                      query,
                                      origin.value_or(userOrigin()));
    }
    JobOrigin userOrigin() const
    {
        JobOrigin origin;
        origin.user = m_core ? m_core->admin.principal : Principal();
        return origin;
    }
    JobRow createReady(const TaskEntry &task)
    {
        const auto created = run(task,
                                 QJsonObject{{"task_arguments"_L1,
                                              QJsonArray{QJsonValue::Null, u"a"_s, u"b"_s}}});
        if (!created || created->job.lifecycle != u"ready")
            qFatal("cannot create a ready job");
        return created->job;
    }

private slots:
    void init()
    {
        m_core = std::make_unique<CoreHarness>();
        QVERIFY(m_core->open());
        (*m_core)->jobs.setDispatcher(&m_dispatcher);
        (*m_core)->jobs.setApiUrlProvider([] { return u"http://127.0.0.1:60080"_s; });
        m_dispatcher = {};
    }

    void payloadForms_data()
    {
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QJsonObject>("query");
        QTest::addColumn<int>("status"); // 200, or the error's status
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<QJsonArray>("values");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("task_arguments in the body")
            << QJsonValue(QJsonObject{{"task_arguments"_L1, QJsonArray{null, u"ana"_s, u"a"_s}}})
            << QJsonObject() << 200 << u"ready"_s << QJsonArray{u"FIXED"_s, u"ana"_s, u"a"_s};
        QTest::newRow("bare array body")
            << QJsonValue(QJsonArray{null, u"x"_s, u"b"_s}) << QJsonObject() << 200 << u"ready"_s
            << QJsonArray{u"FIXED"_s, u"x"_s, u"b"_s};
        QTest::newRow("query task_arguments[] with an empty fixed slot")
            << QJsonValue(QJsonValue::Null)
            << QJsonObject{{"task_arguments"_L1, QJsonArray{QString(), u"x"_s, u"b"_s}}} << 200
            << u"ready"_s << QJsonArray{u"FIXED"_s, u"x"_s, u"b"_s};
        QTest::newRow("form body with repeated task_arguments")
            << QJsonValue(QJsonObject{{"customer"_L1, u"acme"_s},
                                      {"task_arguments"_L1, QJsonArray{QString(), u"y"_s, u"a"_s}}})
            << QJsonObject() << 200 << u"ready"_s << QJsonArray{u"FIXED"_s, u"y"_s, u"a"_s};
        QTest::newRow("one value for two arguments")
            << QJsonValue(QJsonObject{{"task_arguments"_L1, QJsonArray{u"only-one"_s}}})
            << QJsonObject() << 400 << QString() << QJsonArray();
        QTest::newRow("form without task_arguments counts as one")
            << QJsonValue(QJsonObject{{"customer"_L1, u"acme"_s}, {"task"_L1, u"x"_s}})
            << QJsonObject() << 400 << QString() << QJsonArray();
        QTest::newRow("task_arguments not a list")
            << QJsonValue(QJsonObject{{"task_arguments"_L1, u"x"_s}}) << QJsonObject() << 400
            << QString() << QJsonArray();
        QTest::newRow("nothing at all")
            << QJsonValue(QJsonValue::Null) << QJsonObject() << 400 << QString() << QJsonArray();
        QTest::newRow("passes the length check, misses the last slot")
            << QJsonValue(QJsonObject{{"task_arguments"_L1, QJsonArray{u"ana"_s, u"a"_s}}})
            << QJsonObject() << 200 << u"terminated"_s << QJsonArray{u"ana"_s, u"a"_s};
        QTest::newRow("lifecycle=onhold") << QJsonValue(QJsonArray{null, u"x"_s, u"b"_s})
                                          << QJsonObject{{"lifecycle"_L1, u"onhold"_s}} << 200
                                          << u"onhold"_s << QJsonArray{u"FIXED"_s, u"x"_s, u"b"_s};
        QTest::newRow("lifecycle=finished is not honoured")
            << QJsonValue(QJsonArray{null, u"x"_s, u"b"_s})
            << QJsonObject{{"lifecycle"_L1, u"finished"_s}} << 200 << u"ready"_s
            << QJsonArray{u"FIXED"_s, u"x"_s, u"b"_s};
        QTest::newRow("lifecycle=bogus")
            << QJsonValue(QJsonArray{null, u"x"_s, u"b"_s})
            << QJsonObject{{"lifecycle"_L1, u"bogus"_s}} << 400 << QString() << QJsonArray();
        QTest::newRow("assignee not a list of users")
            << QJsonValue(QJsonObject{{"task_arguments"_L1, QJsonArray{null, u"x"_s, u"b"_s}},
                                      {"assignee"_L1, QJsonArray()}})
            << QJsonObject() << 400 << QString() << QJsonArray();
    }
    void payloadForms()
    {
        QFETCH(QJsonValue, body);
        QFETCH(QJsonObject, query);
        QFETCH(int, status);
        QFETCH(QString, lifecycle);
        QFETCH(QJsonArray, values);
        const TaskEntry &task = addTask();
        const auto created = run(task, body, query);
        if (status != 200) {
            QVERIFY(!created.ok());
            QCOMPARE(created.error().status, status);
            QCOMPARE(created.error().shape, ServiceError::Shape::Status);
            if (QTest::currentDataTag() == QByteArray("one value for two arguments"))
                QCOMPARE(created.error().message, TooFew);
            JobService::ListQuery all;
            all.organizationId = m_core->organizationId;
            QVERIFY((*m_core)->jobs.list(all).isEmpty()); // nothing stored
            return;
        }
        QVERIFY(created.ok());
        const QJsonObject &job = created->job.document;
        QCOMPARE(job.value("lifecycle"_L1).toString(), lifecycle);
        QCOMPARE(job.value("task_arguments_values"_L1).toArray(), values);
        // Kept in the store exactly as answered.
        QCOMPARE((*m_core)->jobs.find(m_core->organizationId, created->job.id)->document, job);
    }

    void buildErrorIsAStoredTerminatedJob()
    {
        const TaskEntry &task = addTask();
        const auto created = run(task,
                                 QJsonObject{{"task_arguments"_L1, QJsonArray{u"ana"_s, u"a"_s}}});
        QVERIFY(created.ok());
        const QJsonObject &job = created->job.document;
        QCOMPARE(job.value("state"_L1).toString(), u"error"_s);
        QCOMPARE(job.value("lifecycle"_L1).toString(), u"terminated"_s);
        QCOMPARE(job.value("result"_L1).toObject().value("log"_L1).toString(),
                 u"\"InvalidTaskArguments\""_s);
        // decisions.md: output stays an array of strings, also here.
        QCOMPARE(job.value("output"_L1), QJsonValue(QJsonArray{u"\"InvalidTaskArguments\""_s}));
        QCOMPARE((*m_core)->tasks.find(m_core->organizationId, task.id)->executionCount, 0);
        QVERIFY(m_dispatcher.ready.isEmpty());
    }

    void fixedSlotsArePositional()
    {
        const TaskEntry &task = addTask(
            {{"task_arguments"_L1,
              QJsonArray{argument(0, u"fixed"_s, u"X"_s), argument(1, u"input"_s)}}});
        const auto good = run(task,
                              QJsonObject{
                                  {"task_arguments"_L1, QJsonArray{QJsonValue::Null, u"v"_s}}});
        QVERIFY(good.ok());
        QCOMPARE(good->job.document.value("task_arguments_values"_L1),
                 QJsonValue(QJsonArray{u"X"_s, u"v"_s}));
        const auto shifted = run(task, QJsonObject{{"task_arguments"_L1, QJsonArray{u"v"_s}}});
        QVERIFY(shifted.ok());
        QCOMPARE(shifted->job.lifecycle, u"terminated"_s);
        QCOMPARE(shifted->job.document.value("state"_L1).toString(), u"error"_s);
    }

    void oneArgumentTaskTakesAPlainObject()
    {
        const TaskEntry &task = addTask(
            {{"task_arguments"_L1, QJsonArray{argument(0, u"input"_s)}}});
        const auto created = run(task, QJsonObject{{"a"_L1, 1}, {"access_token"_L1, u"secret"_s}});
        QVERIFY(created.ok());
        // Legacy arguments: an object is stored as its JSON text; a token never becomes a value.
        QCOMPARE(created->job.document.value("task_arguments_values"_L1),
                 QJsonValue(QJsonArray{u"{\"a\":1}"_s}));
    }

    void userJobDocument()
    {
        const TaskEntry &task = addTask(
            {{"env"_L1,
              QJsonObject{{"GREETING"_L1, u"hola"_s}, {"THEEYE_API_URL"_L1, u"mine"_s}}}});
        const auto created = run(task, QJsonArray{QJsonValue::Null, u"ana"_s, u"a"_s});
        QVERIFY(created.ok());
        const QJsonObject &job = created->job.document;
        QVERIFY(ObjectIdLike(job.value("id"_L1).toString()));
        QCOMPARE(job.value("_type"_L1).toString(), u"ScriptJob"_s);
        QCOMPARE(job.value("state"_L1).toString(), u"in_progress"_s);
        QCOMPARE(job.value("origin"_L1).toString(), u"user"_s);
        QVERIFY(Secrets::isWellFormed(job.value("secret"_L1).toString()));
        QCOMPARE(job.value("task_id"_L1).toString(), task.id);
        QCOMPARE(job.value("customer_name"_L1).toString(), u"acme"_s);
        QCOMPARE(job.value("user_id"_L1).toString(), m_core->admin.principal.id);
        QCOMPARE(job.value("script_runas"_L1).toString(), u"bash %script%"_s);
        QCOMPARE(job.value("timeout"_L1).toInt(), 60000);
        QCOMPARE(job.value("script"_L1).toObject().value("filename"_L1).toString(), u"s.sh"_s);
        QCOMPARE(job.value("output"_L1), QJsonValue(QJsonArray()));
        const QJsonObject snapshot = job.value("task"_L1).toObject();
        QCOMPARE(snapshot.value("id"_L1).toString(), task.id);
        QVERIFY(snapshot.value("host"_L1).isNull());
        QVERIFY(snapshot.value("customer"_L1).isNull());
        QVERIFY(!snapshot.contains("secret"_L1));

        const QJsonObject env = job.value("env"_L1).toObject();
        QCOMPARE(Json::parse(env.value("THEEYE_JOB"_L1).toString().toUtf8())->toObject(),
                 (QJsonObject{{"id"_L1, job.value("id"_L1)}, {"task_id"_L1, task.id}}));
        QCOMPARE(Json::parse(env.value("THEEYE_JOB_USER"_L1).toString().toUtf8())->toObject(),
                 m_core->admin.principal.toJson());
        QCOMPARE(env.value("THEEYE_JOB_WORKFLOW"_L1).toString(), u"{}"_s);
        QCOMPARE(env.value("THEEYE_ORGANIZATION_NAME"_L1).toString(), u"\"acme\""_s);
        QCOMPARE(env.value("GREETING"_L1).toString(), u"hola"_s);
        QCOMPARE(env.value("THEEYE_API_URL"_L1).toString(), u"mine"_s); // the task's env wins

        QCOMPARE((*m_core)->tasks.find(m_core->organizationId, task.id)->executionCount, 1);
        QCOMPARE(m_dispatcher.ready, QStringList(created->job.id));
    }

    void secretJobHasNoUser()
    {
        const TaskEntry &task = addTask();
        JobOrigin origin;
        origin.name = u"secret"_s;
        const auto created = run(task, QJsonArray{QJsonValue::Null, u"x"_s, u"b"_s}, {}, origin);
        QVERIFY(created.ok());
        const QJsonObject &job = created->job.document;
        QCOMPARE(job.value("origin"_L1).toString(), u"secret"_s);
        QVERIFY(!job.contains("user_id"_L1));
        QCOMPARE(job.value("env"_L1).toObject().value("THEEYE_JOB_USER"_L1).toString(), u"{}"_s);
    }

    void inputTaskWaitsForInputWhenNotStartedByAUser()
    {
        const TaskEntry &task = addTask({{"user_inputs"_L1, true}});
        JobOrigin origin;
        origin.name = u"secret"_s;
        const auto created = run(task, QJsonArray{QJsonValue::Null, u"x"_s, u"b"_s}, {}, origin);
        QVERIFY(created.ok());
        QCOMPARE(created->job.lifecycle, u"onhold"_s);
        QCOMPARE(created->job.document.value("task_arguments_values"_L1), QJsonValue(QJsonArray()));
        QVERIFY(m_dispatcher.ready.isEmpty());

        const auto released = (*m_core)->jobs.input(
            created->job, QJsonObject{{"args"_L1, QJsonArray{QJsonValue::Null, u"y"_s, u"c"_s}}});
        QVERIFY(released.ok());
        QCOMPARE(released->lifecycle, u"ready"_s);
        QCOMPARE(released->document.value("task_arguments_values"_L1),
                 QJsonValue(QJsonArray{u"FIXED"_s, u"y"_s, u"c"_s}));
        QCOMPARE(m_dispatcher.ready, QStringList(released->id));

        const auto again = (*m_core)->jobs.input(*released, QJsonObject{{"args"_L1, QJsonArray()}});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, u"only on hold jobs allowed"_s);
    }

    void otherTaskTypes()
    {
        const auto dummy = (*m_core)->tasks.create(m_core->organization(),
                                                   {{"name"_L1, u"Input"_s},
                                                    {"type"_L1, u"dummy"_s},
                                                    {"task_arguments"_L1,
                                                     QJsonArray{argument(0, u"input"_s)}}});
        QVERIFY(dummy.ok());
        const auto finished = run(*dummy, QJsonArray{u"hello"_s});
        QVERIFY2(finished.ok(), finished.ok() ? "" : qPrintable(finished.error().message));
        QCOMPARE(finished->job.document.value("_type"_L1).toString(), u"DummyJob"_s);
        QCOMPARE(finished->job.lifecycle, u"finished"_s);
        QCOMPARE(finished->job.document.value("output"_L1), QJsonValue(QJsonArray{u"hello"_s}));

        const auto approval = (*m_core)->tasks.create(m_core->organization(),
                                                      {{"name"_L1, u"Approve"_s},
                                                       {"type"_L1, u"approval"_s},
                                                       {"approvers"_L1,
                                                        QJsonArray{m_core->admin.principal.id}}});
        QVERIFY(approval.ok());
        const auto waiting = run(*approval, QJsonValue::Null);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->job.lifecycle, u"onhold"_s);
        QCOMPARE(waiting->job.document.value("_type"_L1).toString(), u"ApprovalJob"_s);
    }

    void historyIsPrunedOnCreation()
    {
        const TaskEntry &task = addTask();
        Session admin = m_core->admin;
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            const JobRow job = createReady(task);
            QVERIFY((*m_core)->jobs.cancel(job, admin).ok());
            ids.append(job.id);
        }
        JobService::ListQuery finished;
        finished.organizationId = m_core->organizationId;
        finished.taskId = task.id;
        finished.lifecycles = {u"canceled"_s};
        QCOMPARE((*m_core)->jobs.list(finished).size(), 5);
        const JobRow sixth = createReady(task);
        QVERIFY((*m_core)->jobs.list(finished).size() <= 5);
        QVERIFY(!(*m_core)->jobs.findAny(ids.constFirst()).has_value());
        QVERIFY((*m_core)->jobs.findAny(ids.constLast()).has_value());
        QVERIFY((*m_core)->jobs.findAny(sixth.id).has_value());

        const QString keeper = addTaskId({{"autoremove_completed_jobs"_L1, false}});
        for (int i = 0; i < 7; ++i)
            QVERIFY((*m_core)->jobs.cancel(createReady(entry(keeper)), admin).ok());
        finished.taskId = keeper;
        QCOMPARE((*m_core)->jobs.list(finished).size(), 7);

        const QString small = addTaskId({{"autoremove_completed_jobs_limit"_L1, 2}});
        for (int i = 0; i < 4; ++i)
            QVERIFY((*m_core)->jobs.cancel(createReady(entry(small)), admin).ok());
        createReady(entry(small));
        finished.taskId = small;
        QCOMPARE((*m_core)->jobs.list(finished).size(), 1);
    }

    void cancel_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("ready") << u"ready"_s << u"canceled"_s;
        QTest::newRow("onhold") << u"onhold"_s << u"canceled"_s;
        QTest::newRow("assigned") << u"assigned"_s << u"terminated"_s;
        QTest::newRow("finished stays") << u"finished"_s << u"finished"_s;
    }
    void cancel()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const TaskEntry &task = addTask();
        JobRow job = createReady(task);
        job.lifecycle = from;
        job.document.insert("lifecycle"_L1, from);
        if (from == u"finished")
            job.document.insert("state"_L1, u"success"_s);
        QVERIFY((*m_core)->jobs.save(job).ok());
        QSignalSpy finished(&(*m_core)->jobs, &JobService::jobFinished);

        QVERIFY((*m_core)->jobs.cancel(job, m_core->admin).ok());
        const JobRow stored = *(*m_core)->jobs.findAny(job.id);
        QCOMPARE(stored.lifecycle, to);
        if (from == u"finished") {
            QCOMPARE(stored.document.value("state"_L1).toString(), u"success"_s);
            QCOMPARE(finished.size(), 0);
            QVERIFY(m_dispatcher.canceled.isEmpty());
            return;
        }
        QCOMPARE(stored.document.value("state"_L1).toString(), u"canceled"_s);
        QCOMPARE(stored.document.value("trigger_name"_L1).toString(), u"canceled"_s);
        const QJsonObject user = m_core->admin.principal.toJson();
        QCOMPARE(stored.document.value("result"_L1).toObject().value("user"_L1).toObject(), user);
        QCOMPARE(stored.document.value("output"_L1),
                 QJsonValue(QJsonArray{QString::fromUtf8(Json::compact(user))}));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_dispatcher.canceled.size(), 1);
        QCOMPARE(m_dispatcher.canceled.constFirst().second, lifecycleFromName(from));
    }

    void notCancellableForNonAdmins()
    {
        const TaskEntry &task = addTask({{"cancellable"_L1, false}});
        const JobRow job = createReady(task);
        Session user;
        user.role = Role::User;
        user.principal = {u"u1"_s, u"user"_s, u"user@acme.local"_s};
        const auto refused = (*m_core)->jobs.cancel(job, user);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().status, 403);
        QCOMPARE(refused.error().message, u"Job is not cancellable"_s);
        QCOMPARE((*m_core)->jobs.findAny(job.id)->lifecycle, u"ready"_s);
        QVERIFY((*m_core)->jobs.cancel(job, m_core->admin).ok());
        QCOMPARE((*m_core)->jobs.findAny(job.id)->lifecycle, u"canceled"_s);
    }

    void purgeKeepsQueuedJobsUnlessAsked()
    {
        const TaskEntry &task = addTask();
        const JobRow done = createReady(task);
        QVERIFY((*m_core)->jobs.cancel(done, m_core->admin).ok());
        const JobRow queued = createReady(task);
        const auto first = (*m_core)->jobs.deleteByTask(task.id, {});
        QCOMPARE(*first, 1);
        QVERIFY((*m_core)->jobs.findAny(queued.id).has_value());
        const auto second = (*m_core)->jobs.deleteByTask(task.id, {u"ready"_s});
        QCOMPARE(*second, 1);
        QVERIFY(!(*m_core)->jobs.findAny(queued.id).has_value());
    }

    void restart()
    {
        const TaskEntry &task = addTask();
        const JobRow job = createReady(task);
        auto refused = (*m_core)->jobs.restart(m_core->organization(),
                                               job,
                                               QJsonArray{QJsonValue::Null, u"n"_s, u"m"_s},
                                               {});
        QVERIFY(!refused.ok()); // not finished yet
        QCOMPARE(refused.error().status, 400);
        QVERIFY((*m_core)->jobs.cancel(job, m_core->admin).ok());
        const JobRow canceled = *(*m_core)->jobs.findAny(job.id);
        m_dispatcher.ready.clear();
        const auto restarted = (*m_core)->jobs.restart(m_core->organization(),
                                                       canceled,
                                                       QJsonArray{QJsonValue::Null, u"n"_s, u"m"_s},
                                                       {});
        QVERIFY(restarted.ok());
        QCOMPARE(restarted->lifecycle, u"ready"_s);
        QCOMPARE(restarted->document.value("state"_L1).toString(), u"in_progress"_s);
        QCOMPARE(restarted->document.value("task_arguments_values"_L1),
                 QJsonValue(QJsonArray{u"FIXED"_s, u"n"_s, u"m"_s}));
        QVERIFY(!restarted->document.contains("result"_L1));
        QCOMPARE(m_dispatcher.ready, QStringList(job.id));
    }

    void jobsSurviveReopen()
    {
        const QString taskId = addTaskId(); // the entry itself goes with the reopen
        const JobRow job = createReady(entry(taskId));
        QVERIFY(m_core->reopen());
        const auto found = (*m_core)->jobs.find(m_core->organizationId, job.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->document, job.document);
        QVERIFY(!(*m_core)->jobs.find(u"another-org"_s, job.id).has_value());
        QCOMPARE((*m_core)->tasks.find(m_core->organizationId, taskId)->executionCount, 1);
    }

    void listHonoursTheAclBelowAdmin()
    {
        const QString open = addTaskId({{"acl"_L1, QJsonArray{u"viewer"_s}}});
        const QString closed = addTaskId();
        createReady(entry(open));
        createReady(entry(closed));
        Session viewer;
        viewer.role = Role::Viewer;
        JobService::ListQuery query;
        query.organizationId = m_core->organizationId;
        QCOMPARE((*m_core)->jobs.list(query).size(), 2);
        query.session = &viewer;
        const QList<JobRow> visible = (*m_core)->jobs.list(query);
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.constFirst().taskId, open);
    }

private:
    static bool ObjectIdLike(const QString &id) { return id.size() == 24; }

    std::unique_ptr<CoreHarness> m_core;
    RecordingDispatcher m_dispatcher;
};

QTEST_GUILESS_MAIN(tst_JobService)
#include "tst_jobservice.moc"
