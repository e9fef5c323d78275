#pragma once

namespace TheEye::Supervisor {

class Directory;
class JobService;
class ScriptService;
class Store;
class TaskRecipes;
class TaskService;

// The core's domain services, for the API controllers. All of them belong to the core thread.
struct Services
{
    Store &store;
    Directory &directory;
    ScriptService &scripts;
    TaskService &tasks;
    TaskRecipes &recipes;
    JobService &jobs;
};

} // namespace TheEye::Supervisor
