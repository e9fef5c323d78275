#pragma once

#include "supervisor/api/jobresultcontroller.h"
#include "supervisor/core/directory.h"
#include "supervisor/core/serviceerror.h"
#include "supervisor/engine/engineoptions.h"
#include "supervisor/http/httprequest.h"
#include "supervisor/http/httpresponse.h"

#include <QMutex>
#include <QObject>

#include <memory>

class QThread;

namespace TheEye::Supervisor {

class JobDispatcher;
class JobEngine;
struct Services;

struct CoreOptions
{
    QString dataDirectory;
    QString organizationName = QStringLiteral("local");
    bool createExampleTask = true;
    ResultPollOptions resultPoll;
    EngineOptions engine; // the job engine and local bot (engine.enabled: false, none)
};

// The local supervisor's single owner of state: store, services, router and controllers. It lives
// on its own thread; every request and every call reaches it there, so nothing in it takes a lock
// (except the API URL, which the facade sets from outside).
class SupervisorCore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorCore)

public:
    explicit SupervisorCore(CoreOptions options, QObject *parent = nullptr);
    ~SupervisorCore() override;

    struct Opened
    {
        QString organizationName;
        QString firstAdminToken; // set only when this start created the organization
    };
    // Opens the store and loads everything; on the first start creates the organization, its
    // admin token, the local bot and (unless disabled) the example task.
    Outcome<Opened> open();
    // Refuses new long-polls and answers the parked ones: the transport is about to stop.
    void beginStop();
    // Releases the store and everything on this thread, then hands the object to `thread` so it
    // can be deleted there.
    void close(QThread *thread);

    void handle(const Http::Request &request, Http::Responder responder);

    void setApiUrl(const QString &url);
    QString apiUrl() const;

    Outcome<Directory::IssuedToken> issueToken(const QString &organizationName,
                                               Role role,
                                               const QString &label,
                                               bool persistent);
    Outcome<Directory::IssuedToken> createOrganization(const QString &name);

    Services &services();
    // The job engine replaces the idle dispatcher; nullptr goes back to it (tests that record what
    // the job service hands over).
    void setDispatcher(JobDispatcher *dispatcher);
    // The job engine, when this core runs one (after open()).
    JobEngine *engine() const;

private:
    Outcome<bool> createExampleTask(const Organization &organization);
    Http::Responder answerOnceLanded(const QByteArray &method, Http::Responder responder);

    struct Parts;
    CoreOptions m_options;
    std::unique_ptr<Parts> d;
    mutable QMutex m_apiUrlMutex;
    QString m_apiUrl;
};

} // namespace TheEye::Supervisor
