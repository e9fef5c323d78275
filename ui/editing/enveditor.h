#pragma once

#include <QMap>
#include <QWidget>

class QTableView;
class QToolButton;

namespace TheEye {

class EnvTableModel;

// "Environment (env)": the task's variables as a Name/Value table edited in place, with Add and
// Delete; rows with a problem (no name, a bad name, a duplicate, no value) are tinted.
class EnvEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvEditor)

public:
    explicit EnvEditor(QWidget *parent = nullptr);

    void setEnv(const QMap<QString, QString> &env);
    QMap<QString, QString> env() const;
    QStringList problems() const;
    EnvTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Adds an empty row and starts editing its name.
    void addVariable();
    void removeCurrent();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    EnvTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace TheEye
