#include "supervisor/api/apiroutes.h"

#include "supervisor/api/apiresponses.h"
#include "supervisor/core/directory.h"
#include "supervisor/http/bodyparser.h"

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

QJsonValue ApiRequest::member(QLatin1StringView key) const
{
    const QJsonValue fromBody = body.toObject().value(key);
    if (!fromBody.isUndefined() && !fromBody.isNull()
        && !(fromBody.isString() && fromBody.toString().isEmpty()))
        return fromBody;
    return query.value(key);
}

namespace {

// passport-http-bearer: a Bearer Authorization header, a truthy `access_token` in the query, a
// truthy one in the body. More than one place is as bad as none.
std::optional<QString> bearerToken(const ApiRequest &request, bool *ambiguous)
{
    QList<QString> found;
    const QByteArray authorization = request.http.header("authorization");
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        if (space > 0 && authorization.first(space).compare("bearer", Qt::CaseInsensitive) == 0)
            found.append(QString::fromUtf8(authorization.sliced(space + 1).trimmed()));
    }
    const QJsonValue inQuery = request.query.value("access_token"_L1);
    if (inQuery.isString() && !inQuery.toString().isEmpty())
        found.append(inQuery.toString());
    else if (inQuery.isArray())
        found.append(QString()); // repeated: counts, and never matches a token
    const QJsonValue inBody = request.body.toObject().value("access_token"_L1);
    if (inBody.isString() && !inBody.toString().isEmpty())
        found.append(inBody.toString());
    else if (!inBody.isUndefined() && !inBody.isNull() && !inBody.isString())
        found.append(QString());
    *ambiguous = found.size() > 1;
    if (found.size() != 1)
        return std::nullopt;
    return found.constFirst();
}

QString customerName(const ApiRequest &request)
{
    const QString fromPath = request.param(u"customer"_s);
    if (!fromPath.isEmpty())
        return fromPath;
    for (const QJsonValue &value :
         {request.body.toObject().value("customer"_L1), request.query.value("customer"_L1)}) {
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

bool roleAllows(const Access &access, Role role)
{
    return access.exactRole ? role == access.role : hasAtLeast(role, access.role);
}

} // namespace

ApiRoutes::ApiRoutes(Http::Router &router, Directory &directory)
    : m_router(router)
    , m_directory(directory)
{}

void ApiRoutes::add(QByteArrayView method,
                    const QStringList &patterns,
                    Access access,
                    ApiHandler handler)
{
    for (const QString &pattern : patterns) {
        m_router.add(method,
                     pattern,
                     [this, access, handler](const Http::Request &request,
                                             const Http::PathParams &params,
                                             Http::Responder responder) {
                         handle(access, handler, request, params, std::move(responder));
                     });
    }
}

void ApiRoutes::add(QByteArrayView method,
                    const QStringList &patterns,
                    Access access,
                    SyncApiHandler handler)
{
    add(method,
        patterns,
        access,
        ApiHandler([handler = std::move(handler)](ApiRequest &request, Http::Responder responder) {
            responder.send(handler(request));
        }));
}

void ApiRoutes::handle(const Access &access,
                       const ApiHandler &handler,
                       const Http::Request &request,
                       const Http::PathParams &params,
                       Http::Responder responder) const
{
    ApiRequest api{request,
                   params,
                   QJsonValue(QJsonValue::Null),
                   Http::parseQueryString(QByteArrayView(request.rawQuery)),
                   std::nullopt,
                   nullptr};
    const auto body = Http::parseBody(request);
    if (!body) {
        responder.send(ApiResponses::invalidContent(body.error()));
        return;
    }
    api.body = *body;

    if (access.bearer) {
        bool ambiguous = false;
        const auto token = bearerToken(api, &ambiguous);
        if (token)
            api.session = m_directory.authenticate(*token);
        if (!api.session) {
            responder.send(ApiResponses::unauthorized());
            return;
        }
        if (access.roleBeforeOrganization && !roleAllows(access, api.session->role)) {
            responder.send(ApiResponses::forbidden());
            return;
        }
        const Organization *own = m_directory.organization(api.session->organizationId);
        if (!own) {
            responder.send(ApiResponses::text(403, u"session organization is not set"_s));
            return;
        }
        if (access.mode == OrgMode::Session) {
            api.organization = own;
        } else if (access.mode == OrgMode::Param) {
            const QString name = customerName(api);
            const Organization *named = name.isEmpty() ? own : m_directory.organizationByName(name);
            if (!named) {
                responder.send(ApiResponses::text(404, u"organization not found"_s));
                return;
            }
            if (named->id != own->id && api.session->role != Role::Root) {
                responder.send(ApiResponses::error(
                    ServiceError::stack(409, u"Incorrect Organizations. Session conflict"_s)));
                return;
            }
            api.organization = named;
        }
        if (!access.roleBeforeOrganization && !roleAllows(access, api.session->role)) {
            responder.send(ApiResponses::forbidden());
            return;
        }
    }
    handler(api, std::move(responder));
}

} // namespace TheEye::Supervisor
