#include "models/argumenttablemodel.h"

#include "models/modelstr.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace TheEye {

namespace {
const QString RowsMimeType = QStringLiteral("application/x-theeye-argument-rows");
}

ArgumentTableModel::ArgumentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ArgumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_arguments.size());
}

int ArgumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArgumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskArgument &argument = m_arguments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrderColumn:
            return argument.order();
        case TypeColumn:
            return TaskArgument::typeDisplayName(argument.type());
        case LabelColumn:
            return argument.label();
        case ValueColumn:
            if (argument.isMasked() && !argument.value().isEmpty())
                return QString(argument.value().size(), QChar(0x2022));
            if (argument.isFixed() && argument.value().isEmpty())
                return ModelsTr::tr("(complete the value)");
            return argument.value();
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return argument.value();
        if (index.column() == LabelColumn)
            return argument.label();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        const QStringList problems = argument.definitionProblems();
        return problems.isEmpty() ? argument.help() : problems.join(QLatin1Char('\n'));
    }
    case ArgumentRole:
        return QVariant::fromValue(argument);
    case ProblemsRole:
        return argument.definitionProblems();
    default:
        return {};
    }
}

bool ArgumentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    TaskArgument &argument = m_arguments[index.row()];
    if (index.column() == ValueColumn)
        argument.setValue(value.toString());
    else if (index.column() == LabelColumn)
        argument.setLabel(value.toString());
    else
        return false;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant ArgumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderColumn:
        return ModelsTr::tr("Order", "argument table column");
    case TypeColumn:
        return ModelsTr::tr("Type", "argument table column");
    case LabelColumn:
        return ModelsTr::tr("Label", "argument table column");
    case ValueColumn:
        return ModelsTr::tr("Value", "argument table column");
    default:
        return {};
    }
}

Qt::ItemFlags ArgumentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (index.column() == LabelColumn
        || (index.column() == ValueColumn && m_arguments.at(index.row()).isFixed()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ArgumentTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_arguments.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_arguments.remove(row, count);
    endRemoveRows();
    renumber();
    return true;
}

bool ArgumentTableModel::moveRows(const QModelIndex &sourceParent,
                                  int sourceRow,
                                  int count,
                                  const QModelIndex &destinationParent,
                                  int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_arguments.size() || destinationChild < 0
        || destinationChild > m_arguments.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<TaskArgument> moving = m_arguments.mid(sourceRow, count);
    m_arguments.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_arguments.insert(insertAt + i, moving.at(i));
    endMoveRows();
    renumber();
    return true;
}

Qt::DropActions ArgumentTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ArgumentTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ArgumentTableModel::mimeTypes() const
{
    return {RowsMimeType};
}

QMimeData *ArgumentTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // Row numbers only mean something to this model: tag them with its identity.
    stream << quint64(reinterpret_cast<quintptr>(this)) << rows;
    auto *data = new QMimeData;
    data->setData(RowsMimeType, encoded);
    return data;
}

bool ArgumentTableModel::canDropMimeData(const QMimeData *data,
                                         Qt::DropAction action,
                                         int row,
                                         int column,
                                         const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    if (action != Qt::MoveAction || !data || !data->hasFormat(RowsMimeType))
        return false;
    QDataStream stream(data->data(RowsMimeType));
    quint64 origin = 0;
    stream >> origin;
    return stream.status() == QDataStream::Ok
           && origin == quint64(reinterpret_cast<quintptr>(this));
}

bool ArgumentTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> rows;
    QDataStream stream(data->data(RowsMimeType));
    quint64 origin = 0;
    stream >> origin >> rows;
    if (stream.status() != QDataStream::Ok || rows.isEmpty())
        return false;
    // Dropped onto an item means "before it"; onto empty space means "at the end".
    const int destination = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([this](int r) { return r < 0 || r >= rowCount(); });
    if (rows.isEmpty())
        return false;
    // The order we want: the other rows, with the dragged block (in its order) at the drop point.
    QList<int> desired;
    for (int r = 0; r < rowCount(); ++r) {
        if (r == destination)
            desired.append(rows);
        if (!rows.contains(r))
            desired.append(r);
    }
    if (destination >= rowCount())
        desired.append(rows);
    // Reach it with single-row moves, so views keep selection and scroll position.
    QList<int> current(rowCount());
    std::iota(current.begin(), current.end(), 0);
    bool moved = false;
    for (int target = 0; target < desired.size(); ++target) {
        const int position = static_cast<int>(current.indexOf(desired.at(target)));
        if (position == target)
            continue;
        moveRows({}, position, 1, {}, target);
        current.move(position, target);
        moved = true;
    }
    // We moved the rows ourselves. Answering true would make the view accept the MoveAction and
    // then remove the "source" rows, deleting what we just moved; false ends the drag as done.
    Q_UNUSED(moved)
    return false;
}

void ArgumentTableModel::setArguments(const QList<TaskArgument> &arguments)
{
    beginResetModel();
    m_arguments = arguments;
    std::stable_sort(m_arguments.begin(),
                     m_arguments.end(),
                     [](const TaskArgument &a, const TaskArgument &b) {
                         return a.order() < b.order();
                     });
    endResetModel();
    renumber();
}

TaskArgument ArgumentTableModel::argument(int row) const
{
    return row >= 0 && row < m_arguments.size() ? m_arguments.at(row) : TaskArgument();
}

int ArgumentTableModel::addArgument(TaskArgument argument)
{
    int maxId = 0;
    for (const TaskArgument &existing : std::as_const(m_arguments))
        maxId = std::max(maxId, existing.id());
    argument.setId(maxId + 1);
    const int row = static_cast<int>(m_arguments.size());
    argument.setOrder(row);
    beginInsertRows({}, row, row);
    m_arguments.append(argument);
    endInsertRows();
    return row;
}

void ArgumentTableModel::replaceArgument(int row, const TaskArgument &argument)
{
    if (row < 0 || row >= m_arguments.size())
        return;
    TaskArgument replaced = argument;
    replaced.setOrder(row);
    m_arguments[row] = replaced;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ArgumentTableModel::moveUp(int row)
{
    return row > 0 && moveRows({}, row, 1, {}, row - 1);
}

bool ArgumentTableModel::moveDown(int row)
{
    return row >= 0 && row + 1 < rowCount() && moveRows({}, row, 1, {}, row + 2);
}

QStringList ArgumentTableModel::problems() const
{
    QStringList problems;
    for (const TaskArgument &argument : m_arguments) {
        for (const QString &problem : argument.definitionProblems())
            problems.append(problem);
    }
    return problems;
}

void ArgumentTableModel::renumber()
{
    for (int i = 0; i < m_arguments.size(); ++i) {
        if (m_arguments.at(i).order() != i) {
            m_arguments[i].setOrder(i);
            Q_EMIT dataChanged(index(i, OrderColumn), index(i, OrderColumn));
        }
    }
}

EnvTableModel::EnvTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int EnvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[key, value] = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? key : value;
    case Qt::ToolTipRole:
    case ProblemRole:
        return problem(index.row());
    default:
        return {};
    }
}

bool EnvTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    auto &row = m_rows[index.row()];
    if (index.column() == KeyColumn)
        row.first = value.toString().trimmed();
    else
        row.second = value.toString();
    // A key change can make another row (a former or new duplicate) valid or invalid.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    return true;
}

QVariant EnvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? ModelsTr::tr("Name", "environment variable")
                                : ModelsTr::tr("Value", "environment variable");
}

Qt::ItemFlags EnvTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool EnvTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    return true;
}

void EnvTableModel::setEnv(const QMap<QString, QString> &env)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        m_rows.append({it.key(), it.value()});
    endResetModel();
}

QMap<QString, QString> EnvTableModel::env() const
{
    QMap<QString, QString> env;
    for (const auto &[key, value] : m_rows) {
        if (!key.isEmpty())
            env.insert(key, value);
    }
    return env;
}

int EnvTableModel::addRow(const QString &key, const QString &value)
{
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({key, value});
    endInsertRows();
    return row;
}

bool EnvTableModel::isValidKey(const QString &key)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return name.match(key).hasMatch();
}

QString EnvTableModel::problem(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const auto &[key, value] = m_rows.at(row);
    if (key.isEmpty())
        return ModelsTr::tr("The variable needs a name.");
    if (!isValidKey(key))
        return ModelsTr::tr("\"%1\" is not a valid variable name (letters, digits and _; not "
                            "starting with a digit).")
            .arg(key);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row && m_rows.at(i).first == key)
            return ModelsTr::tr("%1 is defined more than once.").arg(key);
    }
    if (value.isEmpty())
        return ModelsTr::tr("%1 needs a value.").arg(key);
    return {};
}

QStringList EnvTableModel::problems() const
{
    QStringList problems;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString text = problem(i);
        if (!text.isEmpty() && !problems.contains(text))
            problems.append(text);
    }
    return problems;
}

} // namespace TheEye
