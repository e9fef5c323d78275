#include "ui/ansitext.h"
#include "ui/logbuffer.h"

#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

class TestLogBuffer final : public QObject
{
    Q_OBJECT

private slots:
    void splitsLines_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QList<QByteArray>{} << QStringList{};
        QTest::newRow("one open line") << QList<QByteArray>{"abc"} << QStringList{u"abc"_s};
        QTest::newRow("terminated") << QList<QByteArray>{"a\nb\n"} << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("crlf") << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("split across chunks")
            << QList<QByteArray>{"hel", "lo\nwor", "ld"} << QStringList{u"hello"_s, u"world"_s};
        QTest::newRow("newline alone")
            << QList<QByteArray>{"a", "\n", "\n", "b"} << QStringList{u"a"_s, QString(), u"b"_s};
        QTest::newRow("utf-8 split in a multibyte char")
            << QList<QByteArray>{"ni\xc3", "\xb1o\n"} << QStringList{u"niño"_s};
    }

    void splitsLines()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, lines);
        LogBuffer buffer;
        for (const QByteArray &chunk : chunks)
            buffer.append(chunk);
        QCOMPARE(buffer.lineCount(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(buffer.plainLine(i), lines.at(i));
        QCOMPARE(buffer.line(lines.size()), QByteArrayView());
    }

    void decodesForDisplay_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("plain");
        QTest::newRow("colour codes")
            << QByteArray("\x1b[31mred\x1b[0m and \x1b[1;32mgreen\x1b[m") << u"red and green"_s;
        QTest::newRow("progress bar") << QByteArray("10%\r50%\r100% done") << u"100% done"_s;
        QTest::newRow("tabs") << QByteArray("a\tb\tc") << u"a       b       c"_s;
        QTest::newRow("osc title") << QByteArray("\x1b]0;title\x07text") << u"text"_s;
        QTest::newRow("cursor movement") << QByteArray("x\x1b[2Ky") << u"xy"_s;
    }

    void decodesForDisplay()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, plain);
        LogBuffer buffer;
        buffer.append(raw);
        QCOMPARE(buffer.plainLine(0), plain);
    }

    void parsesAnsiSpans()
    {
        const QList<AnsiSpan>
            spans = parseAnsi(u"plain \x1b[1;31mbold red\x1b[0m \x1b[38;5;21mblue\x1b[39m"_s,
                              false);
        QCOMPARE(spans.size(), 4);
        QCOMPARE(spans.at(0).text, u"plain "_s);
        QVERIFY(!spans.at(0).foreground.isValid());
        QCOMPARE(spans.at(1).text, u"bold red"_s);
        QVERIFY(spans.at(1).bold);
        QVERIFY(spans.at(1).foreground.red() > 150);
        QCOMPARE(spans.at(3).text, u"blue"_s);
        QVERIFY(spans.at(3).foreground.blue() > 200);
        QCOMPARE(parseAnsi(u"\x1b[38;2;1;2;3mx"_s, true).first().foreground, QColor(1, 2, 3));
        QCOMPARE(parseAnsi(u"cut \x1b[3"_s, true).first().text, u"cut "_s);
    }

    void findsForwardAndBackwardWithWrapAround()
    {
        LogBuffer buffer;
        buffer.append("alpha\nError one\nbeta\nerror two\ngamma");
        auto hit = buffer.find("ERROR", -1, true);
        QVERIFY(hit);
        QCOMPARE(hit->line, 1);
        QCOMPARE(hit->offset, 0);
        hit = buffer.find("error", hit->line, true);
        QCOMPARE(hit->line, 3);
        hit = buffer.find("error", hit->line, true); // wraps to the top
        QCOMPARE(hit->line, 1);
        hit = buffer.find("error", 1, false); // wraps to the bottom
        QCOMPARE(hit->line, 3);
        hit = buffer.find("error", 3, false);
        QCOMPARE(hit->line, 1);
        hit = buffer.find("amm", buffer.lineCount(), false);
        QCOMPARE(hit->line, 4);
        QCOMPARE(hit->offset, 1);
        QVERIFY(!buffer.find("missing", 0, true));
        QCOMPARE(buffer.countMatches("error", 100), 2);
        QCOMPARE(buffer.countMatches("a", 100), 3); // alpha, beta, gamma: lines, not hits
        QCOMPARE(buffer.countMatches("a", 2), 2);
    }

    void holdsAMillionLinesWithoutPerLineObjects()
    {
        LogBuffer buffer;
        QByteArray batch;
        for (int i = 0; i < 1000; ++i)
            batch += "line " + QByteArray::number(i) + " of a long running job that prints a lot\n";
        for (int i = 0; i < 1000; ++i)
            buffer.append(batch);
        QCOMPARE(buffer.lineCount(), 1000000);
        QCOMPARE(buffer.plainLine(999999), u"line 999 of a long running job that prints a lot"_s);
        // The index costs one offset per line; the text is stored once.
        QCOMPARE(buffer.byteSize(), batch.size() * 1000);
        QVERIFY(buffer.find("line 500 of", 500000, true));
    }

    void cutsLinesLongerThanTheLimit_data()
    {
        constexpr qsizetype max = LogBuffer::MaxLineBytes;
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::addColumn<QList<qsizetype>>("lineBytes");
        QTest::addColumn<QList<bool>>("continues");
        const QByteArray longLine(max * 2 + 100, 'x');
        QTest::newRow("one line of 2.x limits, at once")
            << longLine << qsizetype(0) << QList<qsizetype>{max, max, 100}
            << QList<bool>{false, true, true};
        QTest::newRow("the same streamed in 1000-byte chunks")
            << longLine << qsizetype(1000) << QList<qsizetype>{max, max, 100}
            << QList<bool>{false, true, true};
        QTest::newRow("exactly the limit is not cut")
            << QByteArray(max, 'x') + "\nnext\n"
            << qsizetype(0) << QList<qsizetype>{max, 4} << QList<bool>{false, false};
        QTest::newRow("a newline after the cut starts a real line")
            << QByteArray(max + 5, 'x') + "\nnext" << qsizetype(7) << QList<qsizetype>{max, 5, 4}
            << QList<bool>{false, true, false};
        // "ñ" is two bytes; one byte short of the limit, the cut would fall inside it.
        QTest::newRow("never inside a UTF-8 sequence")
            << QByteArray(max - 1, 'x') + QByteArray("\xc3\xb1") + "tail" << qsizetype(0)
            << QList<qsizetype>{max - 1, 6} << QList<bool>{false, true};
    }

    void cutsLinesLongerThanTheLimit()
    {
        QFETCH(QByteArray, output);
        QFETCH(qsizetype, chunkSize);
        QFETCH(QList<qsizetype>, lineBytes);
        QFETCH(QList<bool>, continues);
        LogBuffer buffer;
        if (chunkSize == 0)
            buffer.append(output);
        for (qsizetype at = 0; chunkSize > 0 && at < output.size(); at += chunkSize)
            buffer.append(
                QByteArrayView(output).sliced(at, std::min(chunkSize, output.size() - at)));
        QCOMPARE(buffer.lineCount(), lineBytes.size());
        for (qsizetype i = 0; i < lineBytes.size(); ++i) {
            QCOMPARE(buffer.line(i).size(), lineBytes.at(i));
            QCOMPARE(buffer.continuesPreviousLine(i), continues.at(i));
            QVERIFY(!buffer.plainLine(i).contains(QChar::ReplacementCharacter));
        }
        QVERIFY(buffer.longestLine() <= LogBuffer::MaxLineBytes);
        // What is saved is what the job wrote, not the display cut.
        QCOMPARE(buffer.plainText(), QString::fromUtf8(output));
        QCOMPARE(buffer.bytes(), output);
    }

    void plainTextDropsEscapes()
    {
        LogBuffer buffer;
        buffer.append("\x1b[32mok\x1b[0m\nsecond\n");
        QCOMPARE(buffer.plainText(), u"ok\nsecond\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
