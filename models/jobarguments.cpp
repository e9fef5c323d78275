#include "models/jobarguments.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <algorithm>

namespace TheEye::JobArguments {

using namespace Qt::StringLiterals;

namespace {

int slotCount(const QList<TaskArgument> &definitions)
{
    int count = static_cast<int>(definitions.size());
    for (const TaskArgument &definition : definitions)
        count = std::max(count, definition.order() + 1);
    return count;
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
        if (order < 0 || definition.isFixed())
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
    QJsonArray values;
    for (const TaskArgument &definition : definitions) {
        const int order = definition.order();
        if (order < 0 || order > 10000)
            return Result<QJsonArray>::failure(u"InvalidTaskArguments"_s);
        while (values.size() <= order)
            values.append(QJsonValue::Null);
        if (definition.isFixed()) {
            values[order] = definition.toJson().value("value"_L1);
            continue;
        }
        if (order >= payload.size())
            return Result<QJsonArray>::failure(u"InvalidTaskArguments"_s);
        QJsonValue value = payload.at(order);
        // An element may be a {order, value} object, as the old web client sent them.
        if (value.isObject() && value.toObject().contains("order"_L1)
            && value.toObject().contains("value"_L1))
            value = value.toObject().value("value"_L1);

        if (definition.type() == TaskArgument::Type::File && value.isString()
            && value.toString().startsWith(u"data:")) {
            values[order] = value;
        } else if (argumentsType == u"json") {
            values[order] = Json::toText(value);
        } else if (argumentsType == u"text") {
            if (value.isString())
                values[order] = value;
            else if (value.isUndefined())
                values[order] = u"undefined"_s;
            else
                values[order] = Json::toText(value);
        } else { // legacy: falsy values kept, everything else as text
            const bool falsy = value.isNull() || value.isUndefined()
                               || (value.isBool() && !value.toBool())
                               || (value.isDouble() && value.toDouble() == 0.0)
                               || (value.isString() && value.toString().isEmpty());
            if (falsy)
                values[order] = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
            else
                values[order] = Json::toText(value);
        }
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
            text = url ? ModelsTr::tr("%1 (%2 bytes)")
                             .arg(url->name.isEmpty() ? url->mimeType : url->name)
                             .arg(url->data.size())
                       : value.toString();
        } else {
            text = Json::toText(value);
        }
        described.append({definition, value, text});
    }
    return described;
}

QHash<int, QJsonValue> valuesByOrder(const QList<TaskArgument> &definitions,
                                     const QJsonArray &values)
{
    QHash<int, QJsonValue> byOrder;
    for (const TaskArgument &definition : definitions) {
        const int order = definition.order();
        if (!definition.isFixed() && order >= 0 && order < values.size())
            byOrder.insert(order, values.at(order));
    }
    return byOrder;
}

} // namespace TheEye::JobArguments
