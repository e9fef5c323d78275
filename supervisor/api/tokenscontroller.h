#pragma once

namespace TheEye::Supervisor {

class ApiRoutes;
struct Services;

// Access tokens of the caller's organization, as TheEye's gateway offers them (/api/token):
// list (never the tokens themselves, only their ids and labels), create, revoke. Admin only; a
// token can never grant more than its creator has.
class TokensController final
{
public:
    explicit TokensController(Services &services);
    TokensController(const TokensController &) = delete;
    TokensController &operator=(const TokensController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    Services &m_services;
};

} // namespace TheEye::Supervisor
