#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace TheEye {

// A comma-separated list in one line (tags, ACL entries) that completes the entry under the
// cursor from known values, as TheEye's multi-select boxes do, but typed.
class ListEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListEdit)

public:
    explicit ListEdit(QWidget *parent = nullptr);

    // Entries trimmed, empty ones dropped, duplicates removed (first kept).
    QStringList entries() const;
    void setEntries(const QStringList &entries);
    void setCompletions(const QStringList &completions);
    QCompleter *entryCompleter() const { return m_completer; }

    static QStringList split(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString entryUnderCursor() const;
    void insertCompletion(const QString &completion);
    void updateCompletion();

    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
};

} // namespace TheEye
