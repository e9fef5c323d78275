#pragma once

#include "models/taskargument.h"

#include <QAbstractTableModel>

namespace TheEye {

// The task editor's argument table (Order, Type, Label, Value). Rows reorder by drag and drop or
// by moveRows(); `order` is renumbered 0..N-1 after every change, since job values are positional
// by order. Only a fixed argument's value is edited in place; other properties use the per-type
// dialog (replaceArgument()).
class ArgumentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArgumentTableModel)

public:
    enum Column { OrderColumn, TypeColumn, LabelColumn, ValueColumn, ColumnCount };
    enum Role {
        ArgumentRole = Qt::UserRole + 1, // QVariant<TaskArgument>
        ProblemsRole                     // QStringList from TaskArgument::definitionProblems()
    };

    explicit ArgumentTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent,
                  int sourceRow,
                  int count,
                  const QModelIndex &destinationParent,
                  int destinationChild) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;

    void setArguments(const QList<TaskArgument> &arguments);
    QList<TaskArgument> arguments() const { return m_arguments; }
    TaskArgument argument(int row) const;
    // Appends with a fresh id (max + 1, as TheEye's editor does) and the next order.
    int addArgument(TaskArgument argument);
    void replaceArgument(int row, const TaskArgument &argument);
    bool moveUp(int row);
    bool moveDown(int row);
    // Every problem of every argument, "Label: problem", for the dialog's validity.
    QStringList problems() const;

private:
    void renumber();

    QList<TaskArgument> m_arguments;
};

// The task editor's environment table (Key, Value), editable in place.
class EnvTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvTableModel)

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1 }; // QString, empty when the row is fine

    explicit EnvTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setEnv(const QMap<QString, QString> &env);
    QMap<QString, QString> env() const;
    int addRow(const QString &key = {}, const QString &value = {});
    QString problem(int row) const;
    QStringList problems() const;

    static bool isValidKey(const QString &key);

private:
    QList<std::pair<QString, QString>> m_rows;
};

} // namespace TheEye
