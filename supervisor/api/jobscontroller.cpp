#include "supervisor/api/jobscontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/lookup.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/jobviews.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/secrets.h"
#include "supervisor/core/services.h"
#include "supervisor/core/taskservice.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

QStringList jobPaths(const QString &suffix = {})
{
    const QString tail = suffix.isEmpty() ? QString() : u"/"_s + suffix;
    return {u"/job/:job"_s + tail, u"/:customer/job/:job"_s + tail};
}

// `/job/<id>/result?<the request's query>&counter=0&limit=<limit|10>&timeout=<timeout|10>`, the
// secret variant under `/job/<id>/secret/<job secret>/result` (supervisor-api.md §4.1 step 10).
QByteArray resultLocation(const ApiRequest &request, const JobRow &job, bool bySecret)
{
    QUrlQuery original(QString::fromUtf8(request.http.rawQuery));
    QUrlQuery query;
    QString limit = u"10"_s;
    QString timeout = u"10"_s;
    for (const auto &[key, value] : original.queryItems(QUrl::FullyEncoded)) {
        if (key == u"limit")
            limit = value;
        else if (key == u"timeout")
            timeout = value;
        else if (key != u"counter")
            query.addQueryItem(key, value);
    }
    query.addQueryItem(u"counter"_s, u"0"_s);
    query.addQueryItem(u"limit"_s, limit);
    query.addQueryItem(u"timeout"_s, timeout);
    QString path = u"/job/"_s + job.id;
    if (bySecret)
        path += u"/secret/"_s + Json::string(job.document, "secret"_L1);
    return (path + u"/result?"_s + query.toString(QUrl::FullyEncoded)).toUtf8();
}

// The task a job request names in its body or query (`task`, an id or {id|_id}).
QString taskIdOf(const ApiRequest &request)
{
    return Json::referenceId(request.member("task"_L1));
}

bool secretMatches(const QString &given, const QString &expected)
{
    // The length of a secret is not secret; its content is compared in constant time.
    return given.size() == 64 && Secrets::constantTimeEquals(given, expected);
}

} // namespace

JobsController::JobsController(Services &services)
    : m_services(services)
{}

void JobsController::registerRoutes(ApiRoutes &routes)
{
    registerCreation(routes);
    registerQueries(routes);
    registerChanges(routes);
}

Response JobsController::create(const ApiRequest &request,
                                const Organization &organization,
                                const TaskEntry &task,
                                const JobOrigin &origin)
{
    const auto created = m_services.jobs.create(organization,
                                                task,
                                                request.body,
                                                request.query,
                                                origin);
    if (!created)
        return ApiResponses::error(created.error());
    const JobRow &job = created->job;
    QJsonObject hostReference;
    if (const Host *host = m_services.directory.host(organization.id, job.hostId))
        hostReference = Directory::hostReference(*host);
    const QJsonObject body = JobViews::created(job.document,
                                               hostReference,
                                               JobFactory::userJson(origin.user));
    Response response = Response::json(created->waitResult ? 303 : 200, body);
    if (created->waitResult)
        response.withHeader("Location", resultLocation(request, job, origin.name == u"secret"));
    return response;
}

void JobsController::registerCreation(ApiRoutes &routes)
{
    Services &s = m_services;
    const auto userOrigin = [](const ApiRequest &request) {
        JobOrigin origin;
        origin.user = request.session->principal;
        return origin;
    };
    const auto byTaskPath = [this, &s, userOrigin](ApiRequest &request) {
        const auto task = Lookup::task(s, request, request.param(u"task"_s));
        if (!task)
            return ApiResponses::error(task.error());
        if (const auto denied = Lookup::allowed(request,
                                                (*task)->document.value("acl"_L1).toArray()))
            return ApiResponses::error(*denied);
        return create(request, *request.organization, **task, userOrigin(request));
    };
    routes.add("POST",
               {u"/task/:task/job"_s},
               Access::session(Role::User),
               SyncApiHandler(byTaskPath));
    routes.add("POST",
               {u"/:customer/task/:task/job"_s},
               Access::param(Role::User),
               SyncApiHandler(byTaskPath));

    // No token: the task's secret is the credential, and the task decides the organization.
    routes.add("POST",
               {u"/task/:task/secret/:secret/job"_s, u"/:customer/task/:task/secret/:secret/job"_s},
               Access::open(),
               SyncApiHandler([this, &s](ApiRequest &request) {
                   const QString id = request.param(u"task"_s);
                   if (!ObjectId::isValid(id))
                       return ApiResponses::text(400, u"task id is invalid"_s);
                   const TaskEntry *task = s.tasks.findAny(id.toLower());
                   if (!task)
                       return ApiResponses::text(404, u"task not found"_s);
                   if (!secretMatches(request.param(u"secret"_s), task->secret))
                       return ApiResponses::text(403, u"invalid secret"_s);
                   const Organization *organization = s.directory.organization(
                       task->organizationId);
                   if (!organization)
                       return ApiResponses::text(404, u"organization not found"_s);
                   JobOrigin origin;
                   origin.name = u"secret"_s;
                   return create(request, *organization, *task, origin);
               }));

    routes.add("POST",
               {u"/job"_s, u"/:customer/job"_s},
               Access::session(Role::User),
               SyncApiHandler([this, &s, userOrigin](ApiRequest &request) {
                   const QString id = taskIdOf(request);
                   if (id.isEmpty())
                       return ApiResponses::text(400, u"task is required"_s);
                   const auto task = Lookup::task(s, request, id);
                   if (!task)
                       return ApiResponses::error(task.error());
                   if (const auto denied = Lookup::allowed(
                           request, (*task)->document.value("acl"_L1).toArray()))
                       return ApiResponses::error(*denied);
                   return create(request, *request.organization, **task, userOrigin(request));
               }));

    // B mode: the organization is named in the body or the query, the task must be in it.
    routes.add("POST",
               {u"/job/secret/:secret"_s},
               Access::open(),
               SyncApiHandler([this, &s](ApiRequest &request) {
                   const QJsonValue customer = request.member("customer"_L1);
                   if (!customer.isString() || customer.toString().isEmpty())
                       return ApiResponses::text(403, u"organization is required"_s);
                   const Organization *organization = s.directory.organizationByName(
                       customer.toString());
                   if (!organization)
                       return ApiResponses::text(404, u"organization not found"_s);
                   request.organization = organization;
                   const QString id = taskIdOf(request);
                   if (id.isEmpty())
                       return ApiResponses::text(400, u"task is required"_s);
                   const auto task = Lookup::task(s, request, id);
                   if (!task)
                       return ApiResponses::error(task.error());
                   if (!secretMatches(request.param(u"secret"_s), (*task)->secret))
                       return ApiResponses::text(403, u"invalid secret"_s);
                   JobOrigin origin;
                   origin.name = u"secret"_s;
                   return create(request, *organization, **task, origin);
               }));

    routes.add("DELETE",
               {u"/task/:task/job"_s, u"/:customer/task/:task/job"_s},
               Access::param(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto task = Lookup::task(s, request, request.param(u"task"_s));
                   if (!task)
                       return ApiResponses::error(task.error());
                   // Only the array form adds lifecycles (`lifecycle[]=ready`); a scalar is
                   // ignored, as on the real supervisor.
                   QStringList extra;
                   for (const QJsonValue &value : request.query.value("lifecycle"_L1).toArray())
                       extra.append(value.toString());
                   const auto deleted = s.jobs.deleteByTask((*task)->id, extra);
                   if (!deleted)
                       return ApiResponses::error(deleted.error());
                   return Response::json(200, QJsonObject{{"deletedCount"_L1, *deleted}});
               }));
}

void JobsController::registerQueries(ApiRoutes &routes)
{
    Services &s = m_services;
    Access runningAccess = Access::session(Role::Viewer);
    runningAccess.roleBeforeOrganization = true;
    routes.add("GET",
               {u"/job/running"_s, u"/:customer/job/running"_s},
               runningAccess,
               SyncApiHandler([&s](ApiRequest &request) {
                   JobService::ListQuery query;
                   query.organizationId = request.organization->id;
                   query.lifecycles = {u"started"_s,
                                       u"ready"_s,
                                       u"assigned"_s,
                                       u"onhold"_s,
                                       u"syncing"_s,
                                       u"locked"_s};
                   query.session = &*request.session;
                   QJsonArray list;
                   for (const JobRow &job : s.jobs.list(query))
                       list.append(JobViews::published(job.document));
                   return Response::json(200, list);
               }));

    routes.add("GET",
               {u"/job"_s, u"/:customer/job"_s},
               Access::param(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   // An agent's poll (supervisor-api.md §4.4): at most one job, now assigned.
                   if (request.session->role == Role::Agent
                       && request.query.contains("hostname"_L1)) {
                       const Host *host = s.directory.hostByName(request.organization->id,
                                                                 Json::toText(request.query.value(
                                                                     "hostname"_L1)));
                       if (!host)
                           return ApiResponses::status(400, u"host is required"_s);
                       QJsonArray jobs;
                       if (auto job = s.jobs.assignToAgent(request.organization->id, host->id)) {
                           job->document.remove("customer"_L1);
                           jobs.append(job->document);
                       }
                       QJsonObject answer{{"jobs"_L1, jobs}};
                       // Our extension (decisions.md): jobs of this agent canceled since its
                       // last poll, which it should stop; TheEye's agent ignores the key.
                       if (const QStringList canceled = s.jobs.takeCanceledForAgent(host->id);
                           !canceled.isEmpty())
                           answer.insert("canceled"_L1, QJsonArray::fromStringList(canceled));
                       return Response::json(200, answer);
                   }
                   const QJsonObject where = request.query.value("where"_L1).toObject();
                   const auto pick = [&](QLatin1StringView key) {
                       const QJsonValue direct = request.query.value(key);
                       return direct.isUndefined() ? where.value(key) : direct;
                   };
                   JobService::ListQuery query;
                   query.organizationId = request.organization->id;
                   query.taskId = pick("task_id"_L1).toString();
                   query.hostId = pick("host_id"_L1).toString();
                   const QJsonValue lifecycle = pick("lifecycle"_L1);
                   if (lifecycle.isString())
                       query.lifecycles = {lifecycle.toString()};
                   for (const QJsonValue &value : lifecycle.toArray())
                       query.lifecycles.append(value.toString());
                   const QJsonObject sort = request.query.value("sort"_L1).toObject();
                   for (const QJsonValue &direction : sort)
                       query.newestFirst = direction.toString() == u"-1";
                   query.limit = request.query.value("limit"_L1).toString().toLongLong();
                   query.skip = request.query.value("skip"_L1).toString().toLongLong();
                   query.limit = std::max<qint64>(query.limit, 0);
                   query.skip = std::max<qint64>(query.skip, 0);
                   query.session = &*request.session;
                   QJsonArray list;
                   for (const JobRow &job : s.jobs.list(query))
                       list.append(JobViews::listItem(job.document));
                   return Response::json(200, list);
               }));

    routes.add("GET",
               jobPaths(),
               Access::param(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto job = Lookup::job(s, request, request.param(u"job"_s));
                   if (!job)
                       return ApiResponses::error(job.error());
                   if (const auto denied = Lookup::allowed(request,
                                                           job->document.value("acl"_L1).toArray()))
                       return ApiResponses::error(*denied);
                   return Response::json(200, job->document);
               }));

    routes.add("GET",
               jobPaths(u"lifecycle"_s),
               Access::param(Role::User),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto job = Lookup::job(s, request, request.param(u"job"_s));
                   if (!job)
                       return ApiResponses::error(job.error());
                   if (const auto denied = Lookup::allowed(request,
                                                           job->document.value("acl"_L1).toArray()))
                       return ApiResponses::error(*denied);
                   return Response::json(200, job->lifecycle);
               }));
}

void JobsController::registerChanges(ApiRoutes &routes)
{
    Services &s = m_services;
    // Looks the job up and applies its acl before `change` runs.
    const auto guarded = [&s](auto change) {
        return SyncApiHandler([&s, change](ApiRequest &request) {
            const auto job = Lookup::job(s, request, request.param(u"job"_s));
            if (!job)
                return ApiResponses::error(job.error());
            if (const auto denied = Lookup::allowed(request,
                                                    job->document.value("acl"_L1).toArray()))
                return ApiResponses::error(*denied);
            return change(request, *job);
        });
    };

    routes.add("PUT",
               jobPaths(u"cancel"_s),
               Access::param(Role::Viewer),
               guarded([&s](ApiRequest &request, const JobRow &job) {
                   if (const auto canceled = s.jobs.cancel(job, *request.session); !canceled)
                       return ApiResponses::error(canceled.error());
                   return Response::empty(204);
               }));

    routes.add("PUT",
               jobPaths(u"restart"_s),
               Access::param(Role::User),
               guarded([&s](ApiRequest &request, const JobRow &job) {
                   const auto restarted = s.jobs.restart(*request.organization,
                                                         job,
                                                         request.body,
                                                         request.query);
                   if (!restarted)
                       return ApiResponses::error(restarted.error());
                   return Response::json(200, JobViews::published(restarted->document));
               }));

    routes.add("PUT",
               jobPaths(u"input"_s),
               Access::param(Role::Viewer),
               guarded([&s](ApiRequest &request, const JobRow &job) {
                   const auto changed = s.jobs.input(job, request.body);
                   if (!changed)
                       return ApiResponses::error(changed.error());
                   return Response::json(200, JobViews::published(changed->document));
               }));

    Access aclAccess = Access::param(Role::Admin);
    routes.add("PUT",
               jobPaths(u"acl"_s),
               aclAccess,
               guarded([&s](ApiRequest &request, const JobRow &job) {
                   // The real route takes the bare array; {"acl":[…]} is accepted too.
                   const QJsonValue given = request.body.isArray()
                                                ? request.body
                                                : request.body.toObject().value("acl"_L1);
                   if (!given.isArray())
                       return ApiResponses::status(400, u"acl must be an array"_s);
                   QJsonArray acl;
                   for (const QJsonValue &item : given.toArray()) {
                       if (!item.isString())
                           return ApiResponses::status(400, u"acl must be an array of strings"_s);
                       acl.append(item);
                   }
                   const auto changed = s.jobs.setAcl(job, acl);
                   if (!changed)
                       return ApiResponses::error(changed.error());
                   return Response::json(200, QJsonObject{{"acl"_L1, acl}});
               }));
}

} // namespace TheEye::Supervisor
