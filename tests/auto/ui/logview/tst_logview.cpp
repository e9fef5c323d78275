#include "ui/logview.h"

#include "ui/logbuffer.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

QByteArray lines(int from, int count)
{
    QByteArray bytes;
    for (int i = from; i < from + count; ++i)
        bytes += "output line " + QByteArray::number(i) + '\n';
    return bytes;
}

} // namespace

class TestLogView final : public QObject
{
    Q_OBJECT

private slots:
    void followsTheTailWhileOutputStreams()
    {
        LogView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.followTail());
        view.appendBytes(lines(0, 1000));
        // Appends are coalesced: the scroll position follows on the next frame.
        QTRY_COMPARE(view.topLine() + view.visibleLineCapacity(), 1000);
        view.appendBytes(lines(1000, 500));
        QTRY_COMPARE(view.topLine() + view.visibleLineCapacity(), 1500);
    }

    void scrollingUpStopsFollowingAndEndResumes()
    {
        LogView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBytes(lines(0, 500));
        QSignalSpy follow(&view, &LogView::followTailChanged);
        view.verticalScrollBar()->setValue(10);
        QCOMPARE(follow.count(), 1);
        QVERIFY(!view.followTail());
        view.appendBytes(lines(500, 100));
        QTest::qWait(50); // two frames: the coalesced update must not move the view
        QCOMPARE(view.topLine(), 10);
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY(view.followTail());
        QCOMPARE(view.topLine() + view.visibleLineCapacity(), 600);
    }

    void staysUsableWithAMillionLines()
    {
        LogView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QByteArray batch = lines(0, 10000);
        for (int i = 0; i < 100; ++i)
            view.appendBytes(batch); // batches, as the job stream delivers them
        QTRY_COMPARE(view.buffer().lineCount(), 1000000);
        QTRY_COMPARE(view.topLine() + view.visibleLineCapacity(), 1000000);
        // Paint at the top, the middle and the end without decoding the rest.
        view.verticalScrollBar()->setValue(0);
        view.repaint();
        view.verticalScrollBar()->setValue(500000);
        view.repaint();
        QVERIFY(view.findNext(u"output line 9999"_s));
        QVERIFY(view.currentMatchLine() >= 0);
        QVERIFY(view.topLine() <= view.currentMatchLine());
        QVERIFY(view.currentMatchLine() < view.topLine() + view.visibleLineCapacity());
        view.setWordWrap(true);
        view.repaint();
        QVERIFY(view.wordWrap());
    }

    void searchesAndHighlights()
    {
        LogView view;
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBytes(QByteArray("start\nneedle one\n" + lines(0, 200) + "needle two\nend\n"));
        view.verticalScrollBar()->setValue(0);
        QVERIFY(view.findNext(u"NEEDLE"_s));
        QCOMPARE(view.currentMatchLine(), 1);
        QVERIFY(view.findNext(u"needle"_s));
        QCOMPARE(view.currentMatchLine(), 202);
        QVERIFY(!view.followTail());
        QVERIFY(view.findPrevious(u"needle"_s));
        QCOMPARE(view.currentMatchLine(), 1);
        QVERIFY(!view.findNext(u"absent"_s));
    }

    void aLineOfMegabytesIsShownInPiecesAndCopiedWhole()
    {
        // A job that prints 8 MiB without a newline, streamed as the live log delivers it.
        QByteArray output;
        for (int i = 0; output.size() < 8 * 1024 * 1024; ++i)
            output += "chunk " + QByteArray::number(i) + ' ';
        LogView view;
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (qsizetype at = 0; at < output.size(); at += 64 * 1024) {
            view.appendBytes(
                QByteArrayView(output).sliced(at,
                                              std::min<qsizetype>(64 * 1024, output.size() - at)));
            QCoreApplication::processEvents();
        }
        QCOMPARE(view.buffer().lineCount(),
                 (output.size() + LogBuffer::MaxLineBytes - 1) / LogBuffer::MaxLineBytes);
        // The whole width scrolls, the far end paints, and the tail is still followed.
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
        QVERIFY(!view.viewport()->grab().isNull());
        view.setWordWrap(true);
        QVERIFY(!view.viewport()->grab().isNull());
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        view.selectAll();
        QCOMPARE(view.selectedText(), QString::fromUtf8(output));
    }

    void selectsAndCopiesPlainText()
    {
        LogView view;
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBytes("\x1b[31mred line\x1b[0m\nsecond\n");
        view.verticalScrollBar()->setValue(0);
        view.selectAll();
        QVERIFY(view.hasSelection());
        QCOMPARE(view.selectedText(), u"red line\nsecond"_s);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"red line\nsecond"_s);
        // Double-click selects a word.
        const QFontMetrics metrics(view.font());
        QTest::mouseDClick(view.viewport(),
                           Qt::LeftButton,
                           {},
                           QPoint(2 + metrics.horizontalAdvance(u"red l"_s), metrics.height() / 2));
        QCOMPARE(view.selectedText(), u"line"_s);
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
