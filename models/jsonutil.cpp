#include "models/jsonutil.h"

#include "models/modelstr.h"

#include <cmath>

namespace TheEye::Json {
namespace {

// "2026-11-28T15:46:07.247Z", the one form MongoDB and our supervisor write, read by hand:
// QDateTime::fromString() costs several microseconds and dominates reading a list of jobs.
std::optional<QDateTime> utcTimestamp(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T'
        || text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return std::nullopt;
    bool digitsOnly = true;
    const auto number = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text[i].unicode();
            digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!digitsOnly || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QString string(const QJsonObject &object, QLatin1StringView key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback)
{
    return optionalInteger(object, key).value_or(fallback);
}

std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) < 9.0e15)
            return static_cast<qint64>(number);
        return std::nullopt;
    }
    // Form bodies and old documents carry numbers as strings ("600000").
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
        else if (!item.isNull() && !item.isUndefined())
            list.append(toText(item));
    }
    return list;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString referenceId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString id = string(object, QLatin1StringView("id"));
        return id.isEmpty() ? string(object, QLatin1StringView("_id")) : id;
    }
    return {};
}

QDateTime date(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString()) {
        const QString text = value.toString();
        if (const auto timestamp = utcTimestamp(text))
            return *timestamp;
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (value.isDouble()) { // epoch milliseconds, as some exports carry them
        // A number past qint64 (1e300) cannot be converted (undefined behaviour); the bound is the
        // one optionalInteger() uses, about 285,000 years.
        const double milliseconds = value.toDouble();
        if (!std::isfinite(milliseconds) || std::abs(milliseconds) >= 9.0e15)
            return {};
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(milliseconds), Qt::UTC);
    }
    return {};
}

QString isoDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(compact(value));
    }
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return compact(value.toObject());
    case QJsonValue::Array:
        return compact(value.toArray());
    default: {
        // QJsonDocument cannot hold a scalar; wrap it and strip the brackets.
        const QByteArray wrapped = compact(QJsonArray{value});
        return wrapped.mid(1, wrapped.size() - 2);
    }
    }
}

Result<QJsonValue> parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return Result<QJsonValue>::failure(ModelsTr::tr("The document is empty."));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject())
            return QJsonValue(document.object());
        if (document.isArray())
            return QJsonValue(document.array());
    }
    // A bare scalar document ("Unauthorized", 42) is valid JSON that QJsonDocument refuses.
    const QByteArray trimmed = bytes.trimmed();
    const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[" + trimmed + "]"), nullptr);
    if (wrapped.isArray() && wrapped.array().size() == 1 && !trimmed.startsWith('[')
        && !trimmed.startsWith('{'))
        return wrapped.array().first();
    return Result<QJsonValue>::failure(
        ModelsTr::tr("The document is not valid JSON: %1 at byte %2.")
            .arg(error.errorString())
            .arg(error.offset));
}

} // namespace TheEye::Json
