#pragma once

#include "models/tasksearch.h"
#include "models/tasktablemodel.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

#include <functional>
#include <optional>
#include <vector>

namespace TheEye {

// The task table as the search box and the side panel filter it (TaskSearch says which rows).
// Sorting is the source model's (see TaskTableModel), so the proxy only filters: its rows are
// the accepted source rows in source order. A change of which rows show is one layout change,
// not QSortFilterProxyModel's removal and insertion per range (thousands of scattered ranges
// cost a view with 100,000 rows seconds) nor its rebuild of a mapping it filters row by row.
class TaskFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Forwarded to the source, which keeps its rows sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setQuery(const QString &query);
    QString query() const { return m_search.query(); }
    // nullopt: every bot; an empty id: the tasks without a bot.
    void setHostFilter(const std::optional<QString> &hostId);
    void setTagFilter(const QString &tag); // empty: every tag
    // Copies the rows' search text ahead of the first key, e.g. when the search box gets the
    // focus; the first key does it otherwise.
    void prepareSearch();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    // Shows the rows TaskSearch accepts after `decide`, as one layout change that keeps the
    // selection and the current row on their tasks (the source does not change meanwhile).
    void relayout(const std::function<void()> &decide);
    void rebuildMapping();
    void sourceDataChanged(const QModelIndex &topLeft,
                           const QModelIndex &bottomRight,
                           const QList<int> &roles);
    // A structural change of the source is a layout change here: before it, the persistent
    // indexes are remembered as source indexes, which the source keeps up to date.
    void sourceChangeAhead();
    void sourceChangeDone();

    TaskTableModel *m_tasks = nullptr;
    TaskSearch m_search;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
    QModelIndexList m_pendingProxies;
    QList<QPersistentModelIndex> m_pendingSources;
    bool m_sourceChanging = false;
};

} // namespace TheEye
