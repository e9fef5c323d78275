#pragma once

#include <QList>
#include <QRect>
#include <QStringList>

#include <functional>

class QFontMetrics;

namespace TheEye {

// Where the task table paints a task's tag chips inside a cell: left to right, a gap apart, each
// whole or not at all, inside the cell; the tags that do not fit are summed up in a "+N" badge at
// the end (the tooltip lists every tag). Kept apart from the painting so the geometry is testable.
struct TagChipLayout
{
    QList<QRect> chips; // one per shown tag: tags [0, chips.size())
    int hiddenCount = 0;
    QRect more; // the "+N" badge; null when every tag is shown
};

struct TagChipMetrics
{
    int height = 0;
    int gap = 4;
    // Width of the "+N" badge for N hidden tags.
    std::function<int(int)> moreWidth;
};

TagChipLayout layoutTagChips(const QRect &area,
                             const QList<int> &chipWidths,
                             const TagChipMetrics &metrics);

// Chip widths and badge metrics for tags drawn with `font` metrics: text plus padding.
QList<int> tagChipWidths(const QStringList &tags, const QFontMetrics &font);
TagChipMetrics tagChipMetrics(const QFontMetrics &font);
QString moreTagsText(int hiddenCount);

} // namespace TheEye
