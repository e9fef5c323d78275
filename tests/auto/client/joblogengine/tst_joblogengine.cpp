// JobLogStream (client/joblogstream.*) against the job engine's `GET /:customer/job/:id/log
// ?follow=1&from=N` end to end: output arrives while the script still runs, every byte once, in
// order, and the stream ends with the finished job; a job followed while still queued is
// streamed from its first byte once it starts.

#include "client/joblogstream.h"
#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "enginetestclient.h"
#include "logstreamending.h"
#include "supervisorfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;
using TheEye::Supervisor::Role;

class tst_JobLogEngine final : public QObject
{
    Q_OBJECT

private:
    SupervisorFixture m_supervisor;
    QTemporaryDir m_dir;
    std::unique_ptr<EngineTestClient> m_http;
    std::unique_ptr<SupervisorClient> m_client;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_supervisor.start(), qPrintable(m_supervisor.error()));
        m_http = std::make_unique<EngineTestClient>(m_supervisor.url(QString()).toString(),
                                                    m_supervisor.bearer(Role::Admin));
        ConnectionProfile profile;
        profile.kind = ConnectionProfile::Kind::Local;
        profile.baseUrl = QUrl(m_supervisor.baseUrl());
        profile.organization = m_supervisor.organization();
        profile.token = m_supervisor.token(Role::Admin);
        m_client = std::make_unique<SupervisorClient>(profile);
    }

    void followsARunningJobToItsEnd()
    {
        const QString flag = m_dir.filePath(u"go"_s);
        const QString task = m_http->task("echo first\n"
                                          "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                          "seq 1 3000\n"
                                          "printf 'acentuado \\303\\251\\n' >&2\n"
                                          "echo last\n",
                                          {EngineTestClient::fixed(0, flag)});
        const QString id = m_http->run(task)["id"_L1].toString();
        QVERIFY(!id.isEmpty());
        JobLogStream *stream = m_client->jobs().followLog(Job(m_http->job(id)));
        QSignalSpy output(stream, &JobLogStream::output);
        const auto ending = endingOf(stream);

        QTRY_VERIFY_WITH_TIMEOUT(joined(output).contains(u"first\n"_s), 15000);
        QCOMPARE(m_http->lifecycle(id), u"assigned"_s); // seen while the script still runs
        QVERIFY(!ending->finished);

        QVERIFY(EngineTestClient::touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(ending->finished, 30000);
        QCOMPARE(ending->mode, JobLogStream::Mode::Streaming);
        QVERIFY(ending->result && ending->result->ok());
        QCOMPARE(ending->result->value().lifecycle(), Lifecycle::Finished);
        const QString log = m_http->job(id)["result"_L1]["log"_L1].toString();
        QVERIFY(log.contains(u"2999\n3000\n"_s) && log.contains(u"acentuado é\n"_s));
        QCOMPARE(joined(output), log); // every byte once, in order
        QCOMPARE(ending->offset, qint64(log.toUtf8().size()));
    }

    void followsAQueuedJobFromItsFirstByte()
    {
        const QString flag = m_dir.filePath(u"release"_s);
        const QString task = m_http->task("echo \"start $2\"\n"
                                          "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                          "echo \"end $2\"\n",
                                          {EngineTestClient::fixed(0, flag),
                                           EngineTestClient::input(1)},
                                          {{"multitasking"_L1, false}});
        const QString first = m_http->run(task, {QJsonValue(), u"one"_s})["id"_L1].toString();
        QTRY_COMPARE_WITH_TIMEOUT(m_http->lifecycle(first), u"assigned"_s, 15000);
        const QString second = m_http->run(task, {QJsonValue(), u"two"_s})["id"_L1].toString();
        QCOMPARE(m_http->lifecycle(second), u"ready"_s);

        JobLogStream *stream = m_client->jobs().followLog(Job(m_http->job(second)));
        QSignalSpy output(stream, &JobLogStream::output);
        const auto ending = endingOf(stream);
        QVERIFY(EngineTestClient::touch(flag));
        QTRY_VERIFY_WITH_TIMEOUT(ending->finished, 30000);
        QCOMPARE(ending->mode, JobLogStream::Mode::Streaming);
        QVERIFY(ending->result && ending->result->ok());
        QCOMPARE(joined(output), u"start two\nend two\n"_s);
        QCOMPARE(m_http->job(second)["result"_L1]["log"_L1].toString(), joined(output));
    }
};

QTEST_MAIN(tst_JobLogEngine)
#include "tst_joblogengine.moc"
