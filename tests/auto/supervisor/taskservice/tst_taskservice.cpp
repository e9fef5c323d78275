// Tasks on a real store: TheEye's validation (E3 lists), defaults, update rules, secret rotation,
// events, listing filters, and that a reload from the file gives back the same tasks.

#include "coreharness.h"

#include "models/jsonutil.h"
#include "supervisor/core/secrets.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Supervisor;
using TheEye::Testing::CoreHarness;

namespace {

// "field:CODE" for each item of a validation failure, in order.
QStringList fieldCodes(const ServiceError &error)
{
    QStringList list;
    for (const FieldError &field : error.fields)
        list.append(field.field + u':' + field.code);
    return list;
}

} // namespace

class tst_TaskService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_core = std::make_unique<CoreHarness>();
        QVERIFY(m_core->open());
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty body") << QJsonObject() << QStringList{u"name:EREQ"_s, u"type:EREQ"_s};
        QTest::newRow("no type") << QJsonObject{{"name"_L1, u"x"_s}} << QStringList{u"type:EREQ"_s};
        QTest::newRow("blank name") << QJsonObject{{"name"_L1, u"  "_s}, {"type"_L1, u"dummy"_s}}
                                    << QStringList{u"name:EREQ"_s};
        QTest::newRow("unknown type") << QJsonObject{{"name"_L1, u"x"_s}, {"type"_L1, u"bogus"_s}}
                                      << QStringList{u"type:EVALID"_s};
        QTest::newRow("name of wrong type")
            << QJsonObject{{"name"_L1, QJsonArray{1}}, {"type"_L1, u"dummy"_s}}
            << QStringList{u"name:EREQ"_s, u"name:EVALID"_s};
        QTest::newRow("script task without anything")
            << QJsonObject{{"name"_L1, u"x"_s}, {"type"_L1, u"script"_s}}
            << QStringList{u"host:EREQ"_s, u"script:EREQ"_s, u"script_runas:EREQ"_s};
        QTest::newRow("approval without approvers")
            << QJsonObject{{"name"_L1, u"x"_s}, {"type"_L1, u"approval"_s}}
            << QStringList{u"approvers:EREQ"_s};
        QTest::newRow("approvers not ids") << QJsonObject{{"name"_L1, u"x"_s},
                                                          {"type"_L1, u"approval"_s},
                                                          {"approvers"_L1, QJsonArray{u"bob"_s}}}
                                           << QStringList{u"approvers:EVALID"_s};
    }
    void createValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, expected);
        const auto created = (*m_core)->tasks.create(m_core->organization(), body);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().status, 400);
        QCOMPARE(created.error().shape, ServiceError::Shape::Validation);
        QCOMPARE(fieldCodes(created.error()), expected);
        QVERIFY((*m_core)->tasks.list(m_core->organizationId, {}).isEmpty());
    }

    void invalidMembersOfAScriptTask_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown host")
            << u"host"_s << QJsonValue(u"5b00000000000000000000ff"_s) << u"host:EVALID"_s;
        QTest::newRow("malformed host")
            << u"host"_s << QJsonValue(u"desk-bot"_s) << u"host:EVALID"_s;
        QTest::newRow("host as number") << u"host"_s << QJsonValue(7) << u"host:EVALID"_s;
        QTest::newRow("unknown script")
            << u"script"_s << QJsonValue(u"5a00000000000000000000ff"_s) << u"script:EVALID"_s;
        QTest::newRow("timeout text")
            << u"timeout"_s << QJsonValue(u"soon"_s) << u"timeout:EVALID"_s;
        QTest::newRow("negative timeout") << u"timeout"_s << QJsonValue(-5) << u"timeout:EVALID"_s;
        QTest::newRow("grace_time object")
            << u"grace_time"_s << QJsonValue(QJsonObject()) << u"grace_time:EVALID"_s;
        QTest::newRow("arguments not a list")
            << u"task_arguments"_s << QJsonValue(u"x"_s) << u"task_arguments:EVALID"_s;
        QTest::newRow("argument without type")
            << u"task_arguments"_s << QJsonValue(QJsonArray{QJsonObject{{"order"_L1, 0}}})
            << u"task_arguments:EVALID"_s;
        QTest::newRow("env nested")
            << u"env"_s << QJsonValue(QJsonObject{{"A"_L1, QJsonObject()}}) << u"env:EVALID"_s;
        QTest::newRow("env bad name")
            << u"env"_s << QJsonValue(QJsonObject{{"A=B"_L1, u"x"_s}}) << u"env:EVALID"_s;
        QTest::newRow("tags of numbers")
            << u"tags"_s << QJsonValue(QJsonArray{1, 2}) << u"tags:EVALID"_s;
        QTest::newRow("arguments_type xml")
            << u"arguments_type"_s << QJsonValue(u"xml"_s) << u"arguments_type:EVALID"_s;
        QTest::newRow("multitasking maybe")
            << u"multitasking"_s << QJsonValue(u"maybe"_s) << u"multitasking:EVALID"_s;
    }
    void invalidMembersOfAScriptTask()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject body = m_core->scriptTaskBody();
        body.insert(key, value);
        const auto created = (*m_core)->tasks.create(m_core->organization(), body);
        QVERIFY(!created.ok());
        QCOMPARE(fieldCodes(created.error()), QStringList{expected});
    }

    void hostOfAnotherOrganizationIsInvalid()
    {
        const auto other = (*m_core)->directory.createOrganization(u"other"_s);
        QVERIFY(other.ok());
        const QString foreignHost = (*m_core)->directory.localBot(other->id)->id;
        const auto created = (*m_core)->tasks.create(m_core->organization(),
                                                     m_core->scriptTaskBody(
                                                         {{"host"_L1, foreignHost}}));
        QVERIFY(!created.ok());
        QCOMPARE(fieldCodes(created.error()), QStringList{u"host:EVALID"_s});
    }

    void newTaskGetsTheEyeDefaults()
    {
        const auto created = (*m_core)->tasks.create(m_core->organization(),
                                                     m_core->scriptTaskBody(
                                                         {{"script_runas"_L1, u"bash"_s},
                                                          {"secret"_L1, QString(64, u'a')},
                                                          {"version"_L1, 7},
                                                          {"execution_count"_L1, 9},
                                                          {"_id"_L1, u"5f0000000000000000000009"_s},
                                                          {"id"_L1, u"5f0000000000000000000009"_s},
                                                          {"no_such_member"_L1, true}}));
        QVERIFY2(created.ok(),
                 created.ok() ? "" : qPrintable(fieldCodes(created.error()).join(u',')));
        const QJsonObject json = (*m_core)->tasks.populate(*created);
        QCOMPARE(json.value("script_runas"_L1).toString(), u"bash %script%"_s);
        QCOMPARE(json.value("version"_L1).toInt(), 1);
        QCOMPARE(json.value("execution_count"_L1).toInt(), 0);
        QCOMPARE(json.value("multitasking"_L1).toBool(), true);
        QCOMPARE(json.value("grace_time"_L1).toInt(), 0);
        QCOMPARE(json.value("arguments_type"_L1).toString(), u"legacy"_s);
        QCOMPARE(json.value("cancellable"_L1).toBool(), true);
        QCOMPARE(json.value("autoremove_completed_jobs_limit"_L1).toInt(), 5);
        QCOMPARE(json.value("_type"_L1).toString(), u"ScriptTask"_s);
        QCOMPARE(json.value("timeout"_L1).toInt(), 60000);
        QCOMPARE(json.value("customer_id"_L1).toString(), m_core->organizationId);
        QCOMPARE(json.value("customer"_L1).toString(), m_core->organizationId);
        QVERIFY(json.value("id"_L1).toString() != u"5f0000000000000000000009"_s);
        QVERIFY(!json.contains("_id"_L1));
        QVERIFY(!json.contains("secret"_L1));
        QVERIFY(!json.contains("no_such_member"_L1));
        QVERIFY(QRegularExpression(u"^[0-9a-f-]{36}$"_s)
                    .match(json.value("fingerprint"_L1).toString())
                    .hasMatch());
        QCOMPARE(json.value("host"_L1).toObject().value("hostname"_L1).toString(),
                 Directory::localHostname());
        QCOMPARE(json.value("hostname"_L1).toString(), Directory::localHostname());
        QCOMPARE(json.value("host_id"_L1).toString(), m_core->localBotId());
        QCOMPARE(json.value("script"_L1).toObject().value("_type"_L1).toString(), u"Script"_s);
        QCOMPARE(json.value("script_name"_L1).toString(), u"s.sh"_s);
        QCOMPARE(json.value("script_id"_L1).toString(),
                 json.value("script"_L1).toObject().value("id"_L1).toString());
        QCOMPARE(json.value("schedules"_L1).toArray().size(), 0);
        // The secret is never the one sent: 32 fresh random bytes.
        QVERIFY(Secrets::isWellFormed(created->secret));
        QVERIFY(created->secret != QString(64, u'a'));
        QVERIFY((*m_core)->tasks.taskEvent(created->id, u"success"_s));
        QVERIFY((*m_core)->tasks.taskEvent(created->id, u"failure"_s));
        QCOMPARE((*m_core)->tasks.events(m_core->organizationId).size(), 2);
    }

    void formValuesAreCast()
    {
        const auto created = (*m_core)->tasks.create(m_core->organization(),
                                                     m_core->scriptTaskBody(
                                                         {{"timeout"_L1, u"120000"_s},
                                                          {"multitasking"_L1, u"false"_s},
                                                          {"tags"_L1, u"one"_s},
                                                          {"grace_time"_L1, u"60"_s}}));
        QVERIFY(created.ok());
        const QJsonObject &doc = created->document;
        QCOMPARE(doc.value("timeout"_L1), QJsonValue(120000));
        QCOMPARE(doc.value("multitasking"_L1), QJsonValue(false));
        QCOMPARE(doc.value("tags"_L1), QJsonValue(QJsonArray{u"one"_s}));
        QCOMPARE(doc.value("grace_time"_L1), QJsonValue(60));
    }

    void inlineScriptIsStoredOnceAndFoundAgain()
    {
        const auto inlineScript = [](const QByteArray &content) {
            return QJsonObject{{"filename"_L1, u"inline.sh"_s},
                               {"data"_L1,
                                QString(u"data:text/plain;base64,"_s
                                        + QString::fromLatin1(content.toBase64()))}};
        };
        auto &tasks = (*m_core)->tasks;
        const auto first = tasks.create(m_core->organization(),
                                        m_core->scriptTaskBody(
                                            {{"script"_L1, inlineScript("a\n")}}));
        const auto second = tasks.create(m_core->organization(),
                                         m_core->scriptTaskBody(
                                             {{"script"_L1, inlineScript("a\n")}}));
        const auto third = tasks.create(m_core->organization(),
                                        m_core->scriptTaskBody(
                                            {{"script"_L1, inlineScript("b\n")}}));
        QVERIFY(first.ok() && second.ok() && third.ok());
        const auto scriptOf = [](const TaskEntry &task) {
            return Json::string(task.document, "script_id"_L1);
        };
        QCOMPARE(scriptOf(*second), scriptOf(*first));
        QVERIFY(scriptOf(*third) != scriptOf(*first));
        QCOMPARE((*m_core)->scripts.content(m_core->organizationId, scriptOf(*third)).value(),
                 QByteArray("b\n"));

        const auto broken = tasks.create(m_core->organization(),
                                         m_core->scriptTaskBody(
                                             {{"script"_L1,
                                               QJsonObject{{"filename"_L1, u"x.sh"_s},
                                                           {"data"_L1, u"%%%"_s}}}}));
        QVERIFY(!broken.ok());
        QCOMPARE(fieldCodes(broken.error()), QStringList{u"script.data:EVALID"_s});
    }

    void updateRules()
    {
        auto &tasks = (*m_core)->tasks;
        const auto created = tasks.create(m_core->organization(), m_core->scriptTaskBody());
        QVERIFY(created.ok());
        const QString id = created->id;
        const QString scriptId = Json::string(created->document, "script_id"_L1);

        // Checklist 14: without name, 400; a host is required on update (host or host_id).
        auto failed = tasks.update(m_core->organization(),
                                   id,
                                   {{"host_id"_L1, m_core->localBotId()}});
        QCOMPARE(fieldCodes(failed.error()), (QStringList{u"name:EREQ"_s, u"script:EREQ"_s}));
        failed = tasks.update(m_core->organization(),
                              id,
                              {{"name"_L1, u"Renamed"_s}, {"script"_L1, scriptId}});
        QCOMPARE(fieldCodes(failed.error()), QStringList{u"host:EREQ"_s});
        QCOMPARE(tasks.find(m_core->organizationId, id)->document.value("name"_L1).toString(),
                 u"Echo args"_s);

        const auto updated = tasks.update(m_core->organization(),
                                          id,
                                          {{"name"_L1, u"Renamed"_s},
                                           {"host"_L1, m_core->localBotId()},
                                           {"script_id"_L1, scriptId},
                                           {"type"_L1, u"approval"_s},
                                           {"timeout"_L1, QJsonValue::Null},
                                           {"script_runas"_L1, u"sh"_s}});
        QVERIFY2(updated.ok(),
                 updated.ok() ? "" : qPrintable(fieldCodes(updated.error()).join(u',')));
        QCOMPARE(updated->document.value("version"_L1).toInt(), 2);
        QCOMPARE(updated->document.value("name"_L1).toString(), u"Renamed"_s);
        QCOMPARE(updated->document.value("type"_L1).toString(), u"script"_s);
        QCOMPARE(updated->document.value("script_runas"_L1).toString(), u"sh %script%"_s);
        QVERIFY(!updated->document.contains("timeout"_L1));
        QCOMPARE(updated->document.value("host"_L1).toString(), m_core->localBotId());
        QCOMPARE(updated->secret, created->secret);
        QVERIFY(updated->document.value("fingerprint"_L1)
                != created->document.value("fingerprint"_L1));

        const QJsonObject valid{{"name"_L1, u"Renamed"_s},
                                {"host_id"_L1, m_core->localBotId()},
                                {"script"_L1, scriptId}};
        QJsonObject badSecret = valid;
        badSecret.insert("secret"_L1, QString(64, u'A'));
        failed = tasks.update(m_core->organization(), id, badSecret);
        QCOMPARE(fieldCodes(failed.error()), QStringList{u"secret:EVALID"_s});
        QCOMPARE(tasks.find(m_core->organizationId, id)->secret, created->secret);

        const QString rotated = Secrets::generate();
        QJsonObject rotate = valid;
        rotate.insert("secret"_L1, rotated);
        const auto third = tasks.update(m_core->organization(), id, rotate);
        QVERIFY(third.ok());
        QCOMPARE(third->secret, rotated);
        QCOMPARE(third->document.value("version"_L1).toInt(), 3);
        QVERIFY(!third->document.contains("secret"_L1));

        QVERIFY(m_core->reopen());
        const TaskEntry *reloaded = (*m_core)->tasks.find(m_core->organizationId, id);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->secret, rotated);
        QCOMPARE(reloaded->document.value("version"_L1).toInt(), 3);
    }

    void removeTakesEventsAndJobs()
    {
        auto &tasks = (*m_core)->tasks;
        const auto created = tasks.create(m_core->organization(), m_core->scriptTaskBody());
        const auto kept = tasks.create(m_core->organization(), m_core->scriptTaskBody());
        QVERIFY(created.ok() && kept.ok());
        const auto job = (*m_core)->jobs.create(m_core->organization(),
                                                *created,
                                                QJsonObject{
                                                    {"task_arguments"_L1,
                                                     QJsonArray{QJsonValue::Null, u"a"_s, u"b"_s}}},
                                                {},
                                                JobOrigin{});
        QVERIFY(job.ok());
        QVERIFY(tasks.remove(m_core->organization(), created->id).ok());
        QVERIFY(!tasks.find(m_core->organizationId, created->id));
        QVERIFY(!(*m_core)->jobs.findAny(job->job.id).has_value());
        QCOMPARE(tasks.events(m_core->organizationId).size(), 2); // the other task's two
        QVERIFY(!tasks.remove(m_core->organization(), created->id).ok());
        QVERIFY(m_core->reopen());
        QCOMPARE((*m_core)->tasks.list(m_core->organizationId, {}).size(), 1);
    }

    void listFilters()
    {
        auto &tasks = (*m_core)->tasks;
        const auto open = tasks.create(m_core->organization(),
                                       m_core->scriptTaskBody(
                                           {{"name"_L1, u"Open"_s},
                                            {"acl"_L1, QJsonArray{u"viewer"_s}},
                                            {"tags"_L1, QJsonArray{u"blue"_s}}}));
        const auto closed = tasks.create(m_core->organization(),
                                         m_core->scriptTaskBody({{"name"_L1, u"Closed"_s}}));
        QVERIFY(open.ok() && closed.ok());
        const auto names = [&](const TaskService::ListFilter &filter) {
            QStringList list;
            for (const TaskEntry *task : tasks.list(m_core->organizationId, filter))
                list.append(task->document.value("name"_L1).toString());
            return list;
        };
        QCOMPARE(names({}), (QStringList{u"Open"_s, u"Closed"_s}));

        Session viewer;
        viewer.role = Role::Viewer;
        viewer.principal.email = u"someone@acme.local"_s;
        TaskService::ListFilter byAcl;
        byAcl.session = &viewer;
        QCOMPARE(names(byAcl), QStringList{u"Open"_s});

        TaskService::ListFilter byTag;
        byTag.where = {{"tags"_L1, u"blue"_s}};
        QCOMPARE(names(byTag), QStringList{u"Open"_s});
        TaskService::ListFilter byName;
        byName.where = {{"name"_L1, u"Closed"_s}};
        QCOMPARE(names(byName), QStringList{u"Closed"_s});
        TaskService::ListFilter limited;
        limited.limit = 1;
        QCOMPARE(names(limited), QStringList{u"Open"_s});
        TaskService::ListFilter byHost;
        byHost.hostId = u"5b00000000000000000000ff"_s;
        QVERIFY(names(byHost).isEmpty());
        QVERIFY(tasks.list(u"another-org"_s, {}).isEmpty());
    }

    void scriptTasksThatCannotRunAreHiddenUnlessAskedFor()
    {
        // A task row without host, as an import of an older store could leave it.
        QVERIFY((*m_core)
                    ->store
                    .insertTask({u"5f0000000000000000000042"_s,
                                 m_core->organizationId,
                                 Secrets::generate(),
                                 0,
                                 QJsonObject{{"id"_L1, u"5f0000000000000000000042"_s},
                                             {"name"_L1, u"Orphan"_s},
                                             {"type"_L1, u"script"_s}}})
                    .ok());
        QVERIFY(m_core->reopen());
        auto &tasks = (*m_core)->tasks;
        QVERIFY(tasks.list(m_core->organizationId, {}).isEmpty());
        TaskService::ListFilter all;
        all.includeUnassigned = true;
        QCOMPARE(tasks.list(m_core->organizationId, all).size(), 1);
    }

    void reloadGivesTheSameTasks()
    {
        auto &tasks = (*m_core)->tasks;
        const auto created = tasks.create(m_core->organization(), m_core->scriptTaskBody());
        QVERIFY(created.ok());
        const QJsonObject before = tasks.populate(*created);
        const QString secret = created->secret;
        QVERIFY(m_core->reopen());
        const TaskEntry *reloaded = (*m_core)->tasks.find(m_core->organizationId, created->id);
        QVERIFY(reloaded);
        QCOMPARE((*m_core)->tasks.populate(*reloaded), before);
        QCOMPARE(reloaded->secret, secret);
        QCOMPARE((*m_core)->tasks.events(m_core->organizationId).size(), 2);
    }

    void aclIsStored()
    {
        auto &tasks = (*m_core)->tasks;
        const auto created = tasks.create(m_core->organization(), m_core->scriptTaskBody());
        QVERIFY(created.ok());
        const auto changed = tasks.setAcl(m_core->organization(),
                                          created->id,
                                          QJsonArray{u"a@b.c"_s, u"user"_s});
        QVERIFY(changed.ok());
        QVERIFY(m_core->reopen());
        QCOMPARE(
            (*m_core)->tasks.find(m_core->organizationId, created->id)->document.value("acl"_L1),
            QJsonValue(QJsonArray{u"a@b.c"_s, u"user"_s}));
    }

private:
    std::unique_ptr<CoreHarness> m_core;
};

QTEST_GUILESS_MAIN(tst_TaskService)
#include "tst_taskservice.moc"
