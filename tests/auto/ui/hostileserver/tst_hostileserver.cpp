// The app (Session, MainWindow, the job window) against a server that misbehaves in ways the
// real local supervisor never does on purpose: garbage, truncated JSON, huge bodies, a slow drip
// that is then cut, resets. For the task list, one task's job history and a job's live log, the
// app says something is wrong, keeps running (a timer keeps ticking through every exchange) and
// never crashes (run it under ASan too).

#include "models/jsonutil.h"
#include "models/tasktablemodel.h"
#include "support/fakeserver.h"
#include "ui/connectionbanner.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/jobhistorypanel.h"
#include "ui/jobs/jobrunning.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

enum class Target { TaskList, TaskJobs, JobLog };
enum class Hostility {
    Garbage,
    TruncatedJson,
    HugeBody,
    HugeLog,
    DripThenCut,
    Reset,
    CloseMidBody
};

const QString TaskId = u"65f000000000000000000001"_s;
const QString JobId = u"66a1f00d0000000000000001"_s;

QJsonObject taskJson()
{
    return QJsonObject{{"id"_L1, TaskId},
                       {"_type"_L1, u"ScriptTask"_s},
                       {"type"_L1, u"script"_s},
                       {"name"_L1, u"Backup"_s},
                       {"task_arguments"_L1, QJsonArray()},
                       {"tags"_L1, QJsonArray()}};
}

QJsonObject jobJson()
{
    return QJsonObject{{"id"_L1, JobId},
                       {"_type"_L1, u"ScriptJob"_s},
                       {"task_id"_L1, TaskId},
                       {"name"_L1, u"Backup"_s},
                       {"lifecycle"_L1, u"assigned"_s},
                       {"state"_L1, u"in_progress"_s},
                       {"origin"_L1, u"user"_s},
                       {"creation_date"_L1, Json::isoDate(QDateTime::currentDateTimeUtc())},
                       {"last_update"_L1, Json::isoDate(QDateTime::currentDateTimeUtc())}};
}

// 32 MiB of a JSON array of numbers: valid JSON, the wrong shape, and big.
constexpr qsizetype HugeBytes = 32 * 1024 * 1024;
QByteArray hugeBody()
{
    static const QByteArray body = [] {
        QByteArray numbers;
        numbers.reserve(HugeBytes + 16);
        numbers.append('[');
        while (numbers.size() < HugeBytes)
            numbers.append("1234567,");
        numbers.append("0]");
        return numbers;
    }();
    return body;
}

// 32 MiB of output lines, for the log.
QByteArray hugeLog()
{
    static const QByteArray body = [] {
        const QByteArray line = QByteArray(79, 'x') + '\n';
        return line.repeated(HugeBytes / line.size());
    }();
    return body;
}

FakeResponse hostile(Hostility hostility, const QByteArray &healthy)
{
    switch (hostility) {
    case Hostility::Garbage:
        return FakeResponse::withFault(FakeResponse::Fault::Garbage);
    case Hostility::TruncatedJson:
        return FakeResponse::text(200, healthy.left(healthy.size() / 2), "application/json");
    case Hostility::HugeBody:
        return FakeResponse::text(200, hugeBody(), "application/json");
    case Hostility::HugeLog:
        return FakeResponse::text(200, hugeLog());
    case Hostility::DripThenCut:
        return FakeResponse::withFault(FakeResponse::Fault::Stream);
    case Hostility::Reset:
        return FakeResponse::withFault(FakeResponse::Fault::Reset);
    case Hostility::CloseMidBody: {
        FakeResponse response = FakeResponse::text(200, healthy, "application/json");
        response.fault = FakeResponse::Fault::CloseMidBody;
        return response;
    }
    }
    return FakeResponse::empty(500);
}

} // namespace

Q_DECLARE_METATYPE(Target)
Q_DECLARE_METATYPE(Hostility)

namespace {

// What the app must show: an error, or (for a log, where any bytes are output) what arrived.
bool showsOutputRatherThanError(Target target, Hostility hostility)
{
    return target == Target::JobLog
           && (hostility == Hostility::TruncatedJson || hostility == Hostility::HugeLog
               || hostility == Hostility::DripThenCut || hostility == Hostility::CloseMidBody);
}

} // namespace

class tst_HostileServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appSurvives_data();
    void appSurvives();

private:
    FakeResponse answer(const FakeRequest &request);
    void drip(FakeStream *stream);
    bool errorShown() const;
    QString shownError() const; // what errorShown() saw, for failure messages

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<JobDialog> m_jobWindow;
    JobRunning *m_running = nullptr; // the history panel beside the window, as in the app
    QTimer m_ticker;
    qint64 m_ticks = 0;
    Target m_target = Target::TaskList;
    Hostility m_hostility = Hostility::Garbage;
    bool m_hostile = false; // the target route misbehaves from now on
    int m_hostileAnswers = 0;
};

void tst_HostileServer::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_server->setRecording(false);
    m_server->setHandler([this](const FakeRequest &request) { return answer(request); });
    connect(m_server.get(), &FakeServer::streamOpened, this, &tst_HostileServer::drip);
    m_ticks = 0;
    m_hostile = false;
    m_hostileAnswers = 0;
    m_ticker.setInterval(5);
    connect(&m_ticker, &QTimer::timeout, this, [this] { ++m_ticks; });
    m_ticker.start();
}

void tst_HostileServer::cleanup()
{
    m_ticker.stop();
    m_ticker.disconnect(this);
    delete m_jobWindow;
    m_running = nullptr;
    m_window.reset();
    m_session.reset();
    m_server.reset();
}

FakeResponse tst_HostileServer::answer(const FakeRequest &request)
{
    const QString path = request.path;
    const bool isTaskList = request.method == "GET" && path == u"/acme/task"_s;
    const bool isTaskJobs = request.method == "GET" && path == u"/acme/job"_s
                            && request.query.hasQueryItem(u"task_id"_s);
    const bool isJobLog = path == u"/acme/job/"_s + JobId + u"/log"_s;
    const bool targeted = (m_target == Target::TaskList && isTaskList)
                          || (m_target == Target::TaskJobs && isTaskJobs)
                          || (m_target == Target::JobLog && isJobLog);
    // A log keeps being followed while it brings bytes: misbehave on the first answers only.
    if (m_hostile && targeted
        && (!isJobLog || m_hostileAnswers < 3
            || !showsOutputRatherThanError(m_target, m_hostility))) {
        ++m_hostileAnswers;
        const QByteArray healthy = isTaskList   ? QJsonDocument(QJsonArray{taskJson()}).toJson()
                                   : isTaskJobs ? QJsonDocument(QJsonArray{jobJson()}).toJson()
                                                : QByteArray("line one\nline two\n");
        return hostile(m_hostility, healthy);
    }
    if (isTaskList)
        return FakeResponse::json(200, QJsonArray{taskJson()});
    if (request.method == "GET" && path == u"/acme/job/"_s + JobId)
        return FakeResponse::json(200, jobJson());
    if (request.method == "GET"
        && (path == u"/acme/job"_s || path == u"/acme/host"_s || path == u"/job/running"_s))
        return FakeResponse::json(200, QJsonArray());
    if (isJobLog) { // healthy: the stream stays open, as for a running job
        return FakeResponse::withFault(FakeResponse::Fault::Hang);
    }
    return FakeResponse::json(404,
                              QJsonObject{{"code"_L1, u"ResourceNotFound"_s},
                                          {"message"_L1, QString(path + u" does not exist"_s)}});
}

// A slow drip of JSON-looking bytes, one every 20 ms, cut after 40 of them.
void tst_HostileServer::drip(FakeStream *stream)
{
    auto *timer = new QTimer(stream);
    auto sent = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, stream, [stream, sent] {
        if (!stream->isOpen())
            return;
        if (++*sent > 40) {
            stream->abort();
            return;
        }
        stream->write(*sent == 1 ? QByteArray("[{\"id\":") : QByteArray("1"));
    });
    timer->start(20);
}

bool tst_HostileServer::errorShown() const
{
    if (m_target == Target::JobLog) {
        const auto *status = m_jobWindow ? m_jobWindow->findChild<QLabel *>(u"statusLabel"_s)
                                         : nullptr;
        return status && status->isVisible() && !status->text().isEmpty();
    }
    if (m_target == Target::TaskJobs) {
        const auto *status = m_window->findChild<QLabel *>(u"historyStatus"_s);
        return status && !status->text().isEmpty();
    }
    const auto *banner = m_window->findChild<ConnectionBanner *>(u"connectionBanner"_s);
    return (banner && banner->isVisible() && !banner->message().isEmpty())
           || !m_window->statusBar()->currentMessage().isEmpty();
}

QString tst_HostileServer::shownError() const
{
    const auto *banner = m_window->findChild<ConnectionBanner *>(u"connectionBanner"_s);
    const auto *history = m_window->findChild<QLabel *>(u"historyStatus"_s);
    const auto *log = m_jobWindow ? m_jobWindow->findChild<QLabel *>(u"statusLabel"_s) : nullptr;
    return u"banner: %1; status bar: %2; history: %3; job window: %4"_s
        .arg(banner && banner->isVisible() ? banner->message() : QString(),
             m_window->statusBar()->currentMessage(),
             history ? history->text() : QString(),
             log ? log->text() : QString());
}

void tst_HostileServer::appSurvives_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<Hostility>("hostility");
    const std::pair<Target, const char *> targets[] = {{Target::TaskList, "task list"},
                                                       {Target::TaskJobs, "a task's jobs"},
                                                       {Target::JobLog, "job log"}};
    const std::pair<Hostility, const char *> hostilities[] = {
        {Hostility::Garbage, "garbage"},
        {Hostility::TruncatedJson, "truncated JSON"},
        {Hostility::HugeBody, "32 MiB body"},
        {Hostility::HugeLog, "32 MiB of lines"},
        {Hostility::DripThenCut, "slow drip, then cut"},
        {Hostility::Reset, "reset"},
        {Hostility::CloseMidBody, "closed mid-body"},
    };
    for (const auto &[target, targetName] : targets) {
        for (const auto &[hostility, hostilityName] : hostilities) {
            // JSON routes get the big JSON, the log the big text.
            if ((hostility == Hostility::HugeLog) != (target == Target::JobLog)
                && (hostility == Hostility::HugeLog || hostility == Hostility::HugeBody))
                continue;
            QTest::addRow("%s: %s", targetName, hostilityName) << target << hostility;
        }
    }
}

void tst_HostileServer::appSurvives()
{
    QFETCH(Target, target);
    QFETCH(Hostility, hostility);
    m_target = target;
    m_hostility = hostility;

    ConnectionProfile profile;
    profile.id = u"hostile"_s;
    profile.name = u"Hostile"_s;
    // Local: the job log is streamed (follow=1), the route under test.
    profile.kind = ConnectionProfile::Kind::Local;
    profile.baseUrl = m_server->url();
    profile.organization = u"acme"_s;
    profile.token = u"token"_s;
    m_session = std::make_unique<Session>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_running = new JobRunning(m_session.get(), m_window.get()); // owned by the window
    m_window->show();
    m_session->open(profile, Session::Role::Admin);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->taskModel()->rowCount(), 1, 15'000);
    QVERIFY2(!errorShown(), qPrintable(shownError()));

    m_hostile = true;
    switch (target) {
    case Target::TaskList:
        m_window->refresh();
        break;
    case Target::TaskJobs:
        m_window->selectTask(TaskId);
        m_running->historyPanel()->reload(); // the task may have been current already
        break;
    case Target::JobLog: {
        const auto job = Job::fromJson(jobJson());
        QVERIFY(job.ok());
        m_jobWindow = new JobDialog(m_session.get(), job.value());
        m_jobWindow->show();
        break;
    }
    }
    if (showsOutputRatherThanError(target, hostility)) {
        QTRY_VERIFY_WITH_TIMEOUT(m_hostileAnswers > 0 && m_jobWindow->streamedBytes() > 0, 60'000);
    } else {
        // The log gives up after five attempts with growing pauses (about 8 s).
        QTRY_VERIFY2_WITH_TIMEOUT(m_hostileAnswers > 0 && errorShown(),
                                  qPrintable(u"%1 hostile answers; %2"_s.arg(m_hostileAnswers)
                                                 .arg(shownError())),
                                  60'000);
    }
    // The event loop keeps turning after the exchange (through it, for the drips).
    const qint64 ticksAfter = m_ticks;
    QTRY_VERIFY(m_ticks > ticksAfter + 10);
    QVERIFY(m_window->isVisible());

    // The server behaves again: the app recovers without a restart.
    m_hostile = false;
    if (target == Target::TaskList) {
        m_window->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Session::State::Connected, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->taskModel()->rowCount(), 1, 15'000);
    }
    QCOMPARE(m_session->taskModel()->rowCount(), 1);
}

QTEST_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
