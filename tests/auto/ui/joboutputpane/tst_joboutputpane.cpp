#include "ui/jobs/joboutputpane.h"
#include "ui/logview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace TheEye;
using namespace Qt::StringLiterals;

class TestJobOutputPane final : public QObject
{
    Q_OBJECT

private slots:
    void separateStreamsComeOnlyOnceTheJobHasFinished()
    {
        JobOutputPane pane;
        auto *streams = pane.findChild<QComboBox *>(u"streamBox"_s);
        pane.appendOutput("out 1\n");
        pane.appendOutput("\x1b[31merr 1\x1b[0m\nout 2\n");
        QVERIFY(!streams->isEnabled());
        pane.setStream(JobOutputPane::Stream::Stderr);
        QCOMPARE(pane.stream(), JobOutputPane::Stream::Combined); // not before the end

        // An empty combined log keeps what was streamed.
        pane.setFinishedStreams({}, "out 1\nout 2\n", "err 1\n");
        QVERIFY(streams->isEnabled());
        QCOMPARE(pane.view()->buffer().plainText(), u"out 1\nerr 1\nout 2\n"_s);
        pane.setStream(JobOutputPane::Stream::Stderr);
        QCOMPARE(pane.view()->buffer().plainText(), u"err 1\n"_s);
        QCOMPARE(streams->currentIndex(), 2);
        pane.setStream(JobOutputPane::Stream::Stdout);
        QCOMPARE(pane.view()->buffer().plainText(), u"out 1\nout 2\n"_s);
        pane.setStream(JobOutputPane::Stream::Combined);
        QCOMPARE(pane.view()->buffer().plainText(), u"out 1\nerr 1\nout 2\n"_s);
    }

    void aFinishedJobOpenedLaterShowsItsLog()
    {
        JobOutputPane pane;
        pane.setFinishedStreams("a\nb\n", "a\n", "b\n");
        QCOMPARE(pane.view()->buffer().lineCount(), 2);
    }

    void searchesWithTheKeyboard()
    {
        JobOutputPane pane;
        pane.resize(700, 300);
        pane.show();
        QApplication::setActiveWindow(&pane);
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QByteArray text;
        for (int i = 0; i < 500; ++i)
            text += "line " + QByteArray::number(i) + (i % 100 == 7 ? " needle\n" : "\n");
        pane.setOutput(text);

        auto *search = pane.findChild<QLineEdit *>(u"searchField"_s);
        QTest::keyClick(&pane, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, u"NEEDLE"_s);
        QTest::keyClick(search, Qt::Key_Return);
        const qsizetype first = pane.view()->currentMatchLine();
        QVERIFY(first >= 0);
        QVERIFY(pane.view()->buffer().plainLine(first).contains(u"needle"_s));
        QTest::keyClick(&pane, Qt::Key_F3);
        const qsizetype second = pane.view()->currentMatchLine();
        QCOMPARE(second, first + 100 < 500 ? first + 100 : 7);
        QTest::keyClick(&pane, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(pane.view()->currentMatchLine(), first);
        QVERIFY(!pane.view()->followTail()); // a jump to a hit stops following

        search->setText(u"absent"_s);
        QVERIFY(!pane.findNext());
        QCOMPARE(pane.findChild<QLabel *>(u"matchStatus"_s)->text(), u"No match"_s);
    }

    void followAndWrapTogglesDriveTheView()
    {
        JobOutputPane pane;
        auto *follow = pane.findChild<QToolButton *>(u"followButton"_s);
        auto *wrap = pane.findChild<QToolButton *>(u"wrapButton"_s);
        QVERIFY(follow->isChecked());
        follow->click();
        QVERIFY(!pane.view()->followTail());
        pane.view()->setFollowTail(true);
        QVERIFY(follow->isChecked());
        QVERIFY(!pane.view()->wordWrap());
        wrap->click();
        QVERIFY(pane.view()->wordWrap());
    }

    void copiesAndSavesThePlainText()
    {
        JobOutputPane pane;
        pane.appendOutput("\x1b[1;32mgreen\x1b[0m text\nsecond\n");
        QTRY_COMPARE(pane.view()->buffer().lineCount(), 2);
        pane.copy(); // nothing selected: everything
        QCOMPARE(QApplication::clipboard()->text(), u"green text\nsecond\n"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.log"_s);
        QString error;
        QVERIFY2(pane.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("green text\nsecond\n"));

        QVERIFY(!pane.saveTo(dir.filePath(u"missing/folder/out.log"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void staysUsableWithAMillionLinesStreamedInBatches()
    {
        JobOutputPane pane;
        pane.resize(800, 400);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // As the stream delivers it: chunks of a few thousand lines, the event loop in between.
        constexpr int Lines = 1'000'000;
        constexpr int Batch = 5'000;
        QByteArray chunk;
        for (int first = 0; first < Lines; first += Batch) {
            chunk.clear();
            for (int i = first; i < first + Batch; ++i)
                chunk += "output line " + QByteArray::number(i) + '\n';
            pane.appendOutput(chunk);
            if (first % 100'000 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_COMPARE(pane.view()->buffer().lineCount(), qsizetype(Lines));
        QTRY_COMPARE(pane.view()->topLine() + pane.view()->visibleLineCapacity(), qsizetype(Lines));
        // No widget per line: the view has no children beyond its scroll bars and viewport.
        QVERIFY(pane.view()->findChildren<QWidget *>().size() < 20);
        pane.findChild<QLineEdit *>(u"searchField"_s)->setText(u"output line 999998"_s);
        QVERIFY(pane.findPrevious());
        QCOMPARE(pane.view()->currentMatchLine(), qsizetype(999998));
        pane.findChild<QLineEdit *>(u"searchField"_s)->setText(u"output line 12345\n"_s.trimmed());
        QVERIFY(pane.findNext());
        QVERIFY(pane.view()
                    ->buffer()
                    .plainLine(pane.view()->currentMatchLine())
                    .startsWith(u"output line 12345"_s));
    }
};

QTEST_MAIN(TestJobOutputPane)
#include "tst_joboutputpane.moc"
