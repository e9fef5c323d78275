#include "supervisor/api/hostscontroller.h"

#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/services.h"
#include "supervisor/core/taskservice.h"

#include <QJsonArray>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

HostsController::HostsController(Services &services)
    : m_services(services)
{}

void HostsController::registerRoutes(ApiRoutes &routes)
{
    Services &s = m_services;
    routes.add("GET",
               {u"/host"_s, u"/:customer/host"_s},
               Access::session(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   QJsonArray list;
                   for (const Host &host : s.directory.hosts(request.organization->id))
                       list.append(s.directory.hostJson(host));
                   return Response::json(200, list);
               }));

    routes.add("GET",
               {u"/event"_s, u"/:customer/event"_s},
               Access::param(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   QJsonArray list;
                   for (const QJsonObject &event : s.tasks.events(request.organization->id))
                       list.append(event);
                   return Response::json(200, list);
               }));

    routes.add("DELETE",
               {u"/scheduler/:schedule"_s, u"/:customer/scheduler/:schedule"_s},
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const QString id = request.param(u"schedule"_s);
                   if (!ObjectId::isValid(id))
                       return ApiResponses::status(400, u"schedule invalid value"_s);
                   const auto removed = s.tasks.removeSchedule(request.organization->id,
                                                               id.toLower());
                   if (!removed)
                       return ApiResponses::error(removed.error());
                   return Response::json(200, QJsonObject{{"numRemoved"_L1, *removed}});
               }));
}

} // namespace TheEye::Supervisor
