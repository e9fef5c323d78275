// CellTextPainter draws a table cell as the style's CE_ItemViewItem does, with each text laid out
// once: the cells it paints must look like the style's, pixel for pixel, and the cache of laid
// out texts must stay bounded.

#include "ui/celltextpainter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

QStyleOptionViewItem cellOption(const QString &text, const QRect &rect)
{
    QStyleOptionViewItem option;
    option.rect = rect;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.text = text;
    option.features = QStyleOptionViewItem::HasDisplay;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideRight;
    option.decorationSize = QSize(16, 16);
    option.direction = Qt::LeftToRight;
    return option;
}

QImage painted(const std::function<void(QPainter *)> &paint)
{
    QImage image(QSize(260, 30), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter);
    painter.end();
    return image;
}

QImage paintedByStyle(const QStyleOptionViewItem &option)
{
    return painted([&option](QPainter *painter) {
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &option, painter);
    });
}

QImage paintedByUs(const CellTextPainter &cells, const QStyleOptionViewItem &option)
{
    return painted([&](QPainter *painter) { cells.paint(painter, option); });
}

} // namespace

class tst_CellTextPainter final : public QObject
{
    Q_OBJECT

private slots:
    void looksLikeTheStyle_data();
    void looksLikeTheStyle();
    void paintsTheSameOnTheSecondPaint();
    void keepsTheCacheBounded();
};

void tst_CellTextPainter::looksLikeTheStyle_data()
{
    QTest::addColumn<QStyleOptionViewItem>("option");
    const QRect wide(10, 2, 240, 24);
    const QRect narrow(10, 2, 90, 24);
    QTest::newRow("plain") << cellOption(u"Backup orders database"_s, wide);
    QTest::newRow("elided") << cellOption(u"Backup orders database"_s, narrow);
    QTest::newRow("markup is text") << cellOption(u"<b>bold</b> &amp;"_s, wide);
    QStyleOptionViewItem right = cellOption(u"600 s"_s, wide);
    right.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    QTest::newRow("right aligned: the style's own") << right;
    QStyleOptionViewItem selected = cellOption(u"Rotate nginx logs"_s, wide);
    selected.state |= QStyle::State_Selected;
    QTest::newRow("selected in a list: the style's own") << selected;
    selected.showDecorationSelected = true; // as in a table
    QTest::newRow("selected in a table") << selected;
    QStyleOptionViewItem inactive = selected;
    inactive.state = QStyle::State_Enabled | QStyle::State_Selected;
    QTest::newRow("selected, window inactive") << inactive;
    QStyleOptionViewItem coloured = cellOption(u"Failure"_s, wide);
    coloured.palette.setColor(QPalette::Text, QColor(0xc0, 0x20, 0x20));
    QTest::newRow("coloured") << coloured;
    QStyleOptionViewItem withIcon = cellOption(u"web-01.prod.example.net"_s, narrow);
    QPixmap square(16, 16);
    square.fill(Qt::darkCyan);
    withIcon.icon = QIcon(square);
    withIcon.features |= QStyleOptionViewItem::HasDecoration;
    QTest::newRow("after an icon, elided") << withIcon;
    QStyleOptionViewItem wrapped = cellOption(u"two\nlines"_s, wide);
    QTest::newRow("multi-line: the style's own") << wrapped;
    QTest::newRow("Spanish") << cellOption(u"Añadir tarea: sincronización"_s, narrow);
    QStyleOptionViewItem focused = cellOption(u"Check API health"_s, wide);
    focused.state |= QStyle::State_HasFocus;
    QTest::newRow("focused: the style's own") << focused;
    QStyleOptionViewItem brushed = cellOption(u"Queued"_s, wide);
    brushed.backgroundBrush = QColor(0xff, 0xf0, 0xc0);
    QTest::newRow("a background brush") << brushed;
    QStyleOptionViewItem alternate = cellOption(u"vm"_s, wide);
    alternate.features |= QStyleOptionViewItem::Alternate;
    QTest::newRow("an alternate row") << alternate;
}

void tst_CellTextPainter::looksLikeTheStyle()
{
    QFETCH(QStyleOptionViewItem, option);
    CellTextPainter cells;
    const QImage expected = paintedByStyle(option);
    const QImage actual = paintedByUs(cells, option);
    if (actual != expected) {
        expected.save(QDir::temp().filePath(u"celltext-expected.png"_s));
        actual.save(QDir::temp().filePath(u"celltext-actual.png"_s));
        QFAIL("the cell differs from the style's painting (see celltext-*.png in the temp dir)");
    }
}

void tst_CellTextPainter::paintsTheSameOnTheSecondPaint()
{
    CellTextPainter cells;
    const QStyleOptionViewItem option = cellOption(u"Deploy web frontend"_s, QRect(4, 2, 120, 24));
    const QImage first = paintedByUs(cells, option);
    QCOMPARE(cells.cachedTexts(), 1);
    QCOMPARE(paintedByUs(cells, option), first);
    QCOMPARE(cells.cachedTexts(), 1);
    // Another width is another elision.
    paintedByUs(cells, cellOption(u"Deploy web frontend"_s, QRect(4, 2, 60, 24)));
    QCOMPARE(cells.cachedTexts(), 2);
}

void tst_CellTextPainter::keepsTheCacheBounded()
{
    CellTextPainter cells;
    QImage image(QSize(200, 30), QImage::Format_ARGB32);
    QPainter painter(&image);
    for (int i = 0; i < CellTextPainter::MostCachedTexts * 2 + 5; ++i) {
        cells.paint(&painter, cellOption(u"task %1"_s.arg(i), QRect(0, 0, 200, 24)));
        QVERIFY(cells.cachedTexts() <= CellTextPainter::MostCachedTexts);
    }
    QVERIFY(cells.cachedTexts() > 0);
}

QTEST_MAIN(tst_CellTextPainter)
#include "tst_celltextpainter.moc"
