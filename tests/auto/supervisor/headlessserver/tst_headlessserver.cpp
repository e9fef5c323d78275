// The theeye-supervisor executable as a user runs it: options, the first start's printout, the
// README's curl example, --create-token (also while a server runs), SIGINT/SIGTERM.

#include "testhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace TheEye::Testing;

namespace {

const QString Executable = QStringLiteral(THEEYE_SUPERVISOR_EXE);

// A running server and what it printed.
struct Server
{
    std::unique_ptr<QProcess> process;
    QString output;
    QString url;
    QString token;
};

} // namespace

class tst_HeadlessServer : public QObject
{
    Q_OBJECT

private:
    // Runs to completion; returns the exit code, with stdout and stderr.
    static int runToEnd(const QStringList &arguments,
                        QString *out = nullptr,
                        QString *err = nullptr)
    {
        QProcess process;
        process.start(Executable, arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    // The first start's printout ends with the curl line, a later start's with the "Admin token:"
    // line that says it was shown once; either line complete means nothing more is printed.
    static bool printoutComplete(const QString &output)
    {
        static const QRegularExpression
            lastLine(u"^(Try: .*curl .*|Admin token: +shown on the first start only.*)\n"_s,
                     QRegularExpression::MultilineOption);
        return lastLine.match(output).hasMatch();
    }

    // Starts a server and waits for its whole printout.
    static Server startServer(const QStringList &arguments)
    {
        Server server;
        server.process = std::make_unique<QProcess>();
        server.process->start(Executable, arguments);
        QSignalSpy output(server.process.get(), &QProcess::readyReadStandardOutput);
        // A slow start (a loaded machine, a sanitizer build) is waited for; an exit is not.
        for (int i = 0; i < 60 && !printoutComplete(server.output); ++i) {
            if (server.process->state() == QProcess::NotRunning)
                break;
            output.wait(1000);
            server.output += QString::fromUtf8(server.process->readAllStandardOutput());
        }
        server.output += QString::fromUtf8(server.process->readAllStandardOutput());
        const auto url = QRegularExpression(u"URL: +(\\S+)"_s).match(server.output);
        const auto token = QRegularExpression(u"Admin token: +([0-9a-f]{64})"_s)
                               .match(server.output);
        server.url = url.captured(1);
        server.token = token.captured(1);
        return server;
    }

    static bool stopWith(Server &server, int signal)
    {
        ::kill(static_cast<pid_t>(server.process->processId()), signal);
        return server.process->waitForFinished(30000)
               && server.process->exitStatus() == QProcess::NormalExit
               && server.process->exitCode() == 0;
    }

    TestHttp m_http;

private slots:
    void helpAndVersion()
    {
        QString out;
        QCOMPARE(runToEnd({u"--help"_s}, &out), 0);
        for (const char *option : {"--data-dir",
                                   "--port",
                                   "--bind",
                                   "--organization",
                                   "--tls-cert",
                                   "--tls-key",
                                   "--max-body-mb",
                                   "--create-token",
                                   "--label"})
            QVERIFY2(out.contains(QLatin1StringView(option)), option);
        QCOMPARE(runToEnd({u"--version"_s}, &out), 0);
        QVERIFY(out.contains(QStringLiteral(THEEYE_VERSION)));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s};
        QTest::newRow("bind not an address") << QStringList{u"--bind"_s, u"nowhere"_s};
        QTest::newRow("certificate without key")
            << QStringList{u"--tls-cert"_s, u"/nonexistent.pem"_s};
        QTest::newRow("body limit zero") << QStringList{u"--max-body-mb"_s, u"0"_s};
        QTest::newRow("unknown role") << QStringList{u"--create-token"_s, u"superuser"_s};
        QTest::newRow("root role") << QStringList{u"--create-token"_s, u"root"_s};
        QTest::newRow("stray argument") << QStringList{u"serve"_s};
        QTest::newRow("bad organization name")
            << QStringList{u"--organization"_s, u"a b"_s, u"--port"_s, u"0"_s};
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QString err;
        QCOMPARE(runToEnd(arguments + QStringList{u"--data-dir"_s, dir.filePath(u"data"_s)},
                          nullptr,
                          &err),
                 1);
        QVERIFY2(err.startsWith(u"theeye-supervisor: "_s), qPrintable(err));
    }

    void servesTheReadmeExample()
    {
        QTemporaryDir dir;
        Server server = startServer(
            {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--organization"_s, u"demo"_s});
        QVERIFY2(!server.url.isEmpty() && !server.token.isEmpty(), qPrintable(server.output));
        QVERIFY(server.url.startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(server.output.contains(u"Organization: demo"_s));
        QVERIFY(server.output.contains(u"curl -sS \""_s + server.url + u"/demo/task?access_token="_s
                                       + server.token));
        // curl -sS "http://127.0.0.1:60080/$ORG/task?access_token=$TOKEN"
        const HttpReply tasks = m_http.get(
            QUrl(server.url + u"/demo/task?access_token="_s + server.token));
        QCOMPARE(tasks.status, 200);
        QCOMPARE(tasks.json()[0]["name"_L1].toString(), u"Hello world"_s);
        QVERIFY(stopWith(server, SIGTERM));

        // A later start: no token is shown, the old one keeps working; SIGINT stops it too.
        Server again = startServer(
            {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--organization"_s, u"demo"_s});
        QVERIFY2(again.output.contains(u"shown on the first start only"_s),
                 qPrintable(again.output));
        QVERIFY(again.token.isEmpty());
        QCOMPARE(m_http.get(QUrl(again.url + u"/demo/task"_s), "Bearer " + server.token.toLatin1())
                     .status,
                 200);
        QVERIFY(stopWith(again, SIGINT));
    }

    void createToken()
    {
        QTemporaryDir dir;
        QString out;
        QString err;
        QCOMPARE(runToEnd({u"--create-token"_s,
                           u"viewer"_s,
                           u"--label"_s,
                           u"ci"_s,
                           u"--data-dir"_s,
                           dir.path()},
                          &out,
                          &err),
                 0);
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}\n$"_s).match(out).hasMatch(), qPrintable(out));
        const QString viewer = out.trimmed();
        QVERIFY2(err.contains(u"first admin token"_s), qPrintable(err)); // the data was new

        Server server = startServer({u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()});
        QVERIFY2(!server.url.isEmpty(), qPrintable(server.output));
        QCOMPARE(m_http.get(QUrl(server.url + u"/local/task"_s), "Bearer " + viewer.toLatin1())
                     .status,
                 200);

        // While it runs, another token made beside it works at once.
        QCOMPARE(runToEnd({u"--create-token"_s, u"admin"_s, u"--data-dir"_s, dir.path()}, &out), 0);
        const QString admin = out.trimmed();
        QCOMPARE(m_http.get(QUrl(server.url + u"/local/task"_s), "Bearer " + admin.toLatin1())
                     .status,
                 200);
        QCOMPARE(m_http
                     .sendJson("POST",
                               QUrl(server.url + u"/local/task"_s),
                               QJsonObject(),
                               "Bearer " + viewer.toLatin1())
                     .status,
                 403);
        QVERIFY(stopWith(server, SIGTERM));
    }

    void portInUse()
    {
        QTemporaryDir dir;
        Server first = startServer({u"--port"_s, u"0"_s, u"--data-dir"_s, dir.filePath(u"a"_s)});
        QVERIFY(!first.url.isEmpty());
        const QString port = first.url.section(u':', -1);
        QString err;
        QCOMPARE(runToEnd({u"--port"_s, port, u"--data-dir"_s, dir.filePath(u"b"_s)},
                          nullptr,
                          &err),
                 1);
        QVERIFY(!err.isEmpty());
        QVERIFY(stopWith(first, SIGTERM));
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessServer)
#include "tst_headlessserver.moc"
