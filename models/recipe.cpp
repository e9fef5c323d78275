#include "models/recipe.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TheEye::Recipe {

using namespace Qt::StringLiterals;

namespace {

QString scriptDataUrl(const QByteArray &content)
{
    return u"data:text/plain;base64,"_s + QString::fromLatin1(content.toBase64());
}

// The names of the task types TheEye has, for the message that says we do not import them.
QString taskTypeDisplayName(const QString &type)
{
    if (type == u"approval")
        return ModelsTr::tr("an approval");
    if (type == u"dummy")
        return ModelsTr::tr("an input (dummy)");
    if (type == u"notification")
        return ModelsTr::tr("a notification");
    if (type == u"scraper")
        return ModelsTr::tr("an outgoing webhook (scraper)");
    if (type == u"nodejs")
        return ModelsTr::tr("a Node.js");
    return ModelsTr::tr("a \"%1\"").arg(type);
}

// A populated reference ({_id, id, …}) becomes its id, as the stored document holds it.
void reduceReference(QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isObject())
        object.insert(key, Json::referenceId(value));
}

} // namespace

QJsonObject serialize(const Task &task, const Script &script, const QByteArray &content, Mode mode)
{
    QJsonObject recipe = task.toJson();
    // Populated extras of a GET response, not part of the stored task.
    for (const auto key : {"hostname"_L1, "script_name"_L1, "schedules"_L1, "_id"_L1})
        recipe.remove(key);
    // Mongoose's toObject() holds references as ids; a GET response holds them populated.
    for (const auto key : {"host"_L1, "customer"_L1, "script"_L1})
        reduceReference(recipe, key);
    // A member named "task" would make the flat file read back as the legacy envelope.
    for (const auto key :
         {"workflow"_L1, "workflow_id"_L1, "execution_count"_L1, "secret"_L1, "task"_L1})
        recipe.remove(key);

    QJsonObject file = script.toJson();
    reduceReference(file, "customer"_L1);
    if (!script.id().isEmpty())
        file.insert("source_model_id"_L1, script.id());
    file.insert("data"_L1, scriptDataUrl(content));

    if (mode == Mode::Shallow) {
        for (const auto key : {"enable"_L1,
                               "creation_date"_L1,
                               "last_update"_L1,
                               "triggers"_L1,
                               "id"_L1,
                               "host"_L1,
                               "host_id"_L1,
                               "acl"_L1,
                               "customer"_L1,
                               "customer_id"_L1,
                               "template"_L1,
                               "template_id"_L1,
                               "fingerprint"_L1,
                               "script_arguments"_L1,
                               "script_id"_L1})
            recipe.remove(key);

        // The supervisor blanks these for script tasks only; we export nothing else, and blanking
        // secrets for every type is the safe side.
        if (recipe.value("env"_L1).isObject()) {
            QJsonObject env = recipe.value("env"_L1).toObject();
            for (auto it = env.begin(); it != env.end(); ++it)
                it.value() = QString();
            recipe.insert("env"_L1, env);
        }
        if (recipe.value("task_arguments"_L1).isArray()) {
            QJsonArray arguments = recipe.value("task_arguments"_L1).toArray();
            for (qsizetype i = 0; i < arguments.size(); ++i) {
                QJsonObject argument = arguments.at(i).toObject();
                if (argument.value("type"_L1).toString() == u"fixed") {
                    argument.insert("value"_L1, QString());
                    arguments[i] = argument;
                }
            }
            recipe.insert("task_arguments"_L1, arguments);
        }

        for (const auto key : {"id"_L1,
                               "_id"_L1,
                               "creation_date"_L1,
                               "last_update"_L1,
                               "template"_L1,
                               "template_id"_L1,
                               "enable"_L1,
                               "keyname"_L1,
                               "customer"_L1,
                               "customer_id"_L1,
                               "customer_name"_L1})
            file.remove(key);
    }
    // Both modes name the exported task, so an import into the same organization can find it.
    if (!task.id().isEmpty())
        recipe.insert("source_model_id"_L1, task.id());
    // The supervisor embeds the file whenever the task has one.
    if (!task.scriptId().isEmpty() || !script.toJson().isEmpty() || !content.isEmpty())
        recipe.insert("script"_L1, file);
    return recipe;
}

QByteArray toFileBytes(const QJsonValue &recipe)
{
    if (recipe.isArray())
        return QJsonDocument(recipe.toArray()).toJson(QJsonDocument::Indented);
    return QJsonDocument(recipe.toObject()).toJson(QJsonDocument::Indented);
}

Result<Imported> parse(const QByteArray &bytes)
{
    const auto json = Json::parse(bytes);
    if (!json)
        return Result<Imported>::failure(json.error());
    return fromJson(*json);
}

Result<Imported> fromJson(const QJsonValue &json)
{
    using R = Result<Imported>;
    if (!json.isObject())
        return R::failure(ModelsTr::tr("This is not a TheEye recipe: the file holds JSON, but not "
                                       "an object with a task."));
    const QJsonObject root = json.toObject();
    Imported imported;
    QJsonObject taskJson;
    const auto notAnObject = [](const char *member) {
        return R::failure(ModelsTr::tr("The recipe member \"%1\" must be an object.")
                              .arg(QString::fromLatin1(member)));
    };
    QJsonValue scriptValue;
    if (root.contains("task"_L1)) {
        if (!root.value("task"_L1).isObject())
            return notAnObject("task");
        imported.format = Imported::Format::Legacy;
        taskJson = root.value("task"_L1).toObject();
        // The web UI accepts a legacy task whose script is already embedded, with no "file".
        scriptValue = root.contains("file"_L1) ? root.value("file"_L1)
                                               : taskJson.value("script"_L1);
        if (root.contains("file"_L1) && !scriptValue.isObject())
            return notAnObject("file");
    } else if (root.contains("name"_L1) && root.contains("type"_L1)) {
        imported.format = Imported::Format::Flat;
        taskJson = root;
        scriptValue = root.value("script"_L1);
    } else {
        return R::failure(ModelsTr::tr("This is not a TheEye recipe: it has neither a \"task\" nor "
                                       "a task's \"name\" and \"type\"."));
    }

    const auto checked = Task::fromJson(taskJson);
    if (!checked)
        return R::failure(checked.error());
    const Task original = *checked;
    if (original.name().trimmed().isEmpty())
        return R::failure(ModelsTr::tr("The recipe's task has no name."));
    // Task::type() defaults to "script" for documents of ours; a recipe must say it.
    if (Json::string(taskJson, "type"_L1).isEmpty())
        return R::failure(
            ModelsTr::tr("The recipe's task \"%1\" does not say its type.").arg(original.name()));
    if (!original.isScriptTask())
        return R::failure(ModelsTr::tr("\"%1\" is %2 task. TheEye Desktop imports script tasks "
                                       "only.")
                              .arg(original.name(), taskTypeDisplayName(original.type())));

    const QJsonObject file = scriptValue.toObject();
    const QJsonValue data = file.value("data"_L1);
    if (file.isEmpty() || data.isUndefined() || data.isNull()
        || (data.isString() && data.toString().isEmpty()))
        return R::failure(
            ModelsTr::tr("The recipe of \"%1\" has no script content.").arg(original.name()));
    if (!data.isString())
        return R::failure(ModelsTr::tr("The script data of \"%1\" must be text (base64 or a data "
                                       "URL).")
                              .arg(original.name()));
    const auto content = decodeScriptData(data.toString());
    if (!content)
        return R::failure(
            ModelsTr::tr("The script of \"%1\" is not valid base64 data.").arg(original.name()));
    const QJsonValue filename = file.value("filename"_L1);
    if (!filename.isString() || filename.toString().trimmed().isEmpty())
        return R::failure(
            ModelsTr::tr("The script of \"%1\" has no file name.").arg(original.name()));

    imported.scriptContent = *content;
    imported.sourceTaskId = Json::string(taskJson, "source_model_id"_L1, original.id());

    QJsonObject scriptJson = file;
    scriptJson.insert("data"_L1, scriptDataUrl(*content));
    for (const auto key : {"id"_L1,
                           "_id"_L1,
                           "keyname"_L1,
                           "customer"_L1,
                           "customer_id"_L1,
                           "customer_name"_L1,
                           "creation_date"_L1,
                           "last_update"_L1})
        scriptJson.remove(key);
    // The md5 and size describe the content we carry, whatever the file said.
    scriptJson.insert("md5"_L1, Script::md5Hex(*content));
    scriptJson.insert("size"_L1, content->size());
    // Old exports lack these; the supervisor's fingerprint of a file includes them.
    const QString extension = Script::extensionOf(filename.toString());
    if (Json::string(scriptJson, "extension"_L1).isEmpty())
        scriptJson.insert("extension"_L1, extension);
    if (Json::string(scriptJson, "mimetype"_L1).isEmpty())
        scriptJson.insert("mimetype"_L1, Script::mimeTypeForExtension(extension));
    imported.script = Script(scriptJson);

    QJsonObject clean = taskJson;
    // "task" is no member of a task but the legacy envelope's name: kept, it would make the flat
    // export of this task read back as a legacy recipe whose "task" is not an object.
    clean.remove("task"_L1);
    for (const auto key : {"id"_L1,          "_id"_L1,           "host"_L1,
                           "host_id"_L1,     "hostname"_L1,      "customer"_L1,
                           "customer_id"_L1, "creation_date"_L1, "last_update"_L1,
                           "secret"_L1,      "fingerprint"_L1,   "execution_count"_L1,
                           "script_id"_L1,   "script_name"_L1,   "script_arguments"_L1,
                           "schedules"_L1,   "user_id"_L1,       "workflow"_L1,
                           "workflow_id"_L1, "template"_L1,      "template_id"_L1})
        clean.remove(key);
    imported.task = Task(clean);
    imported.task.setEmbeddedScript(scriptJson);

    for (const TaskArgument &argument : imported.task.arguments()) {
        if (argument.isFixed() && argument.value().isEmpty())
            imported.blankFixedArguments.append(argument.label());
    }
    const QMap<QString, QString> env = imported.task.env();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isEmpty())
            imported.blankEnvironment.append(it.key());
    }
    imported.missingRunAs = imported.task.scriptRunAs().trimmed().isEmpty();
    return imported;
}

QByteArray argumentsFileBytes(const QList<TaskArgument> &arguments, bool *hadFixed)
{
    QJsonArray array;
    bool fixed = false;
    for (const TaskArgument &argument : arguments) {
        QJsonObject json = argument.toJson();
        if (argument.isFixed()) {
            json.remove("value"_L1);
            fixed = true;
        }
        array.append(json);
    }
    if (hadFixed)
        *hadFixed = fixed;
    return toFileBytes(array);
}

Result<QList<TaskArgument>> parseArguments(const QByteArray &bytes)
{
    using R = Result<QList<TaskArgument>>;
    const auto json = Json::parse(bytes);
    if (!json)
        return R::failure(json.error());
    QJsonArray array;
    if (json->isArray()) {
        array = json->toArray();
    } else if (json->isObject()) {
        const QJsonObject object = json->toObject();
        const QJsonObject task = object.value("task"_L1).isObject()
                                     ? object.value("task"_L1).toObject()
                                     : object;
        if (!task.value("task_arguments"_L1).isArray())
            return R::failure(ModelsTr::tr("The file holds neither a list of arguments nor a task "
                                           "with arguments."));
        array = task.value("task_arguments"_L1).toArray();
    } else {
        return R::failure(ModelsTr::tr("The file holds neither a list of arguments nor a task."));
    }
    QList<TaskArgument> arguments;
    for (const QJsonValue &value : array) {
        const auto argument = TaskArgument::fromJson(value);
        if (!argument)
            return R::failure(argument.error());
        arguments.append(*argument);
    }
    return arguments;
}

} // namespace TheEye::Recipe
