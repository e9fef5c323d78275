#include "supervisor/core/localsupervisor.h"

#include "supervisor/core/supervisorcore.h"
#include "supervisor/core/supervisortr.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

LocalSupervisor::LocalSupervisor(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.dataDirectory.isEmpty())
        m_options.dataDirectory = defaultDataDirectory();
}

LocalSupervisor::~LocalSupervisor()
{
    stop();
}

QString LocalSupervisor::defaultDataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"supervisor"_s);
}

template<typename F>
void LocalSupervisor::onCore(F &&function)
{
    if (QThread::currentThread() == m_thread.get())
        function();
    else
        QMetaObject::invokeMethod(m_core, std::forward<F>(function), Qt::BlockingQueuedConnection);
}

bool LocalSupervisor::start()
{
    if (m_running)
        return true;
    m_error.clear();
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"supervisor-core"_s);
    CoreOptions coreOptions;
    coreOptions.dataDirectory = m_options.dataDirectory;
    coreOptions.organizationName = m_options.organization;
    coreOptions.createExampleTask = m_options.createExampleTask;
    coreOptions.resultPoll = m_options.resultPoll;
    coreOptions.engine = m_options.engine;
    // Only a serving supervisor runs jobs: a --create-token process beside a running server must
    // not take its jobs for interrupted ones.
    coreOptions.engine.enabled = m_options.engine.enabled && m_options.listen;
    m_core = new SupervisorCore(coreOptions);
    m_core->moveToThread(m_thread.get());
    m_thread->start();

    std::optional<Outcome<SupervisorCore::Opened>> opened;
    onCore([this, &opened] { opened = m_core->open(); });
    if (!*opened) {
        const ServiceError &error = opened->error();
        m_error = error.message.isEmpty()
                      ? SupervisorTr::tr("The local supervisor could not start.")
                      : error.message;
        releaseCore();
        return false;
    }
    m_firstAdminToken = (*opened)->firstAdminToken;

    if (!m_options.listen) {
        m_running = true;
        return true;
    }
    SupervisorCore *core = m_core;
    m_server = std::make_unique<Http::HttpServer>(m_options.server,
                                                  m_core,
                                                  [core](Http::Request request,
                                                         Http::Responder responder) {
                                                      core->handle(request, std::move(responder));
                                                  });
    if (!m_server->start()) {
        m_error = m_server->error();
        m_server.reset();
        releaseCore();
        return false;
    }
    m_core->setApiUrl(m_server->baseUrl());
    m_running = true;
    return true;
}

void LocalSupervisor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_server) {
        onCore([this] { m_core->beginStop(); });
        m_server->stop();
        m_server.reset();
    }
    releaseCore();
}

void LocalSupervisor::releaseCore()
{
    // The core closes its store on its own thread, then comes back here to be deleted.
    QThread *home = thread();
    onCore([this, home] { m_core->close(home); });
    m_thread->quit();
    m_thread->wait();
    delete m_core;
    m_core = nullptr;
    m_thread.reset();
}

quint16 LocalSupervisor::port() const
{
    return m_server ? m_server->port() : 0;
}

QString LocalSupervisor::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QString();
}

QString LocalSupervisor::takeFirstAdminToken()
{
    return std::exchange(m_firstAdminToken, QString());
}

QString LocalSupervisor::issueSessionToken(Role role)
{
    if (!m_running)
        return {};
    QString token;
    onCore([this, role, &token] {
        const auto issued = m_core->issueToken({}, role, u"session"_s, false);
        if (issued)
            token = issued->token;
    });
    return token;
}

Result<QString> LocalSupervisor::createToken(Role role,
                                             const QString &label,
                                             const QString &organization)
{
    if (!m_running)
        return Result<QString>::failure(SupervisorTr::tr("The local supervisor is not running."));
    std::optional<Outcome<Directory::IssuedToken>> issued;
    onCore([&] { issued = m_core->issueToken(organization, role, label, true); });
    if (!*issued)
        return Result<QString>::failure(issued->error().message);
    return (*issued)->token;
}

Result<QString> LocalSupervisor::createOrganization(const QString &name)
{
    if (!m_running)
        return Result<QString>::failure(SupervisorTr::tr("The local supervisor is not running."));
    std::optional<Outcome<Directory::IssuedToken>> created;
    onCore([&] { created = m_core->createOrganization(name); });
    if (!*created)
        return Result<QString>::failure(created->error().message);
    return (*created)->token;
}

} // namespace TheEye::Supervisor
