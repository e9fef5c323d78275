#include "models/taskfilterproxymodel.h"

#include "models/tasktablemodel.h"

#include <algorithm>
#include <utility>

namespace TheEye {

TaskFilterProxyModel::TaskFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // the source sorts; filtering is re-run by our setters
}

void TaskFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tasks = qobject_cast<TaskTableModel *>(sourceModel);
    Q_ASSERT_X(m_tasks || !sourceModel,
               "TaskFilterProxyModel",
               "the source must be a TaskTableModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
    m_acceptedValid = false;
    // Rows the feed changes in place may start or stop matching.
    if (m_tasks) {
        connect(m_tasks, &QAbstractItemModel::dataChanged, this, [this] {
            invalidateRowsFilter();
        });
        // Rows that move, come or go make the remembered rows someone else's.
        const auto forget = [this] {
            m_acceptedValid = false;
        };
        connect(m_tasks, &QAbstractItemModel::rowsInserted, this, forget);
        connect(m_tasks, &QAbstractItemModel::rowsRemoved, this, forget);
        connect(m_tasks, &QAbstractItemModel::rowsMoved, this, forget);
        connect(m_tasks, &QAbstractItemModel::layoutChanged, this, forget);
        connect(m_tasks, &QAbstractItemModel::modelReset, this, forget);
    }
}

void TaskFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_tasks)
        m_tasks->sort(column, order);
}

void TaskFilterProxyModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    const QList<Term> before = std::exchange(m_terms, {});
    const QStringList words = query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        Term term;
        if (word.size() > 1 && word.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            word.remove(0, 1);
        }
        if (word == u"running")
            term.kind = TermKind::Running;
        else if (word == u"queued")
            term.kind = TermKind::Queued;
        else if (word == u"failed")
            term.kind = TermKind::Failed;
        else if (word == u"invalid")
            term.kind = TermKind::Invalid;
        else if (word == u"scheduled")
            term.kind = TermKind::Scheduled;
        else if (word.size() > 2 && word.indexOf(QLatin1Char(':')) > 0
                 && !word.endsWith(QLatin1Char(':')))
            term.kind = TermKind::Tag;
        term.text = word;
        m_terms.append(term);
    }
    m_narrowing = narrows(before, m_terms);
    refilterAll();
    m_narrowing = false;
}

bool TaskFilterProxyModel::narrows(const QList<Term> &before, const QList<Term> &after)
{
    if (after.size() < before.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Term &old = before.at(i);
        const Term &now = after.at(i);
        if (old.kind != now.kind || old.negated || now.negated)
            return false;
        const bool longer = old.kind == TermKind::Tag ? now.text.startsWith(old.text)
                                                      : now.text.contains(old.text);
        if (!longer)
            return false;
    }
    return true;
}

void TaskFilterProxyModel::setHostFilter(const std::optional<QString> &hostId)
{
    if (hostId == m_hostFilter)
        return;
    m_hostFilter = hostId;
    refilterAll();
}

void TaskFilterProxyModel::setTagFilter(const QString &tag)
{
    const QString lower = tag.toLower();
    if (lower == m_tagFilter)
        return;
    m_tagFilter = lower;
    refilterAll();
}

void TaskFilterProxyModel::refilterAll()
{
    // A new query changes which rows match all over the table. invalidateRowsFilter() would
    // report every removed or inserted range on its own, and a view with 100,000 rows spends
    // seconds on thousands of scattered ranges (bench/gui/bench_filtertyping); rebuilding the
    // mapping is one pass and one layout change. Sorting lives in the source, so nothing is
    // sorted again here.
    const bool narrowing = m_narrowing && m_acceptedValid && m_tasks
                           && m_accepted.size() == static_cast<size_t>(m_tasks->rowCount());
    m_narrowing = narrowing;
    if (!narrowing)
        m_accepted.assign(m_tasks ? static_cast<size_t>(m_tasks->rowCount()) : 0, true);
    invalidate();
    // The mapping is built when first asked for: ask now, so every row is filtered (and
    // remembered) under this query and not under a later one.
    (void) rowCount();
    m_acceptedValid = m_tasks != nullptr;
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return true;
    const auto remembered = static_cast<size_t>(sourceRow);
    if (m_narrowing && remembered < m_accepted.size() && !m_accepted[remembered])
        return false;
    const bool accepted = acceptsEntry(m_tasks->searchEntry(sourceRow));
    if (remembered < m_accepted.size())
        m_accepted[remembered] = accepted;
    return accepted;
}

bool TaskFilterProxyModel::acceptsEntry(const TaskTableModel::SearchEntry &entry) const
{
    if (m_hostFilter && entry.hostId != *m_hostFilter)
        return false;
    if (!m_tagFilter.isEmpty() && !entry.tags.contains(m_tagFilter))
        return false;
    for (const Term &term : m_terms) {
        bool match = false;
        switch (term.kind) {
        case TermKind::Text:
            match = entry.text.contains(term.text);
            break;
        case TermKind::Tag:
            // Prefix, so the filter narrows while the value is still being typed.
            match = std::any_of(entry.tags.cbegin(),
                                entry.tags.cend(),
                                [&term](const QString &tag) { return tag.startsWith(term.text); });
            break;
        case TermKind::Running:
            match = entry.running || entry.text.contains(term.text);
            break;
        case TermKind::Queued:
            match = entry.queued || entry.text.contains(term.text);
            break;
        case TermKind::Failed:
            match = entry.failed || entry.text.contains(term.text);
            break;
        case TermKind::Invalid:
            match = entry.invalid || entry.text.contains(term.text);
            break;
        case TermKind::Scheduled:
            match = entry.scheduled || entry.text.contains(term.text);
            break;
        }
        if (match == term.negated)
            return false;
    }
    return true;
}

} // namespace TheEye
