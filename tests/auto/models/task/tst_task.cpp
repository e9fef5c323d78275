#include "models/jsonutil.h"
#include "models/task.h"

#include "../modelstestdata.h"

#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;
using TheEyeTest::responseBody;

namespace {

const QString TaskId = u"5f0000000000000000000001"_s;
const QString HostId = u"5b0000000000000000000001"_s;
const QString ScriptId = u"5a0000000000000000000001"_s;
const QString CustomerId = u"5c0000000000000000000001"_s;

QDateTime utc(int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

class tst_Task final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void accessorsOfTaskGet();
    void accessorsOfOtherShapes();
    void settersRewriteWhatTheyRead();
    void settersKeepUnknownMembers();
    void referencesSetBothKeys();
    void timeoutIsOptional();
    void envValuesAreText();
    void newScriptTaskHasTheFormDefaults();
    void missingConfiguration_data();
    void missingConfiguration();
    void fromJsonRejectsWrongTypes_data();
    void fromJsonRejectsWrongTypes();
};

void tst_Task::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::newRow("00 create request") << TheEyeTest::requestBody(u"00-create-task"_s).toObject();
    QTest::newRow("12 viewer's create request")
        << TheEyeTest::requestBody(u"12-viewer-create-task"_s).toObject();
    QTest::newRow("00 create response") << responseBody(u"00-create-task"_s).toObject();
    const QJsonArray list = responseBody(u"01-task-list"_s).toArray();
    QCOMPARE(list.size(), 1);
    QTest::newRow("01 list item") << list.first().toObject();
    QTest::newRow("02 get") << responseBody(u"02-task-get"_s).toObject();
    QTest::newRow("03 shallow recipe") << responseBody(u"03-task-serialize-shallow"_s).toObject();
    QTest::newRow("04 deep recipe") << responseBody(u"04-task-serialize-deep"_s).toObject();
    // The task inside jobs: reduced in create responses, a full snapshot in GET and agent polls.
    for (const char *name : {"06-job-create",
                             "07-job-get-finished",
                             "09-job-get-after-cancel",
                             "11-secret-job-create",
                             "12-two-args-missing-last-slot-get",
                             "13-agent-put-result"}) {
        QTest::addRow("task in %s", name)
            << responseBody(QString::fromLatin1(name)).toObject().value("task"_L1).toObject();
    }
    QTest::addRow("task in 13-agent-poll-job") << responseBody(u"13-agent-poll-job"_s)
                                                      .toObject()
                                                      .value("jobs"_L1)
                                                      .toArray()
                                                      .first()
                                                      .toObject()
                                                      .value("task"_L1)
                                                      .toObject();
}

void tst_Task::roundTrip()
{
    QFETCH(QJsonObject, document);
    QVERIFY(!document.isEmpty());
    // As the client reads a response: bytes → parse → Task → bytes → parse.
    const auto parsed = Json::parse(Json::compact(document));
    QVERIFY(parsed.ok());
    const auto task = Task::fromJson(*parsed);
    QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : task.error()));
    THEEYE_COMPARE_JSON(task->toJson(), document);
    const auto again = Json::parse(Json::compact(task->toJson()));
    QVERIFY(again.ok());
    QCOMPARE(again->toObject(), document);
    QCOMPARE(Task(document), *task);
}

void tst_Task::accessorsOfTaskGet()
{
    const Task task(TheEyeTest::echoArgsTask());
    QCOMPARE(task.id(), TaskId);
    QCOMPARE(task.type(), u"script"_s);
    QVERIFY(task.isScriptTask());
    QCOMPARE(task.name(), u"Echo args"_s);
    QCOMPARE(task.hostId(), HostId);
    QCOMPARE(task.hostname(), u"desk-bot"_s);
    QCOMPARE(task.scriptId(), ScriptId);
    QCOMPARE(task.scriptName(), u"echo-args.sh"_s);
    QVERIFY(task.embeddedScript().isEmpty()); // populated reference, no content
    QCOMPARE(task.scriptRunAs(), u"bash %script%"_s);
    QCOMPARE(task.tags(), QStringList{u"demo"_s});
    const QList<TaskArgument> arguments = task.arguments();
    QCOMPARE(arguments.size(), 3);
    QCOMPARE(arguments.at(0).type(), TaskArgument::Type::Fixed);
    QCOMPARE(arguments.at(0).value(), u"FIXED"_s);
    QCOMPARE(arguments.at(1).label(), u"Name"_s);
    QCOMPARE(arguments.at(2).options().size(), 2);
    QVERIFY(task.hasDynamicArguments());
    QCOMPARE(task.description(), QString());
    QCOMPARE(task.acl(), QStringList());
    QCOMPARE(task.triggers(), QStringList());
    QCOMPARE(task.graceTimeSeconds(), 0);
    QCOMPARE(task.timeoutMs(), std::optional<qint64>(60000));
    QCOMPARE(task.effectiveTimeoutMs(), 60000);
    QVERIFY(task.multitasking());
    QCOMPARE(task.env(), (QMap<QString, QString>{{u"GREETING"_s, u"hola"_s}}));
    QVERIFY(task.isCancellable());
    QCOMPARE(task.defaultStateEvaluation(), QString()); // unset means success
    QCOMPARE(task.argumentsType(), u"legacy"_s);
    QVERIFY(task.autoremoveCompletedJobs()); // undefined is treated as true
    QCOMPARE(task.autoremoveCompletedJobsLimit(), 5);
    QVERIFY(!task.showResult());
    QVERIFY(!task.userInputs());
    QCOMPARE(task.version(), 1);
    QCOMPARE(task.fingerprint(), u"272501e2-fdf0-50d6-ae18-3f86315bc691"_s);
    QCOMPARE(task.creationDate(), utc(15, 46, 7, 247));
    QCOMPARE(task.lastUpdate(), utc(15, 46, 7, 251));
    QCOMPARE(task.customerId(), CustomerId);
    QCOMPARE(task.executionCount(), 0);
    QCOMPARE(task.schedules(), QJsonArray());
    QCOMPARE(task.missingConfiguration(), QStringList());
    QVERIFY(task.canRun());
}

void tst_Task::accessorsOfOtherShapes()
{
    // The create request: bare ids, no populated extras.
    const Task request(TheEyeTest::requestBody(u"00-create-task"_s).toObject());
    QCOMPARE(request.id(), QString());
    QCOMPARE(request.hostId(), HostId);
    QCOMPARE(request.hostname(), QString());
    QCOMPARE(request.scriptId(), ScriptId);
    QCOMPARE(request.scriptName(), QString());
    QCOMPARE(request.version(), 1); // absent: the supervisor's default
    QVERIFY(!request.creationDate().isValid());

    // The create response carries the whole organization as `customer`.
    const Task created(responseBody(u"00-create-task"_s).toObject());
    QCOMPARE(created.customerId(), CustomerId);
    QCOMPARE(created.hostname(), u"desk-bot"_s);

    // A job's snapshot: host and customer nulled, script an id string.
    const Task snapshot(
        responseBody(u"07-job-get-finished"_s).toObject().value("task"_L1).toObject());
    QCOMPARE(snapshot.id(), TaskId);
    QCOMPARE(snapshot.hostId(), HostId);
    QCOMPARE(snapshot.hostname(), QString());
    QCOMPARE(snapshot.scriptId(), ScriptId);
    QCOMPARE(snapshot.customerId(), CustomerId);

    // The reduced task of a create response still has what the run dialog needs.
    const Task reduced(responseBody(u"06-job-create"_s).toObject().value("task"_L1).toObject());
    QCOMPARE(reduced.id(), TaskId);
    QCOMPARE(reduced.arguments().size(), 3);
    QCOMPARE(reduced.name(), QString());

    // A shallow recipe: no ids, the script inline.
    const Task recipe(responseBody(u"03-task-serialize-shallow"_s).toObject());
    QCOMPARE(recipe.id(), QString());
    QCOMPARE(recipe.hostId(), QString());
    QCOMPARE(recipe.scriptId(), QString());
    QCOMPARE(recipe.scriptName(), u"echo-args.sh"_s);
    QVERIFY(
        recipe.embeddedScript().value("data"_L1).toString().startsWith(u"data:text/plain;base64,"));
    QCOMPARE(recipe.env(), (QMap<QString, QString>{{u"GREETING"_s, QString()}}));

    // Ids under `_id`, and triggers that are populated events.
    const Task other(
        parseJson(R"({"_id":"abc","triggers":["e1",{"_id":"e2"},{"id":"e3"},null]})").toObject());
    QCOMPARE(other.id(), u"abc"_s);
    QCOMPARE(other.triggers(), (QStringList{u"e1"_s, u"e2"_s, u"e3"_s}));
    QCOMPARE(other.type(), u"script"_s); // our documents may leave the type out
}

void tst_Task::settersRewriteWhatTheyRead()
{
    // Each setter given what its getter read writes the document back unchanged, so an editor
    // that saves every field does not alter a task it did not change.
    const QJsonObject original = TheEyeTest::echoArgsTask();
    Task task(original);
    task.setId(task.id());
    task.setType(task.type());
    task.setName(task.name());
    task.setScriptRunAs(task.scriptRunAs());
    task.setTags(task.tags());
    task.setArguments(task.arguments());
    task.setDescription(task.description());
    task.setAcl(task.acl());
    task.setTriggers(task.triggers());
    task.setGraceTimeSeconds(task.graceTimeSeconds());
    task.setTimeoutMs(task.timeoutMs());
    task.setMultitasking(task.multitasking());
    task.setEnv(task.env());
    task.setCancellable(task.isCancellable());
    task.setArgumentsType(task.argumentsType());
    task.setAutoremoveCompletedJobsLimit(task.autoremoveCompletedJobsLimit());
    task.setShowResult(task.showResult());
    task.setVersion(task.version());
    task.setHostname(task.hostname());
    task.setScriptName(task.scriptName());
    // The one member the captured task lacks (Mongoose leaves unset fields out) is now written.
    QJsonObject expected = original;
    QVERIFY(!expected.contains("description"_L1));
    expected.insert("description"_L1, QString());
    THEEYE_COMPARE_JSON(task.toJson(), expected);
    QCOMPARE(task, Task(expected));
}

void tst_Task::settersKeepUnknownMembers()
{
    QJsonObject original = TheEyeTest::echoArgsTask();
    const QJsonObject future{{"mode"_L1, u"fast"_s}, {"limits"_L1, QJsonArray{1, 2}}};
    original.insert("x_future_setting"_L1, future);
    original.insert("short_description"_L1, u"short"_s);
    Task task(original);

    task.setName(u"Renamed"_s);
    task.setTags({u"ops"_s, u"nightly"_s});
    TaskArgument extra = TaskArgument::create(TaskArgument::Type::Email, 4, 3, u"Mail"_s);
    QList<TaskArgument> arguments = task.arguments();
    arguments.append(extra);
    task.setArguments(arguments);
    task.setDescription(u"What it does"_s);
    task.setAcl({u"ana@example.com"_s});
    task.setTriggers({u"e1"_s});
    task.setGraceTimeSeconds(60);
    task.setTimeoutMs(1200000);
    task.setMultitasking(false);
    task.setEnv({{u"A"_s, u"1"_s}, {u"B"_s, u"two words"_s}});
    task.setCancellable(false);
    task.setDefaultStateEvaluation(u"failure"_s);
    task.setArgumentsType(u"json"_s);
    task.setAutoremoveCompletedJobs(false);
    task.setAutoremoveCompletedJobsLimit(20);
    task.setShowResult(true);
    task.setVersion(4);
    task.setScriptRunAs(u"sudo -u ops %script%"_s);

    QCOMPARE(task.name(), u"Renamed"_s);
    QCOMPARE(task.tags(), (QStringList{u"ops"_s, u"nightly"_s}));
    QCOMPARE(task.arguments().size(), 4);
    QCOMPARE(task.arguments().last(), extra);
    QCOMPARE(task.description(), u"What it does"_s);
    QCOMPARE(task.acl(), QStringList{u"ana@example.com"_s});
    QCOMPARE(task.triggers(), QStringList{u"e1"_s});
    QCOMPARE(task.graceTimeSeconds(), 60);
    QCOMPARE(task.timeoutMs(), std::optional<qint64>(1200000));
    QVERIFY(!task.multitasking());
    QCOMPARE(task.env(), (QMap<QString, QString>{{u"A"_s, u"1"_s}, {u"B"_s, u"two words"_s}}));
    QVERIFY(!task.isCancellable());
    QCOMPARE(task.defaultStateEvaluation(), u"failure"_s);
    QCOMPARE(task.argumentsType(), u"json"_s);
    QVERIFY(!task.autoremoveCompletedJobs());
    QCOMPARE(task.autoremoveCompletedJobsLimit(), 20);
    QVERIFY(task.showResult());
    QCOMPARE(task.version(), 4);
    QCOMPARE(task.scriptRunAs(), u"sudo -u ops %script%"_s);

    // Every member no setter touched is exactly as it came.
    const QStringList touched{u"name"_s,
                              u"tags"_s,
                              u"task_arguments"_s,
                              u"description"_s,
                              u"acl"_s,
                              u"triggers"_s,
                              u"grace_time"_s,
                              u"timeout"_s,
                              u"multitasking"_s,
                              u"env"_s,
                              u"cancellable"_s,
                              u"default_state_evaluation"_s,
                              u"arguments_type"_s,
                              u"autoremove_completed_jobs"_s,
                              u"autoremove_completed_jobs_limit"_s,
                              u"show_result"_s,
                              u"version"_s,
                              u"script_runas"_s};
    const QJsonObject json = task.toJson();
    for (auto it = original.begin(); it != original.end(); ++it) {
        if (touched.contains(it.key()))
            continue;
        QVERIFY2(json.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(json.value("x_future_setting"_L1), QJsonValue(future));
    for (const QString &key : json.keys())
        QVERIFY2(original.contains(key) || touched.contains(key), qPrintable(key));
    // The wire types: numbers stay numbers, lists stay lists.
    QVERIFY(json.value("timeout"_L1).isDouble());
    QVERIFY(json.value("grace_time"_L1).isDouble());
    QVERIFY(json.value("env"_L1).isObject());
    QCOMPARE(json.value("env"_L1).toObject().value("B"_L1), QJsonValue(u"two words"_s));
}

void tst_Task::referencesSetBothKeys()
{
    // The real supervisor reads `host` on create and unsets it on update unless `host_id` comes
    // too; jobs use `script_id` (supervisor-api.md §3.5).
    Task task(TheEyeTest::echoArgsTask());
    task.setHostId(u"5b00000000000000000000aa"_s);
    QCOMPARE(task.toJson().value("host"_L1), QJsonValue(u"5b00000000000000000000aa"_s));
    QCOMPARE(task.toJson().value("host_id"_L1), QJsonValue(u"5b00000000000000000000aa"_s));
    QCOMPARE(task.hostId(), u"5b00000000000000000000aa"_s);
    task.setScriptId(u"5a00000000000000000000aa"_s);
    QCOMPARE(task.toJson().value("script"_L1), QJsonValue(u"5a00000000000000000000aa"_s));
    QCOMPARE(task.toJson().value("script_id"_L1), QJsonValue(u"5a00000000000000000000aa"_s));
    QCOMPARE(task.scriptId(), u"5a00000000000000000000aa"_s);

    task.setHostId(QString());
    QCOMPARE(task.toJson().value("host"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(task.toJson().value("host_id"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(task.hostId(), QString());
    QVERIFY(!task.canRun());

    // An inline script replaces the file reference entirely.
    const QJsonObject inline_{{"filename"_L1, u"x.sh"_s},
                              {"data"_L1, u"data:text/plain;base64,eA=="_s}};
    task.setEmbeddedScript(inline_);
    QCOMPARE(task.embeddedScript(), inline_);
    QVERIFY(!task.toJson().contains("script_id"_L1));
    QCOMPARE(task.scriptId(), QString());

    task.setId(QString());
    QVERIFY(!task.toJson().contains("id"_L1));
}

void tst_Task::timeoutIsOptional()
{
    Task task(QJsonObject{{"name"_L1, u"t"_s}});
    QCOMPARE(task.timeoutMs(), std::nullopt);
    QCOMPARE(task.effectiveTimeoutMs(), Task::DefaultTimeoutMs);
    task.setTimeoutMs(10000);
    QCOMPARE(task.toJson().value("timeout"_L1), QJsonValue(10000));
    task.setTimeoutMs(std::nullopt);
    QVERIFY(!task.toJson().contains("timeout"_L1));
    // Form bodies and old documents carry numbers as text.
    QCOMPARE(Task(parseJson(R"({"timeout":"600000"})").toObject()).timeoutMs(),
             std::optional<qint64>(600000));
}

void tst_Task::envValuesAreText()
{
    const Task task(
        parseJson(R"({"env":{"S":"x","N":5,"B":true,"NUL":null,"O":{"a":1}}})").toObject());
    const QMap<QString, QString> expected{{u"S"_s, u"x"_s},
                                          {u"N"_s, u"5"_s},
                                          {u"B"_s, u"true"_s},
                                          {u"NUL"_s, QString()},
                                          {u"O"_s, u"{\"a\":1}"_s}};
    QCOMPARE(task.env(), expected);
    QCOMPARE(Task(QJsonObject()).env(), (QMap<QString, QString>()));
}

void tst_Task::newScriptTaskHasTheFormDefaults()
{
    const Task task = Task::newScriptTask();
    QCOMPARE(task.type(), u"script"_s);
    QCOMPARE(task.toJson().value("_type"_L1), QJsonValue(u"ScriptTask"_s));
    QCOMPARE(task.timeoutMs(), std::optional<qint64>(600000));
    QCOMPARE(task.graceTimeSeconds(), 0);
    QVERIFY(task.multitasking());
    QVERIFY(task.isCancellable());
    QCOMPARE(task.argumentsType(), u"legacy"_s);
    QCOMPARE(task.defaultStateEvaluation(), u"success"_s);
    QCOMPARE(task.autoremoveCompletedJobsLimit(), 5);
    QVERIFY(task.arguments().isEmpty());
    QVERIFY(task.env().isEmpty());
    QVERIFY(Task::fromJson(task.toJson()).ok());
    QCOMPARE(task.missingConfiguration().size(), 3); // bot, script, run-as
    QVERIFY(!task.canRun());
}

void tst_Task::missingConfiguration_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("missingParts");
    QTest::newRow("complete") << QJsonObject() << QStringList();
    QTest::newRow("no bot") << QJsonObject{{"host_id"_L1, QJsonValue::Null},
                                           {"host"_L1, QJsonValue::Null}}
                            << QStringList{u"bot"_s};
    QTest::newRow("no script") << QJsonObject{{"script_id"_L1, QJsonValue::Null},
                                              {"script"_L1, QJsonValue::Null}}
                               << QStringList{u"script"_s};
    QTest::newRow("blank run-as") << QJsonObject{{"script_runas"_L1, u"  "_s}}
                                  << QStringList{u"Run As"_s};
    QTest::newRow("blank fixed value and env")
        << responseBody(u"03-task-serialize-shallow"_s).toObject()
        << QStringList{u"bot"_s, u"\"Fixed\""_s, u"GREETING"_s};
    QTest::newRow("not a script task")
        << QJsonObject{{"type"_L1, u"approval"_s}} << QStringList{u"approval"_s};
}

void tst_Task::missingConfiguration()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, missingParts);
    QJsonObject json = TheEyeTest::echoArgsTask();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    if (changes.contains("source_model_id"_L1)) // a whole recipe replaces the task
        json = changes;
    const QStringList missing = Task(json).missingConfiguration();
    QCOMPARE(missing.size(), missingParts.size());
    for (qsizetype i = 0; i < missing.size(); ++i)
        QVERIFY2(missing.at(i).contains(missingParts.at(i)), qPrintable(missing.at(i)));
}

void tst_Task::fromJsonRejectsWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not an object") << QByteArray("[1]") << u"not a JSON object"_s;
    QTest::newRow("name a number") << QByteArray(R"({"name":5})") << u"\"name\""_s;
    QTest::newRow("type a list") << QByteArray(R"({"type":["script"]})") << u"\"type\""_s;
    QTest::newRow("run-as an object")
        << QByteArray(R"({"script_runas":{}})") << u"\"script_runas\""_s;
    QTest::newRow("tags a string") << QByteArray(R"({"tags":"a,b"})") << u"\"tags\""_s;
    QTest::newRow("acl an object") << QByteArray(R"({"acl":{}})") << u"\"acl\""_s;
    QTest::newRow("arguments an object")
        << QByteArray(R"({"task_arguments":{}})") << u"\"task_arguments\""_s;
    QTest::newRow("timeout a word")
        << QByteArray(R"({"timeout":"ten minutes"})") << u"\"timeout\""_s;
    QTest::newRow("grace time a bool")
        << QByteArray(R"({"grace_time":true})") << u"\"grace_time\""_s;
    QTest::newRow("multitasking as text")
        << QByteArray(R"({"multitasking":"false"})") << u"\"multitasking\""_s;
    QTest::newRow("cancellable a number")
        << QByteArray(R"({"cancellable":0})") << u"\"cancellable\""_s;
    QTest::newRow("env a list") << QByteArray(R"({"env":["A=1"]})") << u"\"env\""_s;
    QTest::newRow("argument without type")
        << QByteArray(R"({"task_arguments":[{"type":"input","order":0},{"order":1}]})")
        << u"no type"_s;
    QTest::newRow("argument a string")
        << QByteArray(R"({"task_arguments":["x"]})") << u"not a JSON object"_s;
}

void tst_Task::fromJsonRejectsWrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const auto task = Task::fromJson(parseJson(json.constData()));
    QVERIFY(!task.ok());
    QVERIFY2(task.error().contains(messagePart), qPrintable(task.error()));
    // Nulls are absent values, not wrong types.
    QVERIFY(
        Task::fromJson(
            parseJson(R"({"name":null,"tags":null,"timeout":null,"env":null,"multitasking":null})"))
            .ok());
}

QTEST_GUILESS_MAIN(tst_Task)
#include "tst_task.moc"
