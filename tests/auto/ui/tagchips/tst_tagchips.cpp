// The task table's tag chips: laid out left to right a gap apart, never overlapping, never past
// the cell, and the tags that do not fit counted in a "+N" badge; the cell's tooltip lists all;
// each distinct chip rendered once.

#include "models/tasktablemodel.h"
#include "ui/tagchippainter.h"
#include "ui/tagchips.h"
#include "ui/taskdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

// "+N" is 20 px wide for one digit, 26 for two: a stand-in font whose widths the cases control.
TagChipMetrics fixedMetrics()
{
    TagChipMetrics metrics;
    metrics.height = 16;
    metrics.gap = 4;
    metrics.moreWidth = [](int hidden) {
        return hidden < 10 ? 20 : 26;
    };
    return metrics;
}

// Fails the calling test on any chip or badge overlapping another, closer than the gap, or
// outside the area.
void verifyNoOverlap(const TagChipLayout &layout, const QRect &area, int gap)
{
    QList<QRect> all = layout.chips;
    if (!layout.more.isNull())
        all.append(layout.more);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY2(area.contains(all[i]),
                 qPrintable(u"rect %1 (x %2, w %3) is outside the area"_s.arg(i)
                                .arg(all[i].x())
                                .arg(all[i].width())));
        if (i > 0)
            QVERIFY2(all[i].left() >= all[i - 1].left() + all[i - 1].width() + gap,
                     qPrintable(u"rect %1 overlaps or touches rect %2"_s.arg(i).arg(i - 1)));
    }
}

// The delegate's painting of `index` into `cell` of a white image of `size`, in black on white.
QImage paintedCell(const QModelIndex &index, QSize size, const QRect &cell)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QStyleOptionViewItem option;
    option.rect = cell;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::Base, Qt::white);
    option.palette.setColor(QPalette::Text, Qt::black);
    TaskDelegate delegate;
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

} // namespace

class tst_TagChips final : public QObject
{
    Q_OBJECT

private slots:
    void layout_data();
    void layout();
    void realFontInNarrowColumns_data();
    void realFontInNarrowColumns();
    void paintingStaysInsideTheCell();
    void displayTextIsNotDrawnUnderTheChips();
    void toolTipListsEveryTag();
    void chipsAreRenderedOnceAndReused_data();
    void chipsAreRenderedOnceAndReused();
};

void tst_TagChips::layout_data()
{
    QTest::addColumn<int>("areaWidth");
    QTest::addColumn<QList<int>>("widths");
    QTest::addColumn<int>("expectedShown");
    QTest::addColumn<int>("expectedHidden");

    QTest::newRow("none") << 100 << QList<int>{} << 0 << 0;
    QTest::newRow("one fits") << 100 << QList<int>{60} << 1 << 0;
    QTest::newRow("three fit exactly") << 188 << QList<int>{60, 60, 60} << 3 << 0;
    QTest::newRow("third one px too wide") << 187 << QList<int>{60, 60, 60} << 2 << 1;
    // 60 + 4 + 60 + 4 + 20 = 148: two shown, "+1".
    QTest::newRow("two and +1") << 150 << QList<int>{60, 60, 60} << 2 << 1;
    QTest::newRow("badge needs room") << 147 << QList<int>{60, 60, 60} << 1 << 2;
    QTest::newRow("first too wide alone") << 50 << QList<int>{80} << 0 << 1;
    QTest::newRow("first too wide, more") << 50 << QList<int>{80, 10} << 0 << 2;
    QTest::newRow("only the badge fits") << 22 << QList<int>{30, 30} << 0 << 2;
    QTest::newRow("badge clipped to a sliver") << 10 << QList<int>{30, 30} << 0 << 2;
    QTest::newRow("zero width") << 0 << QList<int>{30} << 0 << 0;
    QList<int> twelve(12, 30);
    // 30 + 4 + 30 + 4 + 26 = 94 with "+10".
    QTest::newRow("two-digit badge") << 100 << twelve << 2 << 10;
    QTest::newRow("all twelve") << 12 * 30 + 11 * 4 << twelve << 12 << 0;
}

void tst_TagChips::layout()
{
    QFETCH(int, areaWidth);
    QFETCH(QList<int>, widths);
    QFETCH(int, expectedShown);
    QFETCH(int, expectedHidden);

    const QRect area(7, 30, areaWidth, 24);
    const TagChipMetrics metrics = fixedMetrics();
    const TagChipLayout layout = layoutTagChips(area, widths, metrics);

    QCOMPARE(layout.chips.size(), expectedShown);
    if (areaWidth > 0)
        QCOMPARE(layout.hiddenCount, expectedHidden);
    QCOMPARE(layout.chips.size() + layout.hiddenCount, areaWidth > 0 ? widths.size() : 0);
    for (qsizetype i = 0; i < layout.chips.size(); ++i)
        QCOMPARE(layout.chips[i].width(), widths[i]); // whole chips only
    QCOMPARE(layout.more.isNull(), layout.hiddenCount == 0 || areaWidth < 1);
    if (!layout.chips.isEmpty())
        QCOMPARE(layout.chips.first().left(), area.left());
    verifyNoOverlap(layout, area, metrics.gap);
}

void tst_TagChips::realFontInNarrowColumns_data()
{
    QTest::addColumn<int>("columnWidth");
    QTest::addColumn<QStringList>("tags");
    const QStringList screenshot{u"env:prod"_s, u"team:payments"_s, u"nightly"_s};
    for (const int width : {20, 60, 120, 180, 240, 400})
        QTest::addRow("%d px", width) << width << screenshot;
    QTest::newRow("long tag") << 120 << QStringList{u"a-very-long-tag-that-never-fits"_s};
    QTest::newRow("many short") << 180 << QStringList(30, u"x"_s);
}

void tst_TagChips::realFontInNarrowColumns()
{
    QFETCH(int, columnWidth);
    QFETCH(QStringList, tags);
    const QFontMetrics font(QApplication::font());
    const TagChipMetrics metrics = tagChipMetrics(font);
    const QRect area(3, 0, columnWidth, 24);
    const TagChipLayout layout = layoutTagChips(area, tagChipWidths(tags, font), metrics);
    QCOMPARE(layout.chips.size() + layout.hiddenCount, tags.size());
    verifyNoOverlap(layout, area, metrics.gap);
    if (layout.hiddenCount > 0 && !layout.more.isNull())
        QCOMPARE(layout.more.width(),
                 std::min(font.horizontalAdvance(moreTagsText(layout.hiddenCount)) + 10,
                          columnWidth - (layout.more.left() - area.left())));
}

// The delegate draws nothing outside the Tags cell, however many tags there are.
void tst_TagChips::paintingStaysInsideTheCell()
{
    QStandardItemModel model(1, TaskTableModel::TagsColumn + 1);
    const QModelIndex index = model.index(0, TaskTableModel::TagsColumn);
    QStringList tags;
    for (int i = 0; i < 20; ++i)
        tags.append(u"team:payments-%1"_s.arg(i));
    model.setData(index, tags, TaskTableModel::TagsRole);

    const QRect cell(100, 18, 150, 24);
    const QImage image = paintedCell(index, QSize(400, 60), cell);
    int inside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool white = image.pixel(x, y) == qRgb(255, 255, 255);
            if (cell.contains(x, y))
                inside += white ? 0 : 1;
            else
                QVERIFY2(white, qPrintable(u"painted outside the cell at %1,%2"_s.arg(x).arg(y)));
        }
    }
    QVERIFY(inside > 0);
}

// The model's display text for the Tags column is the joined tags; only the chips may show.
void tst_TagChips::displayTextIsNotDrawnUnderTheChips()
{
    QStandardItemModel model(1, TaskTableModel::TagsColumn + 1);
    const QModelIndex index = model.index(0, TaskTableModel::TagsColumn);
    model.setData(index, u"WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW"_s, Qt::DisplayRole);
    model.setData(index, QStringList(), TaskTableModel::TagsRole);
    const QImage image = paintedCell(index, QSize(300, 40), QRect(0, 8, 300, 24));
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            QVERIFY2(qGray(image.pixel(x, y)) > 200,
                     qPrintable(u"text drawn at %1,%2"_s.arg(x).arg(y)));
    }
}

void tst_TagChips::toolTipListsEveryTag()
{
    QCOMPARE(TaskDelegate::tagsToolTip({u"env:prod"_s, u"team:web"_s, u"nightly"_s}),
             u"env:prod\nteam:web\nnightly"_s);
    QCOMPARE(TaskDelegate::tagsToolTip({}), QString());
}

void tst_TagChips::chipsAreRenderedOnceAndReused_data()
{
    QTest::addColumn<qreal>("pixelRatio");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1x light") << 1.0 << false;
    QTest::newRow("2x light") << 2.0 << false;
    QTest::newRow("1x dark") << 1.0 << true;
}

// Every row repeats a few tags: a chip is rendered once per label, size, colours and pixel
// ratio, and a repaint from the cache is the same picture; a different font starts afresh.
void tst_TagChips::chipsAreRenderedOnceAndReused()
{
    QFETCH(qreal, pixelRatio);
    QFETCH(bool, dark);
    TagChipPainter chips;
    const QStringList tags{u"env:prod"_s, u"team:web"_s, u"nightly"_s};
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.palette.setColor(QPalette::Base, dark ? Qt::black : Qt::white);
    const auto paintRows = [&](int rows) {
        QImage image(QSize(300, 24 * rows) * pixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pixelRatio);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        for (int row = 0; row < rows; ++row) {
            option.rect = QRect(0, 24 * row, 300, 24);
            chips.paint(&painter, option, tags);
        }
        painter.end();
        return image;
    };
    const QImage first = paintRows(1);
    QCOMPARE(chips.cachedChips(), tags.size());
    const QImage many = paintRows(20);
    QCOMPARE(chips.cachedChips(), tags.size());
    QCOMPARE(many.copy(QRect(QPoint(0, 0), first.size())), first);
    QCOMPARE(paintRows(1), first);
    // Some chip pixels are the chip colour: something was drawn, in the palette's scheme.
    const QColor chipFill = dark ? QColor(0x2d, 0x4a, 0x6e) : QColor(0xdc, 0xe8, 0xf8);
    bool sawFill = false;
    for (int x = 0; x < first.width() && !sawFill; ++x)
        sawFill = first.pixelColor(x, first.height() / 2) == chipFill;
    QVERIFY(sawFill);
    option.font.setPointSizeF(option.font.pointSizeF() * 2);
    paintRows(1);
    QCOMPARE(chips.cachedChips(), tags.size()); // the old font's chips went
}

QTEST_MAIN(tst_TagChips)
#include "tst_tagchips.moc"
