#include "supervisor/api/taskscontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/lookup.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/services.h"
#include "supervisor/core/taskrecipes.h"
#include "supervisor/core/taskservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

const QStringList TaskPaths{u"/task/:task"_s, u"/:customer/task/:task"_s};

QStringList taskPaths(const QString &suffix)
{
    return {u"/task/:task/"_s + suffix, u"/:customer/task/:task/"_s + suffix};
}

qint64 limitOf(const QJsonObject &query)
{
    bool ok = false;
    const qint64 limit = query.value("limit"_L1).toString().toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

// PUT/PATCH /task/:id/acl take `users` from the body or the query: ids, usernames or emails of
// this organization's token principals become their emails; anything else (a role, a k:v tag, an
// email of someone without a token here) is kept as given.
QJsonArray resolveUsers(const Directory &directory,
                        const QString &organizationId,
                        const QJsonValue &users)
{
    const QJsonArray list = users.isString() ? QJsonArray{users} : users.toArray();
    const QList<Session> sessions = directory.tokens(organizationId);
    QJsonArray acl;
    for (const QJsonValue &item : list) {
        QString value = item.toString().trimmed();
        if (value.isEmpty())
            continue;
        for (const Session &session : sessions) {
            if (session.principal.id == value || session.principal.username == value)
                value = session.principal.email;
        }
        if (value.contains(u'@'))
            value = value.toLower();
        if (!acl.contains(value))
            acl.append(value);
    }
    return acl;
}

} // namespace

TasksController::TasksController(Services &services)
    : m_services(services)
{}

void TasksController::registerRoutes(ApiRoutes &routes)
{
    Services &s = m_services;

    // Literal paths first: "/task/import" would otherwise be read as a task id.
    const SyncApiHandler import = [&s](ApiRequest &request) {
        const auto task = s.recipes.import(*request.organization, request.body, request.query);
        if (!task)
            return ApiResponses::error(task.error());
        return Response::json(200, s.tasks.populate(*task));
    };
    for (const QByteArrayView method : {"POST", "GET"})
        routes.add(method,
                   {u"/task/import"_s, u"/:customer/task/import"_s},
                   Access::param(Role::Admin),
                   import);

    routes.add("GET",
               {u"/task"_s, u"/:customer/task"_s},
               Access::session(Role::Viewer),
               SyncApiHandler([&s](ApiRequest &request) {
                   TaskService::ListFilter filter;
                   filter.includeUnassigned = request.hasQuery("unassigned"_L1);
                   filter.hostId = request.query.value("host"_L1).toString();
                   filter.where = request.query.value("where"_L1).toObject();
                   filter.limit = limitOf(request.query);
                   if (!bypassesAcl(request.session->role))
                       filter.session = &*request.session;
                   QJsonArray list;
                   for (const TaskEntry *task : s.tasks.list(request.organization->id, filter))
                       list.append(s.tasks.populate(*task));
                   return Response::json(200, list);
               }));

    routes.add(
        "GET", TaskPaths, Access::session(Role::Viewer), SyncApiHandler([&s](ApiRequest &request) {
            const auto task = Lookup::task(s, request, request.param(u"task"_s));
            if (!task)
                return ApiResponses::error(task.error());
            if (const auto denied = Lookup::allowed(request,
                                                    (*task)->document.value("acl"_L1).toArray()))
                return ApiResponses::error(*denied);
            return Response::json(200, s.tasks.populate(**task));
        }));

    routes.add("POST",
               {u"/task"_s, u"/:customer/task"_s},
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto task = s.tasks.create(*request.organization, request.body.toObject());
                   if (!task)
                       return ApiResponses::error(task.error());
                   QJsonObject json = s.tasks.populate(*task);
                   // The creation answer carries the whole organization, as the real one does.
                   json.insert("customer"_L1, request.organization->document);
                   return Response::json(200, json);
               }));

    const SyncApiHandler update = [&s](ApiRequest &request) {
        const auto existing = Lookup::task(s, request, request.param(u"task"_s));
        if (!existing)
            return ApiResponses::error(existing.error());
        const auto task = s.tasks.update(*request.organization,
                                         (*existing)->id,
                                         request.body.toObject());
        if (!task)
            return ApiResponses::error(task.error());
        return Response::json(200, s.tasks.populate(*task));
    };
    routes.add("PUT", TaskPaths, Access::session(Role::Admin), update);
    routes.add("PATCH", TaskPaths, Access::session(Role::Admin), update);

    routes.add("DELETE",
               TaskPaths,
               Access::session(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto task = Lookup::task(s, request, request.param(u"task"_s));
                   if (!task)
                       return ApiResponses::error(task.error());
                   const QString id = (*task)->id;
                   if (const auto removed = s.tasks.remove(*request.organization, id); !removed)
                       return ApiResponses::error(removed.error());
                   s.jobs.taskRemoved(id);
                   return Response::json(200, QJsonObject());
               }));

    const auto serializer = [&s](bool forceShallow) {
        return SyncApiHandler([&s, forceShallow](ApiRequest &request) {
            const auto task = Lookup::task(s, request, request.param(u"task"_s));
            if (!task)
                return ApiResponses::error(task.error());
            if (const auto denied = Lookup::allowed(request,
                                                    (*task)->document.value("acl"_L1).toArray()))
                return ApiResponses::error(*denied);
            const bool deep = !forceShallow && request.query.value("mode"_L1) == u"deep"_s;
            const auto recipe = s.recipes.serialize(*request.organization,
                                                    **task,
                                                    deep ? Recipe::Mode::Deep
                                                         : Recipe::Mode::Shallow);
            if (!recipe)
                return ApiResponses::error(recipe.error());
            return Response::json(200, *recipe);
        });
    };
    routes.add("GET", taskPaths(u"serialize"_s), Access::param(Role::Admin), serializer(false));
    routes.add("GET", taskPaths(u"recipe"_s), Access::param(Role::Admin), serializer(true));

    routes.add("GET",
               taskPaths(u"credentials"_s),
               Access::param(Role::Admin),
               SyncApiHandler([&s](ApiRequest &request) {
                   const auto task = Lookup::task(s, request, request.param(u"task"_s));
                   if (!task)
                       return ApiResponses::error(task.error());
                   return Response::json(200,
                                         QJsonObject{{"id"_L1, (*task)->id},
                                                     {"secret"_L1, (*task)->secret}});
               }));

    Access aclAccess = Access::session(Role::Manager);
    aclAccess.roleBeforeOrganization = true;
    const auto aclHandler = [&s](const QByteArray &method) {
        return SyncApiHandler([&s, method](ApiRequest &request) {
            const auto task = Lookup::task(s, request, request.param(u"task"_s));
            if (!task)
                return ApiResponses::error(task.error());
            const QJsonArray current = (*task)->document.value("acl"_L1).toArray();
            if (const auto denied = Lookup::allowed(request, current))
                return ApiResponses::error(*denied);
            if (method == "GET")
                return Response::json(200, QJsonObject{{"acl"_L1, current}});
            QJsonArray acl;
            if (method != "DELETE") {
                const QJsonValue users = request.member("users"_L1);
                if (!users.isArray() && !users.isString())
                    return ApiResponses::status(400, u"users must be an array"_s);
                const QJsonArray given = resolveUsers(s.directory, request.organization->id, users);
                if (method == "PUT") {
                    acl = given;
                } else {
                    const QJsonValue action = request.member("action"_L1);
                    if (action != u"add"_s && action != u"remove"_s)
                        return ApiResponses::status(400, u"action must be add or remove"_s);
                    acl = current;
                    for (const QJsonValue &user : given) {
                        if (action == u"add"_s && !acl.contains(user))
                            acl.append(user);
                        if (action == u"remove"_s) {
                            for (qsizetype i = acl.size() - 1; i >= 0; --i) {
                                if (acl.at(i) == user)
                                    acl.removeAt(i);
                            }
                        }
                    }
                }
            }
            const auto changed = s.tasks.setAcl(*request.organization, (*task)->id, acl);
            if (!changed)
                return ApiResponses::error(changed.error());
            return Response::json(200, QJsonObject{{"acl"_L1, changed->document.value("acl"_L1)}});
        });
    };
    for (const QByteArray &method :
         {QByteArray("GET"), QByteArray("PUT"), QByteArray("PATCH"), QByteArray("DELETE")})
        routes.add(method, taskPaths(u"acl"_s), aclAccess, aclHandler(method));

    Access scheduleAccess = Access::session(Role::Viewer);
    scheduleAccess.roleBeforeOrganization = true;
    routes.add(
        "GET", taskPaths(u"schedule"_s), scheduleAccess, SyncApiHandler([&s](ApiRequest &request) {
            const auto task = Lookup::task(s, request, request.param(u"task"_s));
            if (!task)
                return ApiResponses::error(task.error());
            if (const auto denied = Lookup::allowed(request,
                                                    (*task)->document.value("acl"_L1).toArray()))
                return ApiResponses::error(*denied);
            return Response::json(200, s.tasks.schedules((*task)->id));
        }));
}

} // namespace TheEye::Supervisor
