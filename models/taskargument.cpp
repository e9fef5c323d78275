#include "models/taskargument.h"

#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace TheEye {
namespace {

using Type = TaskArgument::Type;
using namespace Qt::StringLiterals;

constexpr std::array typeNames{
    std::pair{Type::Fixed, "fixed"},
    std::pair{Type::Input, "input"},
    std::pair{Type::Textarea, "textarea"},
    std::pair{Type::Boolean, "boolean"},
    std::pair{Type::Json, "json"},
    std::pair{Type::Select, "select"},
    std::pair{Type::RemoteOptions, "remote-options"},
    std::pair{Type::Date, "date"},
    std::pair{Type::Email, "email"},
    std::pair{Type::Regexp, "regexp"},
    std::pair{Type::File, "file"},
};

constexpr std::array charsetNames{
    std::pair{TaskArgument::Charset::Alpha, "alpha"},
    std::pair{TaskArgument::Charset::Numeric, "num"},
    std::pair{TaskArgument::Charset::Alphanumeric, "alnum"},
};

} // namespace

TaskArgument::TaskArgument(const QJsonObject &json)
    : m_json(json)
{}

TaskArgument TaskArgument::create(Type type, int id, int order, const QString &label)
{
    TaskArgument argument;
    argument.m_json = QJsonObject{
        {"id"_L1, id},
        {"order"_L1, order},
        {"type"_L1, typeName(type)},
        {"label"_L1, label},
        {"value"_L1, QString()},
        {"help"_L1, QString()},
        {"readonly"_L1, type == Type::Fixed},
        {"required"_L1, true},
        {"multiple"_L1, false},
        {"masked"_L1, false},
        {"options"_L1, QJsonArray()},
    };
    return argument;
}

Result<TaskArgument> TaskArgument::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Result<TaskArgument>::failure(ModelsTr::tr("A task argument is not a JSON object."));
    const QJsonObject object = json.toObject();
    const QJsonValue type = object.value("type"_L1);
    if (!type.isString())
        return Result<TaskArgument>::failure(ModelsTr::tr("A task argument has no type."));
    // Values are matched to definitions by order, so one that is not a number is unusable.
    if (object.contains("order"_L1) && !Json::optionalInteger(object, "order"_L1))
        return Result<TaskArgument>::failure(
            ModelsTr::tr("The task argument \"%1\" has an order that is not a number.")
                .arg(Json::string(object, "label"_L1)));
    return TaskArgument(object);
}

QString TaskArgument::typeName(Type type)
{
    for (const auto &[value, name] : typeNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

TaskArgument::Type TaskArgument::typeFromName(QStringView name)
{
    for (const auto &[value, text] : typeNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    if (name == u"options") // the name old TheEye documentation uses for select
        return Type::Select;
    return Type::Unknown;
}

QString TaskArgument::typeDisplayName(Type type)
{
    switch (type) {
    case Type::Fixed:
        return ModelsTr::tr("Fixed value", "argument type");
    case Type::Input:
        return ModelsTr::tr("Text input", "argument type");
    case Type::Textarea:
        return ModelsTr::tr("Text", "argument type (multi-line)");
    case Type::Boolean:
        return ModelsTr::tr("Boolean", "argument type");
    case Type::Json:
        return ModelsTr::tr("JSON input", "argument type");
    case Type::Select:
        return ModelsTr::tr("Options selection", "argument type");
    case Type::RemoteOptions:
        return ModelsTr::tr("Remote options", "argument type");
    case Type::Date:
        return ModelsTr::tr("Date and time", "argument type");
    case Type::Email:
        return ModelsTr::tr("Email input", "argument type");
    case Type::Regexp:
        return ModelsTr::tr("Regular expression", "argument type");
    case Type::File:
        return ModelsTr::tr("File", "argument type");
    case Type::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown", "argument type");
}

QList<TaskArgument::Type> TaskArgument::creatableTypes()
{
    return {Type::Fixed,
            Type::Input,
            Type::Textarea,
            Type::Boolean,
            Type::Json,
            Type::Select,
            Type::RemoteOptions,
            Type::Date,
            Type::Email,
            Type::Regexp,
            Type::File};
}

void TaskArgument::set(QLatin1StringView key, const QJsonValue &value)
{
    if (value.isUndefined())
        m_json.remove(key);
    else
        m_json.insert(key, value);
}

int TaskArgument::id() const
{
    return static_cast<int>(Json::integer(m_json, "id"_L1, 0));
}

void TaskArgument::setId(int id)
{
    set("id"_L1, id);
}

int TaskArgument::order() const
{
    return static_cast<int>(Json::integer(m_json, "order"_L1, 0));
}

void TaskArgument::setOrder(int order)
{
    set("order"_L1, order);
}

TaskArgument::Type TaskArgument::type() const
{
    return typeFromName(rawType());
}

QString TaskArgument::rawType() const
{
    return Json::string(m_json, "type"_L1);
}

void TaskArgument::setType(Type type)
{
    set("type"_L1, typeName(type));
    if (type == Type::Fixed)
        set("readonly"_L1, true);
}

QString TaskArgument::label() const
{
    return Json::string(m_json, "label"_L1);
}

void TaskArgument::setLabel(const QString &label)
{
    set("label"_L1, label);
}

QString TaskArgument::value() const
{
    const QJsonValue value = m_json.value("value"_L1);
    if (value.isNull() || value.isUndefined())
        return {};
    return Json::toText(value);
}

void TaskArgument::setValue(const QString &value)
{
    set("value"_L1, value);
}

QString TaskArgument::help() const
{
    return Json::string(m_json, "help"_L1);
}

void TaskArgument::setHelp(const QString &help)
{
    set("help"_L1, help);
}

bool TaskArgument::isRequired() const
{
    return Json::boolean(m_json, "required"_L1, true);
}

void TaskArgument::setRequired(bool required)
{
    set("required"_L1, required);
}

bool TaskArgument::isReadOnly() const
{
    return Json::boolean(m_json, "readonly"_L1, false);
}

void TaskArgument::setReadOnly(bool readOnly)
{
    set("readonly"_L1, readOnly);
}

bool TaskArgument::isMultiple() const
{
    return Json::boolean(m_json, "multiple"_L1, false);
}

void TaskArgument::setMultiple(bool multiple)
{
    set("multiple"_L1, multiple);
}

bool TaskArgument::isMasked() const
{
    return Json::boolean(m_json, "masked"_L1, false);
}

void TaskArgument::setMasked(bool masked)
{
    set("masked"_L1, masked);
}

QList<TaskArgument::Option> TaskArgument::options() const
{
    QList<Option> options;
    const QJsonArray array = m_json.value("options"_L1).toArray();
    options.reserve(array.size());
    int position = 0;
    for (const QJsonValue &item : array) {
        if (item.isObject()) {
            const QJsonObject object = item.toObject();
            Option option;
            const QJsonValue id = object.value("id"_L1);
            // A missing id stays empty, so definitionProblems() can say the option needs one.
            option.id = id.isNull() || id.isUndefined() ? QString() : Json::toText(id);
            option.label = Json::string(object, "label"_L1, option.id);
            option.order = static_cast<int>(Json::integer(object, "order"_L1, position));
            options.append(option);
        } else if (item.isString()) { // a bare list of values
            options.append({item.toString(), item.toString(), position});
        }
        ++position;
    }
    return options;
}

void TaskArgument::setOptions(const QList<Option> &options)
{
    QJsonArray array;
    for (const Option &option : options)
        array.append(QJsonObject{{"id"_L1, option.id},
                                 {"label"_L1, option.label},
                                 {"order"_L1, option.order}});
    set("options"_L1, array);
}

QString TaskArgument::endpointUrl() const
{
    return Json::string(m_json, "endpoint_url"_L1);
}

void TaskArgument::setEndpointUrl(const QString &url)
{
    set("endpoint_url"_L1, url);
}

QString TaskArgument::idAttribute() const
{
    return Json::string(m_json, "id_attribute"_L1);
}

void TaskArgument::setIdAttribute(const QString &attribute)
{
    set("id_attribute"_L1, attribute);
}

QString TaskArgument::textAttribute() const
{
    return Json::string(m_json, "text_attribute"_L1);
}

void TaskArgument::setTextAttribute(const QString &attribute)
{
    set("text_attribute"_L1, attribute);
}

std::optional<int> TaskArgument::charsMin() const
{
    const auto value = Json::optionalInteger(m_json, "charsmin"_L1);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

void TaskArgument::setCharsMin(std::optional<int> min)
{
    set("charsmin"_L1, min ? QJsonValue(*min) : QJsonValue(QJsonValue::Null));
}

std::optional<int> TaskArgument::charsMax() const
{
    const auto value = Json::optionalInteger(m_json, "charsmax"_L1);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

void TaskArgument::setCharsMax(std::optional<int> max)
{
    set("charsmax"_L1, max ? QJsonValue(*max) : QJsonValue(QJsonValue::Null));
}

TaskArgument::Charset TaskArgument::charset() const
{
    const QString name = Json::string(m_json, "charset"_L1);
    for (const auto &[value, text] : charsetNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return Charset::All;
}

void TaskArgument::setCharset(Charset charset)
{
    for (const auto &[value, text] : charsetNames) {
        if (value == charset) {
            set("charset"_L1, QString::fromLatin1(text));
            return;
        }
    }
    set("charset"_L1, QStringLiteral("all"));
}

QString TaskArgument::pattern() const
{
    return Json::string(m_json, "pattern"_L1);
}

void TaskArgument::setPattern(const QString &pattern)
{
    set("pattern"_L1, pattern.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pattern));
}

} // namespace TheEye
