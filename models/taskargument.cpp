#include "models/taskargument.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

bool isBlank(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString())
        return value.toString().isEmpty();
    if (value.isArray())
        return value.toArray().isEmpty();
    return false;
}

bool isEmailAddress(const QString &text)
{
    // The same practical rule as validator.js isEmail: local@domain.tld, no spaces.
    static const QRegularExpression email(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        u"(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"_s);
    return email.match(text).hasMatch();
}

bool isDateTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
           || QDateTime::fromString(text, Qt::ISODate).isValid()
           || QDate::fromString(text, Qt::ISODate).isValid();
}

QString formatBytes(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

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

QStringList TaskArgument::definitionProblems() const
{
    QStringList problems;
    if (label().trimmed().isEmpty())
        problems.append(ModelsTr::tr("The argument needs a label."));
    switch (type()) {
    case Type::Fixed:
        if (value().isEmpty())
            problems.append(ModelsTr::tr("The fixed argument \"%1\" needs a value.").arg(label()));
        break;
    case Type::Input: {
        if (!pattern().isEmpty()) {
            const QRegularExpression regex(pattern());
            if (!regex.isValid())
                problems.append(
                    ModelsTr::tr("The pattern does not compile: %1.").arg(regex.errorString()));
        }
        const auto min = charsMin();
        const auto max = charsMax();
        if ((min && *min < 0) || (max && *max < 0))
            problems.append(ModelsTr::tr("Minimum and maximum length cannot be negative."));
        if (min && max && *min > *max)
            problems.append(ModelsTr::tr("The minimum length is greater than the maximum."));
        break;
    }
    case Type::Select:
        if (options().isEmpty())
            problems.append(
                ModelsTr::tr("The selection \"%1\" needs at least one option.").arg(label()));
        for (const Option &option : options()) {
            if (option.id.isEmpty()) {
                problems.append(ModelsTr::tr("Every option needs a value."));
                break;
            }
        }
        break;
    case Type::RemoteOptions:
        if (endpointUrl().trimmed().isEmpty())
            problems.append(ModelsTr::tr("Remote options need an endpoint URL."));
        if (idAttribute().trimmed().isEmpty() || textAttribute().trimmed().isEmpty())
            problems.append(
                ModelsTr::tr("Remote options need a value attribute and a text attribute."));
        break;
    case Type::Unknown:
        problems.append(ModelsTr::tr("The argument type \"%1\" is not supported.").arg(rawType()));
        break;
    default:
        break;
    }
    return problems;
}

QString TaskArgument::validate(const QJsonValue &value, const ArgumentLimits &limits) const
{
    const QString name = label().isEmpty() ? ModelsTr::tr("Argument %1").arg(order()) : label();
    const Type kind = type();
    if (kind == Type::Fixed)
        return {};
    if (kind == Type::Boolean) {
        if (value.isBool() || value.isNull() || value.isUndefined())
            return {};
        const QString text = value.toString();
        if (value.isString() && (text == u"true" || text == u"false"))
            return {};
        return ModelsTr::tr("%1 must be true or false.").arg(name);
    }
    if (isBlank(value)) {
        if (!isRequired())
            return {};
        if (kind == Type::Select || kind == Type::RemoteOptions)
            return ModelsTr::tr("Select a value for %1.").arg(name);
        return ModelsTr::tr("%1 is required.").arg(name);
    }

    switch (kind) {
    case Type::Input: {
        if (!value.isString())
            return ModelsTr::tr("%1 must be text.").arg(name);
        const QString text = value.toString();
        switch (charset()) {
        case Charset::Alpha:
            if (!QRegularExpression(u"^[A-Za-z]+$"_s).match(text).hasMatch())
                return ModelsTr::tr("%1 accepts letters only.").arg(name);
            break;
        case Charset::Numeric:
            if (!QRegularExpression(u"^[0-9]+$"_s).match(text).hasMatch())
                return ModelsTr::tr("%1 accepts digits only.").arg(name);
            break;
        case Charset::Alphanumeric:
            if (!QRegularExpression(u"^[A-Za-z0-9]+$"_s).match(text).hasMatch())
                return ModelsTr::tr("%1 accepts letters and digits only.").arg(name);
            break;
        case Charset::All:
            break;
        }
        if (const auto min = charsMin(); min && text.size() < *min)
            return ModelsTr::tr("%1 must be at least %n character(s) long.", nullptr, *min)
                .arg(name);
        if (const auto max = charsMax(); max && *max > 0 && text.size() > *max)
            return ModelsTr::tr("%1 must be at most %n character(s) long.", nullptr, *max)
                .arg(name);
        if (!pattern().isEmpty()) {
            // TheEye tests `new RegExp(pattern).test(value)`: a search, not a full match.
            const QRegularExpression regex(pattern());
            if (regex.isValid() && !regex.match(text).hasMatch())
                return ModelsTr::tr("%1 is not correctly formatted (it must match %2).")
                    .arg(name, pattern());
        }
        return {};
    }
    case Type::Textarea:
        return value.isString() ? QString() : ModelsTr::tr("%1 must be text.").arg(name);
    case Type::Json: {
        if (value.isObject() || value.isArray())
            return {};
        if (!value.isString())
            return ModelsTr::tr("%1 must be a JSON document.").arg(name);
        const auto parsed = Json::parse(value.toString().toUtf8());
        if (!parsed)
            return ModelsTr::tr("%1 is not valid JSON: %2").arg(name, parsed.error());
        return {};
    }
    case Type::Select: {
        const QList<Option> choices = options();
        const auto isOption = [&choices](const QString &id) {
            return std::any_of(choices.cbegin(), choices.cend(), [&id](const Option &option) {
                return option.id == id;
            });
        };
        if (value.isArray()) {
            if (!isMultiple())
                return ModelsTr::tr("%1 accepts a single option.").arg(name);
            for (const QJsonValue &item : value.toArray()) {
                if (!isOption(Json::toText(item)))
                    return ModelsTr::tr("\"%1\" is not an option of %2.")
                        .arg(Json::toText(item), name);
            }
            return {};
        }
        if (!isOption(Json::toText(value)))
            return ModelsTr::tr("\"%1\" is not an option of %2.").arg(Json::toText(value), name);
        return {};
    }
    case Type::RemoteOptions:
        if (value.isArray() && !isMultiple())
            return ModelsTr::tr("%1 accepts a single option.").arg(name);
        return {};
    case Type::Date:
        if (!value.isString() || !isDateTime(value.toString()))
            return ModelsTr::tr("%1 must be a date and time.").arg(name);
        return {};
    case Type::Email:
        if (!value.isString() || !isEmailAddress(value.toString()))
            return ModelsTr::tr("%1 must be a valid email address.").arg(name);
        return {};
    case Type::Regexp: {
        if (!value.isString())
            return ModelsTr::tr("%1 must be a regular expression.").arg(name);
        const QRegularExpression regex(value.toString());
        if (!regex.isValid())
            return ModelsTr::tr("%1 is not a valid regular expression: %2.")
                .arg(name, regex.errorString());
        return {};
    }
    case Type::File: {
        if (!value.isString())
            return ModelsTr::tr("%1 must be a file.").arg(name);
        const auto size = DataUrl::decodedSize(value.toString());
        if (!size || !DataUrl::parse(value.toString()))
            return ModelsTr::tr("%1 must be a file sent as a data URL.").arg(name);
        if (*size > limits.maxFileBytes)
            return ModelsTr::tr("%1 is %2; files may be at most %3.")
                .arg(name, formatBytes(*size), formatBytes(limits.maxFileBytes));
        return {};
    }
    case Type::Unknown:
        return ModelsTr::tr("%1 has the unsupported type \"%2\".").arg(name, rawType());
    case Type::Fixed:
    case Type::Boolean:
        break;
    }
    return {};
}

} // namespace TheEye
