#pragma once

#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QString>
#include <QStringList>

class QPainter;
class QStyleOptionViewItem;

namespace TheEye {

// Paints a Tags cell's chips (layout in tagchips.h). A chip is a rounded, antialiased path and
// its text: drawn afresh, the tags took half of a task-table repaint, and a repaint follows every
// key typed into the search box. Tags repeat across tasks, so each chip (label, size, colours) is
// rendered once into a pixmap and blitted after; its width is measured once per font.
class TagChipPainter final
{
public:
    // Const as a delegate's paint() is: what it keeps is a cache, not state.
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QStringList &tags) const;
    qsizetype cachedChips() const { return m_chips.size(); }

private:
    void useFont(QPainter *painter, const QFont &cellFont) const;
    int chipWidth(const QString &label) const;
    const QPixmap &chip(const QString &label, const QSize &size, bool dark, qreal pixelRatio) const;

    mutable QFont m_cellFont; // the option's font the chips' font was made from
    mutable int m_dpi = 0;
    mutable QString m_fontKey;
    mutable QFont m_font; // pixel-sized: it renders alike on the widget and on a pixmap
    mutable int m_chipHeight = 0;
    mutable QHash<QString, int> m_widths;
    mutable QHash<QString, QPixmap> m_chips;
};

} // namespace TheEye
