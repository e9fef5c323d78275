#pragma once

namespace TheEye::Supervisor {

class ApiRoutes;
class JobEngine;
struct Services;

// `GET /:customer/job/:id/log` (decisions.md, extensions): the job's combined output. Without
// `follow`, what exists so far; with `follow=1`, a chunked text/plain stream of the output as it
// is produced, ended when the job finishes. `from=N` starts at byte N of the log.
class JobLogController final
{
public:
    JobLogController(Services &services, JobEngine *&engine);
    JobLogController(const JobLogController &) = delete;
    JobLogController &operator=(const JobLogController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    Services &m_services;
    JobEngine *&m_engine; // null while no engine runs: the stored log is served
};

} // namespace TheEye::Supervisor
