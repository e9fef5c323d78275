#include "supervisor/core/supervisorcore.h"

#include "supervisor/api/agentcontroller.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/healthcontroller.h"
#include "supervisor/api/hostscontroller.h"
#include "supervisor/api/joblogcontroller.h"
#include "supervisor/api/jobscontroller.h"
#include "supervisor/api/scriptscontroller.h"
#include "supervisor/api/taskscontroller.h"
#include "supervisor/api/tokenscontroller.h"
#include "supervisor/core/jobdispatcher.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/services.h"
#include "supervisor/core/supervisortr.h"
#include "supervisor/core/taskrecipes.h"
#include "supervisor/core/taskservice.h"
#include "supervisor/engine/jobengine.h"
#include "supervisor/http/router.h"
#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

struct SupervisorCore::Parts
{
    explicit Parts(const ResultPollOptions &poll)
        : results(services, poll)
    {
        jobs.setDispatcher(&idle);
        tasksController.registerRoutes(routes);
        jobsController.registerRoutes(routes);
        logController.registerRoutes(routes);
        agentController.registerRoutes(routes);
        results.registerRoutes(routes);
        scriptsController.registerRoutes(routes);
        hostsController.registerRoutes(routes);
        healthController.registerRoutes(routes);
        tokensController.registerRoutes(routes);
    }

    ~Parts()
    {
        // The open commit group lands (or is lost) while everyone watching it still exists.
        engineOwner.reset();
        store.close();
    }

    Store store;
    // Lands the store's commit group at the end of the event-loop pass that opened it.
    QTimer groupCommit;
    Directory directory{store};
    ScriptService scripts{store};
    TaskService tasks{store, directory, scripts};
    TaskRecipes recipes{tasks, scripts, directory};
    JobService jobs{store, directory, tasks, scripts};
    IdleDispatcher idle;
    Services services{store, directory, scripts, tasks, recipes, jobs};
    Http::Router router;
    ApiRoutes routes{router, directory};
    TasksController tasksController{services};
    JobsController jobsController{services};
    JobResultController results;
    ScriptsController scriptsController{services};
    HostsController hostsController{services};
    HealthController healthController;
    TokensController tokensController{services};
    JobEngine *engine = nullptr;
    JobLogController logController{services, engine};
    AgentController agentController{services};
    // Last: it is destroyed first, while the store and services it uses still exist.
    std::unique_ptr<JobEngine> engineOwner;
};

namespace {

const char ExampleScript[] = "#!/bin/bash\n"
                             "# TheEye Desktop's example task: greets the \"Name\" it is given.\n"
                             "name=\"${1:-world}\"\n"
                             "echo \"Hello, ${name}!\"\n";

} // namespace

SupervisorCore::SupervisorCore(CoreOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

SupervisorCore::~SupervisorCore() = default;

Services &SupervisorCore::services()
{
    return d->services;
}

void SupervisorCore::setDispatcher(JobDispatcher *dispatcher)
{
    d->jobs.setDispatcher(dispatcher ? dispatcher : &d->idle);
}

JobEngine *SupervisorCore::engine() const
{
    return d ? d->engine : nullptr;
}

void SupervisorCore::setApiUrl(const QString &url)
{
    QMutexLocker locker(&m_apiUrlMutex);
    m_apiUrl = url;
}

QString SupervisorCore::apiUrl() const
{
    QMutexLocker locker(&m_apiUrlMutex);
    return m_apiUrl;
}

Outcome<SupervisorCore::Opened> SupervisorCore::open()
{
    d = std::make_unique<Parts>(m_options.resultPoll);
    d->jobs.setApiUrlProvider([this] { return apiUrl(); });
    if (const Done opened = d->store.open(m_options.dataDirectory); !opened) {
        d.reset();
        return Outcome<Opened>::failure(ServiceError::internal(opened.error()));
    }
    for (const auto &loaded : {d->directory.load(), d->scripts.load(), d->tasks.load()}) {
        if (!loaded) {
            d.reset();
            return Outcome<Opened>::failure(loaded.error());
        }
    }

    Opened opened;
    opened.organizationName = m_options.organizationName;
    if (!d->directory.organizationByName(m_options.organizationName)) {
        const auto created = createOrganization(m_options.organizationName);
        if (!created) {
            d.reset();
            return Outcome<Opened>::failure(created.error());
        }
        opened.firstAdminToken = created->token;
        if (m_options.createExampleTask) {
            const Organization *organization = d->directory.organizationByName(
                m_options.organizationName);
            if (const auto example = createExampleTask(*organization); !example) {
                d.reset();
                return Outcome<Opened>::failure(example.error());
            }
        }
    }
    d->groupCommit.setSingleShot(true);
    d->groupCommit.setInterval(0);
    d->groupCommit.callOnTimeout(this, [this] {
        if (d)
            d->store.database().commitGroup();
    });
    d->store.database().enableCommitGroups([this] { d->groupCommit.start(); });
    if (m_options.engine.enabled) {
        d->engineOwner = std::make_unique<JobEngine>(d->services,
                                                     m_options.engine,
                                                     m_options.dataDirectory);
        d->engine = d->engineOwner.get();
        d->jobs.setDispatcher(d->engine);
        d->engine->start();
    }
    return opened;
}

Outcome<Directory::IssuedToken> SupervisorCore::createOrganization(const QString &name)
{
    const auto organization = d->directory.createOrganization(name);
    if (!organization)
        return Outcome<Directory::IssuedToken>::failure(organization.error());
    return d->directory.issueToken(organization->id, Role::Admin, u"admin"_s, true);
}

Outcome<Directory::IssuedToken> SupervisorCore::issueToken(const QString &organizationName,
                                                           Role role,
                                                           const QString &label,
                                                           bool persistent)
{
    const Organization *organization = d->directory.organizationByName(
        organizationName.isEmpty() ? m_options.organizationName : organizationName);
    if (!organization)
        return Outcome<Directory::IssuedToken>::failure(
            ServiceError::text(404, u"organization not found"_s));
    return d->directory.issueToken(organization->id, role, label, persistent);
}

Outcome<bool> SupervisorCore::createExampleTask(const Organization &organization)
{
    const auto script = d->scripts.create(
        organization,
        QJsonObject{{"filename"_L1, u"hello-world.sh"_s},
                    {"description"_L1, SupervisorTr::tr("Greets the name it is given.")},
                    {"data"_L1,
                     QString(u"data:text/plain;base64,"_s
                             + QString::fromLatin1(QByteArray(ExampleScript).toBase64()))}});
    if (!script)
        return Outcome<bool>::failure(script.error());
    const Host *bot = d->directory.localBot(organization.id);
    QJsonObject argument{
        {"id"_L1, 1},
        {"order"_L1, 0},
        {"type"_L1, u"input"_s},
        {"label"_L1, u"Name"_s},
        {"value"_L1, QString()},
        {"help"_L1, SupervisorTr::tr("Who to greet")},
        {"readonly"_L1, false},
        {"required"_L1, true},
        {"multiple"_L1, false},
        {"masked"_L1, false},
        {"options"_L1, QJsonArray()},
    };
    const auto task = d->tasks.create(
        organization,
        QJsonObject{{"name"_L1, u"Hello world"_s},
                    {"type"_L1, u"script"_s},
                    {"description"_L1,
                     SupervisorTr::tr("An example task: it runs a small script on this computer "
                                      "that greets the name you give it.")},
                    {"host"_L1, bot ? bot->id : QString()},
                    {"script"_L1, script->id},
                    {"script_runas"_L1, u"bash %script%"_s},
                    {"timeout"_L1, 60000},
                    {"tags"_L1, QJsonArray{u"example"_s}},
                    {"task_arguments"_L1, QJsonArray{argument}}});
    if (!task)
        return Outcome<bool>::failure(task.error());
    return true;
}

void SupervisorCore::handle(const Http::Request &request, Http::Responder responder)
{
    if (!d) {
        responder.send(Http::Response::json(503, u"Service Unavailable"_s));
        return;
    }
    d->router.dispatch(request, answerOnceLanded(request.method, std::move(responder)));
}

Http::Responder SupervisorCore::answerOnceLanded(const QByteArray &method,
                                                 Http::Responder responder)
{
    // An answer must not promise what a crash could still take back: one given while the
    // store's commit group is open waits for the group to land. If it cannot, a change the
    // request made is lost with it, and the client is told (507 when the disk is full).
    const bool changes = method != "GET" && method != "HEAD";
    return Http::Responder(
        [self = QPointer<SupervisorCore>(this), coreThread = thread(), changes, responder](
            Http::Response response) {
            if (QThread::currentThread() != coreThread || !self || !self->d
                || !self->d->store.database().hasOpenGroup()) {
                responder.send(std::move(response));
                return;
            }
            self->d->store.database().whenLanded(
                [changes, responder, response = std::move(response)](const Done &landed) {
                    if (landed || !changes || response.status >= 400)
                        responder.send(response);
                    else
                        responder.send(ApiResponses::error(ServiceError::internal(landed.error())));
                });
        });
}

void SupervisorCore::beginStop()
{
    if (d) {
        d->results.closeAll();
        // Log followers end before the transport stops waiting for them.
        if (d->engine)
            d->engine->shutdown();
    }
}

void SupervisorCore::close(QThread *thread)
{
    if (d) {
        if (d->engine)
            d->engine->shutdown();
        d->results.closeAll();
        d->store.close();
        d.reset();
    }
    moveToThread(thread);
}

} // namespace TheEye::Supervisor
