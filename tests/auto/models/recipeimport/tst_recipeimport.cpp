#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/recipe.h"

#include "../modelstestdata.h"

#include <QJsonArray>
#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;
using TheEyeTest::responseBody;

namespace {

const QString TaskId = u"5f0000000000000000000001"_s;
const QString ScriptId = u"5a0000000000000000000001"_s;

QByteArray recipeFile(const QString &name)
{
    return TheEyeTest::readTestFile(u"recipes/"_s + name);
}

// A small valid legacy recipe with some members changed; a null change removes the member.
QByteArray legacyWith(const QJsonObject &taskChanges, const QJsonObject &fileChanges = {})
{
    QJsonObject task{{"name"_L1, u"Hello"_s},
                     {"type"_L1, u"script"_s},
                     {"script_runas"_L1, u"bash %script%"_s}};
    QJsonObject file{{"filename"_L1, u"hello.sh"_s}, {"data"_L1, u"ZWNobyBoaQo="_s}};
    const auto apply = [](QJsonObject &object, const QJsonObject &changes) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                object.remove(it.key());
            else
                object.insert(it.key(), it.value());
        }
    };
    apply(task, taskChanges);
    apply(file, fileChanges);
    return Json::compact(QJsonObject{{"task"_L1, task}, {"file"_L1, file}});
}

QByteArray decodedData(const QJsonObject &script)
{
    const auto url = DataUrl::parse(script.value("data"_L1).toString());
    return url ? url->data : QByteArray("(not a data URL)");
}

} // namespace

class tst_RecipeImport final : public QObject
{
    Q_OBJECT

private slots:
    void importFlatShallow();
    void importFlatDeep();
    void importWhatWeExport();
    void aTaskMemberNamedTaskDoesNotTurnTheExportIntoALegacyFile_data();
    void aTaskMemberNamedTaskDoesNotTurnTheExportIntoALegacyFile();
    void importLegacyFiles_data();
    void importLegacyFiles();
    void importRefusesTaskTypesWeDoNotRun_data();
    void importRefusesTaskTypesWeDoNotRun();
    void importLegacyVariants();
    void importRejectsMalformed_data();
    void importRejectsMalformed();
};

void tst_RecipeImport::importFlatShallow()
{
    const QJsonObject recipe = responseBody(u"03-task-serialize-shallow"_s).toObject();
    const auto imported = Recipe::parse(Recipe::toFileBytes(recipe));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    QCOMPARE(imported->format, Recipe::Imported::Format::Flat);
    QCOMPARE(imported->sourceTaskId, TaskId);
    QCOMPARE(imported->scriptContent, TheEyeTest::echoArgsContent());
    QCOMPARE(imported->script.filename(), u"echo-args.sh"_s);
    QCOMPARE(imported->script.md5(), u"8a05416403e6c32f69a22f3f2f47926f"_s);
    QCOMPARE(imported->script.size(), 214);
    QCOMPARE(imported->script.extension(), u"sh"_s);
    QCOMPARE(imported->script.toJson().value("source_model_id"_L1), QJsonValue(ScriptId));
    QCOMPARE(imported->blankFixedArguments, QStringList{u"Fixed"_s});
    QCOMPARE(imported->blankEnvironment, QStringList{u"GREETING"_s});
    QVERIFY(!imported->missingRunAs);

    const Task &task = imported->task;
    QCOMPARE(task.name(), u"Echo args"_s);
    QCOMPARE(task.scriptRunAs(), u"bash %script%"_s);
    QCOMPARE(task.arguments().size(), 3);
    QCOMPARE(task.timeoutMs(), std::optional<qint64>(60000));
    QCOMPARE(task.id(), QString());
    QCOMPARE(task.hostId(), QString());
    QCOMPARE(task.scriptId(), QString());
    // Ready for POST /task: the script inline, as the web UI sends it.
    const QJsonObject inlineScript = task.embeddedScript();
    QCOMPARE(inlineScript.value("filename"_L1), QJsonValue(u"echo-args.sh"_s));
    QCOMPARE(decodedData(inlineScript), TheEyeTest::echoArgsContent());
    QCOMPARE(inlineScript, imported->script.toJson());
    // What is still missing is what the import reports: the bot, the fixed value, the env value.
    const QStringList missing = task.missingConfiguration();
    QCOMPARE(missing.size(), 3);
}

void tst_RecipeImport::importFlatDeep()
{
    const QJsonObject recipe = responseBody(u"04-task-serialize-deep"_s).toObject();
    const auto imported = Recipe::fromJson(recipe);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    QCOMPARE(imported->format, Recipe::Imported::Format::Flat);
    QCOMPARE(imported->sourceTaskId, TaskId);
    QVERIFY(imported->blankFixedArguments.isEmpty());
    QVERIFY(imported->blankEnvironment.isEmpty());
    QCOMPARE(imported->task.env().value(u"GREETING"_s), u"hola"_s);
    QCOMPARE(imported->task.arguments().at(0).value(), u"FIXED"_s);
    const QJsonObject json = imported->task.toJson();
    for (const char *key : {"id",
                            "host",
                            "host_id",
                            "customer",
                            "customer_id",
                            "creation_date",
                            "last_update",
                            "fingerprint",
                            "script_id"})
        QVERIFY2(!json.contains(QLatin1StringView(key)), key);
    // A backup keeps its ACL and triggers (the supervisor keeps them on import, too).
    QVERIFY(json.contains("acl"_L1));
    QVERIFY(json.contains("triggers"_L1));
    for (const char *key : {"id",
                            "_id",
                            "keyname",
                            "customer",
                            "customer_id",
                            "customer_name",
                            "creation_date",
                            "last_update"})
        QVERIFY2(!imported->script.toJson().contains(QLatin1StringView(key)), key);
    QCOMPARE(imported->scriptContent, TheEyeTest::echoArgsContent());
    QCOMPARE(imported->task.missingConfiguration().size(), 1); // the bot only
}

void tst_RecipeImport::importWhatWeExport()
{
    Task task(TheEyeTest::echoArgsTask());
    task.setDescription(u"Prints its arguments — ñandú"_s);
    const QByteArray content = "#!/bin/sh\necho \"héllo\"\n";
    const Script script = Script::forContent(u"hello.sh"_s, content);
    for (const Recipe::Mode mode : {Recipe::Mode::Shallow, Recipe::Mode::Deep}) {
        const QByteArray bytes = Recipe::toFileBytes(
            Recipe::serialize(task, script, content, mode));
        const auto imported = Recipe::parse(bytes);
        QVERIFY(imported.ok());
        QCOMPARE(imported->scriptContent, content);
        QCOMPARE(imported->script.md5(), Script::md5Hex(content));
        QCOMPARE(imported->task.description(), task.description());
        QCOMPARE(imported->task.arguments().size(), 3);
        QCOMPARE(imported->blankFixedArguments.isEmpty(), mode == Recipe::Mode::Deep);
    }
}

void tst_RecipeImport::aTaskMemberNamedTaskDoesNotTurnTheExportIntoALegacyFile_data()
{
    // Found by fuzz_recipe: a legacy file whose task held "task": [] imported, and its flat
    // export, which has the task's members at the top, then read as a legacy envelope.
    QTest::addColumn<QJsonValue>("member");
    QTest::newRow("an array") << QJsonValue(QJsonArray{});
    QTest::newRow("an object") << QJsonValue(QJsonObject{{u"name"_s, u"inner"_s}});
    QTest::newRow("text") << QJsonValue(u"x"_s);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
}

void tst_RecipeImport::aTaskMemberNamedTaskDoesNotTurnTheExportIntoALegacyFile()
{
    QFETCH(QJsonValue, member);
    QJsonObject task = TheEyeTest::echoArgsTask();
    task.insert(u"task"_s, member);
    const QByteArray content = "echo hi\n";
    const QJsonObject legacy{{u"task"_s, task},
                             {u"file"_s,
                              QJsonObject{{u"filename"_s, u"hi.sh"_s},
                                          {u"data"_s, QString::fromLatin1(content.toBase64())}}}};
    const auto imported = Recipe::fromJson(legacy);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    QVERIFY(!imported->task.toJson().contains(u"task"_s));
    for (const Recipe::Mode mode : {Recipe::Mode::Shallow, Recipe::Mode::Deep}) {
        const QByteArray bytes = Recipe::toFileBytes(
            Recipe::serialize(imported->task, imported->script, imported->scriptContent, mode));
        const auto again = Recipe::parse(bytes);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
        QCOMPARE(again->format, Recipe::Imported::Format::Flat);
        QCOMPARE(again->task.name(), imported->task.name());
    }
    // A task from elsewhere (a supervisor's document) with such a member exports flat too.
    const QByteArray bytes = Recipe::toFileBytes(
        Recipe::serialize(Task(task), imported->script, content, Recipe::Mode::Deep));
    const auto fromServer = Recipe::parse(bytes);
    QVERIFY2(fromServer.ok(), qPrintable(fromServer.ok() ? QString() : fromServer.error()));
    QCOMPARE(fromServer->format, Recipe::Imported::Format::Flat);
}

void tst_RecipeImport::importLegacyFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("md5");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("argumentCount");
    QTest::addColumn<QStringList>("blankFixed");
    QTest::addColumn<bool>("missingRunAs");

    QTest::newRow("HelloWorld") << u"HelloWorld_Task.json"_s << u"HelloWorld Task"_s << u"test.sh"_s
                                << u"sh"_s << u"b256c12016e48f5d1c9c00c68a7f9028"_s << qint64(704)
                                << 0 << QStringList() << true;
    QTest::newRow("env vars (bat, no mimetype)")
        << u"check_theeye_env_vars.json"_s << u"check env vars"_s << u"show_env.bat"_s << u"bat"_s
        << u"413be4083add16b3232fb14c4b4608d6"_s << qint64(444) << 0 << QStringList() << true;
    QTest::newRow("indicators (two blank fixed)")
        << u"indicatorExample.json"_s << u"Indicadores"_s << u"ejemploDeIndicadores.sh"_s << u"sh"_s
        << u"6ed6333c67b73d40c162727894a3c320"_s << qint64(1881) << 2
        << QStringList{u"FixedArg0"_s, u"FixedArg1"_s} << true;
    QTest::newRow("move file (node, env set)")
        << u"move_imported_file.json"_s << u"3 - importar chequeswork"_s << u"movefile.js"_s
        << u"js"_s << u"a96a1b897a12405766b12c2642707c58"_s << qint64(546) << 1 << QStringList()
        << false;
    QTest::newRow("check weather (fixed value kept)")
        << u"task_type-script-check_weather.json"_s << u"check_weather"_s << u"check_weather.sh"_s
        << u"sh"_s << u"d852f17c3bd592e37679066cb236c11e"_s << qint64(491) << 1 << QStringList()
        << true;
    QTest::newRow("send notification (script)")
        << u"task_type-script-send_notification.json"_s << u"Send Notification"_s
        << u"send_notification.sh"_s << u"sh"_s << u"d4cf608ccb628fba5ac2f650d7ca314e"_s
        << qint64(92) << 3 << QStringList() << true;
}

void tst_RecipeImport::importLegacyFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, filename);
    QFETCH(QString, extension);
    QFETCH(QString, md5);
    QFETCH(qint64, size);
    QFETCH(int, argumentCount);
    QFETCH(QStringList, blankFixed);
    QFETCH(bool, missingRunAs);

    const QByteArray bytes = recipeFile(file);
    QVERIFY(!bytes.isEmpty());
    const QJsonObject original = QJsonDocument::fromJson(bytes).object();
    const auto imported = Recipe::parse(bytes);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    QCOMPARE(imported->format, Recipe::Imported::Format::Legacy);
    QCOMPARE(imported->task.name(), name);
    QCOMPARE(imported->script.filename(), filename);
    QCOMPARE(imported->script.extension(), extension);
    QCOMPARE(imported->script.mimeType(), Script::mimeTypeForExtension(extension));
    QVERIFY(imported->script.toJson().contains("mimetype"_L1));
    // The md5 TheEye recorded is the md5 of the content we decoded.
    QCOMPARE(imported->script.md5(), md5);
    QCOMPARE(Script::md5Hex(imported->scriptContent), md5);
    QCOMPARE(imported->scriptContent.size(), size);
    QCOMPARE(imported->script.size(), size);
    QCOMPARE(decodedData(imported->task.embeddedScript()), imported->scriptContent);
    QCOMPARE(imported->task.arguments().size(), argumentCount);
    QCOMPARE(imported->blankFixedArguments, blankFixed);
    QVERIFY(imported->blankEnvironment.isEmpty());
    QCOMPARE(imported->missingRunAs, missingRunAs);
    QCOMPARE(imported->sourceTaskId,
             original.value("task"_L1).toObject().value("source_model_id"_L1).toString());
    QCOMPARE(imported->script.toJson().value("source_model_id"_L1),
             original.value("file"_L1).toObject().value("source_model_id"_L1));
    const QJsonObject json = imported->task.toJson();
    for (const char *key : {"script_id",
                            "script_arguments",
                            "execution_count",
                            "creation_date",
                            "last_update",
                            "template",
                            "template_id"})
        QVERIFY2(!json.contains(QLatin1StringView(key)), key);
    QCOMPARE(json.value("type"_L1), QJsonValue(u"script"_s));
    QVERIFY(!imported->task.canRun()); // at least the bot is missing
}

void tst_RecipeImport::importRefusesTaskTypesWeDoNotRun_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("input (dummy)")
        << u"task_type-input-send_notification.json"_s
        << QStringList{u"Enviar Notificación"_s, u"dummy"_s, u"script tasks only"_s};
    QTest::newRow("notification") << u"task_type-notification-send_notification.json"_s
                                  << QStringList{u"Notification Test"_s,
                                                 u"notification"_s,
                                                 u"script tasks only"_s};
}

void tst_RecipeImport::importRefusesTaskTypesWeDoNotRun()
{
    QFETCH(QString, file);
    QFETCH(QStringList, messageParts);
    const QByteArray bytes = recipeFile(file);
    QVERIFY(!bytes.isEmpty());
    const auto imported = Recipe::parse(bytes);
    QVERIFY(!imported.ok());
    for (const QString &part : messageParts)
        QVERIFY2(imported.error().contains(part), qPrintable(imported.error()));
}

void tst_RecipeImport::importLegacyVariants()
{
    // file.data as a data URL instead of raw base64.
    QJsonObject recipe = QJsonDocument::fromJson(recipeFile(u"HelloWorld_Task.json"_s)).object();
    QJsonObject file = recipe.value("file"_L1).toObject();
    const QByteArray content = QByteArray::fromBase64(file.value("data"_L1).toString().toLatin1());
    file.insert("data"_L1,
                QString(u"data:application/x-sh;base64,"_s + file.value("data"_L1).toString()));
    recipe.insert("file"_L1, file);
    auto imported = Recipe::fromJson(recipe);
    QVERIFY(imported.ok());
    QCOMPARE(imported->scriptContent, content);
    // Re-encoded the way the supervisor expects it.
    QVERIFY(imported->script.toJson().value("data"_L1).toString().startsWith(
        u"data:text/plain;base64,"));

    // Base64 wrapped over lines, as some editors save it.
    QString wrapped = QString::fromLatin1(content.toBase64());
    for (qsizetype at = 76; at < wrapped.size(); at += 77)
        wrapped.insert(at, u'\n');
    file.insert("data"_L1, wrapped);
    recipe.insert("file"_L1, file);
    imported = Recipe::fromJson(recipe);
    QVERIFY(imported.ok());
    QCOMPARE(imported->scriptContent, content);

    // A legacy task whose script is already embedded, with no "file" (the web UI accepts it).
    QJsonObject task = recipe.value("task"_L1).toObject();
    task.insert("script"_L1, file);
    imported = Recipe::fromJson(QJsonObject{{"task"_L1, task}});
    QVERIFY(imported.ok());
    QCOMPARE(imported->scriptContent, content);

    // The md5 and size describe the content, whatever the file claimed.
    file.insert("md5"_L1, u"00000000000000000000000000000000"_s);
    file.insert("size"_L1, 1);
    recipe.insert("file"_L1, file);
    imported = Recipe::fromJson(recipe);
    QVERIFY(imported.ok());
    QCOMPARE(imported->script.md5(), u"b256c12016e48f5d1c9c00c68a7f9028"_s);
    QCOMPARE(imported->script.size(), 704);

    // Env values left blank are reported by name.
    task = recipe.value("task"_L1).toObject();
    task.insert("env"_L1,
                QJsonObject{{"TOKEN"_L1, QString()},
                            {"URL"_L1, u"https://x"_s},
                            {"MISSING"_L1, QJsonValue::Null}});
    recipe.insert("task"_L1, task);
    imported = Recipe::fromJson(recipe);
    QVERIFY(imported.ok());
    QCOMPARE(imported->blankEnvironment, (QStringList{u"MISSING"_s, u"TOKEN"_s}));
}

void tst_RecipeImport::importRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty file") << QByteArray() << u"empty"_s;
    QTest::newRow("not JSON") << QByteArray("name: Hello\ntype: script\n") << u"not valid JSON"_s;
    QTest::newRow("cut short") << legacyWith({}).chopped(5) << u"not valid JSON"_s;
    QTest::newRow("a list") << QByteArray(R"([{"name":"Hello"}])") << u"not a TheEye recipe"_s;
    QTest::newRow("a string") << QByteArray("\"recipe\"") << u"not a TheEye recipe"_s;
    QTest::newRow("an empty object") << QByteArray("{}") << u"neither"_s;
    QTest::newRow("flat without type")
        << QByteArray(R"({"name":"Hello","script":{}})") << u"neither"_s;
    QTest::newRow("task not an object")
        << QByteArray(R"({"task":"Hello","file":{}})") << u"\"task\" must be an object"_s;
    QTest::newRow("file not an object")
        << QByteArray(R"({"task":{"name":"Hello","type":"script"},"file":"aGk="})")
        << u"\"file\" must be an object"_s;
    QTest::newRow("no file, no script")
        << QByteArray(R"({"task":{"name":"Hello","type":"script"}})") << u"no script content"_s;
    QTest::newRow("flat, script by id only") << Json::compact(
        QJsonObject{{"name"_L1, u"Hello"_s}, {"type"_L1, u"script"_s}, {"script"_L1, ScriptId}})
                                             << u"no script content"_s;
    QTest::newRow("empty data") << legacyWith({}, {{"data"_L1, QString()}})
                                << u"no script content"_s;
    QTest::newRow("no data") << legacyWith({}, {{"data"_L1, QJsonValue::Null}})
                             << u"no script content"_s;
    QTest::newRow("data a number") << legacyWith({}, {{"data"_L1, 42}}) << u"must be text"_s;
    QTest::newRow("bad base64") << legacyWith({}, {{"data"_L1, u"not base64 at all!"_s}})
                                << u"not valid base64"_s;
    QTest::newRow("truncated base64")
        << legacyWith({}, {{"data"_L1, u"ZWNobyBoaQo"_s.chopped(2)}}) << u"not valid base64"_s;
    QTest::newRow("bad base64 in data URL")
        << legacyWith({}, {{"data"_L1, u"data:text/plain;base64,@@@@"_s}}) << u"not valid base64"_s;
    QTest::newRow("no filename") << legacyWith({}, {{"filename"_L1, QJsonValue::Null}})
                                 << u"no file name"_s;
    QTest::newRow("blank filename")
        << legacyWith({}, {{"filename"_L1, u"  "_s}}) << u"no file name"_s;
    QTest::newRow("filename a number") << legacyWith({}, {{"filename"_L1, 7}}) << u"no file name"_s;
    QTest::newRow("no name") << legacyWith({{"name"_L1, QJsonValue::Null}}) << u"no name"_s;
    QTest::newRow("blank name") << legacyWith({{"name"_L1, u" "_s}}) << u"no name"_s;
    QTest::newRow("name a number") << legacyWith({{"name"_L1, 5}}) << u"\"name\""_s;
    QTest::newRow("no type") << legacyWith({{"type"_L1, QJsonValue::Null}}) << u"type"_s;
    QTest::newRow("tags a string") << legacyWith({{"tags"_L1, u"a,b"_s}}) << u"\"tags\""_s;
    QTest::newRow("arguments an object")
        << legacyWith({{"task_arguments"_L1, QJsonObject()}}) << u"\"task_arguments\""_s;
    QTest::newRow("argument a string")
        << legacyWith({{"task_arguments"_L1, QJsonArray{u"x"_s}}}) << u"not a JSON object"_s;
    QTest::newRow("argument without type")
        << legacyWith({{"task_arguments"_L1, QJsonArray{QJsonObject{{"order"_L1, 0}}}}})
        << u"no type"_s;
    QTest::newRow("env a list") << legacyWith({{"env"_L1, QJsonArray{u"A=1"_s}}}) << u"\"env\""_s;
    QTest::newRow("timeout a word") << legacyWith({{"timeout"_L1, u"ten"_s}}) << u"\"timeout\""_s;
    QTest::newRow("multitasking as text")
        << legacyWith({{"multitasking"_L1, u"yes"_s}}) << u"\"multitasking\""_s;
    QTest::newRow("approval task")
        << legacyWith({{"type"_L1, u"approval"_s}}) << u"script tasks only"_s;
}

void tst_RecipeImport::importRejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const auto imported = Recipe::parse(bytes);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(messagePart), qPrintable(imported.error()));
    // The base case is valid, so each row fails for its own reason.
    QVERIFY(Recipe::parse(legacyWith({})).ok());
}

QTEST_GUILESS_MAIN(tst_RecipeImport)
#include "tst_recipeimport.moc"
