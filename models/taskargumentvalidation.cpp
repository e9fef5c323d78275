// TaskArgument's checks, apart from its JSON accessors: what a definition lacks, and whether a
// run-time value fits it. The rules are the web UI's (web-ui.md §3b), messages translated.
#include "models/taskargument.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace TheEye {
namespace {

using Type = TaskArgument::Type;
using namespace Qt::StringLiterals;

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
