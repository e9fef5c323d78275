#pragma once

#include "models/taskargument.h"
#include "supervisor/core/serviceerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace TheEye::Supervisor::JobRequest {

// JavaScript truthiness, which decides which member of a request the real supervisor reads.
bool truthy(const QJsonValue &value);

// The argument array of a job creation request (supervisor-api.md §4.1 step 1): the first of
// body.task_arguments, query.task_arguments, the body itself when it is an array, else the whole
// body (or query) as argument 0. Fails with 400 when it is not an array as long as the task's
// non-fixed arguments. An `access_token` never becomes an argument value.
Outcome<QJsonArray> arguments(const QList<TaskArgument> &definitions,
                              const QJsonValue &body,
                              const QJsonObject &query);

struct Options
{
    QString lifecycle = QStringLiteral("ready"); // or onhold, syncing, locked
    std::optional<QJsonArray> assignee;
    bool emptyViewers = false;
    bool waitResult = false;
};

// The optional members of a job creation request (§4.1 step 2, step 10).
Outcome<Options> options(const QJsonValue &body, const QJsonObject &query);

// A member read from the body when it is an object, else from the query.
QJsonValue member(const QJsonValue &body, const QJsonObject &query, QLatin1StringView key);

} // namespace TheEye::Supervisor::JobRequest
