// The LocalSupervisor facade the app and the headless server use: first start (organization,
// admin token shown once, local bot, example task), session and stored tokens, another
// organization, calls from other threads, start failures, stop and restart.

#include "testhttp.h"

#include "supervisor/core/directory.h"
#include "supervisor/core/localsupervisor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Supervisor;
using TheEye::Testing::HttpReply;
using TheEye::Testing::TestHttp;

class tst_LocalSupervisor : public QObject
{
    Q_OBJECT

private:
    static LocalSupervisor::Options optionsFor(const QString &directory)
    {
        LocalSupervisor::Options options;
        options.dataDirectory = directory;
        options.server.port = 0;
        return options;
    }
    HttpReply get(const LocalSupervisor &supervisor, const QString &path, const QString &token)
    {
        return m_http.get(QUrl(supervisor.baseUrl() + path), "Bearer " + token.toLatin1());
    }

    TestHttp m_http;

private slots:
    void firstStart()
    {
        QTemporaryDir dir;
        LocalSupervisor supervisor(optionsFor(dir.path()));
        QVERIFY2(supervisor.start(), qPrintable(supervisor.error()));
        QVERIFY(supervisor.isRunning());
        QVERIFY(supervisor.port() != 0);
        QCOMPARE(supervisor.baseUrl(), u"http://127.0.0.1:%1"_s.arg(supervisor.port()));
        QCOMPARE(supervisor.organization(), u"local"_s);
        const QString token = supervisor.takeFirstAdminToken();
        QCOMPARE(token.size(), 64);
        QVERIFY(supervisor.takeFirstAdminToken().isEmpty());

        // The curl example of the README: the organization's tasks, the example among them.
        const HttpReply tasks = m_http.get(
            QUrl(supervisor.baseUrl() + u"/local/task?access_token="_s + token));
        QCOMPARE(tasks.status, 200);
        QCOMPARE(tasks.json().toArray().size(), 1);
        const QJsonObject example = tasks.json()[0].toObject();
        QCOMPARE(example["name"_L1].toString(), u"Hello world"_s);
        QCOMPARE(example["script_runas"_L1].toString(), u"bash %script%"_s);
        QCOMPARE(example["hostname"_L1].toString(), Directory::localHostname());
        QCOMPARE(example["task_arguments"_L1][0]["label"_L1].toString(), u"Name"_s);
        const HttpReply script = get(supervisor,
                                     u"/local/script/"_s + example["script_id"_L1].toString()
                                         + u"/download"_s,
                                     token);
        QVERIFY(script.body.contains("Hello"));
        // The example runs as it stands: a job is accepted.
        const HttpReply job = m_http.sendJson("POST",
                                              QUrl(supervisor.baseUrl() + u"/local/task/"_s
                                                   + example["id"_L1].toString() + u"/job"_s),
                                              QJsonArray{u"Ana"_s},
                                              "Bearer " + token.toLatin1());
        QCOMPARE(job.status, 200);
        QCOMPARE(job.json()["task_arguments_values"_L1], QJsonValue(QJsonArray{u"Ana"_s}));

        supervisor.stop();
        QVERIFY(!supervisor.isRunning());
        supervisor.stop(); // twice is harmless

        // A later start shows no token (only its hash was kept), and the first one still works.
        LocalSupervisor again(optionsFor(dir.path()));
        QVERIFY2(again.start(), qPrintable(again.error()));
        QVERIFY(again.takeFirstAdminToken().isEmpty());
        QCOMPARE(get(again, u"/local/task"_s, token).json().toArray().size(), 1);
    }

    void withoutTheExample()
    {
        QTemporaryDir dir;
        LocalSupervisor::Options options = optionsFor(dir.path());
        options.createExampleTask = false;
        options.organization = u"acme"_s;
        LocalSupervisor supervisor(options);
        QVERIFY(supervisor.start());
        QCOMPARE(get(supervisor, u"/acme/task"_s, supervisor.takeFirstAdminToken()).json(),
                 QJsonValue(QJsonArray()));
    }

    void tokens()
    {
        QTemporaryDir dir;
        QString viewer;
        QString session;
        QString otherAdmin;
        {
            LocalSupervisor supervisor(optionsFor(dir.path()));
            QVERIFY(supervisor.start());
            session = supervisor.issueSessionToken(Role::User);
            QCOMPARE(get(supervisor, u"/local/task"_s, session).status, 200);
            const auto created = supervisor.createToken(Role::Viewer, u"ci"_s);
            QVERIFY(created.ok());
            viewer = *created;
            QCOMPARE(get(supervisor, u"/local/task"_s, viewer).status, 200);
            QCOMPARE(m_http
                         .sendJson("POST",
                                   QUrl(supervisor.baseUrl() + u"/local/task"_s),
                                   QJsonObject(),
                                   "Bearer " + viewer.toLatin1())
                         .status,
                     403);
            const auto organization = supervisor.createOrganization(u"second"_s);
            QVERIFY(organization.ok());
            otherAdmin = *organization;
            QCOMPARE(get(supervisor, u"/second/task"_s, otherAdmin).status, 200);
            QVERIFY(!supervisor.createOrganization(u"second"_s).ok());
            QVERIFY(!supervisor.createOrganization(u"no spaces"_s).ok());
            QVERIFY(!supervisor.createToken(Role::Admin, u"x"_s, u"nosuch"_s).ok());
            const auto inSecond = supervisor.createToken(Role::Manager, u"m"_s, u"second"_s);
            QVERIFY(inSecond.ok());
            QCOMPARE(get(supervisor, u"/second/task"_s, *inSecond).status, 200);
        } // the destructor stops it
        LocalSupervisor supervisor(optionsFor(dir.path()));
        QVERIFY(supervisor.start());
        QCOMPARE(get(supervisor, u"/local/task"_s, viewer).status, 200);
        QCOMPARE(get(supervisor, u"/second/task"_s, otherAdmin).status, 200);
        QCOMPARE(get(supervisor, u"/local/task"_s, session).status, 401);
    }

    void callsFromOtherThreads()
    {
        QTemporaryDir dir;
        LocalSupervisor supervisor(optionsFor(dir.path()));
        QVERIFY(supervisor.start());
        QStringList tokens(8);
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&supervisor, &tokens, i] {
                tokens[i] = i % 2 ? supervisor.issueSessionToken(Role::Viewer)
                                  : supervisor.createToken(Role::Viewer, u"t%1"_s.arg(i)).value();
            });
        for (std::thread &thread : threads)
            thread.join();
        for (const QString &token : std::as_const(tokens))
            QCOMPARE(get(supervisor, u"/local/task"_s, token).status, 200);
    }

    void startFailures()
    {
        QTemporaryDir dir;
        LocalSupervisor first(optionsFor(dir.filePath(u"a"_s)));
        QVERIFY(first.start());
        LocalSupervisor::Options busy = optionsFor(dir.filePath(u"b"_s));
        busy.server.port = first.port();
        LocalSupervisor second(busy);
        QVERIFY(!second.start());
        QVERIFY(!second.error().isEmpty());
        QVERIFY(!second.isRunning());
        QVERIFY(second.issueSessionToken().isEmpty());
        QVERIFY(!second.createToken(Role::Admin, u"x"_s).ok());

        QFile file(dir.filePath(u"not-a-folder"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        LocalSupervisor blocked(optionsFor(dir.filePath(u"not-a-folder/data"_s)));
        QVERIFY(!blocked.start());
        QVERIFY2(blocked.error().contains(u"not-a-folder"_s), qPrintable(blocked.error()));

        // The first one is unaffected.
        QCOMPARE(get(first, u"/api"_s, {}).status, 200);
    }

    void openWithoutListening()
    {
        QTemporaryDir dir;
        LocalSupervisor::Options options = optionsFor(dir.path());
        options.listen = false;
        LocalSupervisor offline(options);
        QVERIFY(offline.start());
        QCOMPARE(offline.port(), 0);
        const QString admin = offline.takeFirstAdminToken();
        const auto viewer = offline.createToken(Role::Viewer, u"made offline"_s);
        QVERIFY(viewer.ok());
        offline.stop();
        LocalSupervisor online(optionsFor(dir.path()));
        QVERIFY(online.start());
        QCOMPARE(get(online, u"/local/task"_s, admin).status, 200);
        QCOMPARE(get(online, u"/local/task"_s, *viewer).status, 200);
    }

    void tokenMadeByAnotherProcessWorksAtOnce()
    {
        // `theeye-supervisor --create-token` while a server runs on the same data.
        QTemporaryDir dir;
        LocalSupervisor server(optionsFor(dir.path()));
        QVERIFY(server.start());
        LocalSupervisor::Options options = optionsFor(dir.path());
        options.listen = false;
        LocalSupervisor tool(options);
        QVERIFY2(tool.start(), qPrintable(tool.error()));
        const auto token = tool.createToken(Role::Viewer, u"from the side"_s);
        QVERIFY(token.ok());
        tool.stop();
        QCOMPARE(get(server, u"/local/task"_s, *token).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_LocalSupervisor)
#include "tst_localsupervisor.moc"
