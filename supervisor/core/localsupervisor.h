#pragma once

#include "models/result.h"
#include "supervisor/api/jobresultcontroller.h"
#include "supervisor/core/role.h"
#include "supervisor/engine/engineoptions.h"
#include "supervisor/http/httpserver.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace TheEye::Supervisor {

class SupervisorCore;

// The local supervisor as one object: a TheEye-compatible HTTP API on a port of this machine,
// backed by SQLite, with the local bot. Its core runs on a thread of its own; these methods are
// for the thread that created it (the GUI or the headless server's main thread) and block only
// for the short calls they make into the core. Never call them from the core thread.
class LocalSupervisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSupervisor)

public:
    struct Options
    {
        // Where supervisor.sqlite lives; empty: "<AppDataLocation>/supervisor".
        QString dataDirectory;
        QString organization = QStringLiteral("local");
        Http::ServerOptions server;
        // On the first start: one task, "Hello world", to try the app with.
        bool createExampleTask = true;
        ResultPollOptions resultPoll;
        // false: open the data without serving HTTP (the headless server's --create-token); no
        // job engine runs then either.
        bool listen = true;
        // The job engine and local bot: on by default, so tasks run for real.
        EngineOptions engine;
    };

    explicit LocalSupervisor(Options options, QObject *parent = nullptr);
    ~LocalSupervisor() override; // stops

    static QString defaultDataDirectory();

    // Opens the store and starts listening. On failure returns false; error() says why
    // (translated: port in use, unreadable database, …).
    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:60080"
    QString organization() const { return m_options.organization; }
    QString dataDirectory() const { return m_options.dataDirectory; }

    // The admin token made when this start created the organization, once; empty afterwards and
    // on later starts (only its hash was stored).
    QString takeFirstAdminToken();

    // A token of the default organization that works until the process ends; it is never
    // written anywhere. The desktop app talks to its own supervisor with one.
    QString issueSessionToken(Role role = Role::Admin);
    // A stored token (it survives restarts). An empty organization means the default one.
    Result<QString> createToken(Role role, const QString &label, const QString &organization = {});
    // Another organization, with its admin token.
    Result<QString> createOrganization(const QString &name);

    // For the job engine and tests: the core object and its thread.
    SupervisorCore *core() const { return m_core; }

private:
    template<typename F>
    void onCore(F &&function);
    void releaseCore();

    Options m_options;
    std::unique_ptr<QThread> m_thread;
    SupervisorCore *m_core = nullptr; // lives on m_thread while running
    std::unique_ptr<Http::HttpServer> m_server;
    QString m_firstAdminToken;
    QString m_error;
    bool m_running = false;
};

} // namespace TheEye::Supervisor
