// Target "recipe": recipe import of both formats (the flat current one and the legacy {task, file}
// one), the arguments file, and the export of what was imported. The input is a file's bytes.
#include "fuzzcheck.h"
#include "targets.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/recipe.h"

#include <QJsonArray>

namespace TheEye::Fuzz {

using namespace Qt::StringLiterals;

namespace {

QString shown(const QJsonValue &value)
{
    return excerpt(Json::toText(value), 1000);
}

QString shownBytes(const QByteArray &bytes)
{
    return excerpt(QString::fromUtf8(bytes), 1000);
}

void checkImportedShape(const Recipe::Imported &imported)
{
    const Task &task = imported.task;
    const QJsonObject json = task.toJson();
    FUZZ_REQUIRE(task.isScriptTask(), shown(json));
    FUZZ_REQUIRE(!task.name().trimmed().isEmpty(), shown(json));
    const auto reread = Task::fromJson(json);
    FUZZ_REQUIRE(reread.ok(), reread.ok() ? QString() : reread.error());
    // Ready for POST /task: nothing that names the source organization's objects.
    for (const auto key : {"id"_L1,
                           "_id"_L1,
                           "host"_L1,
                           "host_id"_L1,
                           "customer"_L1,
                           "customer_id"_L1,
                           "secret"_L1,
                           "script_id"_L1})
        FUZZ_REQUIRE(!json.contains(key), QString(key) + u" in "_s + shown(json));

    // The script travels inline, and says what it carries.
    const QJsonObject embedded = task.embeddedScript();
    FUZZ_REQUIRE(!embedded.isEmpty(), shown(json));
    const auto content = decodeScriptData(embedded.value("data"_L1).toString());
    FUZZ_REQUIRE(content && *content == imported.scriptContent, shown(embedded));
    FUZZ_REQUIRE(imported.script.md5() == Script::md5Hex(imported.scriptContent),
                 shown(imported.script.toJson()));
    FUZZ_REQUIRE(imported.script.size() == imported.scriptContent.size(),
                 shown(imported.script.toJson()));
    FUZZ_REQUIRE(!imported.script.filename().trimmed().isEmpty(), shown(imported.script.toJson()));

    // What the import dialog lists as still to fill.
    QStringList blankFixed;
    for (const TaskArgument &argument : task.arguments()) {
        if (argument.isFixed() && argument.value().isEmpty())
            blankFixed.append(argument.label());
    }
    FUZZ_REQUIRE(blankFixed == imported.blankFixedArguments, shown(json));
    FUZZ_REQUIRE(imported.missingRunAs == task.scriptRunAs().trimmed().isEmpty(), shown(json));
    for (const QString &key : imported.blankEnvironment)
        FUZZ_REQUIRE(task.env().value(key).isEmpty(), key);
}

// Exporting what was imported and importing the export gives the same task and script, and a
// second export is the same bytes (recipe folders diff cleanly).
void checkExportRoundTrip(const Recipe::Imported &imported, Recipe::Mode mode)
{
    const char *modeName = mode == Recipe::Mode::Deep ? "deep" : "shallow";
    const QByteArray exported = Recipe::toFileBytes(
        Recipe::serialize(imported.task, imported.script, imported.scriptContent, mode));
    const auto again = Recipe::parse(exported);
    FUZZ_REQUIRE(again.ok(),
                 QString::fromLatin1(modeName) + u" export does not import: "_s
                     + (again.ok() ? QString() : again.error()) + u"\n  "_s + shownBytes(exported));
    FUZZ_REQUIRE(again->format == Recipe::Imported::Format::Flat, shownBytes(exported));
    FUZZ_REQUIRE(again->scriptContent == imported.scriptContent, shownBytes(exported));
    FUZZ_REQUIRE(again->task.name() == imported.task.name(), shownBytes(exported));
    FUZZ_REQUIRE(again->script.filename() == imported.script.filename(), shownBytes(exported));
    if (mode == Recipe::Mode::Deep) {
        FUZZ_REQUIRE(again->task == imported.task,
                     u"imported: "_s + shown(imported.task.toJson()) + u"\n  re-imported: "_s
                         + shown(again->task.toJson()));
        FUZZ_REQUIRE(again->script == imported.script,
                     u"imported: "_s + shown(imported.script.toJson()) + u"\n  re-imported: "_s
                         + shown(again->script.toJson()));
    }
    const QByteArray exportedAgain = Recipe::toFileBytes(
        Recipe::serialize(again->task, again->script, again->scriptContent, mode));
    FUZZ_REQUIRE(exportedAgain == exported,
                 QString::fromLatin1(modeName) + u": "_s + shownBytes(exported) + u"\n  then: "_s
                     + shownBytes(exportedAgain));
}

void checkArgumentsFile(const QList<TaskArgument> &arguments)
{
    for (const TaskArgument &argument : arguments)
        FUZZ_REQUIRE(argument.toJson().value("type"_L1).isString(), shown(argument.toJson()));
    bool hadFixed = false;
    const QByteArray bytes = Recipe::argumentsFileBytes(arguments, &hadFixed);
    const bool anyFixed = std::any_of(arguments.cbegin(),
                                      arguments.cend(),
                                      [](const TaskArgument &a) { return a.isFixed(); });
    FUZZ_REQUIRE(hadFixed == anyFixed, shownBytes(bytes));
    const auto again = Recipe::parseArguments(bytes);
    FUZZ_REQUIRE(again.ok() && again->size() == arguments.size(), shownBytes(bytes));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QJsonObject expected = arguments.at(i).toJson();
        if (arguments.at(i).isFixed())
            expected.remove("value"_L1); // fixed values never leave in an arguments file
        FUZZ_REQUIRE(again->at(i).toJson() == expected, shown(expected));
    }
}

} // namespace

void fuzzRecipe(QByteArrayView input)
{
    const QByteArray bytes = input.toByteArray();
    const auto imported = Recipe::parse(bytes);
    const auto arguments = Recipe::parseArguments(bytes);
    if (arguments)
        checkArgumentsFile(*arguments);
    else
        FUZZ_REQUIRE(!arguments.error().isEmpty(), shownBytes(bytes));
    if (!imported) {
        FUZZ_REQUIRE(!imported.error().isEmpty(), shownBytes(bytes));
        return;
    }
    // "Import arguments" accepts any recipe whose task has an argument list.
    const QJsonObject root = Json::parse(bytes)->toObject();
    const QJsonObject taskJson = imported->format == Recipe::Imported::Format::Legacy
                                     ? root.value("task"_L1).toObject()
                                     : root;
    if (taskJson.value("task_arguments"_L1).isArray()) {
        FUZZ_REQUIRE(arguments.ok()
                         && arguments->size()
                                == taskJson.value("task_arguments"_L1).toArray().size(),
                     shownBytes(bytes));
    }
    checkImportedShape(*imported);
    checkExportRoundTrip(*imported, Recipe::Mode::Deep);
    checkExportRoundTrip(*imported, Recipe::Mode::Shallow);
}

} // namespace TheEye::Fuzz
