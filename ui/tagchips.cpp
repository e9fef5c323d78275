#include "ui/tagchips.h"

#include <QFontMetrics>

namespace TheEye {

namespace {
constexpr int chipPadding = 10; // text to chip edge, both sides together
} // namespace

TagChipLayout layoutTagChips(const QRect &area,
                             const QList<int> &chipWidths,
                             const TagChipMetrics &metrics)
{
    TagChipLayout layout;
    if (chipWidths.isEmpty() || area.width() <= 0)
        return layout;
    const int height = std::min(metrics.height, area.height());
    const int top = area.top() + (area.height() - height) / 2;
    const auto count = static_cast<int>(chipWidths.size());

    // Everything fits: no badge needed.
    int total = 0;
    for (int i = 0; i < count; ++i)
        total += chipWidths[i] + (i > 0 ? metrics.gap : 0);
    if (total <= area.width()) {
        int x = area.left();
        for (const int width : chipWidths) {
            layout.chips.append(QRect(x, top, width, height));
            x += width + metrics.gap;
        }
        return layout;
    }

    // Otherwise as many whole chips as leave room for the badge of the ones left over.
    int x = area.left();
    int shown = 0;
    while (shown < count) {
        const int hiddenAfter = count - shown - 1;
        const int badge = hiddenAfter > 0 ? metrics.gap + metrics.moreWidth(hiddenAfter) : 0;
        if (x + chipWidths[shown] + badge > area.left() + area.width())
            break;
        layout.chips.append(QRect(x, top, chipWidths[shown], height));
        x += chipWidths[shown] + metrics.gap;
        ++shown;
    }
    layout.hiddenCount = count - shown;
    const int badgeWidth = std::min(metrics.moreWidth(layout.hiddenCount),
                                    area.left() + area.width() - x);
    if (badgeWidth > 0)
        layout.more = QRect(x, top, badgeWidth, height);
    return layout;
}

QList<int> tagChipWidths(const QStringList &tags, const QFontMetrics &font)
{
    QList<int> widths;
    widths.reserve(tags.size());
    for (const QString &tag : tags)
        widths.append(font.horizontalAdvance(tag) + chipPadding);
    return widths;
}

TagChipMetrics tagChipMetrics(const QFontMetrics &font)
{
    TagChipMetrics metrics;
    metrics.height = font.height() + 2;
    metrics.moreWidth = [font](int hidden) {
        return font.horizontalAdvance(moreTagsText(hidden)) + chipPadding;
    };
    return metrics;
}

QString moreTagsText(int hiddenCount)
{
    return QStringLiteral("+") + QString::number(hiddenCount);
}

} // namespace TheEye
