// Every exchange captured from the real TheEye supervisor (tests/data/real-supervisor 00–12),
// replayed against our local supervisor over HTTP: the same status, Content-Type and body shape
// (field names and JSON types), except where decisions.md fixes the real one.

#include "jsonshape.h"
#include "supervisorfixture.h"
#include "testhttp.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

namespace {

struct Exchange
{
    QByteArray method;
    QString path;
    QJsonObject headers;
    QJsonValue body;
    int status = 0;
    QJsonValue contentType;
    QJsonValue responseBody;
};

Exchange load(const QString &name)
{
    QFile file(QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing capture %s", qPrintable(name));
    const QJsonObject root = Json::parse(file.readAll())->toObject();
    const QJsonObject request = root.value("request"_L1).toObject();
    const QJsonObject response = root.value("response"_L1).toObject();
    return {request.value("method"_L1).toString().toLatin1(),
            request.value("path"_L1).toString(),
            request.value("headers"_L1).toObject(),
            request.value("body"_L1),
            response.value("status"_L1).toInt(),
            response.value("content_type"_L1),
            response.value("body"_L1)};
}

QJsonObject withoutKeys(QJsonObject object, const QStringList &keys)
{
    for (const QString &key : keys)
        object.remove(key);
    return object;
}

} // namespace

class tst_ApiCaptures : public QObject
{
    Q_OBJECT

private:
    // The capture's ids, secret and token replaced by ours, then sent as captured.
    HttpReply replay(const Exchange &exchange, const QString &token)
    {
        const auto substitute = [this, &token](QString text) {
            for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
                text.replace(it.key(), it.value());
            text.replace(u"<token>"_s, token);
            return text;
        };
        TestHttp::Headers headers;
        for (auto it = exchange.headers.begin(); it != exchange.headers.end(); ++it)
            headers.append({it.key().toLatin1(), substitute(it.value().toString()).toLatin1()});
        QByteArray body;
        if (exchange.body.isString())
            body = substitute(exchange.body.toString()).toUtf8();
        else if (!exchange.body.isNull())
            body = substitute(QString::fromUtf8(Json::compact(exchange.body))).toUtf8();
        const QString path = substitute(exchange.path);
        const qsizetype question = path.indexOf(u'?');
        const QUrl url = question < 0
                             ? m_supervisor.rawUrl(path)
                             : m_supervisor.rawUrl(path.left(question), path.mid(question + 1));
        return m_http.send(exchange.method, url, body, headers);
    }

    // Status and Content-Type as captured; the body's shape as captured, after `adjust`.
    void check(const QString &name,
               const HttpReply &reply,
               const std::function<QJsonValue(QJsonValue)> &adjust = {})
    {
        const Exchange exchange = load(name);
        QVERIFY2(reply.status == exchange.status,
                 qPrintable(u"%1: got %2 (%3)"_s.arg(name).arg(reply.status).arg(reply.error)));
        if (exchange.contentType.isNull()) {
            QVERIFY(!reply.hasHeader("Content-Type"));
            QVERIFY(reply.body.isEmpty());
            return;
        }
        QVERIFY2(reply.header("Content-Type").startsWith("application/json"),
                 reply.header("Content-Type").constData());
        const QJsonValue expected = adjust ? adjust(exchange.responseBody) : exchange.responseBody;
        const QStringList differences = shapeDifferences(expected, reply.json());
        QVERIFY2(differences.isEmpty(),
                 qPrintable(name + u":\n"_s + differences.join(u'\n') + u"\n"_s
                            + QString::fromUtf8(reply.body.left(2000))));
    }

    HttpReply replay(const QString &name, Role role = Role::Admin)
    {
        return replay(load(name), m_supervisor.token(role));
    }

    QString createJob(const QString &lifecycle = {})
    {
        const HttpReply reply = m_http.sendJson(
            "POST",
            m_supervisor.url(u"/task/"_s + m_taskId + u"/job"_s,
                             lifecycle.isEmpty() ? QString() : u"lifecycle="_s + lifecycle),
            QJsonObject{{"task_arguments"_L1, QJsonArray{QJsonValue::Null, u"bob"_s, u"b"_s}}},
            m_supervisor.bearer(Role::Admin));
        return reply.json().toObject().value("id"_L1).toString();
    }

    // Jobs stay queued: these tests look at them before anything runs them.
    SupervisorFixture m_supervisor{[] {
        SupervisorFixture::Options options;
        options.engine.runLocalJobs = false;
        return options;
    }()};
    TestHttp m_http;
    QHash<QString, QString> m_ids; // capture id → ours
    QString m_taskId;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        // The bot: ours is the local bot of the organization.
        const HttpReply hosts = m_http.get(m_supervisor.url(u"/host"_s),
                                           m_supervisor.bearer(Role::Admin));
        QCOMPARE(hosts.status, 200);
        m_ids.insert(u"5b0000000000000000000001"_s,
                     hosts.json().toArray().first().toObject().value("id"_L1).toString());
        // The script of the captures, uploaded through our script route.
        const QJsonObject shallow = load(u"03-task-serialize-shallow.json"_s)
                                        .responseBody.toObject();
        const HttpReply script = m_http.sendJson(
            "POST",
            m_supervisor.url(u"/script"_s),
            QJsonObject{{"filename"_L1, u"echo-args.sh"_s},
                        {"data"_L1, shallow.value("script"_L1).toObject().value("data"_L1)}},
            m_supervisor.bearer(Role::Admin));
        QCOMPARE(script.status, 200);
        m_ids.insert(u"5a0000000000000000000001"_s,
                     script.json().toObject().value("id"_L1).toString());
        // The upload itself (multipart POST /:customer/file) is not a route of ours; check that
        // our script JSON has the captured File shape.
        const QStringList differences = shapeDifferences(
            withoutKeys(load(u"00-upload-script.json"_s).responseBody.toObject(), {u"customer"_s}),
            script.json());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void createTask()
    {
        const HttpReply reply = replay(u"00-create-task.json"_s);
        check(u"00-create-task.json"_s, reply);
        m_taskId = reply.json().toObject().value("id"_L1).toString();
        m_ids.insert(u"5f0000000000000000000001"_s, m_taskId);
        QVERIFY(!reply.json().toObject().contains("secret"_L1));
        QVERIFY(!reply.json().toObject().contains("_id"_L1));
    }

    void listGetAndSerialize()
    {
        const HttpReply list = replay(u"01-task-list.json"_s);
        check(u"01-task-list.json"_s, list);
        QCOMPARE(list.json().toArray().size(), 1);
        check(u"02-task-get.json"_s, replay(u"02-task-get.json"_s));
        check(u"03-task-serialize-shallow.json"_s, replay(u"03-task-serialize-shallow.json"_s));
        check(u"04-task-serialize-deep.json"_s, replay(u"04-task-serialize-deep.json"_s));
    }

    void credentials()
    {
        const HttpReply reply = replay(u"05-task-credentials.json"_s);
        check(u"05-task-credentials.json"_s, reply);
        const QString secret = reply.json().toObject().value("secret"_L1).toString();
        QCOMPARE(secret.size(), 64);
        QCOMPARE(reply.json().toObject().value("id"_L1).toString(), m_taskId);
        m_ids.insert(QString(64, u'a'), secret);
    }

    void createJobAndRead()
    {
        const HttpReply created = replay(u"06-job-create.json"_s);
        check(u"06-job-create.json"_s, created);
        const QJsonObject job = created.json().toObject();
        QCOMPARE(job.value("task_arguments_values"_L1),
                 QJsonValue(QJsonArray{u"FIXED"_s, u"ana"_s, u"a"_s}));
        QCOMPARE(job.value("env"_L1).toObject().value("THEEYE_ORGANIZATION_NAME"_L1).toString(),
                 u"\"acme\""_s);
        QCOMPARE(job.value("env"_L1).toObject().value("THEEYE_API_URL"_L1).toString(),
                 u"\""_s + m_supervisor.baseUrl() + u"\""_s);
        for (const auto key : {"customer"_L1, "script"_L1, "result"_L1, "trigger_name"_L1})
            QVERIFY2(!job.contains(key), key.data());
        m_ids.insert(u"5e0000000000000000000001"_s, job.value("id"_L1).toString());

        // 07 and 08 show the job after a real agent ran it; without the job engine it is still
        // ready, so what only a finished run sets (result, trigger_name) is left out.
        const auto unfinished = [](QJsonValue body) {
            QJsonObject shape = withoutKeys(body.toObject(), {u"result"_s, u"trigger_name"_s});
            if (shape.contains("output"_L1))
                shape.insert("output"_L1, QJsonArray()); // nothing ran, nothing was printed
            return QJsonValue(shape);
        };
        check(u"07-job-get-finished.json"_s, replay(u"07-job-get-finished.json"_s), unfinished);
        check(u"08-job-list-by-task.json"_s,
              replay(u"08-job-list-by-task.json"_s),
              [&unfinished](QJsonValue body) {
                  return QJsonValue(QJsonArray{unfinished(body.toArray().first())});
              });
    }

    void cancel()
    {
        m_ids.insert(u"5e0000000000000000000002"_s, createJob());
        check(u"09-job-cancel-ready.json"_s, replay(u"09-job-cancel-ready.json"_s));
        const HttpReply after = replay(u"09-job-get-after-cancel.json"_s);
        check(u"09-job-get-after-cancel.json"_s, after);
        QCOMPARE(after.json().toObject().value("lifecycle"_L1).toString(), u"canceled"_s);
        QCOMPARE(after.json().toObject().value("state"_L1).toString(), u"canceled"_s);

        // Cancelling a finished job answers 204 too and changes nothing.
        m_ids.insert(u"5e0000000000000000000003"_s, m_ids.value(u"5e0000000000000000000002"_s));
        check(u"09-job-cancel-finished.json"_s, replay(u"09-job-cancel-finished.json"_s));
        const HttpReply still = replay(u"09-job-get-after-cancel.json"_s);
        QCOMPARE(still.json(), after.json());
        m_ids.remove(u"5e0000000000000000000003"_s);
    }

    void purgeHistory()
    {
        const HttpReply reply = replay(u"10-task-jobs-delete.json"_s);
        check(u"10-task-jobs-delete.json"_s, reply);
        QCOMPARE(reply.json().toObject().value("deletedCount"_L1).toInt(), 1); // the canceled one
    }

    void secretJobs()
    {
        for (const QString &name : {u"11-secret-job-create.json"_s,
                                    u"11-secret-job-create-bare-array.json"_s,
                                    u"12-job-secret-form-with-args.json"_s}) {
            const HttpReply reply = replay(name);
            check(name, reply);
            const QJsonObject job = reply.json().toObject();
            QCOMPARE(job.value("origin"_L1).toString(), u"secret"_s);
            QCOMPARE(job.value("user"_L1).toObject(), QJsonObject());
            QVERIFY(!job.contains("user_id"_L1));
            QCOMPARE(job.value("env"_L1).toObject().value("THEEYE_JOB_USER"_L1).toString(),
                     u"{}"_s);
        }
    }

    void errorAnswers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        for (const char *name : {"12-no-token.json",
                                 "12-token-twice.json",
                                 "12-wrong-secret.json",
                                 "12-secret-63-chars.json",
                                 "12-too-few-arguments.json",
                                 "12-task-id-malformed.json",
                                 "12-task-id-unknown.json",
                                 "12-task-create-empty-body.json",
                                 "12-org-mismatch-unknown-org.json",
                                 "12-job-secret-form.json",
                                 "12-job-form-token-in-body.json"})
            QTest::newRow(name) << QString::fromLatin1(name) << int(Role::Admin);
        QTest::newRow("12-viewer-create-task.json")
            << u"12-viewer-create-task.json"_s << int(Role::Viewer);
    }
    void errorAnswers()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        // The fixture's second organization exists; this capture asks for one that does not.
        if (name == u"12-org-mismatch-unknown-org.json")
            m_ids.insert(u"/otherorg/"_s, u"/nosuchorg/"_s);
        const HttpReply reply = replay(name, Role(role));
        m_ids.remove(u"/otherorg/"_s);
        check(name, reply);
        // Error bodies are small and fixed: they must be equal, not only alike.
        QCOMPARE(reply.json(), load(name).responseBody);
    }

    void organizationMismatch()
    {
        const QString name = u"12-org-mismatch-existing-org.json"_s;
        const HttpReply reply = replay(name);
        check(name, reply);
        QCOMPARE(reply.json().toObject().value("message"_L1).toString(),
                 u"Incorrect Organizations. Session conflict"_s);
        QCOMPARE(reply.json().toObject().value("statusCode"_L1).toInt(), 409);
    }

    void jobByFormWithTokenInBody()
    {
        const QString name = u"12-job-form-token-in-body-with-args.json"_s;
        const HttpReply reply = replay(name);
        check(name, reply);
        QCOMPARE(reply.json().toObject().value("origin"_L1).toString(), u"user"_s);
        QCOMPARE(reply.json().toObject().value("task_arguments_values"_L1),
                 QJsonValue(QJsonArray{u"FIXED"_s, u"y"_s, u"a"_s}));
    }

    void buildErrorJob()
    {
        // decisions.md keeps `output` an array of strings where the real one stores a string.
        const auto outputAsList = [](QJsonValue body) {
            QJsonObject object = body.toObject();
            object.insert("output"_L1, QJsonArray{object.value("output"_L1)});
            return QJsonValue(object);
        };
        const HttpReply created = replay(u"12-two-args-missing-last-slot.json"_s);
        check(u"12-two-args-missing-last-slot.json"_s, created, outputAsList);
        const QJsonObject job = created.json().toObject();
        QCOMPARE(job.value("lifecycle"_L1).toString(), u"terminated"_s);
        QCOMPARE(job.value("state"_L1).toString(), u"error"_s);
        QCOMPARE(job.value("result"_L1).toObject().value("log"_L1).toString(),
                 u"\"InvalidTaskArguments\""_s);
        m_ids.insert(u"5e0000000000000000000007"_s, job.value("id"_L1).toString());
        check(u"12-two-args-missing-last-slot-get.json"_s,
              replay(u"12-two-args-missing-last-slot-get.json"_s),
              outputAsList);
    }

    void recipeRouteIsTheShallowExport()
    {
        // decisions.md: the documented /recipe name serves the shallow export (the real one 404s).
        const HttpReply recipe = replay(u"12-recipe-old-route.json"_s);
        QCOMPARE(recipe.status, 200);
        const QStringList differences = shapeDifferences(load(u"03-task-serialize-shallow.json"_s)
                                                             .responseBody,
                                                         recipe.json());
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_ApiCaptures)
#include "tst_apicaptures.moc"
