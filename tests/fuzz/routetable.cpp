#include "routetable.h"

namespace TheEye::Fuzz {

using namespace Qt::StringLiterals;

namespace {

// Routes served both bare and under /:customer, as the real supervisor does.
QList<RoutePattern> bothForms(const QList<RoutePattern> &bare)
{
    QList<RoutePattern> routes;
    for (const RoutePattern &route : bare) {
        routes.append(route);
        routes.append({route.method, u"/:customer"_s + route.pattern});
    }
    return routes;
}

QList<RoutePattern> buildTable()
{
    // Literal segments before captures of the same shape ("/task/import" before "/task/:task"):
    // the first route that matches wins.
    QList<RoutePattern> routes = bothForms({
        {"GET", u"/task"_s},
        {"POST", u"/task/import"_s},
        {"GET", u"/task/import"_s},
        {"GET", u"/task/:task"_s},
        {"POST", u"/task"_s},
        {"PUT", u"/task/:task"_s},
        {"PATCH", u"/task/:task"_s},
        {"DELETE", u"/task/:task"_s},
        {"GET", u"/task/:task/serialize"_s},
        {"GET", u"/task/:task/recipe"_s},
        {"GET", u"/task/:task/credentials"_s},
        {"POST", u"/task/:task/job"_s},
        {"DELETE", u"/task/:task/job"_s},
        {"POST", u"/task/:task/secret/:secret/job"_s},
        {"GET", u"/task/:task/acl"_s},
        {"PUT", u"/task/:task/acl"_s},
        {"PATCH", u"/task/:task/acl"_s},
        {"DELETE", u"/task/:task/acl"_s},
        {"GET", u"/task/:task/schedule"_s},
        {"POST", u"/job"_s},
        {"POST", u"/job/secret/:secret"_s},
        {"GET", u"/job"_s},
        {"GET", u"/job/running"_s},
        {"GET", u"/job/:job"_s},
        {"PUT", u"/job/:job/cancel"_s},
        {"PUT", u"/job/:job/restart"_s},
        {"PUT", u"/job/:job/input"_s},
        {"GET", u"/job/:job/result"_s},
        {"POST", u"/job/:job/result"_s},
        {"GET", u"/job/:job/secret/:secret/result"_s},
        {"POST", u"/job/:job/secret/:secret/result"_s},
        {"GET", u"/job/:job/lifecycle"_s},
        {"GET", u"/job/:job/log"_s},
        {"GET", u"/host"_s},
        {"GET", u"/script"_s},
        {"POST", u"/script"_s},
        {"GET", u"/script/:script"_s},
        {"PUT", u"/script/:script"_s},
        {"GET", u"/script/:script/download"_s},
        {"GET", u"/event"_s},
        {"DELETE", u"/scheduler/:schedule"_s},
    });
    // Agent protocol and health: one form each.
    routes.append({
        {"POST", u"/token"_s},
        {"POST", u"/host"_s},
        {"GET", u"/:customer/agent/:hostname/config"_s},
        {"PUT", u"/:customer/agent/:hostname"_s},
        {"PUT", u"/:customer/job/:job"_s},
        {"GET", u"/api"_s},
        {"GET", u"/api/status"_s},
    });
    return routes;
}

} // namespace

const QList<RoutePattern> &apiRoutePatterns()
{
    static const QList<RoutePattern> table = buildTable();
    return table;
}

} // namespace TheEye::Fuzz
