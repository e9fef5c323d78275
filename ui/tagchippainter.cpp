#include "ui/tagchippainter.h"

#include "ui/tagchips.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>

namespace TheEye {

namespace {

// Distinct chips past this are a pathological table (every tag unique); start over rather than
// grow without end.
constexpr qsizetype MostCachedChips = 2048;

} // namespace

void TagChipPainter::useFont(QPainter *painter, const QFont &cellFont) const
{
    const int dpi = painter->device() ? painter->device()->logicalDpiY() : 0;
    if (dpi == m_dpi && cellFont == m_cellFont && !m_fontKey.isEmpty())
        return;
    m_cellFont = cellFont;
    m_dpi = dpi;
    QFont font = cellFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    // In pixels as the painter's device resolves it: measured and drawn alike on that device and
    // on the chips' pixmaps (a size in points is a different pixel size on each).
    painter->save();
    painter->setFont(font);
    font.setPixelSize(std::max(1, painter->fontInfo().pixelSize()));
    painter->restore();
    const QString key = font.key();
    if (key == m_fontKey)
        return;
    m_fontKey = key;
    m_font = font;
    m_chipHeight = tagChipMetrics(QFontMetrics(m_font)).height;
    m_widths.clear();
    m_chips.clear();
}

int TagChipPainter::chipWidth(const QString &label) const
{
    auto it = m_widths.constFind(label);
    if (it == m_widths.cend()) {
        if (m_widths.size() >= MostCachedChips)
            m_widths.clear();
        it = m_widths.insert(label, tagChipWidths({label}, QFontMetrics(m_font)).constFirst());
    }
    return *it;
}

const QPixmap &TagChipPainter::chip(const QString &label,
                                    const QSize &size,
                                    bool dark,
                                    qreal pixelRatio) const
{
    const QString key = label + QLatin1Char('\x1f') + QString::number(size.width())
                        + QLatin1Char('x') + QString::number(size.height())
                        + (dark ? QLatin1Char('d') : QLatin1Char('l'))
                        + QString::number(pixelRatio);
    auto it = m_chips.constFind(key);
    if (it != m_chips.cend())
        return *it;
    if (m_chips.size() >= MostCachedChips)
        m_chips.clear();
    QPixmap pixmap(size * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const QColor fill = dark ? QColor(0x2d, 0x4a, 0x6e) : QColor(0xdc, 0xe8, 0xf8);
    const QColor text = dark ? QColor(0xdc, 0xe8, 0xf8) : QColor(0x1f, 0x4a, 0x85);
    const QRect rect(QPoint(0, 0), size);
    QPainterPath path;
    const qreal radius = size.height() / 2.0;
    path.addRoundedRect(QRectF(rect), radius, radius);
    painter.fillPath(path, fill);
    painter.setPen(text);
    painter.drawText(rect, Qt::AlignCenter, label);
    painter.end();
    return *m_chips.insert(key, pixmap);
}

void TagChipPainter::paint(QPainter *painter,
                           const QStyleOptionViewItem &option,
                           const QStringList &tags) const
{
    if (tags.isEmpty())
        return;
    useFont(painter, option.font);
    QList<int> widths;
    widths.reserve(tags.size());
    for (const QString &tag : tags)
        widths.append(chipWidth(tag));
    TagChipMetrics metrics;
    metrics.height = m_chipHeight;
    metrics.moreWidth = [this](int hidden) {
        return chipWidth(moreTagsText(hidden));
    };
    const TagChipLayout layout = layoutTagChips(option.rect.adjusted(3, 0, -3, 0), widths, metrics);
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->save();
    painter->setClipRect(option.rect);
    const auto draw = [&](const QRect &rect, const QString &label) {
        painter->drawPixmap(rect.topLeft(), chip(label, rect.size(), dark, ratio));
    };
    for (qsizetype i = 0; i < layout.chips.size(); ++i)
        draw(layout.chips[i], tags[i]);
    if (!layout.more.isNull())
        draw(layout.more, moreTagsText(layout.hiddenCount));
    painter->restore();
}

} // namespace TheEye
