#include "supervisor/api/tokenscontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/services.h"

#include <QJsonArray>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

QJsonObject tokenJson(const Session &session)
{
    return {{"id"_L1, session.tokenId},
            {"name"_L1, session.label},
            {"username"_L1, session.principal.username},
            {"email"_L1, session.principal.email},
            {"role"_L1, roleName(session.role)},
            {"creation_date"_L1, Json::isoDate(session.created)}};
}

} // namespace

TokensController::TokensController(Services &services)
    : m_services(services)
{}

void TokensController::registerRoutes(ApiRoutes &routes)
{
    Services &s = m_services;
    // The gateway's session profile: who the token speaks for, in which organization, with
    // which role. Clients read their role from it before offering actions.
    routes.add("GET",
               {u"/api/session/profile"_s},
               Access::session(Role::Viewer),
               SyncApiHandler([](ApiRequest &request) {
                   const QString credential = roleName(request.session->role);
                   QJsonObject organization = request.organization->document;
                   organization.insert("id"_L1, request.organization->id);
                   organization.insert("name"_L1, request.organization->name);
                   return Response::json(200,
                                         QJsonObject{{"principal"_L1,
                                                      request.session->principal.toJson()},
                                                     {"organization"_L1, organization},
                                                     {"member"_L1,
                                                      QJsonObject{{"credential"_L1, credential}}},
                                                     {"credential"_L1, credential}});
               }));

    routes.add("GET",
               {u"/api/token"_s},
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   QJsonArray list;
                   for (const Session &session : s.directory.tokens(request.organization->id))
                       list.append(tokenJson(session));
                   return Response::json(200, list);
               }));

    routes.add("POST",
               {u"/api/token"_s},
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const QJsonObject body = request.body.toObject();
                   const QJsonValue roleValue = body.value("role"_L1);
                   const auto role = roleValue.isUndefined() ? std::optional(Role::Integration)
                                                             : roleFromName(roleValue.toString());
                   if (!role || *role == Role::Owner || *role == Role::Root)
                       return ApiResponses::error(
                           ServiceError::validation({FieldError::invalid(u"role"_s, roleValue)}));
                   if (!hasAtLeast(request.session->role, *role))
                       return ApiResponses::forbidden();
                   const QJsonValue label = body.contains("label"_L1) ? body.value("label"_L1)
                                                                      : body.value("name"_L1);
                   if (!label.isUndefined() && !label.isString())
                       return ApiResponses::error(
                           ServiceError::validation({FieldError::invalid(u"label"_s, label)}));
                   const auto issued = s.directory.issueToken(request.organization->id,
                                                              *role,
                                                              label.toString(),
                                                              true);
                   if (!issued)
                       return ApiResponses::error(issued.error());
                   QJsonObject json = tokenJson(issued->session);
                   json.insert("token"_L1, issued->token);
                   return Response::json(200, json);
               }));

    routes.add("DELETE",
               {u"/api/token/:token"_s},
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const QString id = request.param(u"token"_s);
                   if (!ObjectId::isValid(id))
                       return ApiResponses::status(400, u"token invalid value"_s);
                   const auto revoked = s.directory.revokeToken(request.organization->id,
                                                                id.toLower());
                   if (!revoked)
                       return ApiResponses::error(revoked.error());
                   return Response::json(200, QJsonObject());
               }));
}

} // namespace TheEye::Supervisor
