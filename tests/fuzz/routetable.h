#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace TheEye::Fuzz {

struct RoutePattern
{
    QByteArray method;
    QString pattern;
};

// The route patterns of the local supervisor's API, in registration order (spec/decisions.md
// "Routes it serves"). The router target builds its router from them.
const QList<RoutePattern> &apiRoutePatterns();

} // namespace TheEye::Fuzz
