#include "models/bytesearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <string_view>

using namespace TheEye;

class tst_ByteSearch final : public QObject
{
    Q_OBJECT

private slots:
    void contains_data();
    void contains();
    void agreesWithStringViewFind();
    void neverReadsPastTheHaystack();
};

void tst_ByteSearch::contains_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("expected");

    const QByteArray text = "backup the payments db of the eu-west-1 region; owned by ops";
    QTest::newRow("empty needle") << text << QByteArray() << true;
    QTest::newRow("empty haystack") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("one byte, present") << text << QByteArray(";") << true;
    QTest::newRow("one byte, absent") << text << QByteArray("z") << false;
    QTest::newRow("two bytes at the start") << text << QByteArray("ba") << true;
    QTest::newRow("two bytes at the very end") << text << QByteArray("ps") << true;
    QTest::newRow("first and last agree, middle differs")
        << text << QByteArray("pxyments") << false;
    QTest::newRow("in the scalar tail") << text << QByteArray("by ops") << true;
    QTest::newRow("in the first block") << text << QByteArray("backup") << true;
    QTest::newRow("across two blocks") << text << QByteArray("payments db") << true;
    QTest::newRow("longer than the haystack") << QByteArray("eu") << QByteArray("eu-west") << false;
    QTest::newRow("the whole haystack") << text << text << true;
    QTest::newRow("UTF-8") << QByteArray("copia de seguridad diaria · año 2026")
                           << QByteArray("año") << true;
    QTest::newRow("a lead byte alone does not match a whole character")
        << QByteArray("ano") << QByteArray("a\xc3") << false;
    QTest::newRow("zero bytes are data")
        << QByteArray("a\0b\0c", 5) << QByteArray("\0c", 2) << true;
    QTest::newRow("high bytes") << QByteArray(40, '\xff') + "x" << QByteArray("\xff\xffx") << true;
}

void tst_ByteSearch::contains()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QFETCH(bool, expected);
    QCOMPARE(containsBytes(haystack, needle), expected);
}

void tst_ByteSearch::agreesWithStringViewFind()
{
    // A small alphabet makes partial matches (first and last byte agree, middle not) common.
    QRandomGenerator random(20261129);
    const auto randomText = [&random](int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = static_cast<char>('a' + random.bounded(3));
        return bytes;
    };
    for (int round = 0; round < 20000; ++round) {
        const QByteArray haystack = randomText(random.bounded(0, 80));
        const QByteArray needle = randomText(random.bounded(1, 7));
        const size_t first = std::string_view(haystack.data(), size_t(haystack.size()))
                                 .find(std::string_view(needle.data(), size_t(needle.size())));
        const bool expected = first != std::string_view::npos;
        // The first occurrence, as the task filter's scan over many rows steps from hit to hit.
        const qsizetype at = expected ? qsizetype(first) : -1;
        if (indexOfBytes(haystack, needle) != at)
            QFAIL(qPrintable(QStringLiteral("\"%1\" in \"%2\": expected at %3, found at %4")
                                 .arg(QString::fromLatin1(needle), QString::fromLatin1(haystack))
                                 .arg(at)
                                 .arg(indexOfBytes(haystack, needle))));
        if (containsBytes(haystack, needle) != expected)
            QFAIL(qPrintable(
                QStringLiteral("\"%1\" in \"%2\": expected %3")
                    .arg(QString::fromLatin1(needle),
                         QString::fromLatin1(haystack),
                         expected ? QStringLiteral("found") : QStringLiteral("absent"))));
    }
}

void tst_ByteSearch::neverReadsPastTheHaystack()
{
    // A view into the middle of a buffer whose following bytes would match: a read past the
    // view's end (caught by ASan on its own allocation, by this test on a shared one) finds it.
    const QByteArray buffer = QByteArray(37, 'x') + "needle";
    for (qsizetype size = 0; size <= 37; ++size) {
        const QByteArrayView view(buffer.constData(), size);
        QVERIFY2(!containsBytes(view, "needle"), qPrintable(QString::number(size)));
        QVERIFY(!containsBytes(view, "xn"));
    }
    for (qsizetype size = 1; size <= 40; ++size) {
        const QByteArray exact(buffer.constData() + buffer.size() - 6, 6);
        QByteArray heap(size, 'x');
        heap.append(exact);
        QVERIFY(containsBytes(heap, "needle"));
    }
}

QTEST_APPLESS_MAIN(tst_ByteSearch)
#include "tst_bytesearch.moc"
