#pragma once

#include "supervisor/core/serviceerror.h"
#include "supervisor/http/httpresponse.h"

namespace TheEye::Supervisor::ApiResponses {

// A failure in the body shape the real supervisor uses for it (supervisor-api.md §1.1).
Http::Response error(const ServiceError &error);

// E1 bodies: a bare JSON string.
Http::Response text(int status, const QString &message);
// E2 bodies: {"statusCode":…,"message":…}.
Http::Response status(int status, const QString &message);

Http::Response unauthorized(); // 401 "Unauthorized"
Http::Response forbidden();    // 403 "forbidden"

// restify's own error shape (E6), as its body parser answers a body that does not parse.
Http::Response invalidContent(const QString &message);

} // namespace TheEye::Supervisor::ApiResponses
