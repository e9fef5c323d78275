#pragma once

#include "supervisor/http/httpresponse.h"

namespace TheEye::Supervisor {

class ApiRoutes;
struct ApiRequest;
struct Services;
struct TaskEntry;
struct JobOrigin;
struct Organization;

// Job routes (supervisor-api.md §3.13–3.16, §4): creation by token and by secret, list, get,
// running, cancel, restart, input, lifecycle, acl and the history purge of a task.
class JobsController final
{
public:
    explicit JobsController(Services &services);
    JobsController(const JobsController &) = delete;
    JobsController &operator=(const JobsController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    void registerCreation(ApiRoutes &routes);
    void registerQueries(ApiRoutes &routes);
    void registerChanges(ApiRoutes &routes);
    Http::Response create(const ApiRequest &request,
                          const Organization &organization,
                          const TaskEntry &task,
                          const JobOrigin &origin);

    Services &m_services;
};

} // namespace TheEye::Supervisor
