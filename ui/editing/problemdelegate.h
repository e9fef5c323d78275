#pragma once

#include <QStyledItemDelegate>

namespace TheEye {

// Tints the rows a model marks as having a problem (a non-empty QString or QStringList under
// `problemRole`), so a blank fixed value or env value stands out where it is, not only in a
// message below the table.
class ProblemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemDelegate)

public:
    explicit ProblemDelegate(int problemRole, QObject *parent = nullptr);

    static QColor problemBackground(const QPalette &palette);
    static bool hasProblem(const QVariant &value);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_problemRole = Qt::UserRole;
};

} // namespace TheEye
