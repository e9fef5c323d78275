#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>
#include <QStyleOptionViewItem>

class QPainter;

namespace TheEye {

// Paints an item view cell as QStyle::CE_ItemViewItem does (background, selection, icon, text
// elided in the text colour), but lays each distinct text out once: the style shapes a cell's
// text four times on every paint (three size queries and the drawing), which was half the time
// of a filter key over 100,000 tasks (bench/gui/bench_filtertyping). Cells the fast path does not
// cover (wrapped, multi-line, right to left, check boxes, editing) are left to the style.
class CellTextPainter final
{
public:
    void paint(QPainter *painter, QStyleOptionViewItem option) const;
    qsizetype cachedTexts() const { return m_texts.size(); }

    // A table shows a few hundred cells: past this the cache holds texts long scrolled away.
    static constexpr qsizetype MostCachedTexts = 4096;

private:
    struct Key
    {
        QString text;
        QFont font;
        int width = 0;
        Qt::TextElideMode elideMode = Qt::ElideRight;
        friend bool operator==(const Key &a, const Key &b) noexcept
        {
            return a.width == b.width && a.elideMode == b.elideMode && a.text == b.text
                   && a.font == b.font;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.font, key.width, int(key.elideMode));
        }
    };

    const QStaticText &laidOut(const Key &key, const QFontMetrics &metrics) const;

    mutable QHash<Key, QStaticText> m_texts;
};

} // namespace TheEye
