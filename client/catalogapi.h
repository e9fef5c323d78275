#pragma once

#include "client/call.h"
#include "models/host.h"

#include <QList>

namespace TheEye {

class SupervisorClient;

// What the editors pick from: the bots a task can run on, and the task events a task can be
// triggered by. Like TasksApi, each method returns a handle and has a context-and-callback
// overload.
class CatalogApi final
{
public:
    explicit CatalogApi(SupervisorClient &client);
    CatalogApi(const CatalogApi &) = delete;
    CatalogApi &operator=(const CatalogApi &) = delete;

    Call<QList<Host>> *hosts();
    template<typename C, typename F>
    Call<QList<Host>> *hosts(const C *context, F &&callback)
    {
        return hosts()->then(context, std::forward<F>(callback));
    }

    Call<QList<Event>> *events();
    template<typename C, typename F>
    Call<QList<Event>> *events(const C *context, F &&callback)
    {
        return events()->then(context, std::forward<F>(callback));
    }

private:
    SupervisorClient &m_client;
};

} // namespace TheEye
