#pragma once

namespace TheEye::Supervisor {

class ApiRoutes;
struct Services;

// Task routes (supervisor-api.md §3 and decisions.md): list, get, create, update, delete,
// serialize/recipe, import, credentials, acl and schedules.
class TasksController final
{
public:
    explicit TasksController(Services &services);
    TasksController(const TasksController &) = delete;
    TasksController &operator=(const TasksController &) = delete;

    void registerRoutes(ApiRoutes &routes);

private:
    Services &m_services;
};

} // namespace TheEye::Supervisor
