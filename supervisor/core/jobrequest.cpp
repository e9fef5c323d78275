#include "supervisor/core/jobrequest.h"

#include "models/lifecycle.h"

namespace TheEye::Supervisor::JobRequest {

using namespace Qt::StringLiterals;

bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    }
    return false;
}

QJsonValue member(const QJsonValue &body, const QJsonObject &query, QLatin1StringView key)
{
    const QJsonValue fromBody = body.toObject().value(key);
    if (truthy(fromBody))
        return fromBody;
    return query.value(key);
}

Outcome<QJsonArray> arguments(const QList<TaskArgument> &definitions,
                              const QJsonValue &body,
                              const QJsonObject &query)
{
    qsizetype dynamic = 0;
    for (const TaskArgument &definition : definitions) {
        if (!definition.isFixed())
            ++dynamic;
    }

    QJsonValue candidate = body.toObject().value("task_arguments"_L1);
    if (!truthy(candidate))
        candidate = query.value("task_arguments"_L1);
    if (!truthy(candidate)) {
        if (body.isArray()) {
            candidate = body;
        } else {
            QJsonObject whole = body.isObject() ? body.toObject() : query;
            whole.remove("access_token"_L1);
            candidate = QJsonArray{whole};
        }
    }
    if (dynamic == 0)
        return candidate.isArray() ? candidate.toArray() : QJsonArray();
    if (!candidate.isArray() || candidate.toArray().size() < dynamic)
        return Outcome<QJsonArray>::failure(ServiceError::withStatus(
            400,
            u"Invalid Task Arguments. An array of length %1 is required. Optionals must be null"_s
                .arg(dynamic)));
    return candidate.toArray();
}

Outcome<Options> options(const QJsonValue &body, const QJsonObject &query)
{
    Options options;
    const QJsonValue lifecycle = member(body, query, "lifecycle"_L1);
    if (truthy(lifecycle)) {
        const QString name = lifecycle.isString() ? lifecycle.toString() : QString();
        if (lifecycleFromName(name) == Lifecycle::Unknown)
            return Outcome<Options>::failure(
                ServiceError::withStatus(400,
                                         u"Invalid lifecycle %1"_s.arg(
                                             lifecycle.isString()
                                                 ? name
                                                 : lifecycle.toVariant().toString())));
        // Only the waiting lifecycles can be asked for; anything else starts ready.
        if (name == u"onhold" || name == u"syncing" || name == u"locked")
            options.lifecycle = name;
    }
    const QJsonValue assignee = member(body, query, "assignee"_L1);
    if (!assignee.isUndefined() && !assignee.isNull()) {
        QJsonArray list = assignee.isString() ? QJsonArray{assignee} : assignee.toArray();
        bool valid = !list.isEmpty();
        for (const QJsonValue &item : list)
            valid = valid && item.isString() && !item.toString().isEmpty();
        if (!valid)
            return Outcome<Options>::failure(ServiceError::withStatus(
                400, u"Invalid assignee. A non-empty array of users is required"_s));
        options.assignee = list;
    }
    const QJsonValue emptyViewers = member(body, query, "empty_viewers"_L1);
    options.emptyViewers = emptyViewers.isBool() ? emptyViewers.toBool()
                                                 : emptyViewers.toString() == u"true";
    const QJsonValue wait = member(body, query, "wait_result"_L1);
    options.waitResult = wait.isBool() ? wait.toBool() : wait.toString() == u"true";
    return options;
}

} // namespace TheEye::Supervisor::JobRequest
