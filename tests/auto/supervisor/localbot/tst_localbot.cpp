// The local bot with real scripts: exit codes and the last line, argv and environment exactly as
// given, timeout and cancel killing the whole process tree, the multitasking gate, the
// concurrency cap, file arguments, capped output and the live log route.

#include "enginetestclient.h"
#include "supervisorfixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

namespace {

SupervisorFixture::Options engineOptions()
{
    SupervisorFixture::Options options;
    options.engine.killGraceMs = 300;
    options.engine.maxConcurrentJobs = 3;
    options.engine.outputCapBytes = 64 * 1024;
    return options;
}

// Waits on a file a test creates: how a script is held running without a clock.
QByteArray waitFor(const QString &variable)
{
    return "while [ ! -e \"" + variable.toUtf8() + "\" ]; do sleep 0.02; done\n";
}

} // namespace

class tst_LocalBot : public QObject
{
    Q_OBJECT

private:
    SupervisorFixture m_supervisor{engineOptions()};
    std::unique_ptr<EngineTestClient> m_client;
    QTemporaryDir m_dir;

    EngineTestClient &c() { return *m_client; }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QJsonObject runToEnd(const QString &task, const QJsonArray &values = {})
    {
        const QString id = c().run(task, values)["id"_L1].toString();
        if (id.isEmpty())
            return {};
        QJsonObject job;
        for (int i = 0; i < 3000; ++i) {
            if (c().finished(id))
                return c().job(id);
            QSignalSpy never(this, &QObject::destroyed);
            never.wait(10);
        }
        return c().job(id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        m_client = std::make_unique<EngineTestClient>(m_supervisor.url(QString()).toString(),
                                                      m_supervisor.bearer(Role::Admin));
        QVERIFY(!c().localBot().isEmpty());
    }

    void endings_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("lifecycle");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QJsonValue>("code");
        QTest::addColumn<QJsonArray>("output");
        QTest::newRow("exit 0") << QByteArray("echo hi\nexit 0\n") << u"finished"_s << u"success"_s
                                << QJsonValue(0) << QJsonArray{};
        QTest::newRow("exit 1") << QByteArray("echo no >&2\nexit 1\n") << u"finished"_s
                                << u"failure"_s << QJsonValue(1) << QJsonArray{};
        QTest::newRow("exit 137") << QByteArray("exit 137\n") << u"finished"_s << u"failure"_s
                                  << QJsonValue(137) << QJsonArray{};
        QTest::newRow("last line says failure")
            << QByteArray("echo '{\"state\":\"failure\",\"data\":[\"x\"]}'\nexit 0\n")
            << u"finished"_s << u"failure"_s << QJsonValue(0) << QJsonArray{u"x"_s};
        QTest::newRow("last line says success despite exit 3")
            << QByteArray("echo start\necho '{\"state\":\"success\",\"data\":[\"a\",{\"b\":1}]}'\n"
                          "exit 3\n")
            << u"finished"_s << u"success"_s << QJsonValue(3) << QJsonArray{u"a"_s, u"{\"b\":1}"_s};
        QTest::newRow("last line an array")
            << QByteArray("echo '[1,\"two\"]'\n") << u"finished"_s << u"success"_s << QJsonValue(0)
            << QJsonArray{u"1"_s, u"two"_s};
        QTest::newRow("run-as missing") << QByteArray("true\n") << u"finished"_s << u"failure"_s
                                        << QJsonValue(127) << QJsonArray{};
    }
    void endings()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, lifecycle);
        QFETCH(QString, state);
        QFETCH(QJsonValue, code);
        QFETCH(QJsonArray, output);
        QJsonObject extra;
        if (QByteArray(QTest::currentDataTag()) == "run-as missing")
            extra.insert("script_runas"_L1, u"/nonexistent/interpreter %script%"_s);
        const QJsonObject job = runToEnd(c().task(script, {}, extra));
        QCOMPARE(job["lifecycle"_L1].toString(), lifecycle);
        QCOMPARE(job["state"_L1].toString(), state);
        const QJsonObject result = job["result"_L1].toObject();
        QCOMPARE(result["code"_L1], code);
        QCOMPARE(job["output"_L1].toArray(), output);
        QCOMPARE(result["killed"_L1].toBool(), false);
        QVERIFY(result.contains("times"_L1));
        QVERIFY(!result["started_at"_L1].toString().isEmpty());
        QVERIFY(!result["finished_at"_L1].toString().isEmpty());
        QCOMPARE(job["trigger_name"_L1].toString(), state);
    }

    void stdoutAndStderrApartAndTogether()
    {
        const QJsonObject job = runToEnd(c().task("echo one\necho two >&2\necho three\n"));
        const QJsonObject result = job["result"_L1].toObject();
        QCOMPARE(result["stdout"_L1].toString(), u"one\nthree\n"_s);
        QCOMPARE(result["stderr"_L1].toString(), u"two\n"_s);
        const QString log = result["log"_L1].toString();
        QCOMPARE(log.size(), qsizetype(14));
        // Two pipes: the order between them is the order the bot read them in, stdout's own order
        // is kept.
        QVERIFY(log.contains(u"two\n"_s));
        QVERIFY(log.indexOf(u"one\n"_s) < log.indexOf(u"three\n"_s));
        QCOMPARE(result["lastline"_L1].toString(), u"three"_s);
    }

    void argumentsArriveVerbatim()
    {
        const QStringList values{u"a; touch %1"_s.arg(file(u"pwned1"_s)),
                                 u"$(touch %1)"_s.arg(file(u"pwned2"_s)),
                                 u"`touch x` 'single' \"double\" \\back"_s,
                                 u"two\nlines"_s,
                                 u"  spaces  around  "_s};
        QJsonArray definitions;
        QJsonArray given;
        for (int i = 0; i < values.size(); ++i) {
            definitions.append(EngineTestClient::input(i));
            given.append(values.at(i));
        }
        definitions.append(EngineTestClient::input(int(values.size())));
        given.append(QJsonValue::Null);
        const QString out = file(u"argv"_s);
        const QByteArray script = "printf '%s\\0' \"$#\" \"$@\" > '" + out.toUtf8() + "'\n";
        const QJsonObject job = runToEnd(c().task(script, definitions), given);
        QCOMPARE(job["state"_L1].toString(), u"success"_s);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QList<QByteArray> parts = written.readAll().split('\0');
        QCOMPARE(parts.takeLast(), QByteArray());
        QCOMPARE(parts.takeFirst(), QByteArray::number(values.size() + 1));
        QStringList received;
        for (const QByteArray &part : parts)
            received.append(QString::fromUtf8(part));
        QCOMPARE(received, values + QStringList{QString()});
        QVERIFY(!QFile::exists(file(u"pwned1"_s)));
        QVERIFY(!QFile::exists(file(u"pwned2"_s)));
    }

    void environmentCarriesTheJob()
    {
        const QJsonObject job = runToEnd(c().task(
            "printf '%s|%s|%s\\n' \"$THEEYE_JOB\" \"$FOO\" \"${THEEYE_ORGANIZATION_NAME}\"\n",
            {},
            {{"env"_L1, QJsonObject{{"FOO"_L1, u"bar baz"_s}}}}));
        const QString line = job["result"_L1]["lastline"_L1].toString();
        const QStringList parts = line.split(u'|');
        QCOMPARE(parts.size(), 3);
        const QJsonObject theeyeJob = QJsonDocument::fromJson(parts.at(0).toUtf8()).object();
        QCOMPARE(theeyeJob["id"_L1].toString(), job["id"_L1].toString());
        QCOMPARE(parts.at(1), u"bar baz"_s);
        QCOMPARE(parts.at(2), u"\"%1\""_s.arg(m_supervisor.organization()));
    }

    void plainRunAsStartsItsProgramFromTheJobsPath()
    {
        // No shell in between, yet the program is looked up as the shell would: along the PATH
        // of the job's environment, and it gets the script path then the values as argv.
        QTemporaryDir bin;
        QFile interpreter(bin.filePath(u"theeye-test-interpreter"_s));
        QVERIFY(interpreter.open(QIODevice::WriteOnly));
        interpreter.write("#!/bin/sh\nprintf 'with %s|%s\\n' \"$2\" \"$0\"\n");
        interpreter.close();
        QVERIFY(interpreter.setPermissions(interpreter.permissions() | QFileDevice::ExeOwner));
        QJsonObject extra{{"script_runas"_L1, u"theeye-test-interpreter %script%"_s},
                          {"env"_L1,
                           QJsonObject{{"PATH"_L1, QString(bin.path() + u":/usr/bin:/bin"_s)}}}};
        const QJsonObject job = runToEnd(c().task("true\n", {EngineTestClient::input(0)}, extra),
                                         {u"a value"_s});
        QCOMPARE(job["state"_L1].toString(), u"success"_s);
        const QString line = job["result"_L1]["lastline"_L1].toString();
        QCOMPARE(line, QString(u"with a value|"_s + interpreter.fileName()));
    }

    void fileArgumentIsAPrivateFileRemovedAfter()
    {
        QJsonObject definition = EngineTestClient::input(0);
        definition.insert("type"_L1, u"file"_s);
        const QString seen = file(u"seen"_s);
        const QByteArray script = "{ echo \"$1\"; stat -c %a \"$1\"; cat \"$1\"; } > '"
                                  + seen.toUtf8() + "'\n";
        const QString content = u"file content; $(not run)\n"_s;
        const QString url = u"data:text/plain;name=notes.txt;base64,"_s
                            + QString::fromLatin1(content.toUtf8().toBase64());
        const QJsonObject job = runToEnd(c().task(script, {definition}), {url});
        QCOMPARE(job["state"_L1].toString(), u"success"_s);
        QFile written(seen);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(written.readAll()).split(u'\n');
        QVERIFY(lines.size() >= 3);
        QVERIFY2(lines.at(0).endsWith(u"notes.txt"_s), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), u"600"_s);
        QCOMPARE(lines.at(2) + u'\n', content);
        QVERIFY(!QFile::exists(lines.at(0)));
    }

    // A script whose child ignores SIGTERM: the whole group goes, on timeout and on cancel.
    void stopsKillTheWholeTree_data()
    {
        QTest::addColumn<bool>("byTimeout");
        QTest::newRow("timeout") << true;
        QTest::newRow("cancel") << false;
    }
    void stopsKillTheWholeTree()
    {
        QFETCH(bool, byTimeout);
        const QString pids = file(u"pids-%1"_s.arg(byTimeout));
        const QByteArray script = "echo $$ > \"$1\"\n"
                                  "( trap '' TERM; while :; do sleep 0.05; done ) &\n"
                                  "echo $! >> \"$1\"\n"
                                  "echo started\n"
                                  "wait\n";
        QJsonObject extra;
        if (byTimeout)
            extra.insert("timeout"_L1, 1500);
        const QString task = c().task(script, {EngineTestClient::fixed(0, pids)}, extra);
        const QString id = c().run(task)["id"_L1].toString();
        QTRY_COMPARE_WITH_TIMEOUT(EngineTestClient::pidsIn(pids).size(), 2, 15000);
        const QList<qint64> started = EngineTestClient::pidsIn(pids);
        for (qint64 pid : started)
            QVERIFY(EngineTestClient::processExists(pid));
        if (!byTimeout)
            QCOMPARE(c().call("PUT", u"/job/%1/cancel"_s.arg(id)).status, 204);
        QTRY_VERIFY_WITH_TIMEOUT(c().finished(id), 15000);
        for (qint64 pid : started)
            QTRY_VERIFY_WITH_TIMEOUT(!EngineTestClient::processExists(pid), 15000);
        const QJsonObject job = c().job(id);
        QCOMPARE(job["lifecycle"_L1].toString(), u"terminated"_s);
        QCOMPARE(job["state"_L1].toString(), byTimeout ? u"timeout"_s : u"canceled"_s);
        if (byTimeout)
            QCOMPARE(job["result"_L1]["killed"_L1].toBool(), true);
        // The output printed before the stop is kept either way.
        QTRY_VERIFY_WITH_TIMEOUT(c().job(id)["result"_L1]["log"_L1].toString().contains(
                                     u"started"_s),
                                 15000);
    }

    void multitaskingOffRunsOneAfterTheOther()
    {
        const QString flag = file(u"release-serial"_s);
        const QString order = file(u"order"_s);
        const QByteArray script = "echo \"start $2\" >> \"$3\"\n" + waitFor(u"$1"_s)
                                  + "echo \"end $2\" >> \"$3\"\n";
        const QString task = c().task(script,
                                      {EngineTestClient::fixed(0, flag),
                                       EngineTestClient::input(1),
                                       EngineTestClient::fixed(2, order)},
                                      {{"multitasking"_L1, false}});
        const QString first = c().run(task, {QJsonValue::Null, u"1"_s})["id"_L1].toString();
        const QString second = c().run(task, {QJsonValue::Null, u"2"_s})["id"_L1].toString();
        QTRY_COMPARE_WITH_TIMEOUT(c().lifecycle(first), u"assigned"_s, 15000);
        QCOMPARE(c().lifecycle(second), u"ready"_s);
        QVERIFY(EngineTestClient::touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(c().finished(second), 15000);
        QFile written(order);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("start 1\nend 1\nstart 2\nend 2\n"));
    }

    void theCapHoldsTheRestInReady()
    {
        const QString flag = file(u"release-cap"_s);
        const QString task = c().task(waitFor(u"$1"_s), {EngineTestClient::fixed(0, flag)});
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(c().run(task)["id"_L1].toString());
        QTRY_COMPARE_WITH_TIMEOUT(c().lifecycle(ids.at(2)), u"assigned"_s, 15000);
        QCOMPARE(c().lifecycle(ids.at(0)), u"assigned"_s);
        QCOMPARE(c().lifecycle(ids.at(1)), u"assigned"_s);
        QCOMPARE(c().lifecycle(ids.at(3)), u"ready"_s);
        QCOMPARE(c().lifecycle(ids.at(4)), u"ready"_s);
        // Canceling a queued one leaves the others queued; none is dropped.
        QCOMPARE(c().call("PUT", u"/job/%1/cancel"_s.arg(ids.at(3))).status, 204);
        QCOMPARE(c().lifecycle(ids.at(3)), u"canceled"_s);
        QVERIFY(EngineTestClient::touch(flag));
        // The last one may end first: it finds the flag at once, the running ones at their next
        // look.
        const auto allFinished = [&] {
            return std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
                return c().finished(id);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), 15000);
        QCOMPARE(c().job(ids.at(4))["state"_L1].toString(), u"success"_s);
    }

    void hugeOutputIsCappedWithAMarker()
    {
        const QJsonObject job = runToEnd(c().task("seq 1 100000\n"));
        QCOMPARE(job["state"_L1].toString(), u"success"_s);
        const QJsonObject result = job["result"_L1].toObject();
        const QByteArray log = result["log"_L1].toString().toUtf8();
        QVERIFY2(log.size() < 64 * 1024 + 1024, QByteArray::number(log.size()).constData());
        QVERIFY(log.startsWith("1\n2\n3\n"));
        QVERIFY(log.contains("[TheEye: the output reached"));
        // The last line is read over everything printed, not only what was kept.
        QCOMPARE(result["lastline"_L1].toString(), u"100000"_s);
        const HttpReply stored = c().get(u"/job/%1/log"_s.arg(job["id"_L1].toString()));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.body, log);
        const HttpReply tail = c().get(u"/job/%1/log"_s.arg(job["id"_L1].toString()),
                                       u"from=%1"_s.arg(log.size() - 10));
        QCOMPARE(tail.body, log.right(10));
    }

    void theLogFollowsWhileTheJobRuns()
    {
        const QString flag = file(u"release-follow"_s);
        const QString task = c().task("echo first\n" + waitFor(u"$1"_s) + "echo second\n",
                                      {EngineTestClient::fixed(0, flag)});
        const QString id = c().run(task)["id"_L1].toString();
        QNetworkAccessManager manager;
        QNetworkRequest request(c().url(u"/job/%1/log"_s.arg(id), u"follow=1"_s));
        request.setRawHeader("Authorization", m_supervisor.bearer(Role::Admin));
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QByteArray received;
        connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
            received += reply->readAll();
        });
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("first\n"), 15000);
        QVERIFY(!reply->isFinished());
        QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                 u"text/plain; charset=utf-8"_s);
        QCOMPARE(c().lifecycle(id), u"assigned"_s);
        QVERIFY(EngineTestClient::touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        received += reply->readAll();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(received, QByteArray("first\nsecond\n"));
        // The stream ended because the job did: it is already stored as finished.
        QCOMPARE(c().lifecycle(id), u"finished"_s);
        QCOMPARE(c().get(u"/job/%1/log"_s.arg(id), u"follow=1&from=6"_s).body,
                 QByteArray("second\n"));
    }

    void logRouteRefusesBadInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("negative from") << u"/job/%1/log"_s << u"from=-1"_s << 400;
        QTest::newRow("text from") << u"/job/%1/log"_s << u"from=abc"_s << 400;
        QTest::newRow("unknown job") << u"/job/0123456789abcdef01234567/log"_s << QString() << 404;
    }
    void logRouteRefusesBadInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(int, status);
        const QString id = runToEnd(c().task("echo x\n"))["id"_L1].toString();
        QCOMPARE(c().get(path.contains(u"%1"_s) ? path.arg(id) : path, query).status, status);
        TestHttp anonymous;
        QCOMPARE(anonymous.get(c().url(u"/job/%1/log"_s.arg(id))).status, 401);
    }
};

QTEST_MAIN(tst_LocalBot)
#include "tst_localbot.moc"
