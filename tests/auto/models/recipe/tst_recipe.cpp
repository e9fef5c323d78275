#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/recipe.h"

#include "../modelstestdata.h"

#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;
using TheEyeTest::responseBody;

Q_DECLARE_METATYPE(TheEye::Recipe::Mode)

namespace {

const QString TaskId = u"5f0000000000000000000001"_s;
const QString ScriptId = u"5a0000000000000000000001"_s;

QByteArray recipeFile(const QString &name)
{
    return TheEyeTest::readTestFile(u"recipes/"_s + name);
}

QByteArray decodedData(const QJsonObject &script)
{
    const auto url = DataUrl::parse(script.value("data"_L1).toString());
    return url ? url->data : QByteArray("(not a data URL)");
}

} // namespace

class tst_Recipe final : public QObject
{
    Q_OBJECT

private slots:
    void exportMatchesTheSupervisor_data();
    void exportMatchesTheSupervisor();
    void exportDropsWhatIsNotTheTask();
    void exportBytesAreDeterministic();
    void argumentsFiles();
    void argumentsFilesRejectMalformed_data();
    void argumentsFilesRejectMalformed();
};

void tst_Recipe::exportMatchesTheSupervisor_data()
{
    QTest::addColumn<QJsonObject>("task");
    QTest::addColumn<QJsonObject>("script");
    QTest::addColumn<Recipe::Mode>("mode");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject shallow = responseBody(u"03-task-serialize-shallow"_s).toObject();
    const QJsonObject deep = responseBody(u"04-task-serialize-deep"_s).toObject();
    const QJsonObject get = TheEyeTest::echoArgsTask();
    const QJsonObject listed = responseBody(u"01-task-list"_s).toArray().first().toObject();
    const QJsonObject created = responseBody(u"00-create-task"_s).toObject();
    const QJsonObject stored = TheEyeTest::echoArgsScript();
    const QJsonObject uploaded = responseBody(u"00-upload-script"_s).toObject();

    QTest::newRow("shallow from GET") << get << stored << Recipe::Mode::Shallow << shallow;
    QTest::newRow("deep from GET") << get << stored << Recipe::Mode::Deep << deep;
    QTest::newRow("shallow from list") << listed << stored << Recipe::Mode::Shallow << shallow;
    QTest::newRow("deep from list") << listed << stored << Recipe::Mode::Deep << deep;
    // The create response populates `customer` with the whole organization.
    QTest::newRow("shallow from create") << created << stored << Recipe::Mode::Shallow << shallow;
    QTest::newRow("deep from create") << created << stored << Recipe::Mode::Deep << deep;
    // The upload response populates the file's `customer` (shallow drops it, and the dates).
    QTest::newRow("shallow, uploaded file") << get << uploaded << Recipe::Mode::Shallow << shallow;
}

void tst_Recipe::exportMatchesTheSupervisor()
{
    QFETCH(QJsonObject, task);
    QFETCH(QJsonObject, script);
    QFETCH(Recipe::Mode, mode);
    QFETCH(QJsonObject, expected);
    const QByteArray content = TheEyeTest::echoArgsContent();
    QCOMPARE(content.size(), 214);
    const QJsonObject recipe = Recipe::serialize(Task(task), Script(script), content, mode);
    THEEYE_COMPARE_JSON(recipe, expected);
    THEEYE_COMPARE_JSON(recipe.value("script"_L1).toObject(),
                        expected.value("script"_L1).toObject());
}

void tst_Recipe::exportDropsWhatIsNotTheTask()
{
    QJsonObject json = TheEyeTest::echoArgsTask();
    json.insert("workflow_id"_L1, u"w1"_s);
    json.insert("workflow"_L1, u"w1"_s);
    json.insert("execution_count"_L1, 12);
    json.insert("template_id"_L1, u"t1"_s);
    json.insert("script_arguments"_L1, QJsonArray{u"a"_s});
    json.insert("acl"_L1, QJsonArray{u"ana@example.com"_s});
    json.insert("triggers"_L1, QJsonArray{u"e1"_s});
    json.insert("x_future"_L1, u"kept"_s);
    QJsonArray arguments = json.value("task_arguments"_L1).toArray();
    QJsonObject masked = arguments.at(0).toObject();
    masked.insert("masked"_L1, true);
    arguments[0] = masked;
    json.insert("task_arguments"_L1, arguments);
    // A secret never reaches task JSON, but a document of ours must not leak one either.
    json.insert("secret"_L1, QString(64, u'b'));
    json.insert("env"_L1, QJsonObject{{"API_KEY"_L1, u"s3cr3t"_s}, {"EMPTY"_L1, QString()}});
    const Task task(json);
    const Script script(TheEyeTest::echoArgsScript());
    const QByteArray content = TheEyeTest::echoArgsContent();

    const QJsonObject shallow = Recipe::serialize(task, script, content, Recipe::Mode::Shallow);
    for (const char *key : {"id",
                            "host",
                            "host_id",
                            "hostname",
                            "acl",
                            "secret",
                            "triggers",
                            "script_id",
                            "script_name",
                            "schedules",
                            "customer",
                            "customer_id",
                            "enable",
                            "creation_date",
                            "last_update",
                            "fingerprint",
                            "workflow",
                            "workflow_id",
                            "execution_count",
                            "template_id",
                            "script_arguments"}) {
        QVERIFY2(!shallow.contains(QLatin1StringView(key)), key);
    }
    QCOMPARE(shallow.value("env"_L1).toObject(),
             (QJsonObject{{"API_KEY"_L1, QString()}, {"EMPTY"_L1, QString()}}));
    QCOMPARE(shallow.value("task_arguments"_L1).toArray().at(0).toObject().value("value"_L1),
             QJsonValue(QString()));
    QCOMPARE(shallow.value("x_future"_L1), QJsonValue(u"kept"_s));
    QCOMPARE(shallow.value("source_model_id"_L1), QJsonValue(TaskId));
    const QJsonObject file = shallow.value("script"_L1).toObject();
    QCOMPARE(file.value("source_model_id"_L1), QJsonValue(ScriptId));
    QVERIFY(file.value("data"_L1).toString().startsWith(u"data:text/plain;base64,"));
    QCOMPARE(decodedData(file), content);
    for (const char *key : {"id", "_id", "keyname", "customer", "customer_id", "customer_name"})
        QVERIFY2(!file.contains(QLatin1StringView(key)), key);

    const QJsonObject deep = Recipe::serialize(task, script, content, Recipe::Mode::Deep);
    for (const char *key : {"secret", "workflow", "workflow_id", "execution_count", "hostname"})
        QVERIFY2(!deep.contains(QLatin1StringView(key)), key);
    QCOMPARE(deep.value("env"_L1).toObject().value("API_KEY"_L1), QJsonValue(u"s3cr3t"_s));
    QCOMPARE(deep.value("acl"_L1), QJsonValue(QJsonArray{u"ana@example.com"_s}));
    QCOMPARE(deep.value("triggers"_L1), QJsonValue(QJsonArray{u"e1"_s}));
    QCOMPARE(deep.value("script_arguments"_L1), QJsonValue(QJsonArray{u"a"_s}));
    QCOMPARE(deep.value("template_id"_L1), QJsonValue(u"t1"_s));
    QCOMPARE(deep.value("id"_L1), QJsonValue(TaskId));
    QCOMPARE(deep.value("script"_L1).toObject().value("keyname"_L1),
             QJsonValue(u"echo-args.sh[ts:1795880767225]"_s));

    // A task of ours not saved anywhere yet: no ids to name.
    Task unsaved = Task::newScriptTask();
    unsaved.setName(u"New"_s);
    const QJsonObject fresh = Recipe::serialize(unsaved,
                                                Script::forContent(u"n.sh"_s, "echo\n"),
                                                "echo\n",
                                                Recipe::Mode::Shallow);
    QVERIFY(!fresh.contains("source_model_id"_L1));
    QVERIFY(!fresh.value("script"_L1).toObject().contains("source_model_id"_L1));
    QCOMPARE(decodedData(fresh.value("script"_L1).toObject()), QByteArray("echo\n"));
}

void tst_Recipe::exportBytesAreDeterministic()
{
    const Task task(TheEyeTest::echoArgsTask());
    const Script script(TheEyeTest::echoArgsScript());
    const QByteArray content = TheEyeTest::echoArgsContent();
    for (const Recipe::Mode mode : {Recipe::Mode::Shallow, Recipe::Mode::Deep}) {
        const QByteArray first = Recipe::toFileBytes(
            Recipe::serialize(task, script, content, mode));
        const QByteArray second = Recipe::toFileBytes(
            Recipe::serialize(task, script, content, mode));
        QCOMPARE(first, second);
        QVERIFY(first.endsWith('\n'));
        // The same task read from a document with its members in the opposite order.
        QByteArray reversed = "{";
        const QJsonObject json = task.toJson();
        QStringList keys = json.keys();
        std::reverse(keys.begin(), keys.end());
        for (const QString &key : keys) {
            if (reversed.size() > 1)
                reversed += ',';
            reversed += Json::compact(QJsonValue(key)) + ':' + Json::compact(json.value(key));
        }
        reversed += '}';
        const auto reread = Task::fromJson(*Json::parse(reversed));
        QVERIFY(reread.ok());
        QCOMPARE(Recipe::toFileBytes(Recipe::serialize(*reread, script, content, mode)), first);
        // And the file reads back to the same recipe.
        const auto parsed = Json::parse(first);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->toObject(), Recipe::serialize(task, script, content, mode));
    }
    // The shallow bytes differ from the deep ones (they are not the same file under two names).
    QVERIFY(Recipe::toFileBytes(Recipe::serialize(task, script, content, Recipe::Mode::Shallow))
            != Recipe::toFileBytes(Recipe::serialize(task, script, content, Recipe::Mode::Deep)));
}

void tst_Recipe::argumentsFiles()
{
    const Task task(TheEyeTest::echoArgsTask());
    bool hadFixed = false;
    const QByteArray bytes = Recipe::argumentsFileBytes(task.arguments(), &hadFixed);
    QVERIFY(hadFixed);
    QCOMPARE(Recipe::argumentsFileBytes(task.arguments()), bytes); // deterministic
    QVERIFY(!bytes.contains("FIXED")); // fixed values never leave in an arguments file
    const auto parsed = Recipe::parseArguments(bytes);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 3);
    QVERIFY(!parsed->at(0).toJson().contains("value"_L1));
    QCOMPARE(parsed->at(0).value(), QString());
    QCOMPARE(parsed->at(1), task.arguments().at(1));
    QCOMPARE(parsed->at(2), task.arguments().at(2));

    const QList<TaskArgument> dynamicOnly{task.arguments().at(1)};
    Recipe::argumentsFileBytes(dynamicOnly, &hadFixed);
    QVERIFY(!hadFixed);

    // "Import arguments" also takes a whole recipe, in either format.
    const auto fromRecipe = Recipe::parseArguments(
        Recipe::toFileBytes(responseBody(u"03-task-serialize-shallow"_s)));
    QVERIFY(fromRecipe.ok());
    QCOMPARE(fromRecipe->size(), 3);
    const auto fromLegacy = Recipe::parseArguments(recipeFile(u"indicatorExample.json"_s));
    QVERIFY(fromLegacy.ok());
    QCOMPARE(fromLegacy->size(), 2);
    QCOMPARE(fromLegacy->at(1).label(), u"FixedArg1"_s);
    const auto none = Recipe::parseArguments("[]");
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void tst_Recipe::argumentsFilesRejectMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << QByteArray("order,type,label") << u"not valid JSON"_s;
    QTest::newRow("empty") << QByteArray("") << u"empty"_s;
    QTest::newRow("object without arguments")
        << QByteArray(R"({"name":"x"})") << u"neither a list of arguments nor a task"_s;
    QTest::newRow("arguments not a list") << QByteArray(R"({"task_arguments":{"a":1}})")
                                          << u"neither a list of arguments nor a task"_s;
    QTest::newRow("a number") << QByteArray("5") << u"neither a list of arguments nor a task"_s;
    QTest::newRow("item not an object") << QByteArray(R"(["City"])") << u"not a JSON object"_s;
    QTest::newRow("item without type")
        << QByteArray(R"([{"order":0,"label":"City"}])") << u"no type"_s;
}

void tst_Recipe::argumentsFilesRejectMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const auto parsed = Recipe::parseArguments(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(tst_Recipe)
#include "tst_recipe.moc"
