// Job routes over HTTP: payload forms (checklist 22–25), wait_result (26), the secret routes
// (19–20), cancel (35–36), the purge (37), listing and paging, lifecycle, restart, input and acl.

#include "supervisorfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

namespace {

QJsonObject argument(int order, const QString &type, const QString &value = {})
{
    return {{"id"_L1, order + 1},
            {"order"_L1, order},
            {"type"_L1, type},
            {"label"_L1, u"a%1"_s.arg(order)},
            {"value"_L1, value}};
}

} // namespace

class tst_ApiJobs : public QObject
{
    Q_OBJECT

private:
    HttpReply as(Role role,
                 const QByteArray &method,
                 const QString &path,
                 const QJsonValue &body = {},
                 const QString &query = {})
    {
        return m_supervisor.call(m_http, role, method, path, body, query);
    }
    HttpReply admin(const QByteArray &method,
                    const QString &path,
                    const QJsonValue &body = {},
                    const QString &query = {})
    {
        return as(Role::Admin, method, path, body, query);
    }
    // [fixed "X" at 0, input at 1]; extra members override.
    QString createTask(const QJsonObject &extra = {})
    {
        QJsonObject body{{"name"_L1, u"Job test"_s},
                         {"type"_L1, u"script"_s},
                         {"host"_L1, m_hostId},
                         {"script"_L1, m_scriptId},
                         {"script_runas"_L1, u"bash %script%"_s},
                         {"acl"_L1, QJsonArray{u"viewer"_s, u"user"_s}},
                         {"task_arguments"_L1,
                          QJsonArray{argument(0, u"fixed"_s, u"X"_s), argument(1, u"input"_s)}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply reply = admin("POST", u"/task"_s, body);
        return reply.json()["id"_L1].toString();
    }
    QString run(const QString &task, const QString &query = {})
    {
        return admin("POST",
                     u"/task/"_s + task + u"/job"_s,
                     QJsonArray{QJsonValue::Null, u"v"_s},
                     query)
            .json()["id"_L1]
            .toString();
    }
    QString secretOf(const QString &task)
    {
        return admin("GET", u"/task/"_s + task + u"/credentials"_s).json()["secret"_L1].toString();
    }

    // Jobs stay queued: these tests look at them before anything runs them.
    SupervisorFixture m_supervisor{[] {
        SupervisorFixture::Options options;
        options.engine.runLocalJobs = false;
        return options;
    }()};
    TestHttp m_http;
    QString m_hostId;
    QString m_scriptId;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        m_hostId = admin("GET", u"/host"_s).json()[0]["id"_L1].toString();
        m_scriptId = admin("POST",
                           u"/script"_s,
                           QJsonObject{{"filename"_L1, u"j.sh"_s}, {"data"_L1, u"ZWNobwo="_s}})
                         .json()["id"_L1]
                         .toString();
    }

    void payloadForms_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonValue>("values");
        const QJsonValue xv(QJsonArray{u"X"_s, u"v"_s});
        QTest::newRow("positional with null fixed slot")
            << QByteArray("application/json") << QByteArray(R"({"task_arguments":[null,"v"]})")
            << QString() << 200 << xv;
        QTest::newRow("bare array") << QByteArray("application/json") << QByteArray(R"([null,"v"])")
                                    << QString() << 200 << xv;
        QTest::newRow("query task_arguments[]")
            << QByteArray() << QByteArray() << u"task_arguments[]=&task_arguments[]=v"_s << 200
            << xv;
        QTest::newRow("form repeated")
            << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("task_arguments=&task_arguments=v") << QString() << 200 << xv;
        QTest::newRow("missing the positional slot: built as an error")
            << QByteArray("application/json") << QByteArray(R"({"task_arguments":["v"]})")
            << QString() << 200 << QJsonValue(QJsonArray{u"v"_s});
        QTest::newRow("nothing: the empty object is one value")
            << QByteArray("application/json") << QByteArray("{}") << QString() << 200
            << QJsonValue(QJsonArray{u"X"_s});
        QTest::newRow("lifecycle=bogus")
            << QByteArray("application/json") << QByteArray(R"([null,"v"])") << u"lifecycle=bogus"_s
            << 400 << QJsonValue();
    }
    void payloadForms()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QJsonValue, values);
        const QString task = createTask();
        TestHttp::Headers headers{{"Authorization", m_supervisor.bearer(Role::Admin)}};
        if (!contentType.isEmpty())
            headers.emplaceBack("Content-Type", contentType);
        const HttpReply reply = m_http.send("POST",
                                            m_supervisor.url(u"/task/"_s + task + u"/job"_s, query),
                                            body,
                                            headers);
        QCOMPARE(reply.status, status);
        if (status != 200)
            return;
        const QJsonObject job = reply.json().toObject();
        if (QTest::currentDataTag() == QByteArray("nothing: the empty object is one value")) {
            // {} counts as one argument, then fills slot 0, the fixed one: slot 1 is missing.
            QCOMPARE(job["lifecycle"_L1].toString(), u"terminated"_s);
            return;
        }
        QCOMPARE(job["task_arguments_values"_L1], values);
        if (values.toArray().size() == 1) {
            QCOMPARE(job["lifecycle"_L1].toString(), u"terminated"_s);
            QCOMPARE(job["state"_L1].toString(), u"error"_s);
            QVERIFY(job["output"_L1].isArray());
        } else {
            QCOMPARE(job["lifecycle"_L1].toString(), u"ready"_s);
            QCOMPARE(job["state"_L1].toString(), u"in_progress"_s);
        }
    }

    void tooFewArguments()
    {
        const QString task = createTask(
            {{"task_arguments"_L1, QJsonArray{argument(0, u"input"_s), argument(1, u"input"_s)}}});
        const HttpReply reply = admin("POST",
                                      u"/task/"_s + task + u"/job"_s,
                                      QJsonObject{{"task_arguments"_L1, QJsonArray{u"a"_s}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(
            reply.json()["message"_L1].toString(),
            u"Invalid Task Arguments. An array of length 2 is required. Optionals must be null"_s);
    }

    void lifecycleOnHold()
    {
        const QString task = createTask();
        const HttpReply reply = admin("POST",
                                      u"/task/"_s + task + u"/job"_s,
                                      QJsonArray{QJsonValue::Null, u"v"_s},
                                      u"lifecycle=onhold"_s);
        QCOMPARE(reply.json()["lifecycle"_L1].toString(), u"onhold"_s);
        const QString id = reply.json()["id"_L1].toString();
        const HttpReply input = admin("PUT",
                                      u"/job/"_s + id + u"/input"_s,
                                      QJsonObject{
                                          {"args"_L1, QJsonArray{QJsonValue::Null, u"w"_s}}});
        QCOMPARE(input.status, 200);
        QCOMPARE(input.json()["lifecycle"_L1].toString(), u"ready"_s);
        QCOMPARE(input.json()["task_arguments_values"_L1], QJsonValue(QJsonArray{u"X"_s, u"w"_s}));
        const HttpReply again = admin("PUT",
                                      u"/job/"_s + id + u"/input"_s,
                                      QJsonObject{
                                          {"args"_L1, QJsonArray{QJsonValue::Null, u"w"_s}}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json(), QJsonValue(u"only on hold jobs allowed"_s));
    }

    void waitResultRedirects()
    {
        const QString task = createTask();
        HttpReply reply = admin("POST",
                                u"/task/"_s + task + u"/job"_s,
                                QJsonArray{QJsonValue::Null, u"v"_s},
                                u"wait_result=true"_s);
        QCOMPARE(reply.status, 303);
        const QString id = reply.json()["id"_L1].toString();
        QUrl location(QString::fromUtf8(reply.header("Location")));
        QCOMPARE(location.path(), u"/job/"_s + id + u"/result"_s);
        QUrlQuery query(location);
        QCOMPARE(query.queryItemValue(u"counter"_s), u"0"_s);
        QCOMPARE(query.queryItemValue(u"limit"_s), u"10"_s);
        QCOMPARE(query.queryItemValue(u"timeout"_s), u"10"_s);
        QCOMPARE(query.queryItemValue(u"wait_result"_s), u"true"_s);

        // Body flag, the caller's limit and timeout, and the secret route's own location.
        reply = m_http.sendJson("POST",
                                m_supervisor.url(u"/task/"_s + task + u"/secret/"_s + secretOf(task)
                                                     + u"/job"_s,
                                                 u"limit=3&timeout=20"_s),
                                QJsonObject{{"task_arguments"_L1,
                                             QJsonArray{QJsonValue::Null, u"v"_s}},
                                            {"wait_result"_L1, true}});
        QCOMPARE(reply.status, 303);
        const QString jobSecret = reply.json()["secret"_L1].toString();
        location = QUrl(QString::fromUtf8(reply.header("Location")));
        QCOMPARE(location.path(),
                 u"/job/"_s + reply.json()["id"_L1].toString() + u"/secret/"_s + jobSecret
                     + u"/result"_s);
        query = QUrlQuery(location);
        QCOMPARE(query.queryItemValue(u"limit"_s), u"3"_s);
        QCOMPARE(query.queryItemValue(u"timeout"_s), u"20"_s);
    }

    void jobBySecretNamesItsOrganization()
    {
        const QString task = createTask();
        const QString secret = secretOf(task);
        const QUrl url = m_supervisor.rawUrl(u"/job/secret/"_s + secret);
        HttpReply reply = m_http.sendForm("POST", url, "task=" + task.toLatin1());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json(), QJsonValue(u"organization is required"_s));
        reply = m_http.sendForm("POST", url, "customer=" + m_supervisor.organization().toLatin1());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json(), QJsonValue(u"task is required"_s));
        reply = m_http.sendForm("POST", url, "customer=nosuchorg&task=" + task.toLatin1());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json(), QJsonValue(u"organization not found"_s));
        // The task must belong to the organization named.
        reply = m_http.sendForm("POST",
                                url,
                                "customer=" + m_supervisor.otherOrganization().toLatin1() + "&task="
                                    + task.toLatin1() + "&task_arguments=&task_arguments=v");
        QCOMPARE(reply.status, 404);
        reply = m_http.sendForm("POST",
                                m_supervisor.rawUrl(u"/job/secret/"_s + QString(64, u'0')),
                                "customer=" + m_supervisor.organization().toLatin1() + "&task="
                                    + task.toLatin1() + "&task_arguments=&task_arguments=v");
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json(), QJsonValue(u"invalid secret"_s));
        reply = m_http.sendForm("POST",
                                m_supervisor.rawUrl(u"/job/secret/"_s + secret,
                                                    u"customer="_s + m_supervisor.organization()),
                                "task=" + task.toLatin1() + "&task_arguments=&task_arguments=v");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()["origin"_L1].toString(), u"secret"_s);
    }

    void cancelRules()
    {
        const QString task = createTask({{"cancellable"_L1, false}});
        const QString job = run(task);
        const HttpReply refused = as(Role::Viewer, "PUT", u"/job/"_s + job + u"/cancel"_s);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json(),
                 QJsonValue(QJsonObject{{"statusCode"_L1, 403},
                                        {"message"_L1, u"Job is not cancellable"_s}}));
        QCOMPARE(admin("GET", u"/job/"_s + job + u"/lifecycle"_s).json(), QJsonValue(u"ready"_s));
        const HttpReply canceled = admin("PUT", u"/job/"_s + job + u"/cancel"_s);
        QCOMPARE(canceled.status, 204);
        QVERIFY(canceled.body.isEmpty());
        QCOMPARE(admin("GET", u"/job/"_s + job + u"/lifecycle"_s).json(),
                 QJsonValue(u"canceled"_s));
        QCOMPARE(admin("PUT", u"/job/5e00000000000000000000ff/cancel"_s).status, 404);
    }

    void purgeHonoursTheArrayFormOnly()
    {
        const QString task = createTask();
        const QString done = run(task);
        admin("PUT", u"/job/"_s + done + u"/cancel"_s);
        const QString queued = run(task);
        HttpReply purge = admin("DELETE", u"/task/"_s + task + u"/job"_s, {}, u"lifecycle=ready"_s);
        QCOMPARE(purge.json()["deletedCount"_L1].toInt(), 1);
        QCOMPARE(admin("GET", u"/job/"_s + queued).status, 200);
        purge = admin("DELETE", u"/task/"_s + task + u"/job"_s, {}, u"lifecycle[]=ready"_s);
        QCOMPARE(purge.json()["deletedCount"_L1].toInt(), 1);
        QCOMPARE(admin("GET", u"/job/"_s + queued).status, 404);
    }

    void historyKeepsFiveFinished()
    {
        const QString task = createTask();
        for (int i = 0; i < 6; ++i)
            admin("PUT", u"/job/"_s + run(task) + u"/cancel"_s);
        run(task);
        const HttpReply finished = admin("GET",
                                         u"/job"_s,
                                         {},
                                         u"task_id="_s + task + u"&lifecycle=canceled"_s);
        QVERIFY(finished.json().toArray().size() <= 5);
    }

    void listingAndPaging()
    {
        const QString task = createTask();
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids.append(run(task));
        admin("PUT", u"/job/"_s + ids.at(0) + u"/cancel"_s);
        bool reduced = true; // list items carry no task, env or output
        const auto listed = [&](const QString &query) {
            QStringList list;
            for (const QJsonValue &job : admin("GET", u"/job"_s, {}, query).json().toArray()) {
                reduced = reduced && !job.toObject().contains("task"_L1)
                          && !job.toObject().contains("env"_L1)
                          && !job.toObject().contains("output"_L1);
                list.append(job["id"_L1].toString());
            }
            return list;
        };
        QCOMPARE(listed(u"where[task_id]="_s + task), ids);
        QCOMPARE(listed(u"task_id="_s + task + u"&lifecycle=ready"_s), ids.mid(1));
        QCOMPARE(listed(u"task_id="_s + task + u"&limit=2&skip=1"_s), ids.mid(1, 2));
        QCOMPARE(listed(u"task_id="_s + task + u"&sort[creation_date]=-1&limit=1"_s),
                 QStringList{ids.at(3)});
        QVERIFY(reduced);
        const HttpReply running = admin("GET", u"/job/running"_s);
        QCOMPARE(running.status, 200);
        QStringList runningIds;
        for (const QJsonValue &job : running.json().toArray())
            runningIds.append(job["id"_L1].toString());
        QVERIFY(runningIds.contains(ids.at(1)));
        QVERIFY(!runningIds.contains(ids.at(0)));
    }

    void jobAclGuardsTheJob()
    {
        const QString task = createTask();
        const QString job = run(task);
        QCOMPARE(as(Role::Viewer, "GET", u"/job/"_s + job).status, 200);
        const HttpReply acl = admin("PUT",
                                    u"/job/"_s + job + u"/acl"_s,
                                    QJsonArray{u"someone@else"_s});
        QCOMPARE(acl.status, 200);
        QCOMPARE(as(Role::Viewer, "GET", u"/job/"_s + job).status, 403);
        QCOMPARE(admin("PUT", u"/job/"_s + job + u"/acl"_s, QJsonObject{{"acl"_L1, 5}}).status,
                 400);
    }

    void restartAFinishedJob()
    {
        const QString task = createTask();
        const QString job = run(task);
        QCOMPARE(admin("PUT",
                       u"/job/"_s + job + u"/restart"_s,
                       QJsonArray{QJsonValue::Null, u"z"_s})
                     .status,
                 400); // still ready
        admin("PUT", u"/job/"_s + job + u"/cancel"_s);
        const HttpReply restarted = admin("PUT",
                                          u"/job/"_s + job + u"/restart"_s,
                                          QJsonObject{{"task_arguments"_L1,
                                                       QJsonArray{QJsonValue::Null, u"z"_s}}});
        QCOMPARE(restarted.status, 200);
        QCOMPARE(restarted.json()["lifecycle"_L1].toString(), u"ready"_s);
        QCOMPARE(restarted.json()["task_arguments_values"_L1],
                 QJsonValue(QJsonArray{u"X"_s, u"z"_s}));
    }

    void jobsOfAnotherOrganizationAreNotFound()
    {
        const QString task = createTask();
        const QString job = run(task);
        const QByteArray other = "Bearer " + m_supervisor.otherAdminToken().toLatin1();
        const QString otherOrg = u"/"_s + m_supervisor.otherOrganization();
        QCOMPARE(m_http.get(m_supervisor.rawUrl(otherOrg + u"/job/"_s + job), other).status, 404);
        QCOMPARE(m_http
                     .send("PUT",
                           m_supervisor.rawUrl(otherOrg + u"/job/"_s + job + u"/cancel"_s),
                           {},
                           {{"Authorization", other}})
                     .status,
                 404);
        QCOMPARE(m_http
                     .sendJson("POST",
                               m_supervisor.rawUrl(otherOrg + u"/task/"_s + task + u"/job"_s),
                               QJsonArray{QJsonValue::Null, u"v"_s},
                               other)
                     .status,
                 404);
        QCOMPARE(admin("GET", u"/job/"_s + job + u"/lifecycle"_s).json(), QJsonValue(u"ready"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ApiJobs)
#include "tst_apijobs.moc"
