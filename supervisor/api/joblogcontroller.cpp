#include "supervisor/api/joblogcontroller.h"

#include "models/jsonutil.h"
#include "supervisor/api/apiresponses.h"
#include "supervisor/api/apiroutes.h"
#include "supervisor/api/lookup.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/engine/jobengine.h"

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

constexpr QByteArrayView TextPlain = "text/plain; charset=utf-8";

bool isTrue(const QJsonValue &value)
{
    const QString text = Json::toText(value);
    return !value.isUndefined() && text != u"0" && text != u"false";
}

} // namespace

JobLogController::JobLogController(Services &services, JobEngine *&engine)
    : m_services(services)
    , m_engine(engine)
{}

void JobLogController::registerRoutes(ApiRoutes &routes)
{
    routes
        .add("GET",
             {u"/job/:job/log"_s, u"/:customer/job/:job/log"_s},
             Access::param(Role::Viewer),
             ApiHandler([this](ApiRequest &request, Http::Responder responder) {
                 const auto job = Lookup::job(m_services, request, request.param(u"job"_s));
                 if (!job) {
                     responder.send(ApiResponses::error(job.error()));
                     return;
                 }
                 if (const auto denied = Lookup::allowed(request,
                                                         job->document.value("acl"_L1).toArray())) {
                     responder.send(ApiResponses::error(*denied));
                     return;
                 }
                 const QJsonValue fromValue = request.query.value("from"_L1);
                 bool valid = true;
                 const qint64 from = fromValue.isUndefined()
                                         ? 0
                                         : Json::toText(fromValue).toLongLong(&valid);
                 if (!valid || from < 0) {
                     responder.send(
                         ApiResponses::status(400, u"from must be a byte offset (0 or more)"_s));
                     return;
                 }
                 const bool follow = isTrue(request.query.value("follow"_L1));
                 const auto live = m_engine ? m_engine->liveLog(job->id) : std::nullopt;
                 if (live || (follow && m_engine && !JobService::isFinished(job->lifecycle))) {
                     const QByteArray sofar = live.value_or(QByteArray());
                     const QByteArray head = from < sofar.size() ? sofar.mid(from) : QByteArray();
                     if (!follow) {
                         responder.send(Response::text(200, head, TextPlain.toByteArray()));
                         return;
                     }
                     auto stream = std::make_shared<Http::ResponseStream>();
                     if (!head.isEmpty())
                         stream->write(head);
                     m_engine->follow(job->id, stream, std::max<qint64>(from, sofar.size()));
                     responder.send(Response::streaming(200, stream, TextPlain.toByteArray()));
                     return;
                 }
                 const QByteArray log = Json::string(job->document.value("result"_L1).toObject(),
                                                     "log"_L1)
                                            .toUtf8();
                 responder.send(Response::text(200,
                                               from < log.size() ? log.mid(from) : QByteArray(),
                                               TextPlain.toByteArray()));
             }));
}

} // namespace TheEye::Supervisor
