// Export (serialize shallow/deep) against the real supervisor's captures, and import of the flat
// and the legacy recipes TheEye published, with the host resolved and the script id kept.

#include "coreharness.h"
#include "jsonshape.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;
using namespace TheEye::Supervisor;
using TheEye::Testing::CoreHarness;
using TheEye::Testing::shapeDifferences;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return Json::parse(file.readAll())->toObject();
}

QString describe(const ServiceError &error)
{
    QStringList fields;
    for (const FieldError &field : error.fields)
        fields.append(field.field + u':' + field.code + u'=' + Json::toText(field.value));
    return error.message + u' ' + fields.join(u", "_s);
}

QJsonObject capture(const char *name)
{
    return readJson(QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/")
                    + QLatin1StringView(name));
}

} // namespace

class tst_TaskRecipes : public QObject
{
    Q_OBJECT

private:
    // The "Echo args" task of the captures, with the captured script content.
    QString createEchoTask()
    {
        const QJsonObject shallow = capture("03-task-serialize-shallow.json");
        m_content = *decodeScriptData(shallow.value("response"_L1)
                                          .toObject()
                                          .value("body"_L1)
                                          .toObject()
                                          .value("script"_L1)
                                          .toObject()
                                          .value("data"_L1)
                                          .toString());
        QJsonObject body = capture("00-create-task.json")
                               .value("request"_L1)
                               .toObject()
                               .value("body"_L1)
                               .toObject();
        body.insert("host"_L1, m_core->localBotId());
        body.insert("script"_L1, m_core->addScript(m_content, u"echo-args.sh"_s));
        const auto created = (*m_core)->tasks.create(m_core->organization(), body);
        return created ? created->id : QString();
    }

    QByteArray m_content;
    std::unique_ptr<CoreHarness> m_core;

private slots:
    void init()
    {
        m_core = std::make_unique<CoreHarness>();
        QVERIFY(m_core->open());
    }

    void serializeHasTheCapturedShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("deep");
        QTest::newRow("shallow") << u"03-task-serialize-shallow.json"_s << false;
        QTest::newRow("deep") << u"04-task-serialize-deep.json"_s << true;
    }
    void serializeHasTheCapturedShape()
    {
        QFETCH(QString, file);
        QFETCH(bool, deep);
        const QString id = createEchoTask();
        QVERIFY(!id.isEmpty());
        const TaskEntry *task = (*m_core)->tasks.find(m_core->organizationId, id);
        const auto recipe = (*m_core)->recipes.serialize(m_core->organization(),
                                                         *task,
                                                         deep ? Recipe::Mode::Deep
                                                              : Recipe::Mode::Shallow);
        QVERIFY(recipe.ok());
        const QJsonValue expected = capture(file.toLatin1().constData())
                                        .value("response"_L1)
                                        .toObject()
                                        .value("body"_L1);
        const QStringList differences = shapeDifferences(expected, *recipe);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

        const QJsonObject script = recipe->value("script"_L1).toObject();
        QVERIFY(script.value("data"_L1).toString().startsWith(u"data:text/plain;base64,"_s));
        QCOMPARE(*decodeScriptData(script.value("data"_L1).toString()), m_content);
        QCOMPARE(recipe->value("source_model_id"_L1).toString(), id);
        QVERIFY(!recipe->contains("secret"_L1));
        const QJsonArray arguments = recipe->value("task_arguments"_L1).toArray();
        if (deep) {
            QCOMPARE(recipe->value("id"_L1).toString(), id);
            QCOMPARE(recipe->value("env"_L1).toObject().value("GREETING"_L1).toString(), u"hola"_s);
            QCOMPARE(arguments.at(0).toObject().value("value"_L1).toString(), u"FIXED"_s);
            QVERIFY(recipe->contains("script_id"_L1));
            return;
        }
        // Checklist 17: nothing that ties the recipe to this supervisor, no secrets.
        for (const auto key : {"id"_L1,
                               "host_id"_L1,
                               "host"_L1,
                               "acl"_L1,
                               "triggers"_L1,
                               "script_id"_L1,
                               "customer_id"_L1,
                               "fingerprint"_L1})
            QVERIFY2(!recipe->contains(key), key.data());
        QCOMPARE(recipe->value("env"_L1).toObject().value("GREETING"_L1).toString(), QString());
        QCOMPARE(arguments.at(0).toObject().value("value"_L1).toString(), QString());
    }

    void flatRecipeRoundTrip()
    {
        const QString id = createEchoTask();
        const TaskEntry *task = (*m_core)->tasks.find(m_core->organizationId, id);
        const QString scriptId = Json::string(task->document, "script_id"_L1);
        const auto recipe = (*m_core)->recipes.serialize(m_core->organization(),
                                                         *task,
                                                         Recipe::Mode::Shallow);
        QVERIFY(recipe.ok());
        const auto imported = (*m_core)->recipes.import(m_core->organization(),
                                                        *recipe,
                                                        QJsonObject{{"hostname"_L1,
                                                                     Directory::localHostname()}});
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QVERIFY(imported->id != id);
        QCOMPARE(imported->document.value("name"_L1).toString(), u"Echo args"_s);
        QCOMPARE(imported->document.value("host_id"_L1).toString(), m_core->localBotId());
        // The same content from the same source: the stored script is used again, and kept.
        QCOMPARE(imported->document.value("script_id"_L1).toString(), scriptId);
        QCOMPARE(imported->document.value("version"_L1).toInt(), 1);
        QCOMPARE(imported->document.value("task_arguments"_L1).toArray().size(), 3);
    }

    void publishedLegacyRecipes_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(THEEYE_TESTDATA_DIR "/recipes"));
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void publishedLegacyRecipes()
    {
        QFETCH(QString, file);
        const QJsonObject recipe = readJson(file);
        const QJsonObject taskJson = recipe.value("task"_L1).toObject();
        const auto imported = (*m_core)->recipes.import(m_core->organization(),
                                                        recipe,
                                                        QJsonObject{{"hostname"_L1,
                                                                     Directory::localHostname()}});
        if (taskJson.value("type"_L1).toString() != u"script") {
            // Task types the local bot does not run: a clear message, nothing half made.
            QVERIFY(!imported.ok());
            QCOMPARE(imported.error().status, 400);
            QCOMPARE(imported.error().shape, ServiceError::Shape::Text);
            QVERIFY(!imported.error().message.isEmpty());
            QVERIFY((*m_core)->tasks.list(m_core->organizationId, {}).isEmpty());
            return;
        }
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(describe(imported.error())));
        const QString scriptId = Json::string(imported->document, "script_id"_L1);
        QVERIFY(!scriptId.isEmpty()); // the real supervisor forgets it; we do not
        const auto content = (*m_core)->scripts.content(m_core->organizationId, scriptId);
        QCOMPARE(content.value(),
                 *decodeScriptData(recipe.value("file"_L1).toObject().value("data"_L1).toString()));
        QCOMPARE(imported->document.value("name"_L1), taskJson.value("name"_L1));
        QVERIFY(imported->document.value("script_runas"_L1).toString().contains(u"%script%"_s));
        // It is listed (the default list hides tasks without host or script).
        QCOMPARE((*m_core)->tasks.list(m_core->organizationId, {}).size(), 1);
    }

    void importHostResolution_data()
    {
        QTest::addColumn<QJsonObject>("query");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host at all")
            << QJsonObject() << QJsonObject() << 400 << u"hostname is required"_s;
        QTest::newRow("unknown hostname") << QJsonObject{{"hostname"_L1, u"nobody"_s}}
                                          << QJsonObject() << 403 << u"hostname not found"_s;
        QTest::newRow("unknown host id")
            << QJsonObject() << QJsonObject{{"host"_L1, u"5b00000000000000000000ff"_s}} << 403
            << u"host not found"_s;
        QTest::newRow("host id in the body")
            << QJsonObject() << QJsonObject{{"host_id"_L1, u"BOT"_s}} << 200 << QString();
    }
    void importHostResolution()
    {
        QFETCH(QJsonObject, query);
        QFETCH(QJsonObject, extra);
        QFETCH(int, status);
        QFETCH(QString, message);
        QJsonObject recipe = readJson(
            QStringLiteral(THEEYE_TESTDATA_DIR "/recipes/HelloWorld_Task.json"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            recipe.insert(it.key(),
                          it.value() == u"BOT"_s ? QJsonValue(m_core->localBotId()) : it.value());
        const auto imported = (*m_core)->recipes.import(m_core->organization(), recipe, query);
        if (status == 200) {
            QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(describe(imported.error())));
            return;
        }
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().status, status);
        QCOMPARE(imported.error().message, message);
    }

    void malformedRecipes_data()
    {
        QTest::addColumn<QJsonValue>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QJsonValue(QJsonArray{1})
                               << u"task recipe malkformed. no task provided"_s;
        QTest::newRow("object without a task") << QJsonValue(QJsonObject{{"x"_L1, 1}})
                                               << u"task recipe malkformed. no task provided"_s;
        QTest::newRow("task without type")
            << QJsonValue(QJsonObject{{"task"_L1, QJsonObject{{"name"_L1, u"x"_s}}}})
            << u"task recipe malkformed. no type provided"_s;
    }
    void malformedRecipes()
    {
        QFETCH(QJsonValue, body);
        QFETCH(QString, message);
        const auto imported = (*m_core)->recipes.import(m_core->organization(),
                                                        body,
                                                        QJsonObject{{"hostname"_L1,
                                                                     Directory::localHostname()}});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().status, 400);
        QCOMPARE(imported.error().message, message);
    }

    void brokenScriptDataIsRefused()
    {
        QJsonObject recipe = readJson(
            QStringLiteral(THEEYE_TESTDATA_DIR "/recipes/HelloWorld_Task.json"));
        QJsonObject file = recipe.value("file"_L1).toObject();
        file.insert("data"_L1, u"@@not base64@@"_s);
        recipe.insert("file"_L1, file);
        const auto imported = (*m_core)->recipes.import(m_core->organization(),
                                                        recipe,
                                                        QJsonObject{{"hostname"_L1,
                                                                     Directory::localHostname()}});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().status, 400);
        QVERIFY((*m_core)->tasks.list(m_core->organizationId, {}).isEmpty());
        QVERIFY((*m_core)->scripts.list(m_core->organizationId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TaskRecipes)
#include "tst_taskrecipes.moc"
