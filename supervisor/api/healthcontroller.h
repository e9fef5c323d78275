#pragma once

#include <QElapsedTimer>

namespace TheEye::Supervisor {

class ApiRoutes;

// GET /api and GET /api/status: no token, as on the real supervisor.
class HealthController final
{
public:
    HealthController();
    void registerRoutes(ApiRoutes &routes);

private:
    QElapsedTimer m_started;
};

} // namespace TheEye::Supervisor
