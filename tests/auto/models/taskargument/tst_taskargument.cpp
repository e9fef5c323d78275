#include "models/taskargument.h"

#include "../modelstestdata.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;

namespace {

// A definition from a compact JSON text, label "Arg" unless the text gives one.
TaskArgument definition(const QByteArray &json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!object.contains("label"_L1))
        object.insert("label"_L1, u"Arg"_s);
    if (!object.contains("order"_L1))
        object.insert("order"_L1, 0);
    return TaskArgument(object);
}

QString dataUrlOfSize(qsizetype bytes)
{
    return u"data:application/octet-stream;base64,"_s
           + QString::fromLatin1(QByteArray(bytes, 'z').toBase64());
}

} // namespace

class tst_TaskArgument final : public QObject
{
    Q_OBJECT

private slots:
    void capturedArgumentsReadBack();
    void typeNames_data();
    void typeNames();
    void createGivesEditorDefaults_data();
    void createGivesEditorDefaults();
    void fromJsonChecksShape_data();
    void fromJsonChecksShape();
    void settersKeepUnknownMembers();
    void optionsFromEveryShape();
    void valueAsText();
    void validate_data();
    void validate();
    void fileSizeCapDefaultsToTheWebUi();
    void definitionProblems_data();
    void definitionProblems();
};

void tst_TaskArgument::capturedArgumentsReadBack()
{
    const QJsonArray arguments = TheEyeTest::echoArgsTask().value("task_arguments"_L1).toArray();
    QCOMPARE(arguments.size(), 3);

    const auto fixed = TaskArgument::fromJson(arguments.at(0));
    QVERIFY(fixed.ok());
    QCOMPARE(fixed->toJson(), arguments.at(0).toObject());
    QCOMPARE(fixed->id(), 1);
    QCOMPARE(fixed->order(), 0);
    QCOMPARE(fixed->type(), TaskArgument::Type::Fixed);
    QVERIFY(fixed->isFixed());
    QCOMPARE(fixed->label(), u"Fixed"_s);
    QCOMPARE(fixed->value(), u"FIXED"_s);
    QCOMPARE(fixed->help(), QString());
    QVERIFY(fixed->isRequired());
    QVERIFY(fixed->isReadOnly());
    QVERIFY(!fixed->isMultiple());
    QVERIFY(!fixed->isMasked());
    QVERIFY(fixed->options().isEmpty());
    QVERIFY(fixed->definitionProblems().isEmpty());

    const TaskArgument input(arguments.at(1).toObject());
    QCOMPARE(input.type(), TaskArgument::Type::Input);
    QCOMPARE(input.order(), 1);
    QCOMPARE(input.label(), u"Name"_s);
    QCOMPARE(input.value(), QString());
    QVERIFY(!input.isReadOnly());
    QCOMPARE(input.charset(), TaskArgument::Charset::All);
    QCOMPARE(input.charsMin(), std::nullopt);
    QCOMPARE(input.charsMax(), std::nullopt);
    QCOMPARE(input.pattern(), QString());
    QCOMPARE(input.validate(u"ana"_s), QString());

    const TaskArgument select(arguments.at(2).toObject());
    QCOMPARE(select.type(), TaskArgument::Type::Select);
    QCOMPARE(select.rawType(), u"select"_s);
    const QList<TaskArgument::Option> expected{{u"a"_s, u"Option A"_s, 0},
                                               {u"b"_s, u"Option B"_s, 1}};
    QCOMPARE(select.options(), expected);
    QCOMPARE(select.validate(u"a"_s), QString());
    QVERIFY(!select.validate(u"c"_s).isEmpty());
    QVERIFY(select.definitionProblems().isEmpty());
}

void tst_TaskArgument::typeNames_data()
{
    QTest::addColumn<TaskArgument::Type>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("fixed") << TaskArgument::Type::Fixed << u"fixed"_s;
    QTest::newRow("input") << TaskArgument::Type::Input << u"input"_s;
    QTest::newRow("textarea") << TaskArgument::Type::Textarea << u"textarea"_s;
    QTest::newRow("boolean") << TaskArgument::Type::Boolean << u"boolean"_s;
    QTest::newRow("json") << TaskArgument::Type::Json << u"json"_s;
    QTest::newRow("select") << TaskArgument::Type::Select << u"select"_s;
    QTest::newRow("remote-options") << TaskArgument::Type::RemoteOptions << u"remote-options"_s;
    QTest::newRow("date") << TaskArgument::Type::Date << u"date"_s;
    QTest::newRow("email") << TaskArgument::Type::Email << u"email"_s;
    QTest::newRow("regexp") << TaskArgument::Type::Regexp << u"regexp"_s;
    QTest::newRow("file") << TaskArgument::Type::File << u"file"_s;
}

void tst_TaskArgument::typeNames()
{
    QFETCH(TaskArgument::Type, type);
    QFETCH(QString, name);
    QCOMPARE(TaskArgument::typeName(type), name);
    QCOMPARE(TaskArgument::typeFromName(name), type);
    QVERIFY(TaskArgument::creatableTypes().contains(type));
    QVERIFY(!TaskArgument::typeDisplayName(type).isEmpty());
    // Old documentation calls a selection "options".
    QCOMPARE(TaskArgument::typeFromName(u"options"), TaskArgument::Type::Select);
    QCOMPARE(TaskArgument::typeFromName(u"slider"), TaskArgument::Type::Unknown);
    QCOMPARE(TaskArgument::typeName(TaskArgument::Type::Unknown), QString());

    QSet<QString> displayNames;
    for (const TaskArgument::Type each : TaskArgument::creatableTypes())
        displayNames.insert(TaskArgument::typeDisplayName(each));
    QCOMPARE(displayNames.size(), TaskArgument::creatableTypes().size());
}

void tst_TaskArgument::createGivesEditorDefaults_data()
{
    QTest::addColumn<TaskArgument::Type>("type");
    for (const TaskArgument::Type type : TaskArgument::creatableTypes())
        QTest::newRow(qPrintable(TaskArgument::typeName(type))) << type;
}

void tst_TaskArgument::createGivesEditorDefaults()
{
    QFETCH(TaskArgument::Type, type);
    const TaskArgument argument = TaskArgument::create(type, 4, 3, u"Label"_s);
    const QJsonObject json = argument.toJson();
    QCOMPARE(json.value("id"_L1), QJsonValue(4));
    QCOMPARE(json.value("order"_L1), QJsonValue(3));
    QCOMPARE(json.value("type"_L1), QJsonValue(TaskArgument::typeName(type)));
    QCOMPARE(json.value("label"_L1), QJsonValue(u"Label"_s));
    QCOMPARE(json.value("value"_L1), QJsonValue(QString()));
    QCOMPARE(json.value("required"_L1), QJsonValue(true));
    QCOMPARE(json.value("readonly"_L1), QJsonValue(type == TaskArgument::Type::Fixed));
    QCOMPARE(json.value("multiple"_L1), QJsonValue(false));
    QCOMPARE(json.value("masked"_L1), QJsonValue(false));
    QCOMPARE(json.value("options"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(argument.type(), type);
    QVERIFY(TaskArgument::fromJson(json).ok());
}

void tst_TaskArgument::fromJsonChecksShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart"); // empty: accepted
    QTest::newRow("minimal") << QByteArray(R"({"type":"input","order":0})") << QString();
    QTest::newRow("order as numeric text")
        << QByteArray(R"({"type":"input","order":"2"})") << QString();
    QTest::newRow("unknown type kept") << QByteArray(R"({"type":"slider","order":0})") << QString();
    QTest::newRow("not an object") << QByteArray(R"(["input"])") << u"not a JSON object"_s;
    QTest::newRow("bare string (oldest fixed values)")
        << QByteArray("\"FIXED\"") << u"not a JSON object"_s;
    QTest::newRow("no type") << QByteArray(R"({"order":0,"label":"x"})") << u"no type"_s;
    QTest::newRow("type not text") << QByteArray(R"({"type":3})") << u"no type"_s;
    QTest::newRow("order a word") << QByteArray(
        R"({"type":"input","order":"first","label":"City"})")
                                  << u"City"_s;
    QTest::newRow("order an object")
        << QByteArray(R"({"type":"input","order":{},"label":"City"})") << u"not a number"_s;
}

void tst_TaskArgument::fromJsonChecksShape()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    const auto argument = TaskArgument::fromJson(parseJson(json.constData()));
    QCOMPARE(argument.ok(), messagePart.isEmpty());
    if (argument.ok())
        QCOMPARE(argument->toJson(), parseJson(json.constData()).toObject());
    else
        QVERIFY2(argument.error().contains(messagePart), qPrintable(argument.error()));
}

void tst_TaskArgument::settersKeepUnknownMembers()
{
    QJsonObject original = TheEyeTest::echoArgsTask()
                               .value("task_arguments"_L1)
                               .toArray()
                               .at(1)
                               .toObject();
    original.insert("x_added_by_a_newer_supervisor"_L1, QJsonObject{{"keep"_L1, true}});
    original.insert("version"_L1, 2);
    TaskArgument argument(original);

    argument.setId(9);
    argument.setOrder(5);
    argument.setType(TaskArgument::Type::Email);
    argument.setLabel(u"Mail"_s);
    argument.setValue(u"a@b.io"_s);
    argument.setHelp(u"Who gets it"_s);
    argument.setRequired(false);
    argument.setReadOnly(true);
    argument.setMultiple(true);
    argument.setMasked(true);
    argument.setOptions({{u"x"_s, u"X"_s, 0}});
    argument.setEndpointUrl(u"https://example.com/list?u=%THEEYE_USER_EMAIL%"_s);
    argument.setIdAttribute(u"id"_s);
    argument.setTextAttribute(u"name"_s);
    argument.setCharsMin(2);
    argument.setCharsMax(40);
    argument.setCharset(TaskArgument::Charset::Alphanumeric);
    argument.setPattern(u"^a"_s);

    QCOMPARE(argument.id(), 9);
    QCOMPARE(argument.order(), 5);
    QCOMPARE(argument.type(), TaskArgument::Type::Email);
    QCOMPARE(argument.label(), u"Mail"_s);
    QCOMPARE(argument.value(), u"a@b.io"_s);
    QCOMPARE(argument.help(), u"Who gets it"_s);
    QVERIFY(!argument.isRequired());
    QVERIFY(argument.isReadOnly());
    QVERIFY(argument.isMultiple());
    QVERIFY(argument.isMasked());
    QCOMPARE(argument.options(), (QList<TaskArgument::Option>{{u"x"_s, u"X"_s, 0}}));
    QCOMPARE(argument.endpointUrl(), u"https://example.com/list?u=%THEEYE_USER_EMAIL%"_s);
    QCOMPARE(argument.idAttribute(), u"id"_s);
    QCOMPARE(argument.textAttribute(), u"name"_s);
    QCOMPARE(argument.charsMin(), std::optional<int>(2));
    QCOMPARE(argument.charsMax(), std::optional<int>(40));
    QCOMPARE(argument.charset(), TaskArgument::Charset::Alphanumeric);
    QCOMPARE(argument.pattern(), u"^a"_s);

    const QJsonObject json = argument.toJson();
    QCOMPARE(json.value("x_added_by_a_newer_supervisor"_L1),
             QJsonValue(QJsonObject{{"keep"_L1, true}}));
    QCOMPARE(json.value("version"_L1), QJsonValue(2));
    QCOMPARE(json.value("charset"_L1), QJsonValue(u"alnum"_s));
    QCOMPARE(json.value("charsmin"_L1), QJsonValue(2));

    // Clearing writes what TheEye's editor writes: null.
    argument.setCharsMin(std::nullopt);
    argument.setPattern(QString());
    argument.setCharset(TaskArgument::Charset::All);
    QCOMPARE(argument.toJson().value("charsmin"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(argument.toJson().value("pattern"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(argument.toJson().value("charset"_L1), QJsonValue(u"all"_s));
    QCOMPARE(argument.charsMin(), std::nullopt);
    QCOMPARE(argument.pattern(), QString());

    // Making it fixed makes it read-only, as the editor does.
    TaskArgument toFixed(QJsonObject{{"type"_L1, u"input"_s}, {"readonly"_L1, false}});
    toFixed.setType(TaskArgument::Type::Fixed);
    QVERIFY(toFixed.isReadOnly());

    TaskArgument same(original);
    QCOMPARE(same, TaskArgument(original));
    same.setLabel(u"Other"_s);
    QVERIFY(!(same == TaskArgument(original)));
}

void tst_TaskArgument::optionsFromEveryShape()
{
    const TaskArgument argument = definition(
        R"({"type":"select","options":[{"id":"a","label":"A","order":2},{"id":7},"bare",{"label":"no id"}]})");
    const QList<TaskArgument::Option> options = argument.options();
    QCOMPARE(options.size(), 4);
    QCOMPARE(options.at(0), (TaskArgument::Option{u"a"_s, u"A"_s, 2}));
    // A numeric id reads as text; a missing label falls back to the id; order to the position.
    QCOMPARE(options.at(1), (TaskArgument::Option{u"7"_s, u"7"_s, 1}));
    QCOMPARE(options.at(2), (TaskArgument::Option{u"bare"_s, u"bare"_s, 2}));
    QCOMPARE(options.at(3).id, QString());
    QCOMPARE(options.at(3).label, u"no id"_s);
    QCOMPARE(argument.validate(7), QString());
}

void tst_TaskArgument::valueAsText()
{
    QCOMPARE(definition(R"({"type":"fixed","value":"x"})").value(), u"x"_s);
    QCOMPARE(definition(R"({"type":"fixed","value":5})").value(), u"5"_s);
    QCOMPARE(definition(R"({"type":"fixed","value":null})").value(), QString());
    QCOMPARE(definition(R"({"type":"fixed"})").value(), QString());
}

void tst_TaskArgument::validate_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QByteArray>("value");    // JSON text; empty means undefined (no value at all)
    QTest::addColumn<QString>("messagePart"); // empty: valid

    const QByteArray input = R"({"type":"input"})";
    QTest::newRow("input: text") << input << QByteArray("\"ana\"") << QString();
    QTest::newRow("input: required, empty") << input << QByteArray("\"\"") << u"is required"_s;
    QTest::newRow("input: required, null") << input << QByteArray("null") << u"is required"_s;
    QTest::newRow("input: required, no value") << input << QByteArray() << u"is required"_s;
    QTest::newRow("input: optional, null")
        << QByteArray(R"({"type":"input","required":false})") << QByteArray("null") << QString();
    QTest::newRow("input: optional, empty")
        << QByteArray(R"({"type":"input","required":false})") << QByteArray("\"\"") << QString();
    QTest::newRow("input: a number") << input << QByteArray("5") << u"must be text"_s;

    const QByteArray alpha = R"({"type":"input","charset":"alpha"})";
    QTest::newRow("alpha: letters") << alpha << QByteArray("\"abcXYZ\"") << QString();
    QTest::newRow("alpha: digit") << alpha << QByteArray("\"abc1\"") << u"letters only"_s;
    QTest::newRow("alpha: accented (as /^[a-z]+$/i)")
        << alpha << QByteArray("\"and\\u00fa\"") << u"letters only"_s;
    const QByteArray num = R"({"type":"input","charset":"num"})";
    QTest::newRow("num: digits") << num << QByteArray("\"0123\"") << QString();
    QTest::newRow("num: letter") << num << QByteArray("\"12a\"") << u"digits only"_s;
    QTest::newRow("num: sign") << num << QByteArray("\"-1\"") << u"digits only"_s;
    const QByteArray alnum = R"({"type":"input","charset":"alnum"})";
    QTest::newRow("alnum: both") << alnum << QByteArray("\"ab12\"") << QString();
    QTest::newRow("alnum: space") << alnum << QByteArray("\"ab 12\"") << u"letters and digits"_s;
    QTest::newRow("alnum: underscore")
        << alnum << QByteArray("\"ab_12\"") << u"letters and digits"_s;
    QTest::newRow("all: anything") << QByteArray(R"({"type":"input","charset":"all"})")
                                   << QByteArray("\"any thing!\"") << QString();

    const QByteArray bounded = R"({"type":"input","charsmin":3,"charsmax":5})";
    QTest::newRow("min: too short") << bounded << QByteArray("\"ab\"") << u"at least 3"_s;
    QTest::newRow("min: at min") << bounded << QByteArray("\"abc\"") << QString();
    QTest::newRow("max: at max") << bounded << QByteArray("\"abcde\"") << QString();
    QTest::newRow("max: too long") << bounded << QByteArray("\"abcdef\"") << u"at most 5"_s;
    QTest::newRow("max 0 means no limit")
        << QByteArray(R"({"type":"input","charsmax":0})") << QByteArray("\"abcdef\"") << QString();
    QTest::newRow("min and max as text") << QByteArray(R"({"type":"input","charsmin":"3"})")
                                         << QByteArray("\"ab\"") << u"at least 3"_s;

    // TheEye checks new RegExp(pattern).test(value): a search, not a full match.
    const QByteArray digits = R"({"type":"input","pattern":"\\d{3}"})";
    QTest::newRow("pattern: found inside") << digits << QByteArray("\"ab123cd\"") << QString();
    QTest::newRow("pattern: not found")
        << digits << QByteArray("\"ab12\"") << u"not correctly formatted"_s;
    QTest::newRow("pattern: anchored") << QByteArray(R"({"type":"input","pattern":"^[a-z]+$"})")
                                       << QByteArray("\"abc1\"") << u"not correctly formatted"_s;
    QTest::newRow("pattern that does not compile is the definition's problem")
        << QByteArray(R"({"type":"input","pattern":"("})") << QByteArray("\"x\"") << QString();
    QTest::newRow("masked input, same rules")
        << QByteArray(R"({"type":"input","masked":true,"charset":"num"})") << QByteArray("\"x\"")
        << u"digits only"_s;

    const QByteArray textarea = R"({"type":"textarea"})";
    QTest::newRow("textarea: lines") << textarea << QByteArray("\"one\\ntwo\"") << QString();
    QTest::newRow("textarea: number") << textarea << QByteArray("5") << u"must be text"_s;
    QTest::newRow("textarea: required empty") << textarea << QByteArray("\"\"") << u"is required"_s;

    const QByteArray boolean = R"({"type":"boolean"})";
    QTest::newRow("boolean: true") << boolean << QByteArray("true") << QString();
    QTest::newRow("boolean: false") << boolean << QByteArray("false") << QString();
    QTest::newRow("boolean: stored text") << boolean << QByteArray("\"false\"") << QString();
    QTest::newRow("boolean: unchecked (null)") << boolean << QByteArray("null") << QString();
    QTest::newRow("boolean: yes") << boolean << QByteArray("\"yes\"") << u"true or false"_s;
    QTest::newRow("boolean: 1") << boolean << QByteArray("1") << u"true or false"_s;

    const QByteArray json = R"({"type":"json"})";
    QTest::newRow("json: object text") << json << QByteArray("\"{\\\"a\\\":1}\"") << QString();
    QTest::newRow("json: array text") << json << QByteArray("\"[1, 2]\"") << QString();
    QTest::newRow("json: number text") << json << QByteArray("\"42\"") << QString();
    QTest::newRow("json: string text") << json << QByteArray("\"\\\"s\\\"\"") << QString();
    QTest::newRow("json: parsed object") << json << QByteArray(R"({"a":1})") << QString();
    QTest::newRow("json: broken") << json << QByteArray("\"{a:1}\"") << u"not valid JSON"_s;
    QTest::newRow("json: truncated")
        << json << QByteArray("\"{\\\"a\\\":\"") << u"not valid JSON"_s;
    QTest::newRow("json: required empty") << json << QByteArray("\"\"") << u"is required"_s;
    QTest::newRow("json: a bare number") << json << QByteArray("5") << u"JSON document"_s;

    const QByteArray select
        = R"({"type":"select","options":[{"id":"a","label":"A"},{"id":"b","label":"B"}]})";
    QTest::newRow("select: option") << select << QByteArray("\"b\"") << QString();
    QTest::newRow("select: not an option") << select << QByteArray("\"c\"") << u"not an option"_s;
    QTest::newRow("select: label is not the value")
        << select << QByteArray("\"A\"") << u"not an option"_s;
    QTest::newRow("select: list for a single choice")
        << select << QByteArray(R"(["a"])") << u"single option"_s;
    QTest::newRow("select: required, none") << select << QByteArray("null") << u"Select a value"_s;
    const QByteArray multiple
        = R"({"type":"select","multiple":true,"options":[{"id":"a"},{"id":"b"}]})";
    QTest::newRow("multiple: two") << multiple << QByteArray(R"(["a","b"])") << QString();
    QTest::newRow("multiple: one outside")
        << multiple << QByteArray(R"(["a","c"])") << u"not an option"_s;
    QTest::newRow("multiple: one as text") << multiple << QByteArray("\"a\"") << QString();
    QTest::newRow("multiple: required, empty list")
        << multiple << QByteArray("[]") << u"Select a value"_s;

    const QByteArray remote
        = R"({"type":"remote-options","endpoint_url":"http://x/","id_attribute":"id","text_attribute":"name"})";
    QTest::newRow("remote: any id") << remote << QByteArray("\"42\"") << QString();
    QTest::newRow("remote: list for a single choice")
        << remote << QByteArray(R"(["1","2"])") << u"single option"_s;
    QTest::newRow("remote: required, none") << remote << QByteArray("\"\"") << u"Select a value"_s;
    QTest::newRow("remote multiple: list")
        << QByteArray(R"({"type":"remote-options","multiple":true})") << QByteArray(R"(["1","2"])")
        << QString();

    const QByteArray date = R"({"type":"date"})";
    QTest::newRow("date: as the web UI sends it")
        << date << QByteArray("\"2026-11-28T15:46:07.247Z\"") << QString();
    QTest::newRow("date: day only") << date << QByteArray("\"2026-11-28\"") << QString();
    QTest::newRow("date: local time") << date << QByteArray("\"2026-11-28T10:00:00\"") << QString();
    QTest::newRow("date: no such day")
        << date << QByteArray("\"2026-02-30\"") << u"date and time"_s;
    QTest::newRow("date: a word") << date << QByteArray("\"tomorrow\"") << u"date and time"_s;
    QTest::newRow("date: a number") << date << QByteArray("1795880767247") << u"date and time"_s;

    const QByteArray email = R"({"type":"email"})";
    QTest::newRow("email: plain") << email << QByteArray("\"ana@example.com\"") << QString();
    QTest::newRow("email: tagged, subdomain")
        << email << QByteArray("\"ana.b+ops@mail.example.co\"") << QString();
    QTest::newRow("email: no domain") << email << QByteArray("\"ana@\"") << u"valid email"_s;
    QTest::newRow("email: no at") << email << QByteArray("\"ana.example.com\"") << u"valid email"_s;
    QTest::newRow("email: space") << email << QByteArray("\"ana @example.com\"")
                                  << u"valid email"_s;
    QTest::newRow("email: no top-level domain")
        << email << QByteArray("\"ana@localhost\"") << u"valid email"_s;

    const QByteArray regexp = R"({"type":"regexp"})";
    QTest::newRow("regexp: compiles") << regexp << QByteArray("\"^a.*(b|c)$\"") << QString();
    QTest::newRow("regexp: open group")
        << regexp << QByteArray("\"(\"") << u"not a valid regular expression"_s;
    QTest::newRow("regexp: open class")
        << regexp << QByteArray("\"[a-\"") << u"not a valid regular expression"_s;
    QTest::newRow("regexp: a number") << regexp << QByteArray("5") << u"regular expression"_s;

    const QByteArray file = R"({"type":"file"})";
    QTest::newRow("file: data url")
        << file << QByteArray("\"data:text/csv;name=a.csv;base64,YSxiCg==\"") << QString();
    QTest::newRow("file: raw base64") << file << QByteArray("\"YSxiCg==\"") << u"data URL"_s;
    QTest::newRow("file: a path") << file << QByteArray("\"/etc/passwd\"") << u"data URL"_s;
    QTest::newRow("file: broken base64")
        << file << QByteArray("\"data:text/csv;base64,Y@==\"") << u"data URL"_s;
    QTest::newRow("file: a number") << file << QByteArray("5") << u"must be a file"_s;
    QTest::newRow("file: required, none") << file << QByteArray("null") << u"is required"_s;

    const QByteArray fixed = R"({"type":"fixed","value":"X"})";
    QTest::newRow("fixed: the server's value wins") << fixed << QByteArray("null") << QString();
    QTest::newRow("fixed: anything") << fixed << QByteArray(R"({"a":1})") << QString();

    const QByteArray unknown = R"({"type":"slider"})";
    QTest::newRow("unknown type") << unknown << QByteArray("\"5\"") << u"unsupported type"_s;
    QTest::newRow("unknown type, optional, none")
        << QByteArray(R"({"type":"slider","required":false})") << QByteArray("null") << QString();
}

void tst_TaskArgument::validate()
{
    QFETCH(QByteArray, definition);
    QFETCH(QByteArray, value);
    QFETCH(QString, messagePart);
    QJsonObject object = QJsonDocument::fromJson(definition).object();
    QVERIFY2(!object.isEmpty(), definition.constData());
    object.insert("label"_L1, u"City"_s);
    object.insert("order"_L1, 2);
    const TaskArgument argument(object);
    const QJsonValue json = value.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                            : parseJson(value.constData());
    const QString message = argument.validate(json);
    if (messagePart.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    // Every message names the argument, so a form can show it next to the field.
    QVERIFY2(message.contains(u"City"_s), qPrintable(message));

    // An argument without a label is named by its order.
    object.remove("label"_L1);
    const QString unnamed = TaskArgument(object).validate(json);
    QVERIFY2(unnamed.contains(u"2"_s), qPrintable(unnamed));
}

void tst_TaskArgument::fileSizeCapDefaultsToTheWebUi()
{
    const TaskArgument file = definition(R"({"type":"file","label":"Upload"})");
    // config.files.max_upload_size = 5120 KB.
    const qsizetype cap = 5120 * 1024;
    QCOMPARE(ArgumentLimits().maxFileBytes, cap);
    QCOMPARE(file.validate(dataUrlOfSize(cap)), QString());
    const QString tooBig = file.validate(dataUrlOfSize(cap + 1));
    QVERIFY2(tooBig.contains(u"Upload"_s) && tooBig.contains(u"at most"_s), qPrintable(tooBig));

    ArgumentLimits small;
    small.maxFileBytes = 10;
    QCOMPARE(file.validate(dataUrlOfSize(10), small), QString());
    QVERIFY(!file.validate(dataUrlOfSize(11), small).isEmpty());
}

void tst_TaskArgument::definitionProblems_data()
{
    QTest::addColumn<QByteArray>("definition");
    QTest::addColumn<QStringList>("problemParts"); // one part per expected problem

    QTest::newRow("input") << QByteArray(R"({"type":"input","label":"City"})") << QStringList();
    QTest::newRow("no label") << QByteArray(R"({"type":"input","label":"  "})")
                              << QStringList{u"label"_s};
    QTest::newRow("fixed with value")
        << QByteArray(R"({"type":"fixed","label":"A","value":"x"})") << QStringList();
    QTest::newRow("fixed without value") << QByteArray(R"({"type":"fixed","label":"A","value":""})")
                                         << QStringList{u"needs a value"_s};
    QTest::newRow("pattern does not compile")
        << QByteArray(R"({"type":"input","label":"A","pattern":"a("})")
        << QStringList{u"does not compile"_s};
    QTest::newRow("min above max")
        << QByteArray(R"({"type":"input","label":"A","charsmin":5,"charsmax":2})")
        << QStringList{u"greater than"_s};
    QTest::newRow("negative min") << QByteArray(R"({"type":"input","label":"A","charsmin":-1})")
                                  << QStringList{u"negative"_s};
    QTest::newRow("select with options")
        << QByteArray(R"({"type":"select","label":"A","options":[{"id":"a","label":"A"}]})")
        << QStringList();
    QTest::newRow("select without options")
        << QByteArray(R"({"type":"select","label":"A","options":[]})")
        << QStringList{u"at least one option"_s};
    QTest::newRow("option without value")
        << QByteArray(R"({"type":"select","label":"A","options":[{"label":"A"}]})")
        << QStringList{u"needs a value"_s};
    QTest::newRow("remote options complete") << QByteArray(
        R"({"type":"remote-options","label":"A","endpoint_url":"https://x/y","id_attribute":"id","text_attribute":"name"})")
                                             << QStringList();
    QTest::newRow("remote options without endpoint") << QByteArray(
        R"({"type":"remote-options","label":"A","id_attribute":"id","text_attribute":"name"})")
                                                     << QStringList{u"endpoint URL"_s};
    QTest::newRow("remote options without attributes")
        << QByteArray(R"({"type":"remote-options","label":"A","endpoint_url":"https://x/y"})")
        << QStringList{u"value attribute"_s};
    QTest::newRow("unknown type, no label")
        << QByteArray(R"({"type":"slider"})") << QStringList{u"label"_s, u"slider"_s};
    for (const char *type : {"textarea", "boolean", "json", "date", "email", "regexp", "file"}) {
        QTest::addRow("%s", type) << (QByteArray("{\"label\":\"A\",\"type\":\"") + type + "\"}")
                                  << QStringList();
    }
}

void tst_TaskArgument::definitionProblems()
{
    QFETCH(QByteArray, definition);
    QFETCH(QStringList, problemParts);
    const TaskArgument argument(QJsonDocument::fromJson(definition).object());
    const QStringList problems = argument.definitionProblems();
    QCOMPARE(problems.size(), problemParts.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(problems.at(i).contains(problemParts.at(i)), qPrintable(problems.at(i)));
}

QTEST_GUILESS_MAIN(tst_TaskArgument)
#include "tst_taskargument.moc"
