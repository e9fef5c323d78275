#pragma once

#include "client/call.h"
#include "models/script.h"

#include <QByteArray>
#include <QList>

namespace TheEye {

class SupervisorClient;

// Script files (supervisor-api.md §5.3). A real supervisor stores them as files uploaded with
// multipart (`/:customer/file`); the local one takes the content inline as a data URL
// (`/:customer/script`). Like TasksApi, each method returns a handle and has a
// context-and-callback overload.
class ScriptsApi final
{
public:
    explicit ScriptsApi(SupervisorClient &client);
    ScriptsApi(const ScriptsApi &) = delete;
    ScriptsApi &operator=(const ScriptsApi &) = delete;

    Call<QList<Script>> *list();
    template<typename C, typename F>
    Call<QList<Script>> *list(const C *context, F &&callback)
    {
        return list()->then(context, std::forward<F>(callback));
    }

    Call<Script> *get(const QString &scriptId);
    template<typename C, typename F>
    Call<Script> *get(const QString &scriptId, const C *context, F &&callback)
    {
        return get(scriptId)->then(context, std::forward<F>(callback));
    }

    // The script's content, byte for byte.
    Call<QByteArray> *download(const QString &scriptId);
    template<typename C, typename F>
    Call<QByteArray> *download(const QString &scriptId, const C *context, F &&callback)
    {
        return download(scriptId)->then(context, std::forward<F>(callback));
    }

    // `script` gives the filename and description (Script::forContent makes one).
    Call<Script> *create(const Script &script, const QByteArray &content);
    template<typename C, typename F>
    Call<Script> *create(const Script &script,
                         const QByteArray &content,
                         const C *context,
                         F &&callback)
    {
        return create(script, content)->then(context, std::forward<F>(callback));
    }

    // Replaces the content (and filename, description) of an existing script.
    Call<Script> *update(const Script &script, const QByteArray &content);
    template<typename C, typename F>
    Call<Script> *update(const Script &script,
                         const QByteArray &content,
                         const C *context,
                         F &&callback)
    {
        return update(script, content)->then(context, std::forward<F>(callback));
    }

private:
    Call<Script> *upload(const QByteArray &method,
                         const QString &scriptId,
                         const Script &script,
                         const QByteArray &content);

    SupervisorClient &m_client;
};

} // namespace TheEye
