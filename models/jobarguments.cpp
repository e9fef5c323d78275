#include "models/jobarguments.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace TheEye::JobArguments {

using namespace Qt::StringLiterals;

namespace {

// Orders beyond this are refused rather than turned into a huge array of nulls.
constexpr qint64 MaxOrder = 10000;

bool isUsableOrder(int order)
{
    return order >= 0 && order <= MaxOrder;
}

int slotCount(const QList<TaskArgument> &definitions)
{
    int count = static_cast<int>(definitions.size());
    for (const TaskArgument &definition : definitions) {
        if (isUsableOrder(definition.order()))
            count = std::max(count, definition.order() + 1);
    }
    return count;
}

// JavaScript truthiness, which the supervisor's conversions hinge on.
bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number != 0.0 && !std::isnan(number);
    }
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

// searchInputArgumentValueByOrder: the first element whose own truthy `order` member, or else
// whose index, equals the definition's order. nullopt is JavaScript's `undefined` (not found); a
// null element is found.
std::optional<QJsonValue> findByOrder(const QJsonArray &payload, qint64 order)
{
    for (qsizetype index = 0; index < payload.size(); ++index) {
        const QJsonValue element = payload.at(index);
        const QJsonValue ownOrder = element.isObject() ? element.toObject().value("order"_L1)
                                                       : QJsonValue();
        const bool matches = isTruthy(ownOrder)
                                 ? ownOrder.isDouble() && ownOrder.toDouble() == double(order)
                                 : index == order;
        if (matches)
            return element;
    }
    return std::nullopt;
}

bool isDataUrl(const QJsonValue &value)
{
    return value.isString() && DataUrl::decodedSize(value.toString()).has_value();
}

// arguments_type "legacy": falsy values as they are, else `value.value || value` as text.
QJsonValue legacyArgument(const QJsonValue &found)
{
    if (!isTruthy(found))
        return found;
    QJsonValue value = found;
    if (found.isObject() && isTruthy(found.toObject().value("value"_L1)))
        value = found.toObject().value("value"_L1);
    return value.isString() ? value : QJsonValue(Json::toText(value));
}

// arguments_type "json": JSON.stringify(value.value ?? value), so strings arrive quoted.
QJsonValue jsonArgument(const QJsonValue &found)
{
    const QJsonValue value = found.isObject() && found.toObject().contains("value"_L1)
                                 ? found.toObject().value("value"_L1)
                                 : found;
    return QString::fromUtf8(Json::compact(value));
}

// arguments_type "text": strings as they are, null as "null", anything else as JSON. Like the
// supervisor, a non-text `value` member stringifies the whole element.
QJsonValue textArgument(const QJsonValue &found)
{
    if (found.isNull())
        return u"null"_s;
    const QJsonValue value = found.isObject() && found.toObject().contains("value"_L1)
                                 ? found.toObject().value("value"_L1)
                                 : found;
    if (!value.isString())
        return QString::fromUtf8(Json::compact(found));
    return value;
}

} // namespace

QJsonArray build(const QList<TaskArgument> &definitions,
                 const QHash<int, QJsonValue> &valuesByOrder)
{
    QJsonArray payload;
    const int count = slotCount(definitions);
    for (int i = 0; i < count; ++i)
        payload.append(QJsonValue::Null);
    for (const TaskArgument &definition : definitions) {
        const int order = definition.order();
        // A definition the supervisor would refuse anyway gets no slot (resolve() says why).
        if (!isUsableOrder(order) || definition.isFixed())
            continue;
        payload[order] = valuesByOrder.value(order, QJsonValue::Null);
    }
    return payload;
}

QMap<int, QString> validate(const QList<TaskArgument> &definitions,
                            const QHash<int, QJsonValue> &valuesByOrder,
                            const ArgumentLimits &limits)
{
    QMap<int, QString> problems;
    for (const TaskArgument &definition : definitions) {
        if (definition.isFixed())
            continue;
        const QString problem = definition.validate(valuesByOrder.value(definition.order(),
                                                                        QJsonValue::Null),
                                                    limits);
        if (!problem.isEmpty())
            problems.insert(definition.order(), problem);
    }
    return problems;
}

int requiredLength(const QList<TaskArgument> &definitions)
{
    return static_cast<int>(std::count_if(definitions.cbegin(),
                                          definitions.cend(),
                                          [](const TaskArgument &d) { return !d.isFixed(); }));
}

Result<QJsonArray> resolve(const QList<TaskArgument> &definitions,
                           const QJsonArray &payload,
                           const QString &argumentsType)
{
    const auto invalid = [] {
        return Result<QJsonArray>::failure(u"InvalidTaskArguments"_s);
    };
    QJsonArray values;
    for (const TaskArgument &definition : definitions) {
        // A definition without a type or an order is malformed; the supervisor refuses the job.
        const auto order = Json::optionalInteger(definition.toJson(), "order"_L1);
        if (definition.rawType().isEmpty() || !order || *order < 0 || *order > MaxOrder)
            return invalid();
        const auto slot = static_cast<qsizetype>(*order);
        while (values.size() <= slot)
            values.append(QJsonValue::Null);
        if (definition.isFixed()) {
            const QJsonValue value = definition.toJson().value("value"_L1);
            values[slot] = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
            continue;
        }
        const std::optional<QJsonValue> found = findByOrder(payload, *order);
        if (!found)
            return invalid();
        if (definition.type() == TaskArgument::Type::File && isDataUrl(*found))
            values[slot] = *found;
        else if (argumentsType == u"json")
            values[slot] = jsonArgument(*found);
        else if (argumentsType == u"text")
            values[slot] = textArgument(*found);
        else
            values[slot] = legacyArgument(*found);
    }
    return values;
}

QList<DisplayedValue> describe(const QList<TaskArgument> &definitions, const QJsonArray &values)
{
    QList<DisplayedValue> described;
    QList<TaskArgument> sorted = definitions;
    std::stable_sort(sorted.begin(),
                     sorted.end(),
                     [](const TaskArgument &a, const TaskArgument &b) {
                         return a.order() < b.order();
                     });
    for (const TaskArgument &definition : sorted) {
        const int order = definition.order();
        const QJsonValue value = order >= 0 && order < values.size() ? values.at(order)
                                                                     : QJsonValue(QJsonValue::Null);
        QString text;
        if (definition.isMasked()) {
            text = u"••••••"_s;
        } else if (value.isNull() || value.isUndefined()) {
            text = QString();
        } else if (definition.type() == TaskArgument::Type::File && value.isString()) {
            const auto url = DataUrl::parse(value.toString());
            // One arg() call, so a "%2" in the file name stays text.
            text = url ? ModelsTr::tr("%1 (%2)", "file argument: name (size)")
                             .arg(url->name.isEmpty() ? url->mimeType : url->name,
                                  QLocale().formattedDataSize(url->data.size()))
                       : value.toString();
        } else {
            text = Json::toText(value);
        }
        described.append({definition, value, text});
    }
    return described;
}

QHash<int, QJsonValue> valuesByOrder(const QList<TaskArgument> &definitions,
                                     const QJsonArray &values,
                                     const QString &argumentsType)
{
    QHash<int, QJsonValue> byOrder;
    for (const TaskArgument &definition : definitions) {
        const int order = definition.order();
        if (definition.isFixed() || order < 0 || order >= values.size())
            continue;
        QJsonValue value = values.at(order);
        // Stored values are text; undo what resolve() did so the same input goes out again.
        if (argumentsType == u"json" && value.isString()) {
            if (const auto parsed = Json::parse(value.toString().toUtf8()))
                value = *parsed;
        } else if (definition.isMultiple() && value.isString()
                   && (definition.type() == TaskArgument::Type::Select
                       || definition.type() == TaskArgument::Type::RemoteOptions)) {
            if (const auto parsed = Json::parse(value.toString().toUtf8());
                parsed && parsed->isArray())
                value = *parsed;
        }
        byOrder.insert(order, value);
    }
    return byOrder;
}

} // namespace TheEye::JobArguments
