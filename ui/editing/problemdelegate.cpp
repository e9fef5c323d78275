#include "ui/editing/problemdelegate.h"

#include <QPalette>

namespace TheEye {

ProblemDelegate::ProblemDelegate(int problemRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_problemRole(problemRole)
{}

QColor ProblemDelegate::problemBackground(const QPalette &palette)
{
    // An amber tint that keeps the text readable on light and dark palettes.
    const QColor base = palette.color(QPalette::Base);
    const QColor amber(0xf5, 0xc2, 0x11);
    return QColor::fromRgbF(base.redF() * 0.6f + amber.redF() * 0.4f,
                            base.greenF() * 0.6f + amber.greenF() * 0.4f,
                            base.blueF() * 0.6f + amber.blueF() * 0.4f);
}

bool ProblemDelegate::hasProblem(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return !value.toStringList().isEmpty();
    return !value.toString().isEmpty();
}

void ProblemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (hasProblem(index.data(m_problemRole)))
        option->backgroundBrush = problemBackground(option->palette);
}

} // namespace TheEye
