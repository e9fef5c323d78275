#include "ui/taskdelegate.h"

#include "models/tasktablemodel.h"
#include "ui/appicons.h"
#include "ui/tagchips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace TheEye {

TaskDelegate::TaskDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QRect TaskDelegate::runButtonRect(const QRect &cell)
{
    const int side = std::min(cell.height() - 4, 18);
    return QRect(cell.left() + 4, cell.center().y() - side / 2 + 1, side, side);
}

void TaskDelegate::paint(QPainter *painter,
                         const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    switch (index.column()) {
    case TaskTableModel::NameColumn: {
        const QRect button = runButtonRect(opt.rect);
        opt.rect.setLeft(button.right() + 6);
        m_cells.paint(painter, opt);
        const bool canRun = index.data(TaskTableModel::CanRunRole).toBool();
        const QIcon::Mode mode = m_runEnabled && canRun ? QIcon::Normal : QIcon::Disabled;
        AppIcons::icon(QStringLiteral("run")).paint(painter, button, Qt::AlignCenter, mode);
        if (!canRun) { // a warning badge: the tooltip says what is missing
            const QRect badge(button.right() - 7, button.bottom() - 7, 9, 9);
            AppIcons::icon(QStringLiteral("warning")).paint(painter, badge);
        }
        return;
    }
    case TaskTableModel::LastJobColumn: {
        const auto lifecycle = static_cast<Lifecycle>(
            index.data(TaskTableModel::LastLifecycleRole).toInt());
        const auto state = static_cast<JobState>(index.data(TaskTableModel::LastStateRole).toInt());
        if (lifecycle != Lifecycle::Unknown) {
            opt.icon = AppIcons::jobIcon(lifecycle, state);
            opt.features |= QStyleOptionViewItem::HasDecoration;
            if (!(opt.state & QStyle::State_Selected))
                opt.palette.setColor(QPalette::Text, AppIcons::jobColor(lifecycle, state));
        }
        break;
    }
    case TaskTableModel::TagsColumn: {
        const QStringList tags = index.data(TaskTableModel::TagsRole).toStringList();
        // The background and selection only: QStyledItemDelegate::paint would take the display
        // text ("env:prod, team:web, …") again from the index and draw it under the chips.
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        m_tags.paint(painter, opt, tags);
        return;
    }
    case TaskTableModel::BotColumn:
        opt.icon = AppIcons::icon(opt.text.contains(QLatin1Char('('))
                                      ? QStringLiteral("bot-offline")
                                      : QStringLiteral("bot"));
        opt.features |= QStyleOptionViewItem::HasDecoration;
        break;
    default:
        break;
    }
    m_cells.paint(painter, opt);
}

QSize TaskDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 24));
    if (index.column() == TaskTableModel::NameColumn)
        size.rwidth() += 26;
    return size;
}

bool TaskDelegate::editorEvent(QEvent *event,
                               QAbstractItemModel *model,
                               const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (index.column() == TaskTableModel::NameColumn
        && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && runButtonRect(option.rect).contains(mouse->position().toPoint()) && m_runEnabled
            && index.data(TaskTableModel::CanRunRole).toBool()) {
            Q_EMIT runClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool TaskDelegate::helpEvent(QHelpEvent *event,
                             QAbstractItemView *view,
                             const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.column() == TaskTableModel::TagsColumn) {
        const QString tip = tagsToolTip(index.data(TaskTableModel::TagsRole).toStringList());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), tip, view, option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString TaskDelegate::tagsToolTip(const QStringList &tags)
{
    return tags.join(QLatin1Char('\n'));
}

} // namespace TheEye
