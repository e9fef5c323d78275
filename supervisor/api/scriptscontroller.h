#pragma once

namespace TheEye::Supervisor {

class ApiRoutes;
struct Services;

// Scripts (TheEye "files" of type Script): list, get, create and update with inline content
// (data URL or base64), and the raw download agents and editors use.
class ScriptsController final
{
public:
    explicit ScriptsController(Services &services);
    ScriptsController(const ScriptsController &) = delete;
    ScriptsController &operator=(const ScriptsController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    Services &m_services;
};

} // namespace TheEye::Supervisor
