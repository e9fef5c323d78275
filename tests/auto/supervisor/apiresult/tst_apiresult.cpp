// GET|POST /job/:id/result and its secret form (supervisor-api.md §4.11, checklist 27–28): bodies
// by flag, status by state, the 303 loop and 408, answers to parked polls when the job finishes,
// the cap on parked polls, and stopping with polls parked.

#include "supervisorfixture.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Testing;
using TheEye::Supervisor::Role;

class tst_ApiResult : public QObject
{
    Q_OBJECT

private:
    HttpReply admin(const QByteArray &method,
                    const QString &path,
                    const QJsonValue &body = {},
                    const QString &query = {})
    {
        return m_supervisor->call(m_http, Role::Admin, method, path, body, query);
    }
    // A dummy (input) task finishes its job at once with the given value as its output line.
    QJsonObject finishedJob(const QString &output)
    {
        const QString task = admin("POST",
                                   u"/task"_s,
                                   QJsonObject{{"name"_L1, u"Input"_s},
                                               {"type"_L1, u"dummy"_s},
                                               {"task_arguments"_L1,
                                                QJsonArray{QJsonObject{{"order"_L1, 0},
                                                                       {"type"_L1, u"input"_s},
                                                                       {"label"_L1, u"v"_s}}}}})
                                 .json()["id"_L1]
                                 .toString();
        return admin("POST", u"/task/"_s + task + u"/job"_s, QJsonArray{output}).json().toObject();
    }
    QJsonObject readyJob()
    {
        if (m_scriptTask.isEmpty()) {
            const QString host = admin("GET", u"/host"_s).json()[0]["id"_L1].toString();
            const QString script = admin("POST",
                                         u"/script"_s,
                                         QJsonObject{{"filename"_L1, u"r.sh"_s},
                                                     {"data"_L1, u"ZWNobwo="_s}})
                                       .json()["id"_L1]
                                       .toString();
            m_scriptTask = admin("POST",
                                 u"/task"_s,
                                 QJsonObject{{"name"_L1, u"Waits"_s},
                                             {"type"_L1, u"script"_s},
                                             {"host"_L1, host},
                                             {"script"_L1, script},
                                             {"script_runas"_L1, u"bash"_s}})
                               .json()["id"_L1]
                               .toString();
        }
        return admin("POST", u"/task/"_s + m_scriptTask + u"/job"_s, QJsonArray())
            .json()
            .toObject();
    }
    // Starts a poll and returns at once; the reply finishes later.
    QNetworkReply *startPoll(const QString &path, const QString &query)
    {
        QNetworkRequest request(m_supervisor->url(path, query));
        request.setRawHeader("Authorization", m_supervisor->bearer(Role::Admin));
        return m_manager.get(request);
    }

    std::unique_ptr<SupervisorFixture> m_supervisor;
    TestHttp m_http;
    QNetworkAccessManager m_manager;
    QString m_scriptTask;

private slots:
    void init()
    {
        SupervisorFixture::Options options;
        options.resultPollMinimumSeconds = 1; // TheEye's floor is 10 s; the logic is the same
        options.resultPollMaximumParked = 2;
        // Jobs stay unfinished until a test finishes them.
        options.engine.runLocalJobs = false;
        m_supervisor = std::make_unique<SupervisorFixture>(options);
        m_scriptTask.clear();
        QVERIFY2(m_supervisor->start(), qPrintable(m_supervisor->error()));
        m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    void bodiesOfAFinishedJob_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonValue>("body");
        QTest::newRow("default: the parsed first line")
            << u"{\"x\":1}"_s << QString() << 200 << QJsonValue(QJsonObject{{"x"_L1, 1}});
        QTest::newRow("a JSON string line")
            << u"\"hello\""_s << QString() << 200 << QJsonValue(u"hello"_s);
        QTest::newRow("?output") << u"{\"x\":1}"_s << u"output"_s << 200
                                 << QJsonValue(QJsonArray{u"{\"x\":1}"_s});
        QTest::newRow("?result") << u"{\"x\":1}"_s << u"result"_s << 200
                                 << QJsonValue(
                                        QJsonObject{{"output"_L1, QJsonArray{u"{\"x\":1}"_s}}});
        QTest::newRow("statusCode in the result")
            << u"{\"statusCode\":202,\"ok\":true}"_s << QString() << 202
            << QJsonValue(QJsonObject{{"statusCode"_L1, 202}, {"ok"_L1, true}});
        QTest::newRow("response passthrough")
            << u"{\"response\":{\"statusCode\":201,\"body\":{\"a\":1}}}"_s << QString() << 201
            << QJsonValue(QJsonObject{{"a"_L1, 1}});
        QTest::newRow("unparsable line") << u"plain text"_s << QString() << 500 << QJsonValue();
    }
    void bodiesOfAFinishedJob()
    {
        QFETCH(QString, output);
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QJsonValue, body);
        const QJsonObject job = finishedJob(output);
        QCOMPARE(job["lifecycle"_L1].toString(), u"finished"_s);
        const HttpReply reply = admin("GET",
                                      u"/job/"_s + job["id"_L1].toString() + u"/result"_s,
                                      {},
                                      query);
        QCOMPARE(reply.status, status);
        if (status == 500) {
            QCOMPARE(reply.json()["message"_L1].toString(),
                     u"Invalid task ejecution result. Cannot be parsed"_s);
            return;
        }
        QCOMPARE(reply.json(), body);
    }

    void responseHeadersPassOnlyWhenHarmless()
    {
        const QJsonObject job = finishedJob(
            u"{\"response\":{\"statusCode\":200,\"headers\":{\"X-Test\":\"yes\",\"Content-Length\":\"1\",\"Bad\":\"a\\r\\nb\"},\"body\":\"ok\"}}"_s);
        const HttpReply reply = admin("GET", u"/job/"_s + job["id"_L1].toString() + u"/result"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("X-Test"), QByteArray("yes"));
        QVERIFY(!reply.hasHeader("Bad"));
        QCOMPARE(reply.json(), QJsonValue(u"ok"_s));
    }

    void aFailedStateAnswers500()
    {
        const QJsonObject job = readyJob();
        admin("PUT", u"/job/"_s + job["id"_L1].toString() + u"/cancel"_s);
        const HttpReply reply = admin("GET", u"/job/"_s + job["id"_L1].toString() + u"/result"_s);
        QCOMPARE(reply.status, 500);
        QVERIFY(reply.json().isObject()); // the canceling user, as the first output line
        QVERIFY(reply.json().toObject().contains("username"_L1));
    }

    void bySecret()
    {
        const QJsonObject job = finishedJob(u"{\"x\":2}"_s);
        const QString base = u"/job/"_s + job["id"_L1].toString() + u"/secret/"_s;
        HttpReply reply = m_http.get(
            m_supervisor->rawUrl(base + job["secret"_L1].toString() + u"/result"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonValue(QJsonObject{{"x"_L1, 2}}));
        reply = m_http.send("POST", m_supervisor->rawUrl(base + QString(64, u'0') + u"/result"_s));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json(), QJsonValue(u"invalid secret"_s));
        reply = m_http.get(m_supervisor->rawUrl(base + u"short/result"_s));
        QCOMPARE(reply.status, 403);
    }

    void unfinishedJobLoopsThenTimesOut()
    {
        const QString id = readyJob()["id"_L1].toString();
        HttpReply reply = admin("GET",
                                u"/job/"_s + id + u"/result"_s,
                                {},
                                u"counter=0&limit=1&timeout=1"_s);
        QCOMPARE(reply.status, 303);
        const QUrl next(QString::fromUtf8(reply.header("Location")));
        QCOMPARE(next.path(),
                 u"/"_s + m_supervisor->organization() + u"/job/"_s + id + u"/result"_s);
        QCOMPARE(QUrlQuery(next).queryItemValue(u"counter"_s), u"1"_s);
        QCOMPARE(QUrlQuery(next).queryItemValue(u"limit"_s), u"1"_s);
        reply = m_http.get(m_supervisor->rawUrl(next.path(), next.query()),
                           m_supervisor->bearer(Role::Admin));
        QCOMPARE(reply.status, 408);
        QCOMPARE(reply.json(), QJsonValue(u"Request Timeout"_s));
    }

    void parkedPollIsAnsweredWhenTheJobFinishes()
    {
        const QString id = readyJob()["id"_L1].toString();
        std::unique_ptr<QNetworkReply> poll(
            startPoll(u"/job/"_s + id + u"/result"_s, u"timeout=60"_s));
        QSignalSpy finished(poll.get(), &QNetworkReply::finished);
        // The cancel comes from another connection while the poll waits.
        QTRY_VERIFY_WITH_TIMEOUT(admin("GET", u"/job/"_s + id + u"/lifecycle"_s).status == 200,
                                 5000);
        QCOMPARE(admin("PUT", u"/job/"_s + id + u"/cancel"_s).status, 204);
        // The answer may already have come while the cancel's own reply was awaited.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(poll->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 500);
    }

    void tooManyParkedPolls()
    {
        const QString id = readyJob()["id"_L1].toString();
        const auto park = [&] {
            return std::unique_ptr<QNetworkReply>(
                startPoll(u"/job/"_s + id + u"/result"_s, u"timeout=60"_s));
        };
        std::array<std::unique_ptr<QNetworkReply>, 2> parked{park(), park()};
        // Once both are parked, a third is refused at once. Until then a third may park in the
        // place of one of them, which is refused instead: the third times out, the refused one
        // is sent again, and the next third is tried.
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 503; ++attempt) {
            for (auto &poll : parked) {
                if (poll->isFinished())
                    poll = park();
            }
            std::unique_ptr<QNetworkReply> third(
                startPoll(u"/job/"_s + id + u"/result"_s, u"timeout=1&limit=0&counter=0"_s));
            QSignalSpy thirdDone(third.get(), &QNetworkReply::finished);
            QVERIFY(thirdDone.wait(10000));
            status = third->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        }
        QCOMPARE(status, 503);
        QVERIFY(!parked[0]->isFinished() && !parked[1]->isFinished());
        QSignalSpy firstDone(parked[0].get(), &QNetworkReply::finished);
        QSignalSpy secondDone(parked[1].get(), &QNetworkReply::finished);
        admin("PUT", u"/job/"_s + id + u"/cancel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 10000);
    }

    void stoppingAnswersParkedPolls()
    {
        const QString id = readyJob()["id"_L1].toString();
        std::unique_ptr<QNetworkReply> poll(
            startPoll(u"/job/"_s + id + u"/result"_s, u"timeout=60"_s));
        QSignalSpy finished(poll.get(), &QNetworkReply::finished);
        // Health is served at /api only, never under an organization (supervisor-api.md §1).
        QCOMPARE(m_http.get(m_supervisor->rawUrl(u"/api"_s)).status, 200);
        // Give the poll its turn to park: a later request on another connection has been served.
        QTRY_VERIFY_WITH_TIMEOUT(admin("GET", u"/job/"_s + id + u"/lifecycle"_s).status == 200,
                                 5000);
        m_supervisor->stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const int status = poll->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 503 || poll->error() != QNetworkReply::NoError,
                 qPrintable(QString::number(status)));
    }
};

QTEST_GUILESS_MAIN(tst_ApiResult)
#include "tst_apiresult.moc"
