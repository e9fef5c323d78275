// bench_client: what the supervisor client costs. Prints figures; never fails on a time.
//
//  1. Fetch and decode 10,000 tasks (GET /:customer/task): wall time per list, the body's size
//     on the wire (plain and gzip), and the same transfer through a bare QNetworkAccessManager,
//     whose difference is the client's decoding.
//  2. Client overhead per request: many sequential small GETs (one task) through the client and
//     through a bare QNetworkAccessManager reading the same bytes, in the same run.
//
// The server is the fake server of the client tests, on its own thread, answering prepared
// bytes: it costs the same for both sides. Tasks are the real supervisor's task of
// 02-task-get, each copied with its own id, name, tags, dates and version.

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/jsonutil.h"
#include "support/fakeserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int TaskCount = 10'000;
constexpr int ListRounds = 7;
constexpr int SmallRequests = 2'000;

QJsonObject capturedTask()
{
    QFile file(QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/02-task-get.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value("response"_L1)
        .toObject()
        .value("body"_L1)
        .toObject();
}

QByteArray taskList(int count)
{
    const QJsonObject base = capturedTask();
    const QDateTime start(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);
    QJsonArray tasks;
    for (int i = 0; i < count; ++i) {
        QJsonObject task = base;
        task.insert("id"_L1,
                    QString::fromLatin1("5f" + QByteArray::number(i, 16).rightJustified(22, '0')));
        task.insert("name"_L1, u"Task %1"_s.arg(i));
        task.insert("tags"_L1, QJsonArray{u"demo"_s, u"group-%1"_s.arg(i % 37)});
        task.insert("creation_date"_L1, start.addSecs(i).toString(Qt::ISODateWithMs));
        task.insert("last_update"_L1, start.addSecs(i + 60).toString(Qt::ISODateWithMs));
        task.insert("version"_L1, i % 9 + 1);
        tasks.append(task);
    }
    return QJsonDocument(tasks).toJson(QJsonDocument::Compact);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs the event loop until `done` is true.
void spin(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// The longest the event loop went without turning while it ran: what a GUI would freeze.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.callOnTimeout([this] {
            m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_timer.start();
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

double clientListMs(SupervisorClient &client, qsizetype *count, double *stallMs = nullptr)
{
    StallMeter stall;
    QElapsedTimer timer;
    timer.start();
    bool finished = false;
    client.tasks().list({}, &client, [&](const Result<QList<Task>, ClientError> &result) {
        if (!result)
            qFatal("list failed: %s %s",
                   qPrintable(result.error().message),
                   qPrintable(result.error().details.left(200)));
        *count = result->size();
        finished = true;
    });
    spin([&] { return finished; });
    if (stallMs)
        *stallMs = stall.longestMs();
    return double(timer.nsecsElapsed()) / 1e6;
}

double rawGetMs(QNetworkAccessManager &network, const QUrl &url, qint64 *bytes)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer bench");
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = network.get(request);
    bool finished = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        *bytes = reply->readAll().size();
        finished = true;
        reply->deleteLater();
    });
    spin([&] { return finished; });
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    const QByteArray list = taskList(TaskCount);
    const QByteArray listGzip = gzip(list);
    const QByteArray oneTask = QJsonDocument(capturedTask()).toJson(QJsonDocument::Compact);

    // The server lives on a thread of its own, so its work never sits in the client's loop.
    QThread serverThread;
    serverThread.start();
    QObject serverHome;
    serverHome.moveToThread(&serverThread);
    FakeServer *server = nullptr;
    bool gzipList = false;
    QMetaObject::invokeMethod(
        &serverHome,
        [&] {
            server = new FakeServer;
            server->setRecording(false);
            server->setHandler([&](const FakeRequest &request) {
                if (request.path == u"/acme/task") {
                    FakeResponse response = FakeResponse::text(200,
                                                               gzipList ? listGzip : list,
                                                               "application/json");
                    if (gzipList)
                        response.addHeader("Content-Encoding", "gzip");
                    return response;
                }
                return FakeResponse::text(200, oneTask, "application/json");
            });
            if (!server->listen())
                qFatal("cannot listen");
        },
        Qt::BlockingQueuedConnection);

    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.baseUrl = server->url();
    profile.organization = u"acme"_s;
    profile.token = u"bench"_s;
    SupervisorClient client(profile);
    QNetworkAccessManager network;
    const QUrl listUrl(server->url().toString() + u"/acme/task?unassigned=true"_s);
    const QUrl taskUrl(server->url().toString() + u"/acme/task/5f0000000000000000000001"_s);

    std::printf(
        "bench_client  (Qt %s, %d tasks, median of %d rounds, fake server on its own thread)\n\n",
        qVersion(),
        TaskCount,
        ListRounds);
    QByteArray figureLines; // for bench/run.sh's table, printed last
    std::printf("1. Fetch and decode %d tasks\n", TaskCount);
    std::printf("   %-10s %10s %12s %14s %12s %16s\n",
                "encoding",
                "body MB",
                "client ms",
                "raw QNAM ms",
                "decode ms",
                "GUI stall ms");
    for (const bool compressed : {false, true}) {
        QMetaObject::invokeMethod(
            &serverHome, [&, compressed] { gzipList = compressed; }, Qt::BlockingQueuedConnection);
        std::vector<double> clientTimes;
        std::vector<double> stalls;
        std::vector<double> rawTimes;
        qsizetype decoded = 0;
        qint64 bytes = 0;
        clientListMs(client, &decoded); // warm up connections and allocators
        rawGetMs(network, listUrl, &bytes);
        for (int round = 0; round < ListRounds; ++round) {
            double stall = 0;
            clientTimes.push_back(clientListMs(client, &decoded, &stall));
            stalls.push_back(stall);
            rawTimes.push_back(rawGetMs(network, listUrl, &bytes));
        }
        if (decoded != TaskCount)
            qFatal("decoded %lld tasks", qlonglong(decoded));
        const double wireMb = double(compressed ? listGzip.size() : list.size())
                              / (1024.0 * 1024.0);
        figureLines += QString::asprintf("FIGURE client_fetch_%d_tasks_%s %.1f ms "
                                         "raw_qnam_get %.1f\n",
                                         TaskCount,
                                         compressed ? "gzip" : "identity",
                                         median(clientTimes),
                                         median(rawTimes))
                           .toUtf8();
        std::printf("   %-10s %10.2f %12.1f %14.1f %12.1f %16.1f\n",
                    compressed ? "gzip" : "identity",
                    wireMb,
                    median(clientTimes),
                    median(rawTimes),
                    median(clientTimes) - median(rawTimes),
                    median(stalls));
    }
    std::printf(
        "   (JSON body %.2f MB uncompressed; decode ms = client − raw; GUI stall = the longest\n"
        "    the client's event loop stood still during a fetch: decoding runs on a worker)\n",
        double(list.size()) / (1024.0 * 1024.0));
    {
        std::vector<double> parseTimes;
        std::vector<double> checkTimes;
        for (int round = 0; round < ListRounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const auto json = Json::parse(list);
            parseTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            qsizetype valid = 0;
            for (const QJsonValue &item : json->toArray())
                valid += Task::fromJson(item).ok() ? 1 : 0;
            checkTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (valid != TaskCount)
                qFatal("invalid tasks");
        }
        std::printf(
            "   of which, in this process: JSON parse %.1f ms, Task shape checks %.1f ms\n\n",
            median(parseTimes),
            median(checkTimes));
    }

    std::printf("2. Overhead per request: %d sequential GETs of one task (%lld bytes)\n",
                SmallRequests,
                qlonglong(oneTask.size()));
    std::vector<double> clientPer;
    std::vector<double> rawPer;
    for (int round = 0; round < 3; ++round) {
        // Interleaved, so both sides see the same machine load.
        qint64 clientNs = 0;
        qint64 rawNs = 0;
        for (int i = 0; i < SmallRequests; ++i) {
            QElapsedTimer timer;
            timer.start();
            bool finished = false;
            client.tasks().get(u"5f0000000000000000000001"_s,
                               &client,
                               [&](const Result<Task, ClientError> &result) {
                                   if (!result)
                                       qFatal("get failed: %s", qPrintable(result.error().message));
                                   finished = true;
                               });
            spin([&] { return finished; });
            clientNs += timer.nsecsElapsed();
            timer.restart();
            qint64 bytes = 0;
            rawGetMs(network, taskUrl, &bytes);
            rawNs += timer.nsecsElapsed();
        }
        clientPer.push_back(double(clientNs) / 1e3 / SmallRequests);
        rawPer.push_back(double(rawNs) / 1e3 / SmallRequests);
    }
    const double clientUs = median(clientPer);
    const double rawUs = median(rawPer);
    std::printf("   client          %8.1f µs/request\n", clientUs);
    std::printf("   raw QNAM GET    %8.1f µs/request\n", rawUs);
    std::printf("   overhead        %8.1f µs/request (%.2f× the raw request)\n",
                clientUs - rawUs,
                clientUs / rawUs);
    std::printf("\n%sFIGURE client_get_one_task %.1f us/request raw_qnam_get %.1f\n",
                figureLines.constData(),
                clientUs,
                rawUs);

    QMetaObject::invokeMethod(
        &serverHome, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
