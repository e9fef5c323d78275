#include "supervisor/api/scriptscontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/lookup.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/services.h"

#include <QJsonArray>
#include <QUrl>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

const QStringList ScriptPaths{u"/script/:script"_s, u"/:customer/script/:script"_s};

// RFC 6266: a plain ASCII fallback and the exact name in UTF-8.
QByteArray attachment(const QString &filename)
{
    QString ascii;
    for (const QChar c : filename)
        ascii += (c.unicode() >= 32 && c.unicode() < 127 && c != u'"' && c != u'\\') ? c : u'_';
    return "attachment; filename=\"" + ascii.toLatin1() + "\"; filename*=UTF-8''"
           + QUrl::toPercentEncoding(filename);
}

} // namespace

ScriptsController::ScriptsController(Services &services)
    : m_services(services)
{}

void ScriptsController::registerRoutes(ApiRoutes &routes)
{
    Services &s = m_services;
    routes.add("GET",
               {u"/script"_s, u"/:customer/script"_s},
               Access::session(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   QJsonArray list;
                   for (const QJsonObject &script : s.scripts.list(request.organization->id))
                       list.append(script);
                   return Response::json(200, list);
               }));

    routes.add("POST",
               {u"/script"_s, u"/:customer/script"_s},
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto script = s.scripts.create(*request.organization,
                                                        request.body.toObject());
                   if (!script)
                       return ApiResponses::error(script.error());
                   return Response::json(200, script->document);
               }));

    routes.add("GET",
               ScriptPaths,
               Access::session(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto script = Lookup::script(s, request, request.param(u"script"_s));
                   if (!script)
                       return ApiResponses::error(script.error());
                   return Response::json(200, (*script)->document);
               }));

    routes.add("PUT",
               ScriptPaths,
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto script = Lookup::script(s, request, request.param(u"script"_s));
                   if (!script)
                       return ApiResponses::error(script.error());
                   const auto updated = s.scripts.update(*request.organization,
                                                         (*script)->id,
                                                         request.body.toObject());
                   if (!updated)
                       return ApiResponses::error(updated.error());
                   return Response::json(200, updated->document);
               }));

    routes.add("GET",
               {u"/script/:script/download"_s, u"/:customer/script/:script/download"_s},
               Access::session(Role::User),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto script = Lookup::script(s, request, request.param(u"script"_s));
                   if (!script)
                       return ApiResponses::error(script.error());
                   const auto content = s.scripts.content(request.organization->id, (*script)->id);
                   if (!content)
                       return ApiResponses::error(ServiceError::internal(u"script content"_s));
                   // No Content-Type, as the real supervisor sends it: the bytes are the file.
                   Response response;
                   response.status = 200;
                   response.body = *content;
                   response.withHeader("Content-Disposition",
                                       attachment(
                                           Json::string((*script)->document, "filename"_L1)));
                   return response;
               }));
}

} // namespace TheEye::Supervisor
