// The contract of a call handle (cancel, context objects, exactly one late result) and what
// goes over the wire (headers, encoding, paging, redirects), against a fake server that can hang
// or misbehave on purpose.

#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "support/clientwait.h"
#include "support/fakeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

ConnectionProfile profileFor(const QUrl &url,
                             ConnectionProfile::Kind kind = ConnectionProfile::Kind::Remote)
{
    ConnectionProfile profile;
    profile.kind = kind;
    profile.baseUrl = url;
    profile.organization = u"acme"_s;
    profile.token = u"t0ken"_s;
    return profile;
}

QJsonObject jobJson(int i, const QString &lifecycle = u"finished"_s)
{
    return QJsonObject{{"id"_L1, u"5e00000000000000000000%1"_s.arg(i, 2, 10, QChar(u'0'))},
                       {"name"_L1, u"Echo"_s},
                       {"lifecycle"_L1, lifecycle},
                       {"state"_L1, lifecycle == u"finished" ? u"success"_s : u"in_progress"_s},
                       {"task_arguments_values"_L1, QJsonArray{u"FIXED"_s, u"ana"_s}}};
}

QJsonArray jobsJson(int first, int count)
{
    QJsonArray jobs;
    for (int i = first; i < first + count; ++i)
        jobs.append(jobJson(i));
    return jobs;
}

} // namespace

class tst_ClientCalls final : public QObject
{
    Q_OBJECT

private slots:
    void cancelDeliversNothing();
    void destroyedContextGetsNothing();
    void destroyedClientTakesItsCalls();
    void finishedIsEmittedOnceThenHandleGoes();
    void requestHeaders();
    void pathSegmentsAreEncoded();
    void queryValuesAreEncoded();
    void remotePagingCutsThePageItself();
    void localPagingAsksTheServer();
    void runSendsBuiltArguments();
    void runAcceptsWaitResultRedirect();
    void awaitResultFollowsTheLongPoll();
    void awaitResultGivesUp();
    void awaitResultDoesNotFollowToAnotherHost();
    void restartWithSameArguments();
    void healthFallsBackToApi();
    void healthFromStatus();
    void signInKeepsTheToken();
    void newSecretIsRandomHex();
    void rotateSecretNoticesIgnoredSecret();
    void mutationsAreAnnounced();
    void importToRemoteIsACreate();
};

void tst_ClientCalls::cancelDeliversNothing()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::withFault(FakeResponse::Fault::Hang));
    SupervisorClient client(profileFor(server.url()));

    QSignalSpy received(&server, &FakeServer::requestReceived);
    bool called = false;
    QPointer<Call<QList<Task>>> call = client.tasks().list();
    call->then(this, [&called](const auto &) { called = true; });
    QSignalSpy finished(call.data(), &ClientCall::finished);
    QVERIFY(received.wait());
    QCOMPARE(server.connectionCount(), 1);

    call->cancel();
    QVERIFY(call->isCanceled());
    QTRY_COMPARE(server.connectionCount(), 0); // the request was aborted on the wire
    QTRY_VERIFY(call.isNull());                // and the handle is gone
    QVERIFY(!called);
    QCOMPARE(finished.size(), 0);
}

void tst_ClientCalls::destroyedContextGetsNothing()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::withFault(FakeResponse::Fault::Hang));
    SupervisorClient client(profileFor(server.url()));
    QSignalSpy received(&server, &FakeServer::requestReceived);

    bool called = false;
    auto context = std::make_unique<QObject>();
    QPointer<Call<QList<Task>>> call = client.tasks().list({},
                                                           context.get(),
                                                           [&called](const auto &) {
                                                               called = true;
                                                           });
    QSignalSpy finished(call.data(), &ClientCall::finished);
    QVERIFY(received.wait());
    context.reset();
    // Now let the call end, after its context died: Qt sends the GET again on a new connection.
    server.on("GET", u"/acme/task"_s, FakeResponse::json(200, QJsonArray()));
    server.closeAllConnections();
    QVERIFY(finished.wait());
    QVERIFY(!called);
}

void tst_ClientCalls::destroyedClientTakesItsCalls()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::withFault(FakeResponse::Fault::Hang));
    auto client = std::make_unique<SupervisorClient>(profileFor(server.url()));
    QSignalSpy received(&server, &FakeServer::requestReceived);
    bool called = false;
    QPointer<ClientCall> call = client->tasks().list({}, this, [&called](const auto &) {
        called = true;
    });
    QVERIFY(received.wait());
    client.reset();
    QVERIFY(call.isNull());
    QTRY_COMPARE(server.connectionCount(), 0);
    QVERIFY(!called);
}

void tst_ClientCalls::finishedIsEmittedOnceThenHandleGoes()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::json(200, QJsonArray()));
    SupervisorClient client(profileFor(server.url()));
    QPointer<Call<QList<Task>>> call = client.tasks().list();
    int callbacks = 0;
    call->then(this, [&callbacks](const auto &result) {
        QVERIFY(result.ok());
        ++callbacks;
    });
    QSignalSpy finished(call.data(), &ClientCall::finished);
    QVERIFY(finished.wait());
    QTRY_VERIFY(call.isNull());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(callbacks, 1);
}

void tst_ClientCalls::requestHeaders()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/task"_s, FakeResponse::json(200, QJsonArray()));
    SupervisorClient client(profileFor(server.url()));
    QVERIFY(waitForResult(client.tasks().list()).value().ok());
    const FakeRequest request = server.lastRequest();
    QCOMPARE(request.header("authorization"), QByteArray("Bearer t0ken"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QVERIFY(request.header("accept-encoding").contains("gzip"));
    QVERIFY(request.header("user-agent").startsWith("TheEyeDesktop/"));
    QCOMPARE(request.query.queryItemValue(u"unassigned"_s), u"true"_s);
}

void tst_ClientCalls::pathSegmentsAreEncoded()
{
    // An id is data: it must stay one path segment whatever it holds.
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](const FakeRequest &) { return FakeResponse::json(404, u"task not found"_s); });
    ConnectionProfile profile = profileFor(server.url());
    profile.organization = u"my org/x"_s;
    SupervisorClient client(profile);
    const auto result = waitForResult(client.tasks().get(u"../../api/status?x=1#y"_s));
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind, ClientError::Kind::NotFound);
    const QByteArray target = server.lastRequest().target;
    QCOMPARE(target, QByteArray("/my%20org%2Fx/task/..%2F..%2Fapi%2Fstatus%3Fx%3D1%23y"));
}

void tst_ClientCalls::queryValuesAreEncoded()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &) { return FakeResponse::json(200, QJsonArray()); });
    SupervisorClient client(profileFor(server.url()));
    QVERIFY(waitForResult(client.tasks().list({true, u"a+b&c=d"_s}))->ok());
    const FakeRequest request = server.lastRequest();
    // '+' would read as a space on the server.
    QVERIFY2(request.target.contains("host=a%2Bb%26c%3Dd"), request.target.constData());
    QCOMPARE(request.query.queryItemValue(u"host"_s, QUrl::FullyDecoded), u"a+b&c=d"_s);
}

void tst_ClientCalls::remotePagingCutsThePageItself()
{
    // A real supervisor ignores skip and answers from the newest job (supervisor-api.md §10).
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &request) {
        const int limit = request.query.queryItemValue(u"limit"_s).toInt();
        return FakeResponse::json(200, jobsJson(0, qMin(limit, 7)));
    });
    SupervisorClient client(profileFor(server.url()));
    const auto page = waitForResult(client.jobs().list({u"5f0000000000000000000001"_s, {}, 5, 5}));
    QVERIFY(page && page->ok());
    QCOMPARE(server.lastRequest().query.queryItemValue(u"limit"_s), u"10"_s);
    QVERIFY(!server.lastRequest().query.hasQueryItem(u"skip"_s));
    QCOMPARE(page->value().jobs.size(), 2);
    QCOMPARE(page->value().jobs.at(0).id(), jobJson(5).value("id"_L1).toString());
    QCOMPARE(page->value().jobs.at(1).id(), jobJson(6).value("id"_L1).toString());
    QVERIFY(!page->value().mayHaveMore);

    const auto first = waitForResult(client.jobs().list({u"5f0000000000000000000001"_s, {}, 0, 5}));
    QCOMPARE(first->value().jobs.size(), 5);
    QVERIFY(first->value().mayHaveMore);
}

void tst_ClientCalls::localPagingAsksTheServer()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &request) {
        const int skip = request.query.queryItemValue(u"skip"_s).toInt();
        const int limit = request.query.queryItemValue(u"limit"_s).toInt();
        return FakeResponse::json(200, jobsJson(skip, qMax(0, qMin(limit, 7 - skip))));
    });
    SupervisorClient client(profileFor(server.url(), ConnectionProfile::Kind::Local));
    const auto page = waitForResult(
        client.jobs().list({u"5f0000000000000000000001"_s, u"finished"_s, 5, 5}));
    QVERIFY(page && page->ok());
    const QUrlQuery query = server.lastRequest().query;
    QCOMPARE(query.queryItemValue(u"skip"_s), u"5"_s);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"5"_s);
    QCOMPARE(query.queryItemValue(u"task_id"_s), u"5f0000000000000000000001"_s);
    QCOMPARE(query.queryItemValue(u"lifecycle"_s), u"finished"_s);
    QCOMPARE(page->value().jobs.size(), 2);
    QCOMPARE(page->value().jobs.at(0).id(), jobJson(5).value("id"_L1).toString());
}

void tst_ClientCalls::runSendsBuiltArguments()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](const FakeRequest &) { return FakeResponse::json(200, jobJson(1, u"ready"_s)); });
    SupervisorClient client(profileFor(server.url()));
    Task task(QJsonObject{
        {"id"_L1, u"5f0000000000000000000001"_s},
        {"name"_L1, u"Echo"_s},
        {"type"_L1, u"script"_s},
        {"task_arguments"_L1,
         QJsonArray{QJsonObject{{"id"_L1, 1},
                                {"order"_L1, 0},
                                {"type"_L1, u"fixed"_s},
                                {"label"_L1, u"f"_s},
                                {"value"_L1, u"FIXED"_s}},
                    QJsonObject{{"id"_L1, 2},
                                {"order"_L1, 1},
                                {"type"_L1, u"input"_s},
                                {"label"_L1, u"name"_s}}}},
    });
    const auto job = waitForResult(client.tasks().run(task, {{1, u"ana"_s}}));
    QVERIFY(job && job->ok());
    QCOMPARE(server.lastRequest().path, u"/acme/task/5f0000000000000000000001/job"_s);
    QCOMPARE(server.lastRequest().json().toObject().value("task_arguments"_L1).toArray(),
             (QJsonArray{QJsonValue::Null, u"ana"_s}));
}

void tst_ClientCalls::runAcceptsWaitResultRedirect()
{
    FakeServer server;
    QVERIFY(server.listen());
    FakeResponse seeOther = FakeResponse::json(303, jobJson(1, u"ready"_s));
    seeOther.addHeader("Location",
                       "/job/5e0000000000000000000001/result?counter=0&limit=10&timeout=10");
    server.setHandler([seeOther](const FakeRequest &) { return seeOther; });
    SupervisorClient client(profileFor(server.url()));
    const auto job = waitForResult(client.tasks().run(u"5f0000000000000000000001"_s, QJsonArray()));
    QVERIFY(job && job->ok());
    QCOMPARE(job->value().lifecycle(), Lifecycle::Ready);
    QCOMPARE(server.requests().size(), 1); // the redirect is not followed by itself
}

void tst_ClientCalls::awaitResultFollowsTheLongPoll()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &request) {
        const int counter = request.query.queryItemValue(u"counter"_s).toInt();
        if (counter < 2) {
            FakeResponse again = FakeResponse::json(303, QJsonObject());
            again.addHeader("Location",
                            "/job/5e0000000000000000000001/result?customer=acme&full=true&counter="
                                + QByteArray::number(counter + 1) + "&limit=10");
            return again;
        }
        QJsonObject failed = jobJson(1);
        failed.insert("state"_L1, u"failure"_s);
        return FakeResponse::json(500, failed); // `full` answers a failure with 500 and the job
    });
    SupervisorClient client(profileFor(server.url()));
    const auto job = waitForResult(client.jobs().awaitResult(u"5e0000000000000000000001"_s));
    QVERIFY(job && job->ok());
    QCOMPARE(job->value().state(), JobState::Failure);
    QCOMPARE(server.requests().size(), 3);
    for (const FakeRequest &request : server.requests())
        QCOMPARE(request.header("authorization"), QByteArray("Bearer t0ken"));
    QCOMPARE(server.requests().constFirst().query.queryItemValue(u"full"_s), u"true"_s);
}

void tst_ClientCalls::awaitResultGivesUp()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler(
        [](const FakeRequest &) { return FakeResponse::json(408, u"Request Timeout"_s); });
    SupervisorClient client(profileFor(server.url()));
    const auto job = waitForResult(client.jobs().awaitResult(u"5e0000000000000000000001"_s));
    QVERIFY(job && !*job);
    QCOMPARE(job->error().kind, ClientError::Kind::ResultNotReady);
}

void tst_ClientCalls::awaitResultDoesNotFollowToAnotherHost()
{
    FakeServer server;
    QVERIFY(server.listen());
    FakeResponse away = FakeResponse::json(303, QJsonObject());
    away.addHeader("Location", "http://elsewhere.invalid/job/1/result");
    server.setHandler([away](const FakeRequest &) { return away; });
    SupervisorClient client(profileFor(server.url()));
    const auto job = waitForResult(client.jobs().awaitResult(u"5e0000000000000000000001"_s));
    QVERIFY(job && !*job);
    QCOMPARE(job->error().kind, ClientError::Kind::UnexpectedRedirect);
    QCOMPARE(server.requests().size(), 1);
}

void tst_ClientCalls::restartWithSameArguments()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/acme/job/5e0000000000000000000001"_s, FakeResponse::json(200, jobJson(1)));
    server.on("PUT",
              u"/acme/job/5e0000000000000000000001/restart"_s,
              FakeResponse::json(200, jobJson(1, u"ready"_s)));
    SupervisorClient client(profileFor(server.url()));
    const auto job = waitForResult(client.jobs().restart(u"5e0000000000000000000001"_s));
    QVERIFY(job && job->ok());
    QCOMPARE(job->value().lifecycle(), Lifecycle::Ready);
    QCOMPARE(server.lastRequest().json().toObject().value("task_arguments"_L1).toArray(),
             (QJsonArray{u"FIXED"_s, u"ana"_s}));
}

void tst_ClientCalls::healthFallsBackToApi()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET", u"/api"_s, FakeResponse::json(200, u"Hi, I am ok. Thanks for asking"_s));
    SupervisorClient client(profileFor(server.url()));
    const auto health = waitForResult(client.checkHealth());
    QVERIFY(health && health->ok());
    QVERIFY(!health->value().detailed);
    QCOMPARE(health->value().status, u"Hi, I am ok. Thanks for asking"_s);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.lastRequest().header("authorization").isEmpty());
}

void tst_ClientCalls::healthFromStatus()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("GET",
              u"/api/status"_s,
              FakeResponse::json(200,
                                 QJsonObject{{"status"_L1, u"Node is ok."_s},
                                             {"node_hostname"_L1, u"desk"_s},
                                             {"theeye_version"_L1, u""_s},
                                             {"env"_L1, u"production"_s}}));
    SupervisorClient client(profileFor(server.url()));
    const auto health = waitForResult(client.checkHealth());
    QVERIFY(health && health->ok());
    QVERIFY(health->value().detailed);
    QCOMPARE(health->value().hostname, u"desk"_s);
    QCOMPARE(health->value().environment, u"production"_s);
    QCOMPARE(server.requests().size(), 1);
}

void tst_ClientCalls::signInKeepsTheToken()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("POST",
              u"/api/auth/login"_s,
              FakeResponse::json(200, QJsonObject{{"access_token"_L1, u"jwt.new"_s}}));
    server.on("GET", u"/acme/task"_s, FakeResponse::json(200, QJsonArray()));
    ConnectionProfile profile = profileFor(server.url());
    profile.token.clear();
    profile.gatewayUrl = server.url();
    profile.username = u"ana"_s;
    SupervisorClient client(profile);
    QSignalSpy tokenChanged(&client, &SupervisorClient::tokenChanged);
    const auto token = waitForResult(client.signIn(u"s3cret"_s));
    QVERIFY(token && token->ok());
    QCOMPARE(token->value(), u"jwt.new"_s);
    QCOMPARE(client.profile().token, u"jwt.new"_s);
    QCOMPARE(tokenChanged.size(), 1);
    QCOMPARE(server.lastRequest().query.queryItemValue(u"customer"_s), u"acme"_s);
    QVERIFY(waitForResult(client.tasks().list())->ok());
    QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer jwt.new"));
}

void tst_ClientCalls::newSecretIsRandomHex()
{
    const QString first = TasksApi::newSecret();
    const QString second = TasksApi::newSecret();
    static const QRegularExpression hex64(u"^[0-9a-f]{64}$"_s);
    QVERIFY(hex64.match(first).hasMatch());
    QVERIFY(hex64.match(second).hasMatch());
    QVERIFY(first != second);
}

void tst_ClientCalls::rotateSecretNoticesIgnoredSecret()
{
    // A supervisor that answers 200 but keeps the old secret must not pass for a rotation.
    FakeServer server;
    QVERIFY(server.listen());
    const QString id = u"5f0000000000000000000001"_s;
    const QJsonObject task{{"id"_L1, id},
                           {"name"_L1, u"Echo"_s},
                           {"type"_L1, u"script"_s},
                           {"host"_L1,
                            QJsonObject{{"_id"_L1, u"5b01"_s}, {"hostname"_L1, u"desk"_s}}},
                           {"host_id"_L1, u"5b01"_s},
                           {"script"_L1,
                            QJsonObject{{"_id"_L1, u"5a01"_s}, {"filename"_L1, u"x.sh"_s}}},
                           {"script_id"_L1, u"5a01"_s}};
    server.on("GET", u"/acme/task/"_s + id, FakeResponse::json(200, task));
    server.on("PUT", u"/acme/task/"_s + id, FakeResponse::json(200, task));
    server.on("GET",
              u"/acme/task/"_s + id + u"/credentials"_s,
              FakeResponse::json(200,
                                 QJsonObject{{"id"_L1, id}, {"secret"_L1, QString(64, u'a')}}));
    SupervisorClient client(profileFor(server.url()));
    const auto rotated = waitForResult(client.tasks().rotateSecret(id));
    QVERIFY(rotated && !*rotated);
    QCOMPARE(rotated->error().kind, ClientError::Kind::UnexpectedShape);

    const FakeRequest put = server.requests().at(1);
    QCOMPARE(put.method, QByteArray("PUT"));
    const QJsonObject body = put.json().toObject();
    QCOMPARE(body.value("secret"_L1).toString().size(), 64);
    QCOMPARE(body.value("host"_L1).toString(), u"5b01"_s); // both keys, as ids (§3.5)
    QCOMPARE(body.value("host_id"_L1).toString(), u"5b01"_s);
    QCOMPARE(body.value("script"_L1).toString(), u"5a01"_s);
    QCOMPARE(body.value("script_id"_L1).toString(), u"5a01"_s);
}

void tst_ClientCalls::mutationsAreAnnounced()
{
    FakeServer server;
    QVERIFY(server.listen());
    server.on("DELETE", u"/acme/task/5f01"_s, FakeResponse::json(200, QJsonObject()));
    server.on("PUT", u"/acme/job/5e01/cancel"_s, FakeResponse::empty(204));
    server.on("DELETE", u"/acme/task/5f02"_s, FakeResponse::json(500, u"Internal Server Error"_s));
    SupervisorClient client(profileFor(server.url()));
    QSignalSpy mutated(&client, &SupervisorClient::mutated);
    QVERIFY(waitForResult(client.tasks().remove(u"5f01"_s))->ok());
    QVERIFY(waitForResult(client.jobs().cancel(u"5e01"_s, u"5f01"_s))->ok());
    QVERIFY(!waitForResult(client.tasks().remove(u"5f02"_s))->ok());
    QCOMPARE(mutated.size(), 2); // not for the failed delete
    const auto removed = mutated.at(0).at(0).value<Mutation>();
    QCOMPARE(removed.subject, Mutation::Subject::Task);
    QCOMPARE(removed.change, Mutation::Change::Removed);
    QCOMPARE(removed.id, u"5f01"_s);
    const auto canceled = mutated.at(1).at(0).value<Mutation>();
    QCOMPARE(canceled.subject, Mutation::Subject::Job);
    QCOMPARE(canceled.taskId, u"5f01"_s);
}

void tst_ClientCalls::importToRemoteIsACreate()
{
    // A real supervisor's import route drops the script (§7.2), so a remote import is the web
    // UI's plain create, with the bot chosen by the user.
    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &request) {
        QJsonObject created = request.json().toObject();
        created.insert("id"_L1, u"5f0000000000000000000009"_s);
        return FakeResponse::json(200, created);
    });
    SupervisorClient client(profileFor(server.url()));
    QFile file(
        QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/03-task-serialize-shallow.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject recipe = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value("response"_L1)
                                   .toObject()
                                   .value("body"_L1)
                                   .toObject();
    const auto task = waitForResult(
        client.tasks().importRecipe(recipe, u"5b0000000000000000000001"_s, u"desk-bot"_s));
    QVERIFY(task && task->ok());
    const FakeRequest sent = server.lastRequest();
    QCOMPARE(sent.path, u"/acme/task"_s);
    const QJsonObject body = sent.json().toObject();
    QCOMPARE(body.value("host"_L1).toString(), u"5b0000000000000000000001"_s);
    QCOMPARE(body.value("host_id"_L1).toString(), u"5b0000000000000000000001"_s);
    QVERIFY(body.value("script"_L1).toObject().value("data"_L1).toString().startsWith(u"data:"_s));

    const auto broken = waitForResult(
        client.tasks().importRecipe(QJsonObject{{"name"_L1, 5}}, {}, {}));
    QVERIFY(broken && !*broken);
    QCOMPARE(broken->error().kind, ClientError::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_ClientCalls)
#include "tst_clientcalls.moc"
