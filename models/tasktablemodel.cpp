#include "models/tasktablemodel.h"

#include "models/durationformat.h"
#include "models/modelstr.h"

#include <algorithm>

namespace TheEye {

struct TaskTableModel::Row
{
    Task task;
    QString id;
    QString name;
    QString hostname;
    QString scriptName;
    QStringList tags;
    QStringList problems;
    bool hostReporting = true;
    TaskActivity activity;
    SearchEntry search;
};

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TaskTableModel::~TaskTableModel() = default;

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            if (!row.problems.isEmpty())
                return row.problems.join(QLatin1Char('\n'));
            return row.task.description();
        }
        if (index.column() == BotColumn && !row.hostReporting)
            return ModelsTr::tr("This bot stopped reporting: its jobs wait until it is back.");
        return {};
    case Qt::CheckStateRole:
        if (index.column() == MultitaskingColumn)
            return row.task.multitasking() ? Qt::Checked : Qt::Unchecked;
        return {};
    case TaskRole:
        return QVariant::fromValue(row.task);
    case TaskIdRole:
        return row.id;
    case SortRole:
        return sortValue(row, index.column());
    case TagsRole:
        return row.tags;
    case CanRunRole:
        return row.problems.isEmpty();
    case ProblemsRole:
        return row.problems;
    case LastStateRole:
        return static_cast<int>(row.activity.lastState);
    case LastLifecycleRole:
        return static_cast<int>(row.activity.lastLifecycle);
    default:
        return {};
    }
}

QVariant TaskTableModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case BotColumn:
        if (row.hostname.isEmpty())
            return row.task.hostId().isEmpty() ? ModelsTr::tr("(no bot)") : row.task.hostId();
        if (!row.hostReporting)
            return ModelsTr::tr("%1 (stopped reporting)").arg(row.hostname);
        return row.hostname;
    case ScriptColumn:
        return row.scriptName;
    case TagsColumn:
        return row.tags.join(QStringLiteral(", "));
    case LastJobColumn:
        if (row.activity.lastLifecycle == Lifecycle::Unknown)
            return {};
        if (!isFinished(row.activity.lastLifecycle))
            return lifecycleDisplayName(row.activity.lastLifecycle);
        return stateDisplayName(row.activity.lastState);
    case ActivityColumn: {
        const TaskActivity &a = row.activity;
        if (a.running && a.queued)
            return ModelsTr::tr("%1 running, %2 queued").arg(a.running).arg(a.queued);
        if (a.running)
            return ModelsTr::tr("%n running", nullptr, a.running);
        if (a.queued)
            return ModelsTr::tr("%n queued", nullptr, a.queued);
        return {};
    }
    case LastRunColumn:
        return row.activity.lastRun.isValid() ? QVariant(row.activity.lastRun.toLocalTime())
                                              : QVariant();
    case TimeoutColumn:
        return formatDuration(row.task.effectiveTimeoutMs());
    case MultitaskingColumn:
        return {};
    default:
        return {};
    }
}

QVariant TaskTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name.toLower();
    case BotColumn:
        return row.hostname.toLower();
    case ScriptColumn:
        return row.scriptName.toLower();
    case TagsColumn:
        return row.tags.join(QLatin1Char(',')).toLower();
    case LastJobColumn:
        return static_cast<int>(row.activity.lastState);
    case ActivityColumn:
        return row.activity.running * 1000000 + row.activity.queued;
    case LastRunColumn:
        return row.activity.lastRun.isValid() ? row.activity.lastRun.toMSecsSinceEpoch()
                                              : qint64(0);
    case TimeoutColumn:
        return row.task.effectiveTimeoutMs();
    case MultitaskingColumn:
        return row.task.multitasking();
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return ModelsTr::tr("Name", "task table column");
    case BotColumn:
        return ModelsTr::tr("Bot", "task table column");
    case ScriptColumn:
        return ModelsTr::tr("Script", "task table column");
    case TagsColumn:
        return ModelsTr::tr("Tags", "task table column");
    case LastJobColumn:
        return ModelsTr::tr("Last job", "task table column");
    case ActivityColumn:
        return ModelsTr::tr("Activity", "task table column: running and queued jobs");
    case LastRunColumn:
        return ModelsTr::tr("Last run", "task table column");
    case TimeoutColumn:
        return ModelsTr::tr("Timeout", "task table column");
    case MultitaskingColumn:
        return ModelsTr::tr("Multitasking", "task table column");
    default:
        return {};
    }
}

bool TaskTableModel::rowLessThan(const Row &a, const Row &b) const
{
    int order = 0;
    switch (m_sortColumn) {
    case BotColumn:
        order = a.hostname.compare(b.hostname, Qt::CaseInsensitive);
        break;
    case ScriptColumn:
        order = a.scriptName.compare(b.scriptName, Qt::CaseInsensitive);
        break;
    case TagsColumn:
        order = a.search.tags.join(QLatin1Char(',')).compare(b.search.tags.join(QLatin1Char(',')));
        break;
    case LastJobColumn:
        order = static_cast<int>(a.activity.lastState) - static_cast<int>(b.activity.lastState);
        break;
    case ActivityColumn:
        order = a.activity.running != b.activity.running ? a.activity.running - b.activity.running
                                                         : a.activity.queued - b.activity.queued;
        break;
    case LastRunColumn:
        order = a.activity.lastRun < b.activity.lastRun
                    ? -1
                    : (b.activity.lastRun < a.activity.lastRun ? 1 : 0);
        break;
    case TimeoutColumn: {
        const qint64 ta = a.task.effectiveTimeoutMs();
        const qint64 tb = b.task.effectiveTimeoutMs();
        order = ta < tb ? -1 : (tb < ta ? 1 : 0);
        break;
    }
    case MultitaskingColumn:
        order = int(a.task.multitasking()) - int(b.task.multitasking());
        break;
    default:
        break;
    }
    if (order == 0) // name, then id, so equal keys keep a stable, deterministic order
        order = a.name.compare(b.name, Qt::CaseInsensitive);
    if (order == 0)
        order = a.id.compare(b.id);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = NameColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before)
        beforeIds.append(m_rows[static_cast<size_t>(index.row())].id);
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        return rowLessThan(a, b);
    });
    rebuildIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(m_rowById.value(beforeIds.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

TaskTableModel::Row TaskTableModel::makeRow(const Task &task) const
{
    Row row;
    row.task = task;
    row.id = task.id();
    row.activity = m_activity.value(row.id);
    refreshDerived(row);
    return row;
}

void TaskTableModel::refreshDerived(Row &row) const
{
    const Task &task = row.task;
    row.name = task.name();
    const auto host = m_hosts.constFind(task.hostId());
    row.hostname = task.hostname();
    if (host != m_hosts.cend()) {
        if (row.hostname.isEmpty())
            row.hostname = host->hostname();
        row.hostReporting = host->isReporting();
    } else {
        row.hostReporting = true;
    }
    row.scriptName = task.scriptName();
    row.tags = task.tags();
    row.problems = task.missingConfiguration();

    SearchEntry &search = row.search;
    search.tags.clear();
    for (const QString &tag : std::as_const(row.tags))
        search.tags.append(tag.toLower());
    search.text = (row.name + QLatin1Char(' ') + row.tags.join(QLatin1Char(' ')) + QLatin1Char(' ')
                   + row.hostname + QLatin1Char(' ') + row.scriptName + QLatin1Char(' ')
                   + task.description())
                      .toLower()
                      .toUtf8();
    search.hostId = task.hostId();
    search.running = row.activity.running > 0;
    search.queued = row.activity.queued > 0;
    search.failed = isFinished(row.activity.lastLifecycle)
                    && (row.activity.lastState == JobState::Failure
                        || row.activity.lastState == JobState::Error
                        || row.activity.lastState == JobState::Timeout);
    search.invalid = !row.problems.isEmpty();
    search.scheduled = !task.schedules().isEmpty();
}

void TaskTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, static_cast<int>(i));
}

int TaskTableModel::insertionRow(const Row &row) const
{
    const auto it = std::upper_bound(m_rows.begin(),
                                     m_rows.end(),
                                     row,
                                     [this](const Row &a, const Row &b) {
                                         return rowLessThan(a, b);
                                     });
    return static_cast<int>(it - m_rows.begin());
}

void TaskTableModel::setTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(static_cast<size_t>(tasks.size()));
    for (const Task &task : tasks)
        m_rows.push_back(makeRow(task));
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        return rowLessThan(a, b);
    });
    rebuildIndex();
    endResetModel();
}

void TaskTableModel::upsertTask(const Task &task)
{
    const QString id = task.id();
    const int existing = m_rowById.value(id, -1);
    Row row = makeRow(task);
    if (existing < 0) {
        const int at = insertionRow(row);
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, std::move(row));
        rebuildIndex();
        endInsertRows();
        return;
    }
    // Still in order: update in place. Otherwise move the row where it now belongs.
    const bool afterPrevious = existing == 0
                               || !rowLessThan(row, m_rows[static_cast<size_t>(existing - 1)]);
    const bool beforeNext = existing + 1 >= static_cast<int>(m_rows.size())
                            || !rowLessThan(m_rows[static_cast<size_t>(existing + 1)], row);
    if (afterPrevious && beforeNext) {
        m_rows[static_cast<size_t>(existing)] = std::move(row);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const Row removed = std::move(m_rows[static_cast<size_t>(existing)]);
    m_rows.erase(m_rows.begin() + existing);
    int target = insertionRow(row);
    m_rows.insert(m_rows.begin() + existing, removed); // restore before announcing the move
    const int destination = target >= existing ? target + 1 : target;
    if (beginMoveRows({}, existing, existing, {}, destination)) {
        m_rows.erase(m_rows.begin() + existing);
        m_rows.insert(m_rows.begin() + target, std::move(row));
        rebuildIndex();
        endMoveRows();
        Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
    } else { // destination is where it already is
        m_rows[static_cast<size_t>(existing)] = std::move(row);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    }
}

void TaskTableModel::removeTask(const QString &id)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    rebuildIndex();
    endRemoveRows();
}

void TaskTableModel::setHosts(const QList<Host> &hosts)
{
    m_hosts.clear();
    for (const Host &host : hosts)
        m_hosts.insert(host.id(), host);
    for (Row &row : m_rows)
        refreshDerived(row);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (m_sortColumn == BotColumn)
        sort(m_sortColumn, m_sortOrder);
}

void TaskTableModel::setActivity(const QString &taskId, const TaskActivity &activity)
{
    if (m_activity.value(taskId) == activity)
        return;
    m_activity.insert(taskId, activity);
    const int row = m_rowById.value(taskId, -1);
    if (row < 0)
        return;
    upsertTask(m_rows[static_cast<size_t>(row)].task);
}

void TaskTableModel::setActivities(const QHash<QString, TaskActivity> &activities)
{
    m_activity = activities;
    for (Row &row : m_rows) {
        row.activity = m_activity.value(row.id);
        refreshDerived(row);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (m_sortColumn == LastJobColumn || m_sortColumn == ActivityColumn
        || m_sortColumn == LastRunColumn)
        sort(m_sortColumn, m_sortOrder);
}

Task TaskTableModel::task(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_rows[static_cast<size_t>(row)].task;
}

const Task *TaskTableModel::taskById(const QString &id) const
{
    const int row = m_rowById.value(id, -1);
    return row < 0 ? nullptr : &m_rows[static_cast<size_t>(row)].task;
}

int TaskTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QList<Task> TaskTableModel::tasks() const
{
    QList<Task> tasks;
    tasks.reserve(rowCount());
    for (const Row &row : m_rows)
        tasks.append(row.task);
    return tasks;
}

const TaskTableModel::SearchEntry &TaskTableModel::searchEntry(int row) const
{
    return m_rows[static_cast<size_t>(row)].search;
}

} // namespace TheEye
