#include "models/jsonutil.h"
#include "models/script.h"

#include "../modelstestdata.h"

#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;
using TheEyeTest::responseBody;

class tst_Script final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void uploadedFile();
    void forContent();
    void setFilenameKeepsUnknownMembers();
    void extensionOf_data();
    void extensionOf();
    void runAsForExtension_data();
    void runAsForExtension();
    void fromJsonRejects();
};

void tst_Script::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::newRow("00 upload response") << responseBody(u"00-upload-script"_s).toObject();
    QTest::newRow("07 job's script") << TheEyeTest::echoArgsScript();
    QTest::newRow("04 deep export's script")
        << responseBody(u"04-task-serialize-deep"_s).toObject().value("script"_L1).toObject();
    QTest::newRow("03 shallow export's script")
        << responseBody(u"03-task-serialize-shallow"_s).toObject().value("script"_L1).toObject();
    QTest::newRow("02 populated reference")
        << TheEyeTest::echoArgsTask().value("script"_L1).toObject();
}

void tst_Script::roundTrip()
{
    QFETCH(QJsonObject, document);
    QVERIFY(!document.isEmpty());
    const auto parsed = Json::parse(Json::compact(document));
    QVERIFY(parsed.ok());
    const auto script = Script::fromJson(*parsed);
    QVERIFY(script.ok());
    THEEYE_COMPARE_JSON(script->toJson(), document);
    QCOMPARE(script->filename(), u"echo-args.sh"_s);
    QCOMPARE(Script(document), *script);
}

void tst_Script::uploadedFile()
{
    // The upload response has no mimetype or extension (the part's Content-Type is ignored).
    const Script script(responseBody(u"00-upload-script"_s).toObject());
    QCOMPARE(script.id(), u"5a0000000000000000000001"_s);
    QCOMPARE(script.filename(), u"echo-args.sh"_s);
    QCOMPARE(script.extension(), u"sh"_s);
    QCOMPARE(script.mimeType(), u"application/x-sh"_s);
    QCOMPARE(script.size(), 214);
    QCOMPARE(script.md5(), u"8a05416403e6c32f69a22f3f2f47926f"_s);
    QCOMPARE(script.description(), QString());
    QCOMPARE(script.creationDate(), QDateTime(QDate(2026, 11, 28), QTime(15, 46, 7, 228), Qt::UTC));
    QCOMPARE(script.lastUpdate(), script.creationDate());
    // The md5 the supervisor computed is the md5 of the content it serves back.
    QCOMPARE(Script::md5Hex(TheEyeTest::echoArgsContent()), script.md5());
    QCOMPARE(TheEyeTest::echoArgsContent().size(), script.size());
    // Only `_id`: still the id.
    QCOMPARE(Script(QJsonObject{{"_id"_L1, u"x"_s}}).id(), u"x"_s);
}

void tst_Script::forContent()
{
    const QByteArray content = TheEyeTest::echoArgsContent();
    const Script script = Script::forContent(u"echo-args.sh"_s, content);
    QCOMPARE(script.filename(), u"echo-args.sh"_s);
    QCOMPARE(script.extension(), u"sh"_s);
    QCOMPARE(script.mimeType(), u"application/x-sh"_s);
    QCOMPARE(script.size(), 214);
    QCOMPARE(script.md5(), u"8a05416403e6c32f69a22f3f2f47926f"_s);
    QCOMPARE(script.id(), QString());
    QCOMPARE(script.toJson().value("_type"_L1), QJsonValue(u"Script"_s));
    const Script empty = Script::forContent(u"notes"_s, QByteArray());
    QCOMPARE(empty.md5(), u"d41d8cd98f00b204e9800998ecf8427e"_s);
    QCOMPARE(empty.mimeType(), u"text/plain"_s);
}

void tst_Script::setFilenameKeepsUnknownMembers()
{
    Script script(TheEyeTest::echoArgsScript());
    script.setFilename(u"check.py"_s);
    script.setDescription(u"Checks things"_s);
    QCOMPARE(script.filename(), u"check.py"_s);
    QCOMPARE(script.extension(), u"py"_s);
    QCOMPARE(script.mimeType(), u"text/x-python"_s);
    QCOMPARE(script.description(), u"Checks things"_s);
    const QJsonObject original = TheEyeTest::echoArgsScript();
    for (const QString &key : original.keys()) {
        if (key == u"filename" || key == u"description")
            continue;
        QVERIFY2(script.toJson().value(key) == original.value(key), qPrintable(key));
    }
}

void tst_Script::extensionOf_data()
{
    QTest::addColumn<QString>("filename");
    QTest::addColumn<QString>("extension");
    QTest::newRow("shell") << u"a.sh"_s << u"sh"_s;
    QTest::newRow("upper case") << u"RUN.PS1"_s << u"ps1"_s;
    QTest::newRow("two dots") << u"backup.tar.gz"_s << u"gz"_s;
    QTest::newRow("hidden file") << u".bashrc"_s << QString();
    QTest::newRow("no extension") << u"Makefile"_s << QString();
    QTest::newRow("trailing dot") << u"odd."_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_Script::extensionOf()
{
    QFETCH(QString, filename);
    QFETCH(QString, extension);
    QCOMPARE(Script::extensionOf(filename), extension);
}

void tst_Script::runAsForExtension_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("runAs");
    // web-ui.md §6: js→node, sh→bash, bat→%script%, ps1→powershell.
    QTest::newRow("js") << u"js"_s << u"node %script%"_s;
    QTest::newRow("sh") << u"sh"_s << u"bash %script%"_s;
    QTest::newRow("bat") << u"bat"_s << u"%script%"_s;
    QTest::newRow("ps1")
        << u"ps1"_s
        << u"powershell.exe -NonInteractive -ExecutionPolicy ByPass -File \"%script%\""_s;
    QTest::newRow("py") << u"py"_s << u"python3 %script%"_s;
    QTest::newRow("unknown") << u"xyz"_s << QString();
}

void tst_Script::runAsForExtension()
{
    QFETCH(QString, extension);
    QFETCH(QString, runAs);
    QCOMPARE(Script::runAsForExtension(extension), runAs);
    if (!runAs.isEmpty())
        QVERIFY(runAs.contains(u"%script%"_s));
}

void tst_Script::fromJsonRejects()
{
    QVERIFY(!Script::fromJson(parseJson("[1]")).ok());
    QVERIFY(!Script::fromJson(parseJson("\"5a0000000000000000000001\"")).ok());
    const auto numericName = Script::fromJson(parseJson(R"({"filename":42})"));
    QVERIFY(!numericName.ok());
    QVERIFY2(numericName.error().contains(u"filename"_s), qPrintable(numericName.error()));
}

QTEST_GUILESS_MAIN(tst_Script)
#include "tst_script.moc"
