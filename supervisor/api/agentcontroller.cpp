#include "supervisor/api/agentcontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/lookup.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobfactory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/services.h"
#include "supervisor/core/taskservice.h"
#include "supervisor/engine/verdict.h"

#include <QJsonArray>
#include <QUuid>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

// A listener asks for what it can run now; more than this at once is a mistake.
constexpr int MaximumDequeue = 100;

Access agentOnly(OrgMode mode)
{
    Access access{true, Role::Agent, mode, false, true};
    return access;
}

// HTTP Basic `client_id:client_secret`; the secret is what we check.
QString basicSecret(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.indexOf(':');
    return colon < 0 ? QString() : QString::fromUtf8(decoded.mid(colon + 1));
}

} // namespace

AgentController::AgentController(Services &services)
    : m_services(services)
{}

void AgentController::registerRoutes(ApiRoutes &routes)
{
    Services &s = m_services;
    // The secret of an agent is one of its organization's agent tokens; the answer is the bearer
    // token to use, as a JSON string (an object would become "Bearer [object Object]").
    routes.add("POST", {u"/token"_s}, Access::open(), SyncApiHandler([&s](ApiRequest &request) {
                   const QString secret = basicSecret(request.http.header("Authorization"));
                   const auto session = secret.isEmpty() ? std::nullopt
                                                         : s.directory.authenticate(secret);
                   if (!session || session->role != Role::Agent)
                       return Response::json(401, u"Gateway Authentication Failed"_s);
                   return Response::json(200, secret);
               }));

    routes.add("POST",
               {u"/host"_s, u"/:customer/host"_s},
               agentOnly(OrgMode::Param),
               SyncApiHandler([&s](ApiRequest &request) {
                   const QString hostname = Json::toText(request.member("hostname"_L1));
                   if (hostname.isEmpty() || hostname.size() > 255
                       || request.member("hostname"_L1).isUndefined())
                       return ApiResponses::status(400, u"hostname is required"_s);
                   const QJsonObject info = request.member("info"_L1).toObject();
                   const auto host = s.directory.registerHost(*request.organization,
                                                              hostname,
                                                              info);
                   if (!host)
                       return ApiResponses::error(host.error());
                   return Response::json(200,
                                         QJsonObject{{"type"_L1, u"keepAlive"_s},
                                                     {"looptime"_L1, 30000},
                                                     {"host_id"_L1, host->id},
                                                     {"resource_id"_L1, host->id},
                                                     {"connection_id"_L1,
                                                      QUuid::createUuid().toString(
                                                          QUuid::WithoutBraces)}});
               }));

    routes.add("GET",
               {u"/:customer/agent/:hostname/config"_s},
               agentOnly(OrgMode::Param),
               SyncApiHandler([&s](ApiRequest &request) {
                   if (!s.directory.hostByName(request.organization->id,
                                               request.param(u"hostname"_s)))
                       return ApiResponses::status(404, u"host not found"_s);
                   return Response::json(200, QJsonObject{{"workers"_L1, QJsonArray()}});
               }));

    routes.add("PUT",
               {u"/:customer/agent/:hostname"_s},
               agentOnly(OrgMode::Param),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto touched = s.directory.touchHost(request.organization->id,
                                                              request.param(u"hostname"_s));
                   if (!touched)
                       return ApiResponses::error(touched.error());
                   return Response::empty(204);
               }));

    // A task-bound listener's dequeue (supervisor-api.md §3.11): a bare array of up to `limit`
    // jobs of the task, now assigned to the agent's host (its `hostname`).
    routes.add("GET",
               {u"/task/:task/job/queue"_s, u"/:customer/task/:task/job/queue"_s},
               Access::session(Role::Agent),
               SyncApiHandler([&s](ApiRequest &request) {
                   const QJsonValue limitValue = request.query.value("limit"_L1);
                   bool ok = limitValue.isUndefined();
                   const int limit = ok ? 1 : Json::toText(limitValue).toInt(&ok);
                   if (!ok || limit < 1 || limit > MaximumDequeue)
                       return ApiResponses::status(400, u"Invalid limit value"_s);
                   const auto task = Lookup::task(s, request, request.param(u"task"_s));
                   if (!task)
                       return ApiResponses::error(task.error());
                   QString hostId;
                   if (request.query.contains("hostname"_L1)) {
                       const Host *host = s.directory.hostByName(request.organization->id,
                                                                 Json::toText(request.query.value(
                                                                     "hostname"_L1)));
                       if (!host)
                           return ApiResponses::status(400, u"host is required"_s);
                       hostId = host->id;
                   }
                   QJsonArray jobs;
                   for (JobRow &job : s.jobs.dequeueForAgent(request.organization->id,
                                                             (*task)->id,
                                                             hostId,
                                                             limit)) {
                       job.document.remove("customer"_L1);
                       jobs.append(job.document);
                   }
                   return Response::json(200, jobs);
               }));

    // The result report (supervisor-api.md §4.6): ignored unless the job is still assigned.
    routes.add("PUT",
               {u"/job/:job"_s, u"/:customer/job/:job"_s},
               agentOnly(OrgMode::Param),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto found = Lookup::job(s, request, request.param(u"job"_s));
                   if (!found)
                       return ApiResponses::error(found.error());
                   if (found->lifecycle != u"assigned")
                       return Response::text(200, QByteArray(), "application/json");
                   const QJsonValue resultValue = request.member("result"_L1);
                   if (!resultValue.isObject())
                       return ApiResponses::status(400, u"result must be an object"_s);
                   JobRow job = *found;
                   QJsonObject &doc = job.document;
                   const Verdict::Final verdict = Verdict::forAgentReport(
                       resultValue.toObject(),
                       Json::string(doc.value("task"_L1).toObject(),
                                    "default_state_evaluation"_L1));
                   QJsonObject result = resultValue.toObject().value("data"_L1).toObject();
                   const QJsonObject before = doc.value("result"_L1).toObject();
                   if (!result.contains("started_at"_L1) && before.contains("started_at"_L1))
                       result.insert("started_at"_L1, before.value("started_at"_L1));
                   result.insert("finished_at"_L1, Json::isoDate(QDateTime::currentDateTimeUtc()));
                   result.insert("user"_L1, JobFactory::userJson(request.session->principal));
                   job.lifecycle = verdict.lifecycle;
                   doc.insert("lifecycle"_L1, verdict.lifecycle);
                   doc.insert("state"_L1, verdict.state);
                   doc.insert("trigger_name"_L1, verdict.triggerName);
                   doc.insert("output"_L1, verdict.output);
                   doc.insert("components"_L1, verdict.components);
                   doc.insert("next"_L1, verdict.next);
                   doc.insert("result"_L1, result);
                   doc.insert("last_update"_L1, Json::isoDate(QDateTime::currentDateTimeUtc()));
                   if (const auto saved = s.jobs.save(job); !saved)
                       return ApiResponses::error(saved.error());
                   return Response::json(200, doc);
               }));
}

} // namespace TheEye::Supervisor
