#pragma once

#include "supervisor/core/session.h"
#include "supervisor/http/httprequest.h"
#include "supervisor/http/router.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace TheEye::Supervisor {

// A request after the API's common steps: body and query parsed, the token authenticated and the
// organization resolved (for the routes that need them).
struct ApiRequest
{
    const Http::Request &http;
    Http::PathParams params;
    QJsonValue body;   // null when there was none
    QJsonObject query; // qs-style
    std::optional<Session> session;
    const Organization *organization = nullptr;

    QString param(const QString &name) const { return params.value(name); }
    // A member of the body when it is an object, else of the query (as `body.x || query.x`).
    QJsonValue member(QLatin1StringView key) const;
    bool hasQuery(QLatin1StringView key) const { return query.contains(key); }
};

} // namespace TheEye::Supervisor
