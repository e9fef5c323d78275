#include "models/jobarguments.h"
#include "models/task.h"

#include "../modelstestdata.h"

#include <QTest>
#include <QUrlQuery>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;
using TheEyeTest::responseBody;

namespace {

QList<TaskArgument> definitions(const QJsonArray &array)
{
    QList<TaskArgument> list;
    for (const QJsonValue &value : array)
        list.append(TaskArgument(value.toObject()));
    return list;
}

QList<TaskArgument> definitions(const char *json)
{
    return definitions(parseJson(json).toArray());
}

// "Echo args": fixed(0, "FIXED"), input(1, "Name"), select(2, "Choice", a|b).
QList<TaskArgument> echoArgs()
{
    return Task(TheEyeTest::echoArgsTask()).arguments();
}

// checklist 23: [fixed(order 0, "X"), input(order 1)].
const char *const FixedThenInput
    = R"([{"type":"fixed","order":0,"label":"F","value":"X"},{"type":"input","order":1,"label":"I"}])";

// What the supervisor takes as the argument payload of a job-creation request
// (arguments-validation.js): body.task_arguments, the query's, a bare array body, else [body].
QJsonArray payloadOf(const QJsonObject &request)
{
    const QJsonValue body = request.value("body"_L1);
    if (body.isArray())
        return body.toArray();
    if (body.isObject())
        return body.toObject().value("task_arguments"_L1).toArray();
    // A form body: task_arguments repeated.
    QJsonArray values;
    const QUrlQuery form(body.toString());
    for (const QString &value : form.allQueryItemValues(u"task_arguments"_s, QUrl::FullyDecoded))
        values.append(value);
    return values;
}

using Values = QHash<int, QJsonValue>;

} // namespace

class tst_JobArguments final : public QObject
{
    Q_OBJECT

private slots:
    void build_data();
    void build();
    void requiredLength();
    void validate();
    void resolveMatchesTheCaptures_data();
    void resolveMatchesTheCaptures();
    void resolve_data();
    void resolve();
    void describe();
    void valuesByOrder_data();
    void valuesByOrder();
};

void tst_JobArguments::build_data()
{
    QTest::addColumn<QList<TaskArgument>>("definitions");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QJsonArray>("expected");

    // 06-job-create sent exactly this: the fixed slot null.
    QTest::newRow("echo args") << echoArgs() << Values{{1, u"ana"_s}, {2, u"a"_s}}
                               << parseJson(R"([null,"ana","a"])").toArray();
    QTest::newRow("fixed value given is not sent")
        << echoArgs() << Values{{0, u"mine"_s}, {1, u"ana"_s}, {2, u"a"_s}}
        << parseJson(R"([null,"ana","a"])").toArray();
    QTest::newRow("optional left out")
        << echoArgs() << Values{{2, u"b"_s}} << parseJson(R"([null,null,"b"])").toArray();
    QTest::newRow("no arguments") << QList<TaskArgument>() << Values() << QJsonArray();
    QTest::newRow("positions by order, not by list position")
        << definitions(R"([{"type":"input","order":1},{"type":"input","order":0}])")
        << Values{{0, u"first"_s}, {1, u"second"_s}}
        << parseJson(R"(["first","second"])").toArray();
    QTest::newRow("a gap in the orders stays null")
        << definitions(R"([{"type":"input","order":0},{"type":"input","order":2}])")
        << Values{{0, u"a"_s}, {2, u"c"_s}} << parseJson(R"(["a",null,"c"])").toArray();
    QTest::newRow("unusable orders get no slot") << definitions(
        R"([{"type":"input","order":0},{"type":"input","order":-1},{"type":"input","order":2147483647},{"type":"input","order":1e12}])")
                                                 << Values{{0, u"a"_s}}
                                                 << parseJson(R"(["a",null,null,null])").toArray();
    QTest::newRow("typed values go as they are") << definitions(
        R"([{"type":"boolean","order":0},{"type":"select","multiple":true,"order":1},{"type":"json","order":2}])")
                                                 << Values{{0, true},
                                                           {1, QJsonArray{u"a"_s, u"b"_s}},
                                                           {2, QJsonObject{{"k"_L1, 1}}}}
                                                 << parseJson(R"([true,["a","b"],{"k":1}])")
                                                        .toArray();
}

void tst_JobArguments::build()
{
    QFETCH(QList<TaskArgument>, definitions);
    QFETCH(Values, values);
    QFETCH(QJsonArray, expected);
    const QJsonArray payload = JobArguments::build(definitions, values);
    QCOMPARE(payload, expected);
    // What we send always passes the supervisor's length check.
    QVERIFY(payload.size() >= JobArguments::requiredLength(definitions));
}

void tst_JobArguments::requiredLength()
{
    QCOMPARE(JobArguments::requiredLength(echoArgs()), 2);
    QCOMPARE(JobArguments::requiredLength(definitions(FixedThenInput)), 1);
    QCOMPARE(JobArguments::requiredLength({}), 0);
    // 12-too-few-arguments: one value for two non-fixed arguments is refused with 400.
    const QJsonObject tooFew = TheEyeTest::capture(u"12-too-few-arguments"_s);
    QCOMPARE(tooFew.value("response"_L1).toObject().value("status"_L1).toInt(), 400);
    QVERIFY(payloadOf(tooFew.value("request"_L1).toObject()).size()
            < JobArguments::requiredLength(echoArgs()));
    QVERIFY(tooFew.value("response"_L1)
                .toObject()
                .value("body"_L1)
                .toObject()
                .value("message"_L1)
                .toString()
                .contains(u"array of length 2"_s));
}

void tst_JobArguments::validate()
{
    const QList<TaskArgument> args = echoArgs();
    QVERIFY(JobArguments::validate(args, {{1, u"ana"_s}, {2, u"a"_s}}).isEmpty());
    // The fixed argument is never the user's problem.
    QVERIFY(
        JobArguments::validate(args, {{0, QJsonValue()}, {1, u"ana"_s}, {2, u"b"_s}}).isEmpty());

    const QMap<int, QString> problems = JobArguments::validate(args, {{2, u"z"_s}});
    QCOMPARE(problems.keys(), (QList<int>{1, 2}));
    QVERIFY2(problems.value(1).contains(u"Name"_s), qPrintable(problems.value(1)));
    QVERIFY2(problems.value(2).contains(u"Choice"_s), qPrintable(problems.value(2)));

    ArgumentLimits limits;
    limits.maxFileBytes = 4;
    const QList<TaskArgument> file = definitions(R"([{"type":"file","order":0,"label":"Doc"}])");
    const QString big = u"data:text/plain;base64,"_s
                        + QString::fromLatin1(QByteArray("12345").toBase64());
    QVERIFY(JobArguments::validate(file, {{0, big}}).isEmpty());
    QCOMPARE(JobArguments::validate(file, {{0, big}}, limits).keys(), QList<int>{0});
}

void tst_JobArguments::resolveMatchesTheCaptures_data()
{
    QTest::addColumn<QString>("capture");
    // Every successful job creation in the captures: what was sent, and what was stored.
    for (const char *name : {"06-job-create",
                             "11-secret-job-create",
                             "11-secret-job-create-bare-array",
                             "12-job-secret-form-with-args",
                             "12-job-form-token-in-body-with-args"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void tst_JobArguments::resolveMatchesTheCaptures()
{
    QFETCH(QString, capture);
    const QJsonObject exchange = TheEyeTest::capture(capture);
    const QJsonArray payload = payloadOf(exchange.value("request"_L1).toObject());
    QVERIFY(payload.size() >= JobArguments::requiredLength(echoArgs()));
    const QJsonObject job = exchange.value("response"_L1).toObject().value("body"_L1).toObject();
    const auto resolved = JobArguments::resolve(echoArgs(), payload, u"legacy"_s);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error()));
    QCOMPARE(*resolved, job.value("task_arguments_values"_L1).toArray());
}

void tst_JobArguments::resolve_data()
{
    QTest::addColumn<QList<TaskArgument>>("definitions");
    QTest::addColumn<QJsonArray>("payload");
    QTest::addColumn<QString>("argumentsType");
    QTest::addColumn<QJsonValue>("expected"); // an array, or null for InvalidTaskArguments

    const QJsonValue invalid(QJsonValue::Null);
    const QList<TaskArgument> fixedInput = definitions(FixedThenInput);
    const auto row = [](const char *name) -> QTestData & {
        return QTest::newRow(name);
    };

    // supervisor-api.md §12 item 23.
    row("fixed slot null") << fixedInput << parseJson(R"([null,"v"])").toArray() << u"legacy"_s
                           << parseJson(R"(["X","v"])");
    row("fixed slot given: the stored value wins")
        << fixedInput << parseJson(R"(["mine","v"])").toArray() << u"legacy"_s
        << parseJson(R"(["X","v"])");
    row("fixed slot left out: InvalidTaskArguments")
        << fixedInput << parseJson(R"(["v"])").toArray() << u"legacy"_s << invalid;
    // 12-two-args-missing-last-slot: passes the length check, fails the build.
    row("last slot missing") << echoArgs() << parseJson(R"(["ana","a"])").toArray() << u"legacy"_s
                             << invalid;
    row("no payload") << fixedInput << QJsonArray() << u"legacy"_s << invalid;
    row("only fixed, no payload") << definitions(R"([{"type":"fixed","order":0,"value":"X"}])")
                                  << QJsonArray() << u"legacy"_s << parseJson(R"(["X"])");
    row("fixed without value") << definitions(R"([{"type":"fixed","order":0}])") << QJsonArray()
                               << u"legacy"_s << parseJson("[null]");
    row("no definitions") << QList<TaskArgument>() << parseJson(R"(["extra"])").toArray()
                          << u"legacy"_s << QJsonValue(QJsonArray());
    row("extra values ignored") << fixedInput << parseJson(R"([null,"v","w","x"])").toArray()
                                << u"legacy"_s << parseJson(R"(["X","v"])");
    row("gap in the orders") << definitions(
        R"([{"type":"input","order":0},{"type":"input","order":2}])")
                             << parseJson(R"(["a","b","c"])").toArray() << u"legacy"_s
                             << parseJson(R"(["a",null,"c"])");
    row("definition without type") << definitions(R"([{"order":0,"label":"x"}])")
                                   << parseJson(R"(["a"])").toArray() << u"legacy"_s << invalid;
    row("definition without order") << definitions(R"([{"type":"input","label":"x"}])")
                                    << parseJson(R"(["a"])").toArray() << u"legacy"_s << invalid;
    row("absurd order") << definitions(R"([{"type":"input","order":100000000}])")
                        << parseJson(R"(["a"])").toArray() << u"legacy"_s << invalid;

    // Elements that carry their own order (the old web client's {order, value}).
    const QList<TaskArgument> two = definitions(
        R"([{"type":"input","order":0},{"type":"input","order":1}])");
    row("own order wins over the position")
        << definitions(R"([{"type":"input","order":1},{"type":"input","order":2}])")
        << parseJson(R"([{"order":2,"value":"c"},"b"])").toArray() << u"legacy"_s
        << parseJson(R"([null,"b","c"])");
    row("an element with its own order does not fill its position")
        << two << parseJson(R"([{"order":1,"value":"b"},"a"])").toArray() << u"legacy"_s << invalid;
    row("own order 0 falls back to the index")
        << two << parseJson(R"([{"order":0,"value":"a"},"b"])").toArray() << u"legacy"_s
        << parseJson(R"(["a","b"])");
    row("own order elsewhere: not found")
        << two << parseJson(R"(["a",{"order":5,"value":"b"}])").toArray() << u"legacy"_s << invalid;

    // legacy (the default): falsy values as they are, everything else as text.
    const QList<TaskArgument> one = definitions(R"([{"type":"input","order":0}])");
    const auto legacy = [&](const char *name, const char *value, const QJsonValue &stored) {
        QTest::addRow("legacy: %s", name)
            << one << QJsonArray{parseJson(value)} << u"legacy"_s << QJsonValue(QJsonArray{stored});
    };
    legacy("text", "\"v\"", u"v"_s);
    legacy("null", "null", QJsonValue::Null);
    legacy("empty text", "\"\"", QString());
    legacy("false", "false", false);
    legacy("zero", "0", 0);
    legacy("true", "true", u"true"_s);
    legacy("number", "42.5", u"42.5"_s);
    legacy("list", R"(["a","b"])", u"[\"a\",\"b\"]"_s);
    // supervisor-api.md §12 item 24: an object argument is stored JSON-stringified.
    legacy("object", R"({"a":1,"b":[true]})", u"{\"a\":1,\"b\":[true]}"_s);
    legacy("object with a value", R"({"value":"inner"})", u"inner"_s);
    legacy("object with a falsy value", R"({"value":""})", u"{\"value\":\"\"}"_s);
    legacy("object with a non-text value", R"({"value":[1]})", u"[1]"_s);

    // json: JSON.stringify(value.value ?? value): strings arrive quoted.
    const auto json = [&](const char *name, const char *value, const QString &stored) {
        QTest::addRow("json: %s", name)
            << one << QJsonArray{parseJson(value)} << u"json"_s << QJsonValue(QJsonArray{stored});
    };
    json("text", "\"v\"", u"\"v\""_s);
    json("null", "null", u"null"_s);
    json("false", "false", u"false"_s);
    json("number", "7", u"7"_s);
    json("object", R"({"a":1})", u"{\"a\":1}"_s);
    json("object with a value", R"({"value":"inner"})", u"\"inner\""_s);
    json("object with a null value", R"({"value":null})", u"null"_s);

    // text: strings as they are, the rest as JSON; a non-text value member stringifies it all.
    const auto text = [&](const char *name, const char *value, const QString &stored) {
        QTest::addRow("text: %s", name)
            << one << QJsonArray{parseJson(value)} << u"text"_s << QJsonValue(QJsonArray{stored});
    };
    text("text", "\"v\"", u"v"_s);
    text("null", "null", u"null"_s);
    text("empty", "\"\"", QString());
    text("true", "true", u"true"_s);
    text("number", "7", u"7"_s);
    text("list", "[1,2]", u"[1,2]"_s);
    text("object with a value", R"({"value":"inner"})", u"inner"_s);
    text("object with a non-text value", R"({"value":5})", u"{\"value\":5}"_s);

    // A file argument's data URL is kept as it is in every mode.
    const QList<TaskArgument> file = definitions(R"([{"type":"file","order":0}])");
    const QString url = u"data:text/csv;name=a.csv;base64,YSxiCg=="_s;
    for (const char *type : {"legacy", "json", "text"}) {
        QTest::addRow("file data URL, %s", type)
            << file << QJsonArray{url} << QString::fromLatin1(type) << QJsonValue(QJsonArray{url});
    }
    QTest::newRow("file, not a data URL, json")
        << file << QJsonArray{u"/tmp/x"_s} << u"json"_s << QJsonValue(QJsonArray{u"\"/tmp/x\""_s});
}

void tst_JobArguments::resolve()
{
    QFETCH(QList<TaskArgument>, definitions);
    QFETCH(QJsonArray, payload);
    QFETCH(QString, argumentsType);
    QFETCH(QJsonValue, expected);
    const auto resolved = JobArguments::resolve(definitions, payload, argumentsType);
    if (expected.isNull()) {
        QVERIFY(!resolved.ok());
        // The supervisor's own text: it lands in result.log as "\"InvalidTaskArguments\"".
        QCOMPARE(resolved.error(), u"InvalidTaskArguments"_s);
        return;
    }
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error()));
    QCOMPARE(QJsonValue(*resolved), expected);
}

void tst_JobArguments::describe()
{
    QList<TaskArgument> args = echoArgs();
    TaskArgument secret = TaskArgument::create(TaskArgument::Type::Input, 4, 3, u"Password"_s);
    secret.setMasked(true);
    TaskArgument upload = TaskArgument::create(TaskArgument::Type::File, 5, 4, u"Upload"_s);
    TaskArgument options = TaskArgument::create(TaskArgument::Type::Select, 6, 5, u"Many"_s);
    // Out of order on purpose: described by order.
    args.prepend(options);
    args.append(upload);
    args.append(secret);
    const QJsonArray values
        = parseJson(
              R"(["FIXED","ana","a","hunter2","data:text/plain;name=notes.txt;base64,aGVsbG8=","[\"a\",\"b\"]"])")
              .toArray();
    const QList<JobArguments::DisplayedValue> shown = JobArguments::describe(args, values);
    QCOMPARE(shown.size(), 6);
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(shown.at(i).definition.order(), i);
    QCOMPARE(shown.at(0).text, u"FIXED"_s);
    QCOMPARE(shown.at(1).definition.label(), u"Name"_s);
    QCOMPARE(shown.at(1).text, u"ana"_s);
    QCOMPARE(shown.at(2).text, u"a"_s);
    QCOMPARE(shown.at(3).definition.label(), u"Password"_s);
    QVERIFY(!shown.at(3).text.contains(u"hunter2"_s));
    QVERIFY(!shown.at(3).text.isEmpty());
    QCOMPARE(shown.at(3).value, QJsonValue(u"hunter2"_s)); // the raw value is still there to reveal
    QVERIFY2(shown.at(4).text.contains(u"notes.txt"_s) && shown.at(4).text.contains(u"5"_s),
             qPrintable(shown.at(4).text));
    QVERIFY(!shown.at(4).text.contains(u"aGVsbG8"_s));
    QCOMPARE(shown.at(5).text, u"[\"a\",\"b\"]"_s);

    // Fewer values than definitions (a list response, a build error): the rest are blank.
    const QList<JobArguments::DisplayedValue>
        partial = JobArguments::describe(echoArgs(), parseJson(R"(["ana"])").toArray());
    QCOMPARE(partial.size(), 3);
    QCOMPARE(partial.at(0).text, u"ana"_s);
    QCOMPARE(partial.at(1).text, QString());
    QVERIFY(partial.at(2).value.isNull());
    QVERIFY(JobArguments::describe({}, values).isEmpty());

    // A file name is shown as it is, placeholders and all.
    const QList<JobArguments::DisplayedValue> odd = JobArguments::describe(
        {upload},
        parseJson(R"([null,null,null,null,"data:text/plain;name=100%252%25.txt;base64,aGk="])")
            .toArray());
    QVERIFY2(odd.first().text.startsWith(u"100%2%.txt ("_s), qPrintable(odd.first().text));
}

void tst_JobArguments::valuesByOrder_data()
{
    QTest::addColumn<QList<TaskArgument>>("definitions");
    QTest::addColumn<QJsonArray>("stored");
    QTest::addColumn<QString>("argumentsType");
    QTest::addColumn<Values>("expected");

    const QJsonArray echo = responseBody(u"07-job-get-finished"_s)
                                .toObject()
                                .value("task_arguments_values"_L1)
                                .toArray();
    QTest::newRow("07 finished job")
        << echoArgs() << echo << u"legacy"_s << Values{{1, u"ana"_s}, {2, u"a"_s}};
    QTest::newRow("fewer values than definitions")
        << echoArgs() << parseJson(R"(["FIXED","ana"])").toArray() << u"legacy"_s
        << Values{{1, u"ana"_s}};
    QTest::newRow("multiple selection stored as text")
        << definitions(
               R"([{"type":"select","multiple":true,"order":0},{"type":"input","order":1}])")
        << parseJson(R"(["[\"a\",\"b\"]","[\"not\",\"a list\"]"])").toArray() << u"legacy"_s
        << Values{{0, QJsonArray{u"a"_s, u"b"_s}}, {1, u"[\"not\",\"a list\"]"_s}};
    QTest::newRow("json mode stores JSON text") << definitions(
        R"([{"type":"input","order":0},{"type":"json","order":1},{"type":"input","order":2}])")
                                                << parseJson(R"(["\"ana\"","{\"k\":1}","null"])")
                                                       .toArray()
                                                << u"json"_s
                                                << Values{{0, u"ana"_s},
                                                          {1, QJsonObject{{"k"_L1, 1}}},
                                                          {2, QJsonValue::Null}};
}

void tst_JobArguments::valuesByOrder()
{
    QFETCH(QList<TaskArgument>, definitions);
    QFETCH(QJsonArray, stored);
    QFETCH(QString, argumentsType);
    QFETCH(Values, expected);
    const Values values = JobArguments::valuesByOrder(definitions, stored, argumentsType);
    QCOMPARE(values, expected);
    // Run again with the same arguments: the supervisor stores the same values.
    if (stored.size() < definitions.size())
        return;
    const QJsonArray payload = JobArguments::build(definitions, values);
    const auto again = JobArguments::resolve(definitions, payload, argumentsType);
    QVERIFY(again.ok());
    for (const TaskArgument &definition : definitions) {
        if (!definition.isFixed())
            QCOMPARE(again->at(definition.order()), stored.at(definition.order()));
    }
}

QTEST_GUILESS_MAIN(tst_JobArguments)
#include "tst_jobarguments.moc"
