// Every exchange captured from a real TheEye supervisor (tests/data/real-supervisor), replayed
// over real HTTP: the client must send the same request, decode every answer into our types
// with nothing lost, and turn every captured error into the right typed error.

#include "client/jobsapi.h"
#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "support/clientwait.h"
#include "support/fakeserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

enum class Operation {
    CreateTask,
    UploadScript,
    ListTasks,
    GetTask,
    SerializeShallow,
    SerializeDeep,
    Credentials,
    RunTask,
    RunBySecret,
    GetJob,
    ListJobs,
    CancelJob,
    EmptyQueue,
    RunningJobs,
    DownloadScript,
    SignIn,
};

const QString CaptureDir = QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor");

// Captures of the agent protocol that no client operation produces or decodes.
const QStringList AgentOnlyCaptures = {
    u"13-agent-config.json"_s,
    u"13-agent-ping.json"_s,
    u"13-agent-register-host.json"_s,
};

QJsonObject readCapture(const QString &file)
{
    QFile input(CaptureDir + u'/' + file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(input.readAll()).object();
}

QByteArray compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// The captured answer, byte for byte as the supervisor sent it (decoded from gzip, which the
// agent's answers were; they are gzipped again here).
FakeResponse responseOf(const QJsonObject &capture, const QString &file)
{
    const QJsonObject response = capture.value("response"_L1).toObject();
    FakeResponse answer;
    answer.status = response.value("status"_L1).toInt();
    const QJsonValue contentType = response.value("content_type"_L1);
    const QJsonValue body = response.value("body"_L1);
    if (contentType.isString()) {
        answer.headers = {{"Content-Type", contentType.toString().toLatin1()}};
        answer.body = contentType.toString().contains("json"_L1) ? compactJson(body)
                                                                 : body.toString().toUtf8();
    } else {
        answer.body = body.toString().toUtf8();
    }
    answer.gzip = file.startsWith("13-"_L1);
    return answer;
}

QStringList pathSegments(const QString &target)
{
    return QUrl(target).path().split(u'/', Qt::SkipEmptyParts);
}

// The script inside the captured multipart upload.
QByteArray uploadedScript(const QString &multipart)
{
    const qsizetype start = multipart.indexOf("\r\n\r\n"_L1) + 4;
    const qsizetype end = multipart.indexOf("\r\n------capture-boundary"_L1, start);
    return multipart.mid(start, end - start).toUtf8();
}

QJsonArray argumentsOf(const QJsonValue &requestBody)
{
    if (requestBody.isArray())
        return requestBody.toArray();
    return requestBody.toObject().value("task_arguments"_L1).toArray();
}

struct Outcome
{
    bool finished = false;
    std::optional<ClientError> error;
    QJsonValue decoded; // what the result holds, as JSON, to compare with the capture
};

template<typename T, typename ToJson>
Outcome outcomeOf(Call<T> *call, ToJson toJson)
{
    Outcome outcome;
    const auto result = waitForResult(call);
    if (!result)
        return outcome;
    outcome.finished = true;
    if (*result)
        outcome.decoded = toJson(result->value());
    else
        outcome.error = result->error();
    return outcome;
}

QJsonValue tasksJson(const QList<Task> &tasks)
{
    QJsonArray array;
    for (const Task &task : tasks)
        array.append(task.toJson());
    return array;
}

QJsonValue jobsJson(const QList<Job> &jobs)
{
    QJsonArray array;
    for (const Job &job : jobs)
        array.append(job.toJson());
    return array;
}

struct ReplayCase
{
    const char *file;
    Operation operation;
    bool sameRoute;        // the client sends the captured method and path
    const char *errorKind; // nullptr: success
    ClientError::BodyShape shape;
    const char *serverMessage; // nullptr: not checked
};

constexpr const char *TooFewArguments
    = "Invalid Task Arguments. An array of length 2 is required. Optionals must be null";

using O = Operation;
using S = ClientError::BodyShape;
const ReplayCase Cases[] = {
    {"00-create-task.json", O::CreateTask, true, nullptr, S::None, nullptr},
    {"00-upload-script.json", O::UploadScript, true, nullptr, S::None, nullptr},
    {"01-task-list.json", O::ListTasks, true, nullptr, S::None, nullptr},
    {"02-task-get.json", O::GetTask, true, nullptr, S::None, nullptr},
    {"03-task-serialize-shallow.json", O::SerializeShallow, true, nullptr, S::None, nullptr},
    {"04-task-serialize-deep.json", O::SerializeDeep, true, nullptr, S::None, nullptr},
    {"05-task-credentials.json", O::Credentials, true, nullptr, S::None, nullptr},
    {"06-job-create.json", O::RunTask, true, nullptr, S::None, nullptr},
    {"07-job-get-finished.json", O::GetJob, true, nullptr, S::None, nullptr},
    {"08-job-list-by-task.json", O::ListJobs, true, nullptr, S::None, nullptr},
    {"09-job-cancel-finished.json", O::CancelJob, true, nullptr, S::None, nullptr},
    {"09-job-cancel-ready.json", O::CancelJob, true, nullptr, S::None, nullptr},
    {"09-job-get-after-cancel.json", O::GetJob, true, nullptr, S::None, nullptr},
    {"10-task-jobs-delete.json", O::EmptyQueue, true, nullptr, S::None, nullptr},
    {"11-secret-job-create.json", O::RunBySecret, true, nullptr, S::None, nullptr},
    {"11-secret-job-create-bare-array.json", O::RunBySecret, true, nullptr, S::None, nullptr},
    {"12-job-form-token-in-body-with-args.json", O::RunTask, false, nullptr, S::None, nullptr},
    {"12-job-form-token-in-body.json",
     O::RunTask,
     false,
     "BadRequest",
     S::StatusMessage,
     TooFewArguments},
    {"12-job-secret-form-with-args.json", O::RunBySecret, false, nullptr, S::None, nullptr},
    {"12-job-secret-form.json",
     O::RunBySecret,
     false,
     "BadRequest",
     S::StatusMessage,
     TooFewArguments},
    {"12-no-token.json", O::ListTasks, true, "Unauthorized", S::String, "Unauthorized"},
    {"12-org-mismatch-existing-org.json",
     O::Credentials,
     true,
     "OrganizationMismatch",
     S::ErrorObject,
     "Incorrect Organizations. Session conflict"},
    {"12-org-mismatch-unknown-org.json",
     O::Credentials,
     true,
     "OrganizationNotFound",
     S::String,
     "organization not found"},
    {"12-recipe-old-route.json",
     O::GetTask,
     false,
     "UnsupportedRoute",
     S::RouteError,
     "/acme/task/5f0000000000000000000001/recipe does not exist"},
    {"12-secret-63-chars.json", O::RunBySecret, true, "InvalidSecret", S::String, "invalid secret"},
    // The message is composed from the fields.
    {"12-task-create-empty-body.json",
     O::CreateTask,
     true,
     "ValidationFailed",
     S::FieldList,
     nullptr},
    {"12-task-id-malformed.json",
     O::GetTask,
     true,
     "BadRequest",
     S::StatusMessage,
     "task invalid value"},
    {"12-task-id-unknown.json", O::GetTask, true, "NotFound", S::StatusMessage, "task not found"},
    {"12-token-twice.json", O::ListTasks, false, "Unauthorized", S::String, "Unauthorized"},
    {"12-too-few-arguments.json",
     O::RunTask,
     true,
     "BadRequest",
     S::StatusMessage,
     TooFewArguments},
    {"12-two-args-missing-last-slot-get.json", O::GetJob, true, nullptr, S::None, nullptr},
    {"12-two-args-missing-last-slot.json",
     O::RunTask,
     true,
     "JobRejected",
     S::None,
     "InvalidTaskArguments"},
    {"12-viewer-create-task.json", O::CreateTask, true, "Forbidden", S::String, "forbidden"},
    {"12-wrong-secret.json", O::RunBySecret, true, "InvalidSecret", S::String, "invalid secret"},
    {"13-agent-poll-agent-update-job.json", O::RunningJobs, false, nullptr, S::None, nullptr},
    {"13-agent-poll-empty.json", O::RunningJobs, false, nullptr, S::None, nullptr},
    {"13-agent-poll-job.json", O::RunningJobs, false, nullptr, S::None, nullptr},
    {"13-agent-put-agent-update-result.json", O::GetJob, false, nullptr, S::None, nullptr},
    {"13-agent-put-result.json", O::GetJob, false, nullptr, S::None, nullptr},
    {"13-agent-script-download.json", O::DownloadScript, true, nullptr, S::None, nullptr},
    {"13-agent-token.json", O::SignIn, false, nullptr, S::None, nullptr},
};

} // namespace

class tst_CaptureReplay final : public QObject
{
    Q_OBJECT

private slots:
    void everyCaptureIsReplayed();
    void replay_data();
    void replay();
};

void tst_CaptureReplay::replay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("operation");
    QTest::addColumn<bool>("sameRoute");
    QTest::addColumn<QString>("errorKind"); // empty: success
    QTest::addColumn<int>("bodyShape");
    QTest::addColumn<QString>("serverMessage"); // empty: not checked
    for (const ReplayCase &replay : Cases) {
        QTest::newRow(replay.file)
            << QString::fromLatin1(replay.file) << int(replay.operation) << replay.sameRoute
            << QString::fromLatin1(replay.errorKind) << int(replay.shape)
            << QString::fromLatin1(replay.serverMessage);
    }
}

void tst_CaptureReplay::everyCaptureIsReplayed()
{
    // A new capture must get a case here (or be named as agent-only), never be ignored.
    QStringList covered;
    for (const ReplayCase &replay : Cases)
        covered.append(QString::fromLatin1(replay.file));
    QStringList files = QDir(CaptureDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 40, qPrintable(CaptureDir));
    for (const QString &file : std::as_const(files)) {
        QVERIFY2(covered.contains(file) || AgentOnlyCaptures.contains(file),
                 qPrintable(u"no replay case for "_s + file));
    }
}

void tst_CaptureReplay::replay()
{
    QFETCH(QString, file);
    QFETCH(int, operation);
    QFETCH(bool, sameRoute);
    QFETCH(QString, errorKind);
    QFETCH(int, bodyShape);
    QFETCH(QString, serverMessage);

    const QJsonObject capture = readCapture(file);
    QVERIFY2(!capture.isEmpty(), qPrintable(file));
    const QJsonObject request = capture.value("request"_L1).toObject();
    const QJsonObject response = capture.value("response"_L1).toObject();
    const QString target = request.value("path"_L1).toString();
    const QStringList segments = pathSegments(target);
    const QJsonValue requestBody = request.value("body"_L1);
    const QJsonValue capturedBody = response.value("body"_L1);

    FakeServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const FakeRequest &) { return responseOf(capture, file); });

    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.baseUrl = server.url();
    profile.gatewayUrl = server.url();
    profile.username = u"agent-client-id"_s;
    profile.organization = segments.value(0) == u"otherorg" ? u"otherorg"_s : u"acme"_s;
    profile.token = request.value("headers"_L1).toObject().contains("Authorization"_L1)
                        ? u"admin-token"_s
                        : QString();
    SupervisorClient client(profile);

    const QString taskId = u"5f0000000000000000000001"_s;
    const QString secret = segments.size() > 5 ? segments.at(4) : QString(64, u'a');
    Outcome outcome;
    switch (Operation(operation)) {
    case Operation::CreateTask:
        outcome = outcomeOf(client.tasks().create(Task(requestBody.toObject())),
                            [](const Task &task) { return QJsonValue(task.toJson()); });
        break;
    case Operation::UploadScript: {
        const QByteArray content = uploadedScript(requestBody.toString());
        outcome = outcomeOf(client.scripts().create(Script::forContent(u"echo-args.sh"_s, content),
                                                    content),
                            [](const Script &script) { return QJsonValue(script.toJson()); });
        const FakeRequest sent = server.lastRequest();
        QVERIFY(sent.header("content-type").startsWith("multipart/form-data; boundary="));
        QVERIFY(sent.body.contains("name=\"file\"; filename=\"echo-args.sh\""));
        QVERIFY(sent.body.contains(content));
        break;
    }
    case Operation::ListTasks:
        outcome = outcomeOf(client.tasks().list(), tasksJson);
        break;
    case Operation::GetTask:
        outcome = outcomeOf(client.tasks().get(segments.value(2)),
                            [](const Task &task) { return QJsonValue(task.toJson()); });
        break;
    case Operation::SerializeShallow:
    case Operation::SerializeDeep:
        outcome = outcomeOf(client.tasks().serialize(segments.value(2),
                                                     Operation(operation)
                                                             == Operation::SerializeDeep
                                                         ? Recipe::Mode::Deep
                                                         : Recipe::Mode::Shallow),
                            [](const QJsonObject &recipe) { return QJsonValue(recipe); });
        break;
    case Operation::Credentials:
        outcome = outcomeOf(client.tasks().credentials(segments.value(2)),
                            [](const TaskCredentials &credentials) {
                                return QJsonValue(QJsonObject{{"id"_L1, credentials.taskId},
                                                              {"secret"_L1, credentials.secret}});
                            });
        break;
    case Operation::RunTask:
        outcome = outcomeOf(client.tasks().run(taskId, argumentsOf(requestBody)),
                            [](const Job &job) { return QJsonValue(job.toJson()); });
        break;
    case Operation::RunBySecret:
        outcome = outcomeOf(client.tasks().runBySecret(taskId, secret, argumentsOf(requestBody)),
                            [](const Job &job) { return QJsonValue(job.toJson()); });
        QVERIFY2(server.lastRequest().header("authorization").isEmpty(),
                 "a secret route must not carry the token");
        break;
    case Operation::GetJob:
        outcome = outcomeOf(client.jobs().get(segments.value(2)),
                            [](const Job &job) { return QJsonValue(job.toJson()); });
        break;
    case Operation::ListJobs:
        outcome = outcomeOf(client.jobs().list({taskId, {}, 0, 50}),
                            [](const JobPage &page) { return jobsJson(page.jobs); });
        QCOMPARE(server.lastRequest().query.queryItemValue(u"where[task_id]"_s), taskId);
        break;
    case Operation::CancelJob:
        outcome = outcomeOf(client.jobs().cancel(segments.value(2)),
                            [](const Done &) { return QJsonValue(u""_s); });
        break;
    case Operation::EmptyQueue:
        outcome = outcomeOf(client.tasks().emptyQueue(segments.value(2), QueuePurge::FinishedOnly),
                            [](int count) {
                                return QJsonValue(QJsonObject{{"deletedCount"_L1, count}});
                            });
        break;
    case Operation::RunningJobs:
        outcome = outcomeOf(client.jobs().running(), [](const QList<Job> &jobs) {
            return QJsonValue(QJsonObject{{"jobs"_L1, jobsJson(jobs)}});
        });
        break;
    case Operation::DownloadScript:
        outcome = outcomeOf(client.scripts().download(segments.value(2)),
                            [](const QByteArray &bytes) {
                                return QJsonValue(QString::fromUtf8(bytes));
                            });
        break;
    case Operation::SignIn:
        outcome = outcomeOf(client.signIn(u"agent-client-secret"_s),
                            [](const QString &token) { return QJsonValue(token); });
        QVERIFY(server.lastRequest().header("authorization").startsWith("Basic "));
        break;
    }
    QVERIFY2(outcome.finished, "the call did not finish");

    const FakeRequest sent = server.lastRequest();
    if (sameRoute) {
        QCOMPARE(QString::fromLatin1(sent.method), request.value("method"_L1).toString());
        QCOMPARE(sent.path, QUrl(target).path());
        const QUrlQuery capturedQuery(QUrl(target).query());
        for (const auto &[key, value] : capturedQuery.queryItems(QUrl::FullyDecoded))
            QCOMPARE(sent.query.queryItemValue(key, QUrl::FullyDecoded), value);
        if (Operation(operation) == Operation::RunTask
            || Operation(operation) == Operation::RunBySecret)
            QCOMPARE(sent.json().toObject().value("task_arguments"_L1).toArray(),
                     argumentsOf(requestBody));
        if (Operation(operation) == Operation::CreateTask) {
            // The captured keys, plus the twin of each reference (host_id, script_id).
            const QJsonObject ours = sent.json().toObject();
            const QJsonObject theirs = requestBody.toObject();
            for (auto it = theirs.begin(); it != theirs.end(); ++it)
                QCOMPARE(ours.value(it.key()), it.value());
            for (auto it = ours.begin(); it != ours.end(); ++it)
                QVERIFY2(theirs.contains(it.key()) || it.key() == u"host_id"
                             || it.key() == u"script_id",
                         qPrintable(it.key()));
        }
    }
    QCOMPARE(sent.header("accept"),
             QByteArray(Operation(operation) == Operation::DownloadScript ? "*/*"
                                                                          : "application/json"));

    if (errorKind.isEmpty()) {
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QJsonValue expected = capturedBody;
        if (Operation(operation) == Operation::CancelJob)
            expected = u""_s;
        QCOMPARE(outcome.decoded, expected);
        return;
    }
    QVERIFY2(outcome.error, "a captured error decoded as a success");
    const ClientError &error = *outcome.error;
    QCOMPARE(ClientError::kindName(error.kind), errorKind);
    QCOMPARE(error.httpStatus, response.value("status"_L1).toInt());
    QCOMPARE(int(error.bodyShape), bodyShape);
    if (!serverMessage.isEmpty())
        QCOMPARE(error.serverMessage, serverMessage);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.url.path(), sent.path);
    if (error.kind == ClientError::Kind::OrganizationMismatch) {
        QVERIFY(error.message.contains(u"otherorg"_s));
        QVERIFY(error.details.contains(u"ensure-customer.js"_s)); // the stack, for a details view
    }
    if (error.kind == ClientError::Kind::OrganizationNotFound)
        QVERIFY(error.message.contains(u"otherorg"_s));
    if (error.kind == ClientError::Kind::ValidationFailed) {
        QCOMPARE(error.fieldProblems.size(), 2);
        QCOMPARE(error.fieldProblems.at(0).field, u"name"_s);
        QCOMPARE(error.fieldProblems.at(0).code, u"EREQ"_s);
        QCOMPARE(error.fieldProblems.at(1).field, u"type"_s);
        QVERIFY(error.message.contains(u"name is required"_s));
    }
    if (error.kind == ClientError::Kind::JobRejected) {
        // The job exists (terminated/error) and comes along whole.
        QCOMPARE(error.body, capturedBody);
        QVERIFY(error.message.contains(u"InvalidTaskArguments"_s));
    }
    if (error.kind == ClientError::Kind::Unauthorized) {
        const bool hadToken = !profile.token.isEmpty();
        QCOMPARE(error.message.contains(u"expired"_s), hadToken);
    }
}

QTEST_GUILESS_MAIN(tst_CaptureReplay)
#include "tst_capturereplay.moc"
