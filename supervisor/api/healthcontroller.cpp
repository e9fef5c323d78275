#include "supervisor/api/healthcontroller.h"

#include "supervisor/api/apiroutes.h"
#include "supervisor/core/directory.h"

#include <QFile>
#include <QJsonArray>

#include <cstdlib>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;
using Http::Response;

namespace {

double systemUptimeSeconds()
{
    QFile file(u"/proc/uptime"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().split(' ').value(0).toDouble();
}

QJsonArray loadAverage()
{
    double values[3] = {0, 0, 0};
    if (getloadavg(values, 3) != 3)
        return {0, 0, 0};
    return {values[0], values[1], values[2]};
}

} // namespace

HealthController::HealthController()
{
    m_started.start();
}

void HealthController::registerRoutes(ApiRoutes &routes)
{
    routes.add("GET", {u"/api"_s}, Access::open(), SyncApiHandler([](ApiRequest &) {
                   return Response::json(200, u"Hi, I am ok. Thanks for asking"_s);
               }));
    routes.add("GET", {u"/api/status"_s}, Access::open(), SyncApiHandler([this](ApiRequest &) {
                   return Response::json(200,
                                         QJsonObject{
                                             {"status"_L1, u"ok"_s},
                                             {"node_hostname"_L1, Directory::localHostname()},
                                             {"node_uptime"_L1, systemUptimeSeconds()},
                                             {"process_uptime"_L1, m_started.elapsed() / 1000.0},
                                             {"theeye_version"_L1, QStringLiteral(THEEYE_VERSION)},
                                             {"load_average"_L1, loadAverage()},
                                             {"env"_L1, u"local"_s},
                                         });
               }));
}

} // namespace TheEye::Supervisor
