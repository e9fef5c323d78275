#include "models/jsonutil.h"

#include "../modelstestdata.h"

#include <QTest>

// No raw string literal here may end in a double quote: moc 6.4 then emits nothing.
using namespace Qt::StringLiterals;
using namespace TheEye;
using TheEyeTest::parseJson;

class tst_JsonUtil final : public QObject
{
    Q_OBJECT

private slots:
    void stringReadsOnlyStrings_data();
    void stringReadsOnlyStrings();
    void booleanReadsOnlyBooleans_data();
    void booleanReadsOnlyBooleans();
    void optionalInteger_data();
    void optionalInteger();
    void stringListKeepsEveryItemButNull();
    void referenceId_data();
    void referenceId();
    void dates_data();
    void dates();
    void isoDateRoundTrip();
    void toText_data();
    void toText();
    void parseAcceptsEveryDocument_data();
    void parseAcceptsEveryDocument();
    void parseRejectsMalformed_data();
    void parseRejectsMalformed();
};

void tst_JsonUtil::stringReadsOnlyStrings_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QByteArray(R"({"k":"v"})") << u"v"_s;
    QTest::newRow("empty string") << QByteArray(R"({"k":""})") << QString();
    QTest::newRow("missing") << QByteArray(R"({})") << u"fallback"_s;
    QTest::newRow("null") << QByteArray(R"({"k":null})") << u"fallback"_s;
    QTest::newRow("number") << QByteArray(R"({"k":5})") << u"fallback"_s;
    QTest::newRow("object") << QByteArray(R"({"k":{"a":1}})") << u"fallback"_s;
}

void tst_JsonUtil::stringReadsOnlyStrings()
{
    QFETCH(QByteArray, object);
    QFETCH(QString, expected);
    const QJsonObject json = QJsonDocument::fromJson(object).object();
    QCOMPARE(Json::string(json, "k"_L1, u"fallback"_s), expected);
}

void tst_JsonUtil::booleanReadsOnlyBooleans_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<bool>("expected");
    QTest::newRow("true") << QByteArray(R"({"k":true})") << false << true;
    QTest::newRow("false") << QByteArray(R"({"k":false})") << true << false;
    QTest::newRow("missing") << QByteArray(R"({})") << true << true;
    QTest::newRow("string false is not false") << QByteArray(R"({"k":"false"})") << true << true;
    QTest::newRow("zero is not false") << QByteArray(R"({"k":0})") << true << true;
}

void tst_JsonUtil::booleanReadsOnlyBooleans()
{
    QFETCH(QByteArray, object);
    QFETCH(bool, fallback);
    QFETCH(bool, expected);
    QCOMPARE(Json::boolean(QJsonDocument::fromJson(object).object(), "k"_L1, fallback), expected);
}

void tst_JsonUtil::optionalInteger_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("integer") << QByteArray(R"({"k":600000})") << true << qint64(600000);
    QTest::newRow("negative") << QByteArray(R"({"k":-5})") << true << qint64(-5);
    QTest::newRow("fraction truncates") << QByteArray(R"({"k":1.9})") << true << qint64(1);
    QTest::newRow("numeric string (form bodies)")
        << QByteArray(R"({"k":" 42 "})") << true << qint64(42);
    QTest::newRow("text") << QByteArray(R"({"k":"soon"})") << false << qint64(0);
    QTest::newRow("too large to be exact") << QByteArray(R"({"k":1e300})") << false << qint64(0);
    QTest::newRow("bool") << QByteArray(R"({"k":true})") << false << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"k":null})") << false << qint64(0);
    QTest::newRow("missing") << QByteArray(R"({})") << false << qint64(0);
}

void tst_JsonUtil::optionalInteger()
{
    QFETCH(QByteArray, object);
    QFETCH(bool, present);
    QFETCH(qint64, expected);
    const QJsonObject json = QJsonDocument::fromJson(object).object();
    const auto value = Json::optionalInteger(json, "k"_L1);
    QCOMPARE(value.has_value(), present);
    if (present)
        QCOMPARE(*value, expected);
    QCOMPARE(Json::integer(json, "k"_L1, 77), present ? expected : 77);
}

void tst_JsonUtil::stringListKeepsEveryItemButNull()
{
    const QJsonValue list = parseJson(R"(["a", 1, true, null, {"x":1}, [2]])");
    QCOMPARE(Json::stringList(list),
             (QStringList{u"a"_s, u"1"_s, u"true"_s, u"{\"x\":1}"_s, u"[2]"_s}));
    QCOMPARE(Json::stringList(parseJson("\"not a list\"")), QStringList());
    QCOMPARE(Json::toArray({u"a"_s, u"b"_s}), parseJson(R"(["a","b"])").toArray());
}

void tst_JsonUtil::referenceId_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id string") << QByteArray("\"5b0000000000000000000001\"")
                               << u"5b0000000000000000000001"_s;
    QTest::newRow("populated host") << QByteArray(
        R"({"_id":"5b0000000000000000000001","hostname":"desk-bot","id":"5b0000000000000000000001"})")
                                    << u"5b0000000000000000000001"_s;
    QTest::newRow("only _id") << QByteArray(R"({"_id":"abc"})") << u"abc"_s;
    QTest::newRow("id wins over _id") << QByteArray(R"({"_id":"abc","id":"def"})") << u"def"_s;
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("number") << QByteArray("5") << QString();
    QTest::newRow("object without id") << QByteArray(R"({"hostname":"x"})") << QString();
}

void tst_JsonUtil::referenceId()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QCOMPARE(Json::referenceId(parseJson(value.constData())), expected);
}

void tst_JsonUtil::dates_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime captured(QDate(2026, 11, 28), QTime(15, 46, 7, 247), Qt::UTC);
    QTest::newRow("mongo style") << QByteArray(R"({"d":"2026-11-28T15:46:07.247Z"})") << captured;
    QTest::newRow("offset") << QByteArray(R"({"d":"2026-11-28T16:46:07.247+01:00"})") << captured;
    QTest::newRow("epoch milliseconds") << QByteArray(R"({"d":1795880767247})") << captured;
    QTest::newRow("no milliseconds")
        << QByteArray(R"({"d":"2026-11-28T15:46:07Z"})") << captured.addMSecs(-247);
    QTest::newRow("end of year") << QByteArray(R"({"d":"2026-12-31T23:59:59.999Z"})")
                                 << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("leap day") << QByteArray(R"({"d":"2028-02-29T00:00:00.000Z"})")
                              << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("no such day") << QByteArray(R"({"d":"2026-02-30T10:00:00.000Z"})")
                                 << QDateTime();
    QTest::newRow("no such hour") << QByteArray(R"({"d":"2026-11-28T25:00:00.000Z"})")
                                  << QDateTime();
    QTest::newRow("letter in a digit")
        << QByteArray(R"({"d":"2026-11-2xT15:46:07.247Z"})") << QDateTime();
    QTest::newRow("sign in a digit")
        << QByteArray(R"({"d":"2026-11-28T15:-6:07.247Z"})") << QDateTime();
    QTest::newRow("garbage") << QByteArray(R"({"d":"yesterday"})") << QDateTime();
    QTest::newRow("missing") << QByteArray(R"({})") << QDateTime();
}

void tst_JsonUtil::dates()
{
    QFETCH(QByteArray, object);
    QFETCH(QDateTime, expected);
    const QDateTime date = Json::date(QJsonDocument::fromJson(object).object(), "d"_L1);
    QCOMPARE(date.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(date.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QVERIFY(date.timeSpec() != Qt::LocalTime); // never shifted into the local zone
    }
}

void tst_JsonUtil::isoDateRoundTrip()
{
    const QString text = u"2026-11-28T15:46:07.247Z"_s;
    const QJsonObject object{{"d"_L1, text}};
    QCOMPARE(Json::isoDate(Json::date(object, "d"_L1)), text);
    // Local times are written in UTC, as the supervisor writes them.
    const QDateTime local = QDateTime(QDate(2026, 11, 28),
                                      QTime(16, 46, 7, 247),
                                      Qt::OffsetFromUTC,
                                      3600);
    QCOMPARE(Json::isoDate(local), text);
    QCOMPARE(Json::isoDate(QDateTime()), QString());
}

void tst_JsonUtil::toText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string as is") << QByteArray("\"a \\\"b\\\"\"") << u"a \"b\""_s;
    QTest::newRow("null") << QByteArray("null") << u"null"_s;
    QTest::newRow("true") << QByteArray("true") << u"true"_s;
    QTest::newRow("false") << QByteArray("false") << u"false"_s;
    QTest::newRow("integer") << QByteArray("42") << u"42"_s;
    QTest::newRow("fraction") << QByteArray("1.5") << u"1.5"_s;
    QTest::newRow("object compact") << QByteArray(R"({ "a" : 1 })") << u"{\"a\":1}"_s;
    QTest::newRow("array compact") << QByteArray(R"([ 1, "x" ])") << u"[1,\"x\"]"_s;
}

void tst_JsonUtil::toText()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QCOMPARE(Json::toText(parseJson(value.constData())), expected);
    QCOMPARE(Json::toText(QJsonValue(QJsonValue::Undefined)), u"null"_s);
}

void tst_JsonUtil::parseAcceptsEveryDocument_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("object") << QByteArray(R"({"a":[1,2]})") << parseJson(R"({"a":[1,2]})");
    QTest::newRow("array") << QByteArray("[1,2]") << parseJson("[1,2]");
    QTest::newRow("surrounding space") << QByteArray(" \n {\"a\":1} \n") << parseJson(R"({"a":1})");
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"a\":1}") << parseJson(R"({"a":1})");
    // The supervisor's error bodies: res.send(code, "string") is a bare JSON string.
    QTest::newRow("bare string") << QByteArray("\"Unauthorized\"") << QJsonValue(u"Unauthorized"_s);
    QTest::newRow("number") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
}

void tst_JsonUtil::parseAcceptsEveryDocument()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QJsonValue, expected);
    const auto parsed = Json::parse(bytes);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(*parsed, expected);
    // And back: compact() writes what parse() reads.
    const auto again = Json::parse(Json::compact(*parsed));
    QVERIFY(again.ok());
    QCOMPARE(*again, expected);
}

void tst_JsonUtil::parseRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("blank") << QByteArray(" \n\t ") << u"empty"_s;
    QTest::newRow("word") << QByteArray("Unauthorized") << u"not valid JSON"_s;
    QTest::newRow("unterminated object") << QByteArray(R"({"a":)") << u"not valid JSON"_s;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << u"not valid JSON"_s;
    QTest::newRow("two values") << QByteArray("1,2") << u"not valid JSON"_s;
    QTest::newRow("two strings") << QByteArray("\"a\" \"b\"") << u"not valid JSON"_s;
    QTest::newRow("garbage after object") << QByteArray(R"({"a":1} x)") << u"not valid JSON"_s;
    QTest::newRow("array closed early") << QByteArray("1],[2") << u"not valid JSON"_s;
    QTest::newRow("html error page")
        << QByteArray("<html><body>502</body></html>") << u"not valid JSON"_s;
}

void tst_JsonUtil::parseRejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const auto parsed = Json::parse(bytes);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(messagePart), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(tst_JsonUtil)
#include "tst_jsonutil.moc"
