// Who may call what: the token in exactly one place (checklist 1–2), and every route against
// every role, no token and a token of another organization (checklist 3–6), over real HTTP.

#include "supervisorfixture.h"
#include "testhttp.h"

#include "supervisor/core/directory.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

namespace {

// Identities: a role of the organization, no token, or the other organization's admin.
constexpr int NoToken = -1;
constexpr int OtherOrganizationAdmin = -2;

enum class Mode { Session, Param, Open };

struct Route
{
    const char *name;
    QByteArray method;
    QString path; // {org} {task} {job} {onhold} {finished} {script} {unknown}
    Role role;
    Mode mode;
    int success;           // the status when allowed
    int otherOrganization; // S-mode routes: the other organization's admin, on its own data
    const char *body;      // JSON with the same placeholders, or nullptr
    QString query = {};
};

QList<Route> routes()
{
    const char *taskBody
        = R"({"name":"T","type":"script","host":"{host}","script":"{script}","script_runas":"bash","acl":["viewer","user","agent","manager"]})";
    const char *updateBody = R"({"name":"T2","host_id":"{host}","script_id":"{script}"})";
    const char *jobBody = R"({"task_arguments":["x"]})";
    return {
        {"list tasks", "GET", u"/{org}/task"_s, Role::Viewer, Mode::Session, 200, 200, nullptr},
        {"list tasks, bare", "GET", u"/task"_s, Role::Viewer, Mode::Session, 200, 200, nullptr},
        {"get task",
         "GET",
         u"/{org}/task/{task}"_s,
         Role::Viewer,
         Mode::Session,
         200,
         404,
         nullptr},
        {"create task", "POST", u"/{org}/task"_s, Role::Admin, Mode::Session, 200, 400, taskBody},
        {"put task",
         "PUT",
         u"/{org}/task/{task}"_s,
         Role::Admin,
         Mode::Session,
         200,
         404,
         updateBody},
        {"patch task",
         "PATCH",
         u"/{org}/task/{task}"_s,
         Role::Admin,
         Mode::Session,
         200,
         404,
         updateBody},
        {"delete task",
         "DELETE",
         u"/{org}/task/{task}"_s,
         Role::Admin,
         Mode::Session,
         200,
         404,
         nullptr},
        {"serialize",
         "GET",
         u"/{org}/task/{task}/serialize"_s,
         Role::Admin,
         Mode::Param,
         200,
         0,
         nullptr,
         u"mode=deep"_s},
        {"recipe",
         "GET",
         u"/{org}/task/{task}/recipe"_s,
         Role::Admin,
         Mode::Param,
         200,
         0,
         nullptr},
        {"credentials",
         "GET",
         u"/{org}/task/{task}/credentials"_s,
         Role::Admin,
         Mode::Param,
         200,
         0,
         nullptr},
        {"import",
         "POST",
         u"/{org}/task/import"_s,
         Role::Admin,
         Mode::Param,
         200,
         0,
         "{recipe}",
         u"hostname={hostname}"_s},
        {"schedules",
         "GET",
         u"/{org}/task/{task}/schedule"_s,
         Role::Viewer,
         Mode::Session,
         200,
         404,
         nullptr},
        {"get acl",
         "GET",
         u"/{org}/task/{task}/acl"_s,
         Role::Manager,
         Mode::Session,
         200,
         404,
         nullptr},
        {"put acl",
         "PUT",
         u"/{org}/task/{task}/acl"_s,
         Role::Manager,
         Mode::Session,
         200,
         404,
         R"({"users":["viewer","someone@acme.local"]})"},
        {"patch acl",
         "PATCH",
         u"/{org}/task/{task}/acl"_s,
         Role::Manager,
         Mode::Session,
         200,
         404,
         R"({"users":["x@y.z"],"action":"add"})"},
        {"delete acl",
         "DELETE",
         u"/{org}/task/{task}/acl"_s,
         Role::Manager,
         Mode::Session,
         200,
         404,
         nullptr},
        {"purge jobs",
         "DELETE",
         u"/{org}/task/{task}/job"_s,
         Role::Admin,
         Mode::Param,
         200,
         0,
         nullptr},
        {"run task", "POST", u"/{org}/task/{task}/job"_s, Role::User, Mode::Param, 200, 0, jobBody},
        {"run task, bare",
         "POST",
         u"/task/{task}/job"_s,
         Role::User,
         Mode::Session,
         200,
         404,
         jobBody},
        {"run by body",
         "POST",
         u"/{org}/job"_s,
         Role::User,
         Mode::Session,
         200,
         404,
         R"({"task":"{task}","task_arguments":["x"]})"},
        {"list jobs", "GET", u"/{org}/job"_s, Role::Viewer, Mode::Param, 200, 0, nullptr},
        {"running jobs",
         "GET",
         u"/{org}/job/running"_s,
         Role::Viewer,
         Mode::Session,
         200,
         200,
         nullptr},
        {"get job", "GET", u"/{org}/job/{job}"_s, Role::Viewer, Mode::Param, 200, 0, nullptr},
        {"cancel job",
         "PUT",
         u"/{org}/job/{job}/cancel"_s,
         Role::Viewer,
         Mode::Param,
         204,
         0,
         nullptr},
        {"restart job",
         "PUT",
         u"/{org}/job/{finished}/restart"_s,
         Role::User,
         Mode::Param,
         200,
         0,
         jobBody},
        {"input job",
         "PUT",
         u"/{org}/job/{onhold}/input"_s,
         Role::Viewer,
         Mode::Param,
         200,
         0,
         R"({"args":["y"]})"},
        {"job lifecycle",
         "GET",
         u"/{org}/job/{job}/lifecycle"_s,
         Role::User,
         Mode::Param,
         200,
         0,
         nullptr},
        {"job result",
         "GET",
         u"/{org}/job/{finished}/result"_s,
         Role::Viewer,
         Mode::Param,
         500,
         0,
         nullptr},
        {"job acl",
         "PUT",
         u"/{org}/job/{job}/acl"_s,
         Role::Admin,
         Mode::Param,
         200,
         0,
         R"(["viewer"])"},
        {"hosts", "GET", u"/{org}/host"_s, Role::Viewer, Mode::Session, 200, 200, nullptr},
        {"events", "GET", u"/{org}/event"_s, Role::Viewer, Mode::Param, 200, 0, nullptr},
        {"cancel schedule",
         "DELETE",
         u"/{org}/scheduler/{unknown}"_s,
         Role::Admin,
         Mode::Session,
         200,
         200,
         nullptr},
        {"list scripts", "GET", u"/{org}/script"_s, Role::Viewer, Mode::Session, 200, 200, nullptr},
        {"create script",
         "POST",
         u"/{org}/script"_s,
         Role::Admin,
         Mode::Session,
         200,
         200,
         R"({"filename":"a.sh","data":"ZWNobwo="})"},
        {"get script",
         "GET",
         u"/{org}/script/{script}"_s,
         Role::Viewer,
         Mode::Session,
         200,
         404,
         nullptr},
        {"update script",
         "PUT",
         u"/{org}/script/{script}"_s,
         Role::Admin,
         Mode::Session,
         200,
         404,
         R"({"data":"ZWNobyAyCg=="})"},
        {"download script",
         "GET",
         u"/{org}/script/{script}/download"_s,
         Role::User,
         Mode::Session,
         200,
         404,
         nullptr},
        {"list tokens", "GET", u"/api/token"_s, Role::Admin, Mode::Session, 200, 200, nullptr},
        {"create token",
         "POST",
         u"/api/token"_s,
         Role::Admin,
         Mode::Session,
         200,
         200,
         R"({"role":"viewer","label":"ci"})"},
        {"health", "GET", u"/api"_s, Role::Viewer, Mode::Open, 200, 200, nullptr},
        {"status", "GET", u"/api/status"_s, Role::Viewer, Mode::Open, 200, 200, nullptr},
    };
}

QString identityName(int identity)
{
    if (identity == NoToken)
        return u"no token"_s;
    if (identity == OtherOrganizationAdmin)
        return u"admin of another organization"_s;
    return Supervisor::roleName(Role(identity));
}

} // namespace

class tst_ApiAuth : public QObject
{
    Q_OBJECT

private:
    QByteArray authorization(int identity) const
    {
        if (identity == NoToken)
            return {};
        if (identity == OtherOrganizationAdmin)
            return "Bearer " + m_supervisor.otherAdminToken().toLatin1();
        return m_supervisor.bearer(Role(identity));
    }

    QJsonObject adminJson(const QByteArray &method,
                          const QString &path,
                          const QJsonValue &body = {},
                          const QString &query = {})
    {
        const HttpReply reply = m_http.sendJson(method,
                                                m_supervisor.url(path, query),
                                                body,
                                                m_supervisor.bearer(Role::Admin));
        if (reply.status != 200)
            qWarning("%s %s → %d %s",
                     method.constData(),
                     qPrintable(path),
                     reply.status,
                     reply.body.constData());
        return reply.json().toObject();
    }

    // Fresh objects for one row: a task whose acl admits the roles below admin, a ready job, a
    // job on hold and a canceled (finished) one.
    QHash<QString, QString> prepare()
    {
        QHash<QString, QString> values;
        values.insert(u"{org}"_s, m_supervisor.organization());
        values.insert(u"{host}"_s, m_hostId);
        values.insert(u"{hostname}"_s, Supervisor::Directory::localHostname());
        values.insert(u"{script}"_s, m_scriptId);
        values.insert(u"{unknown}"_s, u"5c00000000000000000000ff"_s);
        const QJsonObject task = adminJson(
            "POST",
            u"/task"_s,
            QJsonObject{{"name"_L1, u"Matrix"_s},
                        {"type"_L1, u"script"_s},
                        {"host"_L1, m_hostId},
                        {"script"_L1, m_scriptId},
                        {"script_runas"_L1, u"bash"_s},
                        {"acl"_L1, QJsonArray{u"viewer"_s, u"user"_s, u"agent"_s, u"manager"_s}},
                        {"task_arguments"_L1,
                         QJsonArray{QJsonObject{{"order"_L1, 0},
                                                {"type"_L1, u"input"_s},
                                                {"label"_L1, u"x"_s}}}}});
        const QString task_ = task.value("id"_L1).toString();
        values.insert(u"{task}"_s, task_);
        const auto run = [&](const QString &query) {
            return adminJson("POST",
                             u"/task/"_s + task_ + u"/job"_s,
                             QJsonObject{{"task_arguments"_L1, QJsonArray{u"v"_s}}},
                             query)
                .value("id"_L1)
                .toString();
        };
        values.insert(u"{job}"_s, run({}));
        values.insert(u"{onhold}"_s, run(u"lifecycle=onhold"_s));
        const QString finished = run({});
        m_http.send("PUT",
                    m_supervisor.url(u"/job/"_s + finished + u"/cancel"_s),
                    {},
                    {{"Authorization", m_supervisor.bearer(Role::Admin)}});
        values.insert(u"{finished}"_s, finished);
        return values;
    }

    SupervisorFixture m_supervisor;
    TestHttp m_http;
    QString m_hostId;
    QString m_scriptId;
    QByteArray m_recipe;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        const HttpReply hosts = m_http.get(m_supervisor.url(u"/host"_s),
                                           m_supervisor.bearer(Role::Admin));
        m_hostId = hosts.json().toArray().first().toObject().value("id"_L1).toString();
        m_scriptId = adminJson("POST",
                               u"/script"_s,
                               QJsonObject{{"filename"_L1, u"m.sh"_s}, {"data"_L1, u"ZWNobwo="_s}})
                         .value("id"_L1)
                         .toString();
        QVERIFY(!m_hostId.isEmpty() && !m_scriptId.isEmpty());
        QFile recipe(QStringLiteral(THEEYE_TESTDATA_DIR "/recipes/HelloWorld_Task.json"));
        QVERIFY(recipe.open(QIODevice::ReadOnly));
        m_recipe = recipe.readAll();
    }

    void tokenLocations_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("inQuery");
        QTest::addColumn<QByteArray>("bodyKind"); // "", "json" or "form"
        QTest::addColumn<int>("status");
        QTest::newRow("header") << QByteArray("Bearer") << false << QByteArray() << 200;
        QTest::newRow("header, lower-case scheme")
            << QByteArray("bearer") << false << QByteArray() << 200;
        QTest::newRow("query") << QByteArray() << true << QByteArray() << 200;
        QTest::newRow("json body") << QByteArray() << false << QByteArray("json") << 200;
        QTest::newRow("form body") << QByteArray() << false << QByteArray("form") << 200;
        QTest::newRow("header and query") << QByteArray("Bearer") << true << QByteArray() << 401;
        QTest::newRow("header and body")
            << QByteArray("Bearer") << false << QByteArray("json") << 401;
        QTest::newRow("query and body") << QByteArray() << true << QByteArray("form") << 401;
        QTest::newRow("all three") << QByteArray("Bearer") << true << QByteArray("json") << 401;
        QTest::newRow("none") << QByteArray() << false << QByteArray() << 401;
        QTest::newRow("basic scheme only") << QByteArray("Basic") << false << QByteArray() << 401;
    }
    void tokenLocations()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, inQuery);
        QFETCH(QByteArray, bodyKind);
        QFETCH(int, status);
        const QString token = m_supervisor.token(Role::Viewer);
        TestHttp::Headers headers;
        if (!header.isEmpty())
            headers.emplaceBack("Authorization", header + ' ' + token.toLatin1());
        QByteArray body;
        if (bodyKind == "json") {
            headers.emplaceBack("Content-Type", "application/json");
            body = "{\"access_token\":\"" + token.toLatin1() + "\"}";
        } else if (bodyKind == "form") {
            headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
            body = "access_token=" + token.toLatin1();
        }
        // A GET with a body is unusual but allowed; the real supervisor reads it.
        const HttpReply reply = m_http.send(
            body.isEmpty() ? "GET" : "POST",
            body.isEmpty()
                ? m_supervisor.url(u"/task"_s, inQuery ? u"access_token="_s + token : QString())
                : m_supervisor.url(u"/job"_s, inQuery ? u"access_token="_s + token : QString()),
            body,
            headers);
        if (status == 401) {
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json(), QJsonValue(u"Unauthorized"_s));
            return;
        }
        // GET /task lists; POST /job as a viewer is refused by role, after authentication.
        QCOMPARE(reply.status, body.isEmpty() ? 200 : 403);
    }

    void unknownAndRevokedTokens()
    {
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), "Bearer " + QByteArray(64, 'f')).status,
                 401);
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s, u"access_token="_s)).status, 401);
        const HttpReply created = m_http.sendJson("POST",
                                                  m_supervisor.rawUrl(u"/api/token"_s),
                                                  QJsonObject{{"role"_L1, u"viewer"_s}},
                                                  m_supervisor.bearer(Role::Admin));
        QCOMPARE(created.status, 200);
        const QByteArray bearer = "Bearer " + created.json()["token"_L1].toString().toLatin1();
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), bearer).status, 200);
        const HttpReply revoked = m_http.send("DELETE",
                                              m_supervisor.rawUrl(
                                                  u"/api/token/"_s
                                                  + created.json()["id"_L1].toString()),
                                              {},
                                              {{"Authorization",
                                                m_supervisor.bearer(Role::Admin)}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(m_http.get(m_supervisor.url(u"/task"_s), bearer).status, 401);
        // A token never grants more than its maker has.
        const HttpReply tooHigh = m_http.sendJson("POST",
                                                  m_supervisor.rawUrl(u"/api/token"_s),
                                                  QJsonObject{{"role"_L1, u"integration"_s}},
                                                  m_supervisor.bearer(Role::Admin));
        QCOMPARE(tooHigh.status, 403);
        const HttpReply listing = m_http.get(m_supervisor.rawUrl(u"/api/token"_s),
                                             m_supervisor.bearer(Role::Admin));
        QVERIFY(!listing.body.contains(m_supervisor.adminToken().toLatin1()));
    }

    void sessionModeIgnoresThePathOrganization()
    {
        // Checklist 6: GET /anything/task lists the token's organization.
        const HttpReply listed = m_http.get(m_supervisor.rawUrl(u"/anything/task"_s),
                                            m_supervisor.bearer(Role::Admin));
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.json().isArray());
        const HttpReply other = m_http.get(m_supervisor.url(u"/task"_s),
                                           "Bearer " + m_supervisor.otherAdminToken().toLatin1());
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json().toArray().size(), 0); // its own, empty organization
    }

    void roleMatrix_data()
    {
        QTest::addColumn<int>("routeIndex");
        QTest::addColumn<int>("identity");
        QTest::addColumn<int>("expected");
        const QList<Route> table = routes();
        const QList<int> identities{NoToken,
                                    int(Role::Viewer),
                                    int(Role::User),
                                    int(Role::Agent),
                                    int(Role::Manager),
                                    int(Role::Admin),
                                    int(Role::Integration),
                                    int(Role::Owner),
                                    int(Role::Root),
                                    OtherOrganizationAdmin};
        for (qsizetype i = 0; i < table.size(); ++i) {
            const Route &route = table.at(i);
            for (const int identity : identities) {
                int expected = route.success;
                if (route.mode != Mode::Open) {
                    if (identity == NoToken)
                        expected = 401;
                    else if (identity == OtherOrganizationAdmin)
                        expected = route.mode == Mode::Param ? 409 : route.otherOrganization;
                    else if (!Supervisor::hasAtLeast(Role(identity), route.role))
                        expected = 403;
                }
                QTest::addRow("%s as %s", route.name, qPrintable(identityName(identity)))
                    << int(i) << identity << expected;
            }
        }
    }
    void roleMatrix()
    {
        QFETCH(int, routeIndex);
        QFETCH(int, identity);
        QFETCH(int, expected);
        const Route route = routes().at(routeIndex);
        const QHash<QString, QString> values = prepare();
        const auto fill = [&values](QString text) {
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                text.replace(it.key(), it.value());
            return text;
        };
        TestHttp::Headers headers;
        if (const QByteArray auth = authorization(identity); !auth.isEmpty())
            headers.emplaceBack("Authorization", auth);
        QByteArray body;
        if (route.body) {
            headers.emplaceBack("Content-Type", "application/json");
            body = route.body == QByteArrayView("{recipe}")
                       ? m_recipe
                       : fill(QString::fromUtf8(route.body)).toUtf8();
        }
        const HttpReply reply = m_http.send(route.method,
                                            m_supervisor.rawUrl(fill(route.path),
                                                                fill(route.query)),
                                            body,
                                            headers);
        QVERIFY2(reply.status == expected,
                 qPrintable(u"got %1, expected %2: %3"_s.arg(reply.status)
                                .arg(expected)
                                .arg(QString::fromUtf8(reply.body.left(300)))));
        if (expected == 401)
            QCOMPARE(reply.json(), QJsonValue(u"Unauthorized"_s));
        else if (expected == 403)
            QCOMPARE(reply.json(), QJsonValue(u"forbidden"_s));
        else if (expected == 409)
            QCOMPARE(reply.json()["message"_L1].toString(),
                     u"Incorrect Organizations. Session conflict"_s);
        else if (expected == 404)
            QVERIFY(reply.json()["message"_L1].toString().endsWith(u"not found"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ApiAuth)
#include "tst_apiauth.moc"
