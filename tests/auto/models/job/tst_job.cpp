#include "models/job.h"
#include "models/jsonutil.h"

#include "../modelstestdata.h"

#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;
using TheEyeTest::responseBody;

Q_DECLARE_METATYPE(TheEye::Lifecycle)
Q_DECLARE_METATYPE(TheEye::JobState)

namespace {

const QString TaskId = u"5f0000000000000000000001"_s;
const QString HostId = u"5b0000000000000000000001"_s;
const QString Secret = QString(64, u'a');

// A job document from a capture: the body, or the first of an agent poll's {"jobs":[…]}.
QJsonObject jobFrom(const QString &name)
{
    const QJsonValue body = responseBody(name);
    if (body.toObject().contains("jobs"_L1))
        return body.toObject().value("jobs"_L1).toArray().first().toObject();
    if (body.isArray())
        return body.toArray().first().toObject();
    return body.toObject();
}

QDateTime utc(int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

class tst_Job final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void accessors_data();
    void accessors();
    void createResponse();
    void finishedJob();
    void canceledJob();
    void errorJobWithTextOutput();
    void secretJobHasNoUser();
    void outputFromReport_data();
    void outputFromReport();
    void unknownNamesAreKept();
    void cancellableFollowsTheTask();
    void duration_data();
    void duration();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void tst_Job::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("document");
    for (const char *name : {"06-job-create",
                             "07-job-get-finished",
                             "08-job-list-by-task",
                             "09-job-get-after-cancel",
                             "11-secret-job-create",
                             "11-secret-job-create-bare-array",
                             "12-job-secret-form-with-args",
                             "12-job-form-token-in-body-with-args",
                             "12-two-args-missing-last-slot",
                             "12-two-args-missing-last-slot-get",
                             "13-agent-poll-agent-update-job",
                             "13-agent-put-agent-update-result",
                             "13-agent-poll-job",
                             "13-agent-put-result"}) {
        QTest::newRow(name) << jobFrom(QString::fromLatin1(name));
    }
}

void tst_Job::roundTrip()
{
    QFETCH(QJsonObject, document);
    QVERIFY(!document.isEmpty());
    const auto parsed = Json::parse(Json::compact(document));
    QVERIFY(parsed.ok());
    const auto job = Job::fromJson(*parsed);
    QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error()));
    THEEYE_COMPARE_JSON(job->toJson(), document);
    const auto again = Json::parse(Json::compact(job->toJson()));
    QVERIFY(again.ok());
    THEEYE_COMPARE_JSON(again->toObject(), document);
    QCOMPARE(Job(document), *job);
}

void tst_Job::accessors_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("jobType");
    QTest::addColumn<Lifecycle>("lifecycle");
    QTest::addColumn<JobState>("state");
    QTest::addColumn<QJsonArray>("values");
    QTest::addColumn<QStringList>("output");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("triggerName");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<bool>("finished");

    const QJsonArray echo{u"FIXED"_s, u"ana"_s, u"a"_s};
    QTest::newRow("06 create") << u"06-job-create"_s << u"5e0000000000000000000001"_s
                               << u"ScriptJob"_s << Lifecycle::Ready << JobState::InProgress << echo
                               << QStringList() << u"user"_s << QString() << u"u-admin"_s << false;
    QTest::newRow("07 get finished")
        << u"07-job-get-finished"_s << u"5e0000000000000000000001"_s << u"ScriptJob"_s
        << Lifecycle::Finished << JobState::Success << echo << QStringList{u"ok"_s} << u"user"_s
        << u"success"_s << u"u-admin"_s << true;
    QTest::newRow("08 list item (values left out)")
        << u"08-job-list-by-task"_s << u"5e0000000000000000000001"_s << u"ScriptJob"_s
        << Lifecycle::Finished << JobState::Success << QJsonArray() << QStringList() << u"user"_s
        << u"success"_s << u"u-admin"_s << true;
    QTest::newRow("09 canceled")
        << u"09-job-get-after-cancel"_s << u"5e0000000000000000000002"_s << u"ScriptJob"_s
        << Lifecycle::Canceled << JobState::Canceled << QJsonArray{u"FIXED"_s, u"bob"_s, u"b"_s}
        << QStringList{u"{\"email\":\"admin@acme.local\",\"id\":\"u-admin\",\"username\":\"admin\"}"_s}
        << u"user"_s << u"canceled"_s << u"u-admin"_s << true;
    QTest::newRow("11 secret") << u"11-secret-job-create"_s << u"5e0000000000000000000003"_s
                               << u"ScriptJob"_s << Lifecycle::Ready << JobState::InProgress
                               << QJsonArray{u"FIXED"_s, u"x"_s, u"b"_s} << QStringList()
                               << u"secret"_s << QString() << QString() << false;
    QTest::newRow("12 form with args")
        << u"12-job-form-token-in-body-with-args"_s << u"5e0000000000000000000006"_s
        << u"ScriptJob"_s << Lifecycle::Ready << JobState::InProgress
        << QJsonArray{u"FIXED"_s, u"y"_s, u"a"_s} << QStringList() << u"user"_s << QString()
        << u"u-admin"_s << false;
    QTest::newRow("12 error job") << u"12-two-args-missing-last-slot"_s
                                  << u"5e0000000000000000000007"_s << u"ScriptJob"_s
                                  << Lifecycle::Terminated << JobState::Error
                                  << QJsonArray{u"ana"_s, u"a"_s}
                                  << QStringList{u"\"InvalidTaskArguments\""_s} << u"user"_s
                                  << QString() << u"u-admin"_s << true;
    QTest::newRow("13 agent update job")
        << u"13-agent-poll-agent-update-job"_s << u"5e0000000000000000000000"_s
        << u"AgentUpdateJob"_s << Lifecycle::Assigned << JobState::Unknown << QJsonArray()
        << QStringList() << QString() << QString() << QString() << false;
    QTest::newRow("13 agent update result")
        << u"13-agent-put-agent-update-result"_s << u"5e0000000000000000000000"_s
        << u"AgentUpdateJob"_s << Lifecycle::Finished << JobState::Success << QJsonArray()
        << QStringList() << QString() << u"success"_s << QString() << true;
    QTest::newRow("13 agent poll")
        << u"13-agent-poll-job"_s << u"5e0000000000000000000001"_s << u"ScriptJob"_s
        << Lifecycle::Assigned << JobState::InProgress << echo << QStringList() << u"user"_s
        << QString() << u"u-admin"_s << false;
}

void tst_Job::accessors()
{
    QFETCH(QString, capture);
    QFETCH(QString, id);
    QFETCH(QString, jobType);
    QFETCH(Lifecycle, lifecycle);
    QFETCH(JobState, state);
    QFETCH(QJsonArray, values);
    QFETCH(QStringList, output);
    QFETCH(QString, origin);
    QFETCH(QString, triggerName);
    QFETCH(QString, userId);
    QFETCH(bool, finished);

    const Job job(jobFrom(capture));
    QCOMPARE(job.id(), id);
    QCOMPARE(job.jobType(), jobType);
    QCOMPARE(job.lifecycle(), lifecycle);
    QCOMPARE(job.state(), state);
    QCOMPARE(job.taskArgumentsValues(), values);
    QCOMPARE(job.output(), output);
    QCOMPARE(job.origin(), origin);
    QCOMPARE(job.triggerName(), triggerName);
    QCOMPARE(job.userId(), userId);
    QCOMPARE(job.isFinished(), finished);
    QCOMPARE(job.isInProgress(), !finished);
    QCOMPARE(job.hostId(), HostId);
    QCOMPARE(job.customerName(), u"acme"_s);
    QCOMPARE(job.secret(), Secret);
    QVERIFY(job.creationDate().isValid());
    QVERIFY(job.lastUpdate() >= job.creationDate());
    if (jobType == u"ScriptJob") {
        QCOMPARE(job.taskId(), TaskId);
        QCOMPARE(job.name(), u"Echo args"_s);
        QCOMPARE(job.scriptRunAs(), u"bash %script%"_s);
        QCOMPARE(job.timeoutMs(), std::optional<qint64>(60000));
    } else {
        QCOMPARE(job.taskId(), QString());
        QCOMPARE(job.name(), u"agent:config:update"_s);
    }
}

void tst_Job::createResponse()
{
    const Job job(jobFrom(u"06-job-create"_s));
    QCOMPARE(job.lifecycleName(), u"ready"_s);
    QCOMPARE(job.stateName(), u"in_progress"_s);
    QCOMPARE(job.user(), (JobUser{u"u-admin"_s, u"admin"_s, u"admin@acme.local"_s}));
    QCOMPARE(job.hostname(), u"desk-bot"_s); // the create response populates the host
    QCOMPARE(job.creationDate(), utc(15, 46, 15, 456));
    QCOMPARE(job.lastUpdate(), utc(15, 46, 15, 469));
    QCOMPARE(job.triggeredBy(), QString());
    QCOMPARE(job.result(), QJsonObject());
    QCOMPARE(job.exitCode(), std::nullopt);
    QCOMPARE(job.log(), QString());
    QVERIFY(!job.killed());
    QVERIFY(!job.showResult());
    QVERIFY(job.isCancellable());
    // Each runtime variable is a JSON-encoded string; the task's own env comes last.
    const QJsonObject env = job.env();
    QCOMPARE(env.value("THEEYE_ORGANIZATION_NAME"_L1), QJsonValue(u"\"acme\""_s));
    QCOMPARE(env.value("THEEYE_JOB_USER"_L1).toString(),
             u"{\"id\":\"u-admin\",\"email\":\"admin@acme.local\",\"username\":\"admin\"}"_s);
    QCOMPARE(env.value("GREETING"_L1), QJsonValue(u"hola"_s));
    QCOMPARE(job.components(), QJsonObject());
    QCOMPARE(job.next(), QJsonObject());
    // The reduced task still has the argument definitions, to show the values by label.
    const Task task = job.taskSnapshot();
    QCOMPARE(task.id(), TaskId);
    QCOMPARE(task.arguments().size(), 3);
    QCOMPARE(task.arguments().at(1).label(), u"Name"_s);
    // Still queued: no duration yet.
    QCOMPARE(job.durationMs(utc(15, 47, 0, 0)), std::nullopt);
}

void tst_Job::finishedJob()
{
    const Job job(jobFrom(u"07-job-get-finished"_s));
    QCOMPARE(job.exitCode(), std::optional<int>(0));
    QCOMPARE(
        job.log(),
        u"argc=3\narg1=FIXED\narg2=ana\narg3=a\nGREETING=hola\n{\"state\":\"success\",\"data\":[\"ok\"]}\n"_s);
    QCOMPARE(job.lastLine(), u"{\"state\":\"success\",\"data\":[\"ok\"]}"_s);
    QVERIFY(!job.killed());
    QCOMPARE(job.signal(), QString());     // null
    QCOMPARE(job.stdoutText(), QString()); // only the local supervisor separates them
    // result.times = {seconds: 0, nanoseconds: 10464871}
    QCOMPARE(job.durationMs(), std::optional<qint64>(10));
    // GET has no `user` object, only user_id; result.user is the agent that reported.
    QCOMPARE(job.user(), (JobUser{u"u-admin"_s, QString(), QString()}));
    QCOMPARE(job.result().value("user"_L1).toObject().value("username"_L1),
             QJsonValue(u"desk-bot"_s));
    QCOMPARE(job.hostname(), QString()); // host is an id string here
    const Task snapshot = job.taskSnapshot();
    QCOMPARE(snapshot.name(), u"Echo args"_s);
    QCOMPARE(snapshot.env().value(u"GREETING"_s), u"hola"_s);
    QCOMPARE(job.toJson().value("script"_L1).toObject().value("filename"_L1),
             QJsonValue(u"echo-args.sh"_s));
}

void tst_Job::canceledJob()
{
    const Job job(jobFrom(u"09-job-get-after-cancel"_s));
    QCOMPARE(job.triggerName(), u"canceled"_s);
    QCOMPARE(job.exitCode(), std::nullopt);
    // Canceled while queued: it never ran, so creation to cancel is the only span there is.
    QCOMPARE(job.durationMs(), std::optional<qint64>(33));
    const QJsonObject user = parseJson(job.output().first().toUtf8().constData()).toObject();
    QCOMPARE(user.value("username"_L1), QJsonValue(u"admin"_s));
}

void tst_Job::errorJobWithTextOutput()
{
    // The supervisor stores the build error's output as a bare string: one line, as it came.
    for (const char *name :
         {"12-two-args-missing-last-slot", "12-two-args-missing-last-slot-get"}) {
        const Job job(jobFrom(QString::fromLatin1(name)));
        QVERIFY(job.toJson().value("output"_L1).isString());
        QCOMPARE(job.output(), QStringList{u"\"InvalidTaskArguments\""_s});
        QCOMPARE(job.log(), u"\"InvalidTaskArguments\""_s);
        QCOMPARE(job.lifecycle(), Lifecycle::Terminated);
        QCOMPARE(job.state(), JobState::Error);
        QVERIFY(job.isFinished());
        QCOMPARE(job.triggerName(), QString());
    }
    // Output items that are not text (a newer runner, a hand-made document) read as JSON text.
    const Job mixed(parseJson(R"({"id":"j","output":["a",1,{"k":true},null]})").toObject());
    QCOMPARE(mixed.output(), (QStringList{u"a"_s, u"1"_s, u"{\"k\":true}"_s, u"null"_s}));
    QCOMPARE(Job(parseJson(R"({"id":"j","output":null})").toObject()).output(), QStringList());
}

void tst_Job::secretJobHasNoUser()
{
    const Job job(jobFrom(u"11-secret-job-create"_s));
    QVERIFY(job.user().isEmpty());
    QCOMPARE(job.userId(), QString());
    QCOMPARE(job.env().value("THEEYE_JOB_USER"_L1), QJsonValue(u"{}"_s));
}

void tst_Job::outputFromReport_data()
{
    QTest::addColumn<QByteArray>("reported"); // JSON text; empty means nothing reported
    QTest::addColumn<QStringList>("stored");
    // supervisor-api.md §12 item 33.
    QTest::newRow("object") << QByteArray(R"({"a":1})") << QStringList{u"{\"a\":1}"_s};
    // 13-agent-put-result: data.output ["ok"] is stored as ["ok"].
    QTest::newRow("list of text") << QByteArray(R"(["ok"])") << QStringList{u"ok"_s};
    QTest::newRow("mixed list")
        << QByteArray(R"(["a",1,{"k":true},null,[2]])")
        << QStringList{u"a"_s, u"1"_s, u"{\"k\":true}"_s, u"null"_s, u"[2]"_s};
    QTest::newRow("text holding a list")
        << QByteArray("\"[\\\"a\\\",2]\"") << QStringList{u"a"_s, u"2"_s};
    QTest::newRow("text holding an object")
        << QByteArray("\"{\\\"x\\\":1}\"") << QStringList{u"{\"x\":1}"_s};
    QTest::newRow("plain text") << QByteArray("\"all good\"") << QStringList{u"all good"_s};
    QTest::newRow("number") << QByteArray("5") << QStringList{u"5"_s};
    QTest::newRow("boolean") << QByteArray("true") << QStringList{u"true"_s};
    QTest::newRow("null") << QByteArray("null") << QStringList{u"null"_s};
    QTest::newRow("nothing") << QByteArray() << QStringList();
    QTest::newRow("empty list") << QByteArray("[]") << QStringList();
}

void tst_Job::outputFromReport()
{
    QFETCH(QByteArray, reported);
    QFETCH(QStringList, stored);
    const QJsonValue value = reported.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                : parseJson(reported.constData());
    QCOMPARE(Job::outputFromReport(value), stored);
    // What is stored reads back as the same lines.
    const Job job(
        QJsonObject{{"id"_L1, u"j"_s}, {"output"_L1, QJsonArray::fromStringList(stored)}});
    QCOMPARE(job.output(), stored);
}

void tst_Job::unknownNamesAreKept()
{
    QJsonObject json = jobFrom(u"07-job-get-finished"_s);
    json.insert("lifecycle"_L1, u"archived"_s);
    json.insert("state"_L1, u"partial"_s);
    const Job job(json);
    QCOMPARE(job.lifecycle(), Lifecycle::Unknown);
    QCOMPARE(job.lifecycleName(), u"archived"_s);
    QCOMPARE(job.state(), JobState::Unknown);
    QCOMPARE(job.stateName(), u"partial"_s);
    QVERIFY(!job.isFinished());
    QVERIFY(!job.isInProgress());
    QCOMPARE(job.toJson(), json);
}

void tst_Job::cancellableFollowsTheTask()
{
    // The cancel check reads the embedded task's flag, not the job's own copy.
    QJsonObject json = jobFrom(u"07-job-get-finished"_s);
    QJsonObject task = json.value("task"_L1).toObject();
    task.insert("cancellable"_L1, false);
    json.insert("task"_L1, task);
    QVERIFY(!Job(json).isCancellable());
    json.insert("task"_L1, QJsonObject{{"id"_L1, TaskId}});
    json.insert("cancellable"_L1, false);
    QVERIFY(!Job(json).isCancellable());
    json.remove("cancellable"_L1);
    QVERIFY(Job(json).isCancellable());
}

void tst_Job::duration_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected"); // -1: none
    const QByteArray created = "\"creation_date\":\"2026-11-28T10:00:00.000Z\"";
    QTest::newRow("runner times") << QByteArray(
        R"({"lifecycle":"finished","result":{"times":{"seconds":2,"nanoseconds":500000000}}})")
                                  << qint64(2500);
    QTest::newRow("local supervisor start and finish") << QByteArray(
        R"({"lifecycle":"finished","result":{"started_at":"2026-11-28T10:00:01.000Z","finished_at":"2026-11-28T10:00:04.250Z"}})")
                                                       << qint64(3250);
    QTest::newRow("running, started") << QByteArray(
        R"({"lifecycle":"assigned","result":{"started_at":"2026-11-28T10:00:55.000Z"}})")
                                      << qint64(5000);
    QTest::newRow("finished, dates only") << ("{\"lifecycle\":\"terminated\"," + created
                                              + R"(,"last_update":"2026-11-28T10:00:07.000Z"})")
                                          << qint64(7000);
    QTest::newRow("running on a remote bot")
        << ("{\"lifecycle\":\"assigned\"," + created + "}") << qint64(60000);
    QTest::newRow("queued") << ("{\"lifecycle\":\"ready\"," + created + "}") << qint64(-1);
    QTest::newRow("on hold") << ("{\"lifecycle\":\"onhold\"," + created + "}") << qint64(-1);
    QTest::newRow("no dates") << QByteArray(R"({"lifecycle":"finished"})") << qint64(-1);
}

void tst_Job::duration()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 1, 0), Qt::UTC);
    const auto duration = Job(QJsonDocument::fromJson(json).object()).durationMs(now);
    QCOMPARE(duration.has_value(), expected >= 0);
    if (duration)
        QCOMPARE(*duration, expected);
}

void tst_Job::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("string") << QByteArray("\"InvalidTaskArguments\"") << u"not a JSON object"_s;
    QTest::newRow("no id") << QByteArray(R"({"lifecycle":"ready"})") << u"no id"_s;
    QTest::newRow("numeric id") << QByteArray(R"({"id":5})") << u"no id"_s;
    QTest::newRow("empty _id") << QByteArray(R"({"_id":"","lifecycle":"assigned"})") << u"no id"_s;
    QTest::newRow("empty id and _id") << QByteArray(R"({"id":"","_id":""})") << u"no id"_s;
    QTest::newRow("lifecycle a number")
        << QByteArray(R"({"id":"j","lifecycle":3})") << u"\"lifecycle\""_s;
    QTest::newRow("state an object") << QByteArray(R"({"id":"j","state":{}})") << u"\"state\""_s;
    QTest::newRow("result a string")
        << QByteArray(R"({"id":"j","result":"done"})") << u"\"result\""_s;
}

void tst_Job::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const auto job = Job::fromJson(parseJson(json.constData()));
    QVERIFY(!job.ok());
    QVERIFY2(job.error().contains(messagePart), qPrintable(job.error()));
    QVERIFY(Job::fromJson(parseJson(R"({"_id":"j","lifecycle":null,"result":null})")).ok());
}

QTEST_GUILESS_MAIN(tst_Job)
#include "tst_job.moc"
