#include "models/taskfilterproxymodel.h"

#include <QMetaObject>

namespace TheEye {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_tasks)
        disconnect(m_tasks, nullptr, this, nullptr);
    m_tasks = qobject_cast<TaskTableModel *>(sourceModel);
    Q_ASSERT_X(m_tasks || !sourceModel,
               "TaskFilterProxyModel",
               "the source must be a TaskTableModel");
    QAbstractProxyModel::setSourceModel(m_tasks);
    m_search.setModel(m_tasks);
    m_search.decideAll();
    rebuildMapping();
    if (m_tasks) {
        connect(m_tasks,
                &QAbstractItemModel::dataChanged,
                this,
                &TaskFilterProxyModel::sourceDataChanged);
        connect(m_tasks,
                &QAbstractItemModel::headerDataChanged,
                this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        Q_EMIT headerDataChanged(orientation, first, last);
                });
        const auto ahead = [this] {
            sourceChangeAhead();
        };
        connect(m_tasks, &QAbstractItemModel::rowsAboutToBeInserted, this, ahead);
        connect(m_tasks, &QAbstractItemModel::rowsAboutToBeRemoved, this, ahead);
        connect(m_tasks, &QAbstractItemModel::rowsAboutToBeMoved, this, ahead);
        connect(m_tasks, &QAbstractItemModel::layoutAboutToBeChanged, this, ahead);
        connect(m_tasks,
                &QAbstractItemModel::rowsInserted,
                this,
                [this](const QModelIndex &, int first, int last) {
                    m_search.rowsInserted(first, last);
                    sourceChangeDone();
                });
        connect(m_tasks,
                &QAbstractItemModel::rowsRemoved,
                this,
                [this](const QModelIndex &, int first, int last) {
                    m_search.rowsRemoved(first, last);
                    sourceChangeDone();
                });
        connect(m_tasks,
                &QAbstractItemModel::rowsMoved,
                this,
                [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                    m_search.rowsMoved(first, last, to);
                    sourceChangeDone();
                });
        connect(m_tasks, &QAbstractItemModel::layoutChanged, this, [this] {
            m_search.forget(); // reordered: the answers belong to other rows now
            sourceChangeDone();
        });
        // Columns never change in a TaskTableModel; a reset covers them if they ever do.
        const auto resetAhead = [this] {
            beginResetModel();
        };
        const auto resetDone = [this] {
            m_search.forget();
            m_search.decideAll();
            rebuildMapping();
            endResetModel();
        };
        connect(m_tasks, &QAbstractItemModel::modelAboutToBeReset, this, resetAhead);
        connect(m_tasks, &QAbstractItemModel::modelReset, this, resetDone);
        connect(m_tasks, &QAbstractItemModel::columnsAboutToBeInserted, this, resetAhead);
        connect(m_tasks, &QAbstractItemModel::columnsInserted, this, resetDone);
        connect(m_tasks, &QAbstractItemModel::columnsAboutToBeRemoved, this, resetAhead);
        connect(m_tasks, &QAbstractItemModel::columnsRemoved, this, resetDone);
    }
    endResetModel();
}

void TaskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_tasks)
        m_tasks->sort(column, order);
}

void TaskFilterProxyModel::setQuery(const QString &query)
{
    if (m_search.setQuery(query))
        relayout([this] { m_search.decideAll(); });
}

void TaskFilterProxyModel::setHostFilter(const std::optional<QString> &hostId)
{
    if (m_search.setHostFilter(hostId))
        relayout([this] { m_search.decideAll(); });
}

void TaskFilterProxyModel::setTagFilter(const QString &tag)
{
    if (m_search.setTagFilter(tag))
        relayout([this] { m_search.decideAll(); });
}

void TaskFilterProxyModel::prepareSearch()
{
    m_search.prepare();
}

QModelIndex TaskFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TaskFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TaskFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int TaskFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_tasks ? 0 : m_tasks->columnCount();
}

bool TaskFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TaskFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tasks || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const auto row = static_cast<size_t>(proxyIndex.row());
    if (row >= m_proxyToSource.size())
        return {};
    return m_tasks->index(m_proxyToSource[row], proxyIndex.column());
}

QModelIndex TaskFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tasks || !sourceIndex.isValid() || sourceIndex.model() != m_tasks)
        return {};
    const auto row = static_cast<size_t>(sourceIndex.row());
    if (row >= m_sourceToProxy.size() || m_sourceToProxy[row] < 0)
        return {};
    return createIndex(m_sourceToProxy[row], sourceIndex.column());
}

void TaskFilterProxyModel::rebuildMapping()
{
    const std::vector<unsigned char> &accepted = m_search.accepted();
    m_proxyToSource.clear();
    m_sourceToProxy.assign(accepted.size(), -1);
    for (size_t row = 0; row < accepted.size(); ++row) {
        if (accepted[row]) {
            m_sourceToProxy[row] = static_cast<int>(m_proxyToSource.size());
            m_proxyToSource.push_back(static_cast<int>(row));
        }
    }
}

void TaskFilterProxyModel::relayout(const std::function<void()> &decide)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(m_proxyToSource[static_cast<size_t>(index.row())]);
    decide();
    rebuildMapping();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_sourceToProxy[static_cast<size_t>(sourceRows[static_cast<size_t>(i)])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TaskFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft,
                                             const QModelIndex &bottomRight,
                                             const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    // The feed changed these rows in place: they may start or stop matching.
    if (m_search.decideChanged(first, last))
        relayout([] {}); // decided already
    // The rows that show and were changed: a contiguous block here, as proxy rows keep the
    // source's order.
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last && static_cast<size_t>(row) < m_sourceToProxy.size(); ++row) {
        if (const int shown = m_sourceToProxy[static_cast<size_t>(row)]; shown >= 0) {
            top = top < 0 ? shown : top;
            bottom = shown;
        }
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()),
                           index(bottom, bottomRight.column()),
                           roles);
}

void TaskFilterProxyModel::sourceChangeAhead()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pendingProxies = persistentIndexList();
    m_pendingSources.clear();
    m_pendingSources.reserve(m_pendingProxies.size());
    for (const QModelIndex &index : std::as_const(m_pendingProxies))
        m_pendingSources.append(QPersistentModelIndex(mapToSource(index)));
    m_sourceChanging = true;
}

void TaskFilterProxyModel::sourceChangeDone()
{
    if (!m_sourceChanging)
        return;
    m_sourceChanging = false;
    if (!m_search.isDecided()) // rowsInserted/Removed/Moved keep the answers in step
        m_search.decideAll();
    rebuildMapping();
    QModelIndexList after;
    after.reserve(m_pendingProxies.size());
    for (const QPersistentModelIndex &source : std::as_const(m_pendingSources))
        after.append(mapFromSource(source)); // invalid when its row went or is filtered out
    changePersistentIndexList(m_pendingProxies, after);
    m_pendingProxies.clear();
    m_pendingSources.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace TheEye
