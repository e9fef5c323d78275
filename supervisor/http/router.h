#pragma once

#include "supervisor/http/httprequest.h"
#include "supervisor/http/httpresponse.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace TheEye::Http {

// Values of the `:name` segments of a matched route.
using PathParams = QHash<QString, QString>;

using RouteHandler = std::function<void(const Request &, const PathParams &, Responder)>;

// Our own router. Patterns are literal segments and `:name` captures ("/:customer/task/:task").
// Routes are tried in registration order; the first pattern that matches path and method wins.
// A path that matches some pattern but no route of that method gets 405 with an Allow header;
// a path no pattern matches gets restify's 404 {"code":"ResourceNotFound",…}.
class Router
{
public:
    void add(QByteArrayView method, const QString &pattern, RouteHandler handler);

    // Dispatches on the calling thread. OPTIONS gets 204 with CORS headers, as the real one does.
    void dispatch(const Request &request, Responder responder) const;

    struct Match
    {
        const RouteHandler *handler = nullptr;
        PathParams params;
        QList<QByteArray> allowedMethods; // filled when the path matched but the method did not
    };
    Match match(QByteArrayView method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    QList<Route> m_routes;
};

} // namespace TheEye::Http
