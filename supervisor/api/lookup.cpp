#include "supervisor/api/lookup.h"

#include "supervisor/core/acl.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/services.h"
#include "supervisor/core/taskservice.h"

namespace TheEye::Supervisor::Lookup {

using namespace Qt::StringLiterals;

namespace {

ServiceError invalidId(const QString &name)
{
    return ServiceError::withStatus(400, name + u" invalid value"_s);
}

ServiceError notFound(const QString &name)
{
    return ServiceError::withStatus(404, name + u" not found"_s);
}

} // namespace

Outcome<const TaskEntry *> task(Services &services, const ApiRequest &request, const QString &id)
{
    if (!ObjectId::isValid(id))
        return Outcome<const TaskEntry *>::failure(invalidId(u"task"_s));
    const TaskEntry *task = services.tasks.find(request.organization->id, id.toLower());
    if (!task)
        return Outcome<const TaskEntry *>::failure(notFound(u"task"_s));
    return task;
}

Outcome<JobRow> job(Services &services, const ApiRequest &request, const QString &id)
{
    if (!ObjectId::isValid(id))
        return Outcome<JobRow>::failure(invalidId(u"job"_s));
    auto job = services.jobs.find(request.organization->id, id.toLower());
    if (!job)
        return Outcome<JobRow>::failure(notFound(u"job"_s));
    return *job;
}

Outcome<const ScriptEntry *> script(Services &services,
                                    const ApiRequest &request,
                                    const QString &id)
{
    if (!ObjectId::isValid(id))
        return Outcome<const ScriptEntry *>::failure(invalidId(u"script"_s));
    const ScriptEntry *script = services.scripts.find(request.organization->id, id.toLower());
    if (!script)
        return Outcome<const ScriptEntry *>::failure(notFound(u"script"_s));
    return script;
}

std::optional<ServiceError> allowed(const ApiRequest &request, const QJsonArray &acl)
{
    if (request.session && Acl::allows(*request.session, acl))
        return std::nullopt;
    return ServiceError::withStatus(403, u"Forbidden"_s);
}

} // namespace TheEye::Supervisor::Lookup
