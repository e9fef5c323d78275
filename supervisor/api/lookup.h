#pragma once

#include "supervisor/api/apirequest.h"
#include "supervisor/core/serviceerror.h"
#include "supervisor/store/records.h"

#include <QJsonArray>

namespace TheEye::Supervisor {

struct Services;
struct ScriptEntry;
struct TaskEntry;

// The id resolvers of the real supervisor (supervisor-api.md §3, "res(p)"), scoped to the
// request's organization: a malformed id is 400 "<name> invalid value", an unknown one (or one of
// another organization) 404 "<name> not found", both as {statusCode,message}.
namespace Lookup {

Outcome<const TaskEntry *> task(Services &services, const ApiRequest &request, const QString &id);
Outcome<JobRow> job(Services &services, const ApiRequest &request, const QString &id);
Outcome<const ScriptEntry *> script(Services &services,
                                    const ApiRequest &request,
                                    const QString &id);

// ensureAllowed: 403 {"statusCode":403,"message":"Forbidden"} when the acl does not admit the
// session (admins always pass).
std::optional<ServiceError> allowed(const ApiRequest &request, const QJsonArray &acl);

} // namespace Lookup
} // namespace TheEye::Supervisor
