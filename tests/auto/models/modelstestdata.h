#pragma once

// Shared by the models tests: reading the wire captures of tests/data/real-supervisor and the
// recipes of tests/data/recipes. Header-only, included as "../modelstestdata.h".

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTest>

namespace TheEyeTest {

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(THEEYE_TESTDATA_DIR "/") + relative;
}

// Fails the calling test (QVERIFY inside a helper returns only from the helper) with a clear
// message when the file is missing, so callers check QTest::currentTestFailed().
inline QByteArray readTestFile(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read test data %1: %2")
                                    .arg(file.fileName(), file.errorString())),
                     __FILE__,
                     __LINE__);
        return {};
    }
    return file.readAll();
}

// One capture file: {"request":{method,path,headers,body},"response":{status,content_type,body}}.
inline QJsonObject capture(const QString &name)
{
    const QByteArray bytes = readTestFile(QStringLiteral("real-supervisor/") + name
                                          + QStringLiteral(".json"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!document.isObject()) {
        QTest::qFail(qPrintable(QStringLiteral("capture %1 is not a JSON object: %2")
                                    .arg(name, error.errorString())),
                     __FILE__,
                     __LINE__);
        return {};
    }
    return document.object();
}

inline QJsonValue responseBody(const QString &name)
{
    return capture(name)
        .value(QLatin1StringView("response"))
        .toObject()
        .value(QLatin1StringView("body"));
}

inline QJsonValue requestBody(const QString &name)
{
    return capture(name)
        .value(QLatin1StringView("request"))
        .toObject()
        .value(QLatin1StringView("body"));
}

// The task "Echo args" as GET /acme/task/:id returned it (02-task-get).
inline QJsonObject echoArgsTask()
{
    return responseBody(QStringLiteral("02-task-get")).toObject();
}

// The script file echo-args.sh as the supervisor stores it: the full file document that
// GET /job/:id embeds (07-job-get-finished).
inline QJsonObject echoArgsScript()
{
    return responseBody(QStringLiteral("07-job-get-finished"))
        .toObject()
        .value(QLatin1StringView("script"))
        .toObject();
}

// The content of echo-args.sh, from the data URL of the shallow export (03).
inline QByteArray echoArgsContent()
{
    const QString data = responseBody(QStringLiteral("03-task-serialize-shallow"))
                             .toObject()
                             .value(QLatin1StringView("script"))
                             .toObject()
                             .value(QLatin1StringView("data"))
                             .toString();
    const QString prefix = QStringLiteral("data:text/plain;base64,");
    if (!data.startsWith(prefix)) {
        QTest::qFail("03-task-serialize-shallow has no data URL", __FILE__, __LINE__);
        return {};
    }
    return QByteArray::fromBase64(data.sliced(prefix.size()).toLatin1());
}

// The members in which two objects differ, for failure messages (QCOMPARE truncates documents).
inline QString jsonDifference(const QJsonObject &actual, const QJsonObject &expected)
{
    QStringList differences;
    QStringList keys = actual.keys() + expected.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        if (actual.value(key) == expected.value(key))
            continue;
        const auto text = [](const QJsonValue &value) {
            if (value.isUndefined())
                return QStringLiteral("(missing)");
            return QString::fromUtf8(
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        };
        differences.append(QStringLiteral("%1: actual %2, expected %3")
                               .arg(key, text(actual.value(key)), text(expected.value(key))));
    }
    return differences.join(QLatin1Char('\n'));
}

#define THEEYE_COMPARE_JSON(actual, expected) \
    do { \
        const QJsonObject theeyeActual_ = (actual); \
        const QJsonObject theeyeExpected_ = (expected); \
        QVERIFY2(theeyeActual_ == theeyeExpected_, \
                 qPrintable(TheEyeTest::jsonDifference(theeyeActual_, theeyeExpected_))); \
    } while (false)

inline QJsonValue parseJson(const char *text)
{
    const QByteArray bytes(text);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    // Scalars, wrapped so QJsonDocument takes them.
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + bytes + "]");
    if (!wrapped.isArray() || wrapped.array().size() != 1) {
        QTest::qFail(qPrintable(QStringLiteral("test JSON does not parse: %1")
                                    .arg(QString::fromUtf8(bytes))),
                     __FILE__,
                     __LINE__);
        return {};
    }
    return wrapped.array().first();
}

} // namespace TheEyeTest
