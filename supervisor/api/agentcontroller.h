#pragma once

namespace TheEye::Supervisor {

class ApiRoutes;
struct Services;

// The routes a real TheEye agent needs to work as a remote bot (agent-protocol.md §3): token,
// host registration, remote config, ping and the result report. The job poll
// (`GET /:customer/job?hostname=`) is served by the jobs controller's list route.
class AgentController final
{
public:
    explicit AgentController(Services &services);
    AgentController(const AgentController &) = delete;
    AgentController &operator=(const AgentController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    Services &m_services;
};

} // namespace TheEye::Supervisor
