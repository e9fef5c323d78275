#pragma once

namespace TheEye::Supervisor {

class ApiRoutes;
struct Services;

// Bots and what hangs off them: GET /host, GET /event (the task events triggers refer to) and
// DELETE /scheduler/:id (cancels a pending grace-time run).
class HostsController final
{
public:
    explicit HostsController(Services &services);
    HostsController(const HostsController &) = delete;
    HostsController &operator=(const HostsController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    Services &m_services;
};

} // namespace TheEye::Supervisor
