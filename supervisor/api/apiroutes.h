#pragma once

#include "supervisor/api/apirequest.h"
#include "supervisor/core/role.h"
#include "supervisor/http/httpresponse.h"
#include "supervisor/http/router.h"

#include <QStringList>

#include <functional>

namespace TheEye::Supervisor {

class Directory;

// Where a route takes its organization from (supervisor-api.md §2.4). Routes without a token
// (secret and public ones) resolve it themselves.
enum class OrgMode {
    None,    // public, or resolved by the handler (secret routes: T and B modes)
    Session, // S: the token's organization; the path's :customer is ignored
    Param,   // P: :customer, else body/query `customer`, else the token's; 409 on a mismatch
};

struct Access
{
    bool bearer = true;       // a token is required
    Role role = Role::Viewer; // at least this role
    OrgMode mode = OrgMode::Session;
    bool roleBeforeOrganization = false; // the role check runs first (§3 ordering note)
    bool exactRole = false;              // the role must be exactly `role`

    static Access open() { return {false, Role::Viewer, OrgMode::None, false, false}; }
    static Access session(Role role) { return {true, role, OrgMode::Session, false, false}; }
    static Access param(Role role) { return {true, role, OrgMode::Param, false, false}; }
};

using ApiHandler = std::function<void(ApiRequest &request, Http::Responder responder)>;
using SyncApiHandler = std::function<Http::Response(ApiRequest &request)>;

// The one place that turns a routed HTTP request into an ApiRequest: parses the body (400 when it
// does not parse), reads the token from exactly one of header, query or body (401 otherwise),
// checks the role (403 "forbidden") and resolves the organization by the route's mode (404, 409).
class ApiRoutes final
{
public:
    ApiRoutes(Http::Router &router, Directory &directory);

    void add(QByteArrayView method, const QStringList &patterns, Access access, ApiHandler handler);
    void add(QByteArrayView method,
             const QStringList &patterns,
             Access access,
             SyncApiHandler handler);

private:
    void handle(const Access &access,
                const ApiHandler &handler,
                const Http::Request &request,
                const Http::PathParams &params,
                Http::Responder responder) const;

    Http::Router &m_router;
    Directory &m_directory;
};

} // namespace TheEye::Supervisor
