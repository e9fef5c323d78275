#include "supervisor/http/bodyparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Http;
using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in the test: %s", text.constData());
    return document.array().first();
}

QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

Request requestWith(const QByteArray &contentType, const QByteArray &body)
{
    Request request;
    request.method = "POST";
    request.path = u"/acme/task"_s;
    if (!contentType.isEmpty())
        request.headers.append({"content-type", contentType});
    request.body = body;
    return request;
}

QByteArray multipart(const QByteArray &boundary, const QList<QByteArray> &parts)
{
    QByteArray body;
    for (const QByteArray &part : parts)
        body += "--" + boundary + "\r\n" + part + "\r\n";
    return body + "--" + boundary + "--\r\n";
}

} // namespace

class BodyParserTest final : public QObject
{
    Q_OBJECT

private slots:
    void queryString_data();
    void queryString();
    void queryStringCaps_data();
    void queryStringCaps();
    void queryStringHugeDepthStaysFlat();

    void body_data();
    void body();
    void malformedBody_data();
    void malformedBody();
    void multipartFile();
};

void BodyParserTest::queryString_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("expected");

    // Cases from qs's README, which restify's queryParser follows.
    QTest::newRow("plain") << "a=1"_ba
                           << R"({"a":"1"})"_ba;
    QTest::newRow("empty") << ""_ba
                           << "{}"_ba;
    QTest::newRow("two keys") << "a=1&b=2"_ba
                              << R"({"a":"1","b":"2"})"_ba;
    QTest::newRow("repeated key") << "a=1&a=2"_ba
                                  << R"({"a":["1","2"]})"_ba;
    QTest::newRow("repeated three times") << "a=1&a=2&a=3"_ba
                                          << R"({"a":["1","2","3"]})"_ba;
    QTest::newRow("empty brackets, one") << "x[]=1"_ba
                                         << R"({"x":["1"]})"_ba;
    QTest::newRow("empty brackets, two") << "x[]=1&x[]=2"_ba
                                         << R"({"x":["1","2"]})"_ba;
    QTest::newRow("brackets then plain") << "a[]=b&a=c"_ba
                                         << R"({"a":["b","c"]})"_ba;
    QTest::newRow("nested object") << "a[b]=c"_ba
                                   << R"({"a":{"b":"c"}})"_ba;
    QTest::newRow("nested twice") << "a[b][c]=d"_ba
                                  << R"({"a":{"b":{"c":"d"}}})"_ba;
    QTest::newRow("merged siblings") << "a[b]=1&a[c]=2"_ba
                                     << R"({"a":{"b":"1","c":"2"}})"_ba;
    QTest::newRow("index 0") << "a[0]=x"_ba
                             << R"({"a":["x"]})"_ba;
    QTest::newRow("sparse index compacted") << "a[1]=x"_ba
                                            << R"({"a":["x"]})"_ba;
    QTest::newRow("indices out of order") << "a[1]=c&a[0]=b"_ba
                                          << R"({"a":["b","c"]})"_ba;
    QTest::newRow("index at the array limit") << "a[20]=x"_ba
                                              << R"({"a":["x"]})"_ba;
    QTest::newRow("index past the array limit") << "a[21]=x"_ba
                                                << R"({"a":{"21":"x"}})"_ba;
    QTest::newRow("index with leading zero") << "a[01]=x"_ba
                                             << R"({"a":{"01":"x"}})"_ba;
    QTest::newRow("array and object mixed") << "a[0]=b&a[b]=c"_ba
                                            << R"({"a":{"0":"b","b":"c"}})"_ba;
    QTest::newRow("objects in an array") << "a[][b]=c"_ba
                                         << R"({"a":[{"b":"c"}]})"_ba;
    QTest::newRow("object then plain value") << "a[b]=c&a=d"_ba
                                             << R"({"a":{"b":"c","d":true}})"_ba;
    QTest::newRow("plus is a space") << "a=b+c"_ba
                                     << R"({"a":"b c"})"_ba;
    QTest::newRow("percent-encoded") << "a=%20b%2Bc%26"_ba
                                     << R"({"a":" b+c&"})"_ba;
    QTest::newRow("UTF-8") << "name=Jos%C3%A9"_ba
                           << R"({"name":"José"})"_ba;
    QTest::newRow("encoded brackets in the key") << "a%5Bb%5D=c"_ba
                                                 << R"({"a":{"b":"c"}})"_ba;
    QTest::newRow("equals inside the value") << "a=b=c"_ba
                                             << R"({"a":"b=c"})"_ba;
    QTest::newRow("bracket-equals splits after the bracket") << "a[=]=b"_ba
                                                             << R"({"a":{"=":"b"}})"_ba;
    QTest::newRow("key without value") << "a"_ba
                                       << R"({"a":""})"_ba;
    QTest::newRow("key with empty value") << "a="_ba
                                          << R"({"a":""})"_ba;
    QTest::newRow("empty keys dropped") << "=x&&b=1&"_ba
                                        << R"({"b":"1"})"_ba;
    QTest::newRow("stray percent kept") << "a=100%"_ba
                                        << R"({"a":"100%"})"_ba;
    QTest::newRow("truncated escape kept") << "a=%E0%A4%A"_ba
                                           << R"({"a":"%E0%A4%A"})"_ba;
    QTest::newRow("non-UTF-8 escape kept") << "a=%FF+x"_ba
                                           << R"({"a":"%FF x"})"_ba;
    QTest::newRow("unclosed bracket is literal") << "a[b=c"_ba
                                                 << R"({"a[b":"c"})"_ba;
    QTest::newRow("bare brackets") << "[]=x"_ba
                                   << R"({"0":"x"})"_ba;
    QTest::newRow("prototype key ignored") << "__proto__[x]=1&b=2"_ba
                                           << R"({"b":"2"})"_ba;
    QTest::newRow("depth 5, then a literal key")
        << "a[b][c][d][e][f][g][h][i]=j"_ba
        << R"({"a":{"b":{"c":{"d":{"e":{"f":{"[g][h][i]":"j"}}}}}}})"_ba;
}

void BodyParserTest::queryString()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, expected);
    QCOMPARE(compact(parseQueryString(raw)), compact(json(expected)));
}

void BodyParserTest::queryStringCaps_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("expectedSize");

    QByteArray manyKeys;
    for (int i = 0; i < 5000; ++i)
        manyKeys += "k" + QByteArray::number(i) + "=v&";
    QByteArray manyValues;
    for (int i = 0; i < 5000; ++i)
        manyValues += "a[]=" + QByteArray::number(i) + "&";
    QByteArray repeated;
    for (int i = 0; i < 5000; ++i)
        repeated += "a=" + QByteArray::number(i) + "&";

    // expectedSize -1: the number of keys of the top-level object.
    QTest::newRow("keys capped at 1000") << manyKeys << QString() << 1000;
    QTest::newRow("array pushes capped at 1000") << manyValues << u"a"_s << 1000;
    QTest::newRow("repeated key capped at 1000") << repeated << u"a"_s << 1000;
    QTest::newRow("huge index is an object key") << "a[999999999]=x"_ba << u"a"_s << 1;
}

void BodyParserTest::queryStringCaps()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, key);
    QFETCH(int, expectedSize);

    const QJsonObject parsed = parseQueryString(raw);
    if (key.isEmpty()) {
        QCOMPARE(parsed.size(), expectedSize);
        return;
    }
    const QJsonValue value = parsed.value(key);
    QCOMPARE(value.isArray() ? value.toArray().size() : value.toObject().size(), expectedSize);
}

void BodyParserTest::queryStringHugeDepthStaysFlat()
{
    QByteArray key = "a";
    for (int i = 0; i < 100000; ++i)
        key += "[b]";
    const QJsonObject parsed = parseQueryString(QByteArray(key + "=x"));

    int depth = 0;
    QJsonValue value = parsed;
    while (value.isObject()) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.size(), 1);
        value = object.begin().value();
        ++depth;
    }
    QCOMPARE(value.toString(), u"x"_s);
    QCOMPARE(depth, 7); // a, five levels of [b], then one literal key with the rest
}

void BodyParserTest::body_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("JSON object") << "application/json"_ba
                                 << R"({"name":"x","n":[1,2]})"_ba
                                 << R"({"name":"x","n":[1,2]})"_ba;
    QTest::newRow("JSON with charset") << "Application/JSON; charset=utf-8"_ba
                                       << R"({"a":1})"_ba
                                       << R"({"a":1})"_ba;
    QTest::newRow("JSON bare array") << "application/json"_ba
                                     << R"(["a",1,null])"_ba
                                     << R"(["a",1,null])"_ba;
    QTest::newRow("JSON bare string") << "application/json"_ba
                                      << R"("secret value")"_ba
                                      << R"("secret value")"_ba;
    QTest::newRow("JSON bare number") << "application/json"_ba
                                      << " 42 "_ba
                                      << "42"_ba;
    QTest::newRow("JSON bare true") << "application/json"_ba
                                    << "true"_ba
                                    << "true"_ba;
    QTest::newRow("JSON bare null") << "application/json"_ba
                                    << "null"_ba
                                    << "null"_ba;
    QTest::newRow("+json suffix") << "application/vnd.theeye+json"_ba
                                  << R"({"a":1})"_ba
                                  << R"({"a":1})"_ba;
    QTest::newRow("empty body") << "application/json"_ba
                                << ""_ba
                                << "null"_ba;
    QTest::newRow("whitespace body") << "application/json"_ba
                                     << " \r\n"_ba
                                     << "null"_ba;
    QTest::newRow("empty body, no type") << ""_ba
                                         << ""_ba
                                         << "null"_ba;
    QTest::newRow("form") << "application/x-www-form-urlencoded"_ba
                          << "a=1&b[c]=2&d[]=x"_ba
                          << R"({"a":"1","b":{"c":"2"},"d":["x"]})"_ba;
    QTest::newRow("form with charset")
        << "application/x-www-form-urlencoded; charset=UTF-8"_ba
        << "access_token=abc&task_arguments[]=one+two"_ba
        << R"({"access_token":"abc","task_arguments":["one two"]})"_ba;
    QTest::newRow("no type, JSON body") << ""_ba
                                        << R"({"a":1})"_ba
                                        << R"({"a":1})"_ba;
    QTest::newRow("text/plain, JSON body") << "text/plain"_ba
                                           << R"(["x"])"_ba
                                           << R"(["x"])"_ba;
    QTest::newRow("multipart text fields")
        << "multipart/form-data; boundary=XyZ"_ba
        << multipart("XyZ",
                     {"Content-Disposition: form-data; name=\"name\"\r\n\r\nhello world",
                      "Content-Disposition: form-data; name=\"tag\"\r\n\r\na",
                      "Content-Disposition: form-data; name=\"tag\"\r\n\r\nb",
                      "content-disposition: FORM-DATA; name=empty\r\n\r\n"})
        << R"({"name":"hello world","tag":["a","b"],"empty":""})"_ba;
    QTest::newRow("multipart quoted boundary, preamble, epilogue")
        << R"(multipart/form-data; boundary="a b:c")"_ba
        << "preamble\r\n"
               + multipart("a b:c", {"Content-Disposition: form-data; name=\"x\"\r\n\r\n1"})
               + "epilogue"
        << R"({"x":"1"})"_ba;
    QTest::newRow("multipart field named filename is text")
        << "multipart/form-data; boundary=b"_ba
        << multipart("b", {"Content-Disposition: form-data; name=\"filename\"\r\n\r\nx.sh"})
        << R"({"filename":"x.sh"})"_ba;
}

void BodyParserTest::body()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);

    const Result<QJsonValue> parsed = parseBody(requestWith(contentType, body));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(compact(parsed.value()), compact(json(expected)));
}

void BodyParserTest::malformedBody_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedMessage"); // a fragment the message must contain

    QByteArray tooManyFields;
    for (int i = 0; i < 1001; ++i)
        tooManyFields += "f" + QByteArray::number(i) + "=1&";
    QByteArray tooManyParts;
    for (int i = 0; i < 1001; ++i)
        tooManyParts += "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n";
    tooManyParts += "--b--";

    QTest::newRow("JSON cut short") << "application/json"_ba
                                    << R"({"a":)"_ba << u"Malformed JSON body"_s;
    QTest::newRow("JSON trailing comma") << "application/json"_ba
                                         << "[1,]"_ba << u"missing after a comma"_s;
    QTest::newRow("JSON garbage after object") << "application/json"_ba
                                               << R"({"a":1} x)"_ba << u"Malformed JSON body"_s;
    QTest::newRow("JSON two bare values") << "application/json"_ba
                                          << "1,2"_ba << u"more than one value"_s;
    QTest::newRow("JSON bare word") << "application/json"_ba
                                    << "hello"_ba << u"at offset 0"_s;
    QTest::newRow("JSON unterminated string") << "application/json"_ba
                                              << R"("abc)"_ba << u"Malformed JSON body"_s;
    QTest::newRow("JSON bracket smuggling") << "application/json"_ba
                                            << "1],[2"_ba << u"Malformed JSON body"_s;
    QTest::newRow("JSON not UTF-8") << "application/json"_ba
                                    << "[\"\xff\"]"_ba << u"Malformed JSON body"_s;
    QTest::newRow("text/plain, not JSON") << "text/plain"_ba
                                          << "hello"_ba << u"text/plain"_s;
    QTest::newRow("no type, not JSON") << ""_ba
                                       << "a=1"_ba << u"no Content-Type"_s;
    QTest::newRow("form not UTF-8") << "application/x-www-form-urlencoded"_ba
                                    << "a=\xff\xfe"_ba << u"not UTF-8"_s;
    QTest::newRow("form with too many fields")
        << "application/x-www-form-urlencoded"_ba << tooManyFields << u"more than 1000 fields"_s;
    QTest::newRow("multipart without boundary") << "multipart/form-data"_ba
                                                << "x"_ba << u"no boundary"_s;
    QTest::newRow("multipart boundary never occurs") << "multipart/form-data; boundary=b"_ba
                                                     << "hello"_ba << u"never occurs"_s;
    QTest::newRow("multipart without closing boundary")
        << "multipart/form-data; boundary=b"_ba
        << "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nvalue"_ba
        << u"closing boundary"_s;
    QTest::newRow("multipart part without name")
        << "multipart/form-data; boundary=b"_ba
        << multipart("b", {"Content-Disposition: form-data\r\n\r\nvalue"}) << u"no field name"_s;
    QTest::newRow("multipart part not form-data")
        << "multipart/form-data; boundary=b"_ba
        << multipart("b", {"Content-Type: text/plain\r\n\r\nvalue"}) << u"form-data"_s;
    QTest::newRow("multipart headers never end")
        << "multipart/form-data; boundary=b"_ba
        << multipart("b", {"Content-Disposition: form-data; name=\"x\""}) << u"do not end"_s;
    QTest::newRow("multipart text not UTF-8")
        << "multipart/form-data; boundary=b"_ba
        << multipart("b", {"Content-Disposition: form-data; name=\"x\"\r\n\r\n\xff"})
        << u"\"x\" is not valid UTF-8"_s;
    QTest::newRow("multipart too many parts")
        << "multipart/form-data; boundary=b"_ba << tooManyParts << u"more than 1000 parts"_s;
}

void BodyParserTest::malformedBody()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedMessage);

    const Result<QJsonValue> parsed = parseBody(requestWith(contentType, body));
    QVERIFY2(!parsed.ok(), parsed.ok() ? compact(parsed.value()).constData() : "");
    QVERIFY2(parsed.error().contains(expectedMessage), qPrintable(parsed.error()));
}

void BodyParserTest::multipartFile()
{
    // What `curl -F task=x -F file=@script.sh` sends, with bytes that look like a boundary line.
    QByteArray script = "#!/bin/sh\r\necho \"--XyZ not the end\"\r\n\x00\xff\xfe binary\n"_ba;
    const QByteArray body = multipart(
        "XyZ",
        {"Content-Disposition: form-data; name=\"task\"\r\n\r\nx",
         "Content-Disposition: form-data; name=\"file\"; filename=\"script.sh\"\r\n"
         "Content-Type: application/x-sh\r\n\r\n"
             + script,
         "Content-Disposition: form-data; name=\"other\"; filename=\"a\\\"b.txt\"; "
         "filename*=UTF-8''na%C3%AFve.txt\r\n\r\n"});

    const Result<QJsonValue> parsed = parseBody(
        requestWith("multipart/form-data; boundary=XyZ", body));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    const QJsonObject fields = parsed->toObject();
    QCOMPARE(fields.value("task"_L1).toString(), u"x"_s);

    const QJsonObject file = fields.value("file"_L1).toObject();
    QCOMPARE(file.value("filename"_L1).toString(), u"script.sh"_s);
    QCOMPARE(file.value("contentType"_L1).toString(), u"application/x-sh"_s);
    QCOMPARE(QByteArray::fromBase64(file.value("data"_L1).toString().toLatin1()), script);

    const QJsonObject other = fields.value("other"_L1).toObject();
    QCOMPARE(other.value("filename"_L1).toString(), u"naïve.txt"_s);
    QCOMPARE(other.value("contentType"_L1).toString(), u"application/octet-stream"_s);
    QCOMPARE(other.value("data"_L1).toString(), QString());
}

QTEST_GUILESS_MAIN(BodyParserTest)
#include "tst_bodyparser.moc"
