#include "models/host.h"

#include "../modelstestdata.h"

#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;

class tst_Host final : public QObject
{
    Q_OBJECT

private slots:
    void populatedHost();
    void reporting_data();
    void reporting();
    void agentVersion_data();
    void agentVersion();
    void eventOfTask();
    void displayName_data();
    void displayName();
};

void tst_Host::populatedHost()
{
    // The `host` a task GET populates: {_id, hostname, id}.
    const QJsonObject json = TheEyeTest::echoArgsTask().value("host"_L1).toObject();
    const Host host(json);
    QCOMPARE(host.toJson(), json);
    QCOMPARE(host.id(), u"5b0000000000000000000001"_s);
    QCOMPARE(host.hostname(), u"desk-bot"_s);
    QVERIFY(host.isReporting());
    QCOMPARE(host, Host(json));
    QVERIFY(!(host == Host()));
}

void tst_Host::reporting_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("reporting");
    QTest::newRow("normal") << QByteArray(R"({"_id":"h","hostname":"a","state":"normal"})") << true;
    QTest::newRow("stopped") << QByteArray(
        R"({"_id":"h","hostname":"a","state":"updates_stopped"})")
                             << false;
    QTest::newRow("no state") << QByteArray(R"({"_id":"h","hostname":"a"})") << true;
}

void tst_Host::reporting()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, reporting);
    const QJsonObject object = parseJson(json.constData()).toObject();
    const Host host(object);
    QCOMPARE(host.isReporting(), reporting);
    QCOMPARE(host.id(), u"h"_s);
    QCOMPARE(host.toJson(), object);
}

void tst_Host::agentVersion_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("hostname");
    QTest::newRow("13 agent registration")
        << TheEyeTest::requestBody(u"13-agent-register-host"_s).toObject() << u"2.1.1-local"_s
        << u"desk-bot"_s;
    QTest::newRow("supervisor host document")
        << parseJson(
               R"({"_id":"h","id":"h","hostname":"srv","fingerprints":[{"agent_version":"1.0.0"},{"agent_version":"2.0.0","platform":"linux"}]})")
               .toObject()
        << u"2.0.0"_s << u"srv"_s;
    QTest::newRow("local supervisor")
        << parseJson(R"({"id":"h","hostname":"me","agent_version":"local"})").toObject()
        << u"local"_s << u"me"_s;
    QTest::newRow("unknown") << parseJson(R"({"id":"h","hostname":"x"})").toObject() << QString()
                             << u"x"_s;
}

void tst_Host::agentVersion()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, version);
    QFETCH(QString, hostname);
    const Host host(json);
    QCOMPARE(host.agentVersion(), version);
    QCOMPARE(host.hostname(), hostname);
    QCOMPARE(host.toJson(), json);
}

void tst_Host::eventOfTask()
{
    // GET /event: {_id, name, _type, emitter_id, emitter:{_id, name, type, host:{hostname,_id}}}.
    const QJsonObject json = parseJson(
                                 R"({"_id":"e1","id":"e1","_type":"TaskEvent","name":"success",
        "emitter_id":"5f0000000000000000000001",
        "emitter":{"_id":"5f0000000000000000000001","name":"Echo args","_type":"ScriptTask",
                   "type":"script","host":{"_id":"5b0000000000000000000001","hostname":"desk-bot"},
                   "host_id":"5b0000000000000000000001"},"x_new":1})")
                                 .toObject();
    const Event event(json);
    QCOMPARE(event.toJson(), json);
    QCOMPARE(event.id(), u"e1"_s);
    QCOMPARE(event.name(), u"success"_s);
    QCOMPARE(event.emitterId(), u"5f0000000000000000000001"_s);
    QCOMPARE(event.emitterName(), u"Echo args"_s);
    QCOMPARE(event.emitterHostname(), u"desk-bot"_s);

    QJsonObject withoutEmitterId = json;
    withoutEmitterId.remove("emitter_id"_L1);
    QCOMPARE(Event(withoutEmitterId).emitterId(), u"5f0000000000000000000001"_s);
}

void tst_Host::displayName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("success with host") << QByteArray(
        R"({"name":"success","emitter":{"_id":"t","name":"Backup","host":{"hostname":"srv"}}})")
                                       << QStringList{u"Backup"_s, u"srv"_s, u"succeeds"_s};
    QTest::newRow("failure without host")
        << QByteArray(R"({"name":"failure","emitter":{"_id":"t","name":"Backup"}})")
        << QStringList{u"Backup"_s, u"fails"_s};
    QTest::newRow("custom event") << QByteArray(
        R"({"name":"done","emitter":{"_id":"t","name":"Backup"}})")
                                  << QStringList{u"Backup"_s, u"done"_s};
    QTest::newRow("emitter not populated") << QByteArray(R"({"name":"success","emitter_id":"t1"})")
                                           << QStringList{u"t1"_s, u"succeeds"_s};
}

void tst_Host::displayName()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, parts);
    const QString name = Event(parseJson(json.constData()).toObject()).displayName();
    for (const QString &part : parts)
        QVERIFY2(name.contains(part), qPrintable(name));
}

QTEST_GUILESS_MAIN(tst_Host)
#include "tst_host.moc"
