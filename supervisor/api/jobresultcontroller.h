#pragma once

#include "supervisor/http/httpresponse.h"
#include "supervisor/store/records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QTimer;

namespace TheEye::Supervisor {

class ApiRoutes;
struct ApiRequest;
struct Services;

struct ResultPollOptions
{
    // TheEye clamps the wait of one poll to 10–60 s; tests may shorten the floor.
    int minimumSeconds = 10;
    int maximumSeconds = 60;
    // Parked polls hold a connection each; beyond this many the next one gets 503.
    int maximumParked = 512;
};

// `GET|POST /job/:id/result` and `/job/:id/secret/:secret/result` (supervisor-api.md §4.11): an
// unfinished job parks the request until the job finishes (the job service's signal replaces
// TheEye's Redis channel) or the window ends, then 303 to counter+1, or 408 at the limit.
class JobResultController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobResultController)

public:
    JobResultController(Services &services, ResultPollOptions options, QObject *parent = nullptr);
    ~JobResultController() override;

    void registerRoutes(ApiRoutes &routes);
    // Answers every parked poll with 503 and refuses new ones: the server is stopping.
    void closeAll();
    int parkedCount() const { return static_cast<int>(m_waiters.size()); }

    // The body and status a finished job's result gets, by the query's flags.
    static Http::Response resultResponse(const JobRow &job, const QJsonObject &query);

private:
    struct Waiter;
    void serve(const ApiRequest &request, const JobRow &job, Http::Responder responder);
    void onJobFinished(const QString &jobId);
    void onWindowEnded(quint64 key);

    Services &m_services;
    ResultPollOptions m_options;
    QHash<quint64, std::shared_ptr<Waiter>> m_waiters;
    quint64 m_nextKey = 1;
    bool m_closed = false;
};

} // namespace TheEye::Supervisor
