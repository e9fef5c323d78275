#pragma once

#include "models/tasktablemodel.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace TheEye {

// Filters the task table as the user types. The query is split on spaces; every term must match:
// plain words match name, tags, bot, script and description (substring, case-insensitive); the
// words running, queued, failed, invalid and scheduled match the task's status; `key:value`
// matches tags that start with it; a term starting with '-' excludes. Group filters from the side panel
// (one bot or one tag) combine with the query. Sorting is the source model's (see TaskTableModel).
class TaskFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxyModel)

public:
    explicit TaskFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Forwarded to the source, which keeps its rows sorted.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // nullopt: every bot; an empty id: the tasks without a bot.
    void setHostFilter(const std::optional<QString> &hostId);
    void setTagFilter(const QString &tag); // empty: every tag

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilterAll();
    bool acceptsEntry(const TaskTableModel::SearchEntry &entry) const;

    enum class TermKind { Text, Tag, Running, Queued, Failed, Invalid, Scheduled };
    struct Term
    {
        TermKind kind = TermKind::Text;
        QString text;
        bool negated = false;
    };

    // True when every row the new terms accept was accepted by the old ones: each old term is
    // still there, of the same kind, not negated, and only longer (typing on).
    static bool narrows(const QList<Term> &before, const QList<Term> &after);

    TaskTableModel *m_tasks = nullptr;
    QString m_query;
    QList<Term> m_terms;
    std::optional<QString> m_hostFilter;
    QString m_tagFilter;
    // Which source rows the last full pass accepted, so a query typed on only re-checks those
    // (most keys of a search). Valid until the source's rows change.
    mutable std::vector<bool> m_accepted;
    bool m_acceptedValid = false;
    bool m_narrowing = false;
};

} // namespace TheEye
