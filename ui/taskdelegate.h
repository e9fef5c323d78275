#pragma once

#include "ui/celltextpainter.h"
#include "ui/tagchippainter.h"

#include <QStyledItemDelegate>

namespace TheEye {

// Paints the task table: a Run button before the name (clicking it emits runClicked), the last
// job's state icon in its colour, tags as chips, and the bot's reporting state.
class TaskDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDelegate)

public:
    explicit TaskDelegate(QObject *parent = nullptr);

    void setRunEnabled(bool enabled) { m_runEnabled = enabled; }
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The Run button's rectangle inside a Name cell.
    static QRect runButtonRect(const QRect &cell);
    // A Tags cell's tooltip: every tag, one a line (the cell may show only some and "+N").
    static QString tagsToolTip(const QStringList &tags);

Q_SIGNALS:
    void runClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event,
                     QAbstractItemModel *model,
                     const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event,
                   QAbstractItemView *view,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    CellTextPainter m_cells;
    TagChipPainter m_tags;
    bool m_runEnabled = true;
};

} // namespace TheEye
