#pragma once

#include "models/result.h"
#include "models/taskargument.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>

namespace TheEye::JobArguments {

// The `task_arguments` array a client sends to create a job: positional by each definition's
// `order`, fixed slots sent as null (the supervisor fills them from the task).
QJsonArray build(const QList<TaskArgument> &definitions,
                 const QHash<int, QJsonValue> &valuesByOrder);

// Every problem with the values a user gave, keyed by argument order; empty when all are valid.
QMap<int, QString> validate(const QList<TaskArgument> &definitions,
                            const QHash<int, QJsonValue> &valuesByOrder,
                            const ArgumentLimits &limits = {});

// The number of values a payload must at least have: the count of non-fixed definitions.
int requiredLength(const QList<TaskArgument> &definitions);

// What the supervisor stores as `task_arguments_values` (supervisor-api.md §4.1 step 6): fixed
// definitions take their stored value, the others the payload value at index `order`, converted
// by `argumentsType` (legacy, json, text). Fails with "InvalidTaskArguments" when a slot is
// missing from the payload.
Result<QJsonArray> resolve(const QList<TaskArgument> &definitions,
                           const QJsonArray &payload,
                           const QString &argumentsType);

// For display: each definition with the value a job got, masked values hidden.
struct DisplayedValue
{
    TaskArgument definition;
    QJsonValue value;
    QString text;
};
QList<DisplayedValue> describe(const QList<TaskArgument> &definitions, const QJsonArray &values);

// The values of a finished job keyed by order, to run it again with the same arguments.
QHash<int, QJsonValue> valuesByOrder(const QList<TaskArgument> &definitions,
                                     const QJsonArray &values);

} // namespace TheEye::JobArguments
