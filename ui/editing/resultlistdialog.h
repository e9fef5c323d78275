#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace TheEye {

// The per-item result list at the end of a bulk export or an import: one row per task or file
// with a success or failure icon and the message, a one-line summary above, Copy to put the
// whole list on the clipboard.
class ResultListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultListDialog)

public:
    enum class Outcome { Done, Skipped, Failed };

    ResultListDialog(const QString &title, QWidget *parent = nullptr);

    void addResult(const QString &item, Outcome outcome, const QString &message);
    // "3 exported, 1 failed": computed from the rows when `summary` is empty.
    void setSummary(const QString &summary);
    int count(Outcome outcome) const;
    int rowCount() const;
    QString message(int row) const;
    QString itemText(int row) const;
    Outcome outcome(int row) const;
    QString plainText() const;

private:
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace TheEye
