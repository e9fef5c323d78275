#include "ui/celltextpainter.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QWidget>

#include <utility>

namespace TheEye {

namespace {

bool isPlainLine(const QStyleOptionViewItem &option)
{
    using Feature = QStyleOptionViewItem::ViewItemFeature;
    return option.features.testFlag(Feature::HasDisplay) && !option.text.isEmpty()
           && !option.features.testFlag(Feature::WrapText)
           && !option.features.testFlag(Feature::HasCheckIndicator)
           && !option.state.testFlag(QStyle::State_Editing)
           && option.direction == Qt::LeftToRight
           // Left aligned: the style places other alignments a pixel differently.
           && (option.displayAlignment & Qt::AlignHorizontal_Mask) == Qt::AlignLeft
           // The focus frame goes around the text: the style needs the text for that.
           && !option.state.testFlag(QStyle::State_HasFocus)
           // A list view highlights only behind the text: the style needs the text for that.
           && (option.showDecorationSelected || !option.state.testFlag(QStyle::State_Selected))
           && option.decorationPosition == QStyleOptionViewItem::Left
           && !option.text.contains(QLatin1Char('\n'))
           && !option.text.contains(QChar::LineSeparator);
}

} // namespace

void CellTextPainter::paint(QPainter *painter, QStyleOptionViewItem option) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (!isPlainLine(option)) {
        style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);
        return;
    }
    const QString text = std::exchange(option.text, QString());
    option.features.setFlag(QStyleOptionViewItem::HasDisplay, false);
    // Without text the style draws a selection or background brush and an icon (the view draws
    // the row's own background): a cell with neither skips it.
    const bool styleDrawsSomething = option.state.testFlag(QStyle::State_Selected)
                                     || option.backgroundBrush.style() != Qt::NoBrush
                                     || option.features.testFlag(
                                         QStyleOptionViewItem::HasDecoration);
    if (styleDrawsSomething)
        style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);

    // Where QCommonStyle puts the text: past the decoration and its margins, inside its own.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, widget) + 1;
    QRect textRect = option.rect;
    if (option.features.testFlag(QStyleOptionViewItem::HasDecoration))
        textRect.setLeft(textRect.left() + option.decorationSize.width() + 2 * margin);
    textRect.adjust(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;

    painter->save();
    painter->setFont(option.font);
    // The painter's metrics: the device's DPI may not be the screen's.
    const QStaticText &laid = laidOut({text, option.font, textRect.width(), option.textElideMode},
                                      painter->fontMetrics());
    QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal
                                                                              : QPalette::Disabled;
    if (group == QPalette::Normal && !option.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(option.palette.color(group,
                                         option.state.testFlag(QStyle::State_Selected)
                                             ? QPalette::HighlightedText
                                             : QPalette::Text));
    // Truncated, not rounded, as the style sizes its text layout.
    const QSizeF size = laid.size();
    const QRect at = QStyle::alignedRect(option.direction,
                                         option.displayAlignment,
                                         QSize(int(size.width()), int(size.height())),
                                         textRect);
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(at.topLeft(), laid);
    painter->restore();
}

const QStaticText &CellTextPainter::laidOut(const Key &key, const QFontMetrics &metrics) const
{
    if (const auto found = m_texts.constFind(key); found != m_texts.cend())
        return *found;
    if (m_texts.size() >= MostCachedTexts)
        m_texts.clear();
    QStaticText laid(metrics.elidedText(key.text, key.elideMode, key.width));
    laid.setTextFormat(Qt::PlainText); // a task named "<b>x</b>" shows its tags
    return *m_texts.insert(key, laid);
}

} // namespace TheEye
