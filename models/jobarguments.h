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
// definitions take their stored value; the others take the first payload element whose own
// truthy `order` member, or else whose index, equals the definition's order, converted by
// `argumentsType` ("legacy" keeps falsy values and turns the rest into text, "json" stores JSON
// text, "text" keeps strings and writes the rest as JSON); a data URL for a file argument is kept
// as it is. Placed at index `order`, gaps null. Fails with "InvalidTaskArguments" (the supervisor's
// own, untranslated log text) when a value is missing or a definition has no type or order.
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

// The values of a finished job keyed by order, to run it again with the same arguments: the
// stored text turned back into what build() takes (a multiple selection's JSON text into a list;
// under the "json" arguments type, every value's JSON text into the value).
QHash<int, QJsonValue> valuesByOrder(const QList<TaskArgument> &definitions,
                                     const QJsonArray &values,
                                     const QString &argumentsType = QStringLiteral("legacy"));

} // namespace TheEye::JobArguments
