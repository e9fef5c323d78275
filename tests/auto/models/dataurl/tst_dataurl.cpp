#include "models/dataurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;

class tst_DataUrl final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void toStringRoundTrip_data();
    void toStringRoundTrip();
    void decodedSizeMatchesDecoding_data();
    void decodedSizeMatchesDecoding();
    void scriptData_data();
    void scriptData();
};

void tst_DataUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("script") << u"data:text/plain;base64,aGVsbG8="_s << u"text/plain"_s << QString()
                            << QByteArray("hello");
    QTest::newRow("no mime type") << u"data:;base64,aGk="_s << u"text/plain"_s << QString()
                                  << QByteArray("hi");
    QTest::newRow("file with name")
        << u"data:image/png;name=a%20b.png;base64,AAEC"_s << u"image/png"_s << u"a b.png"_s
        << QByteArray("\x00\x01\x02", 3);
    QTest::newRow("case-insensitive")
        << u"DATA:text/x-sh;BASE64,eA=="_s << u"text/x-sh"_s << QString() << QByteArray("x");
    QTest::newRow("line breaks in base64") << u"data:text/plain;base64,aGVs\r\nbG8="_s
                                           << u"text/plain"_s << QString() << QByteArray("hello");
    QTest::newRow("percent-encoded")
        << u"data:,hello%20world"_s << u"text/plain"_s << QString() << QByteArray("hello world");
    QTest::newRow("empty file") << u"data:application/octet-stream;base64,"_s
                                << u"application/octet-stream"_s << QString() << QByteArray();
}

void tst_DataUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, mimeType);
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    const auto url = DataUrl::parse(text);
    QVERIFY(url.has_value());
    QCOMPARE(url->mimeType, mimeType);
    QCOMPARE(url->name, name);
    QCOMPARE(url->data, data);
}

void tst_DataUrl::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain text") << u"hello"_s;
    QTest::newRow("raw base64") << u"aGVsbG8="_s;
    QTest::newRow("no comma") << u"data:text/plain;base64"_s;
    QTest::newRow("bad base64 character") << u"data:text/plain;base64,a@b="_s;
    QTest::newRow("padding in the middle") << u"data:text/plain;base64,YW=j"_s;
    QTest::newRow("dangling character") << u"data:text/plain;base64,aGVsbG8gY"_s;
    QTest::newRow("not latin-1") << u"data:text/plain;base64,aGV€"_s;
}

void tst_DataUrl::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!DataUrl::parse(text).has_value());
}

void tst_DataUrl::toStringRoundTrip_data()
{
    QTest::addColumn<DataUrl>("url");
    QTest::newRow("script") << DataUrl{u"text/plain"_s,
                                       QString(),
                                       QByteArray("#!/bin/sh\necho hi\n")};
    QTest::newRow("named binary") << DataUrl{u"application/pdf"_s,
                                             u"informe final;v2.pdf"_s,
                                             QByteArray("\x00\xff\x10", 3)};
    QTest::newRow("empty") << DataUrl{u"text/plain"_s, QString(), QByteArray()};
}

void tst_DataUrl::toStringRoundTrip()
{
    QFETCH(DataUrl, url);
    const QString text = url.toString();
    QVERIFY(text.startsWith(u"data:" + url.mimeType));
    const auto parsed = DataUrl::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, url);
    QCOMPARE(DataUrl::decodedSize(text), std::optional<qsizetype>(url.data.size()));
}

void tst_DataUrl::decodedSizeMatchesDecoding_data()
{
    QTest::addColumn<int>("length");
    for (int length = 0; length <= 9; ++length)
        QTest::addRow("%d bytes", length) << length;
}

void tst_DataUrl::decodedSizeMatchesDecoding()
{
    QFETCH(int, length);
    const QByteArray data(length, 'x');
    const QString padded = u"data:text/plain;base64,"_s + QString::fromLatin1(data.toBase64());
    QCOMPARE(DataUrl::decodedSize(padded), std::optional<qsizetype>(length));
    const QString unpadded = u"data:text/plain;base64,"_s
                             + QString::fromLatin1(data.toBase64(QByteArray::OmitTrailingEquals));
    QCOMPARE(DataUrl::decodedSize(unpadded), std::optional<qsizetype>(length));
    QCOMPARE(DataUrl::parse(unpadded)->data, data);
    QCOMPARE(DataUrl::decodedSize(u"not a data url"), std::nullopt);
    QCOMPARE(DataUrl::decodedSize(u"data:text/plain,abc"), std::optional<qsizetype>(3));
}

void tst_DataUrl::scriptData_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("content");
    // Legacy recipes carry raw base64, current ones a data URL.
    QTest::newRow("raw base64") << u"IyEvYmluL3NoCg=="_s << true << QByteArray("#!/bin/sh\n");
    QTest::newRow("raw base64 with line breaks")
        << u"IyEvYmlu\nL3NoCg=="_s << true << QByteArray("#!/bin/sh\n");
    QTest::newRow("data url") << u"data:text/plain;base64,IyEvYmluL3NoCg=="_s << true
                              << QByteArray("#!/bin/sh\n");
    QTest::newRow("not base64") << u"#!/bin/sh"_s << false << QByteArray();
    QTest::newRow("bad data url") << u"data:text/plain;base64,!!"_s << false << QByteArray();
    QTest::newRow("truncated") << u"IyEvYmluL3NoC"_s << false << QByteArray();
}

void tst_DataUrl::scriptData()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, content);
    const auto decoded = decodeScriptData(text);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, content);
}

QTEST_GUILESS_MAIN(tst_DataUrl)
#include "tst_dataurl.moc"
