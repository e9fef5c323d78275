#include "models/taskfilterproxymodel.h"

#include "models/bytesearch.h"
#include "models/tasktablemodel.h"

#include <algorithm>
#include <system_error>
#include <thread>
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
    forgetRows();
    // Rows the feed changes in place may start or stop matching.
    if (m_tasks) {
        connect(m_tasks,
                &QAbstractItemModel::dataChanged,
                this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    sourceRowsChanged(topLeft.row(), bottomRight.row());
                });
        // Rows that move, come or go make the remembered rows someone else's.
        const auto forget = [this] {
            forgetRows();
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
        term.utf8 = word.toUtf8();
        if (term.kind == TermKind::Tag)
            term.tagPrefix = TagMark + term.utf8;
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

void TaskFilterProxyModel::forgetRows()
{
    m_acceptedValid = false;
    m_corpus.valid = false;
}

void TaskFilterProxyModel::sourceRowsChanged(int first, int last)
{
    // The feed changed these rows in place: they may start or stop matching.
    const auto rows = m_accepted.size();
    if (!m_acceptedValid || first < 0 || last < first || static_cast<size_t>(last) >= rows) {
        invalidateRowsFilter(); // nothing remembered to go by: every row decided again
        return;
    }
    if (m_corpus.valid) {
        constexpr int MostRowsToPatch = 1024; // past this a rebuild at the next key is cheaper
        if (last - first >= MostRowsToPatch)
            m_corpus.valid = false;
        else
            std::fill(m_corpus.stale.begin() + first, m_corpus.stale.begin() + last + 1, 1);
    }
    for (auto row = static_cast<size_t>(first); row <= static_cast<size_t>(last); ++row)
        m_accepted[row] = acceptsRow(row);
    // Only the rows whose answer changed are inserted or removed.
    m_answersDecided = true;
    invalidateRowsFilter();
    m_answersDecided = false;
}

void TaskFilterProxyModel::refilterAll()
{
    // A new query changes which rows match all over the table. invalidateRowsFilter() would
    // report every removed or inserted range on its own, and a view with 100,000 rows spends
    // seconds on thousands of scattered ranges (bench/gui/bench_filtertyping); rebuilding the
    // mapping is one pass and one layout change. Sorting lives in the source, so nothing is
    // sorted again here.
    const size_t rows = m_tasks ? static_cast<size_t>(m_tasks->rowCount()) : 0;
    const bool narrowing = m_narrowing && m_acceptedValid && m_accepted.size() == rows;
    if (!narrowing)
        m_accepted.assign(rows, 1);
    m_needsEntry = m_hostFilter || !m_tagFilter.isEmpty();
    if (!m_corpus.valid && !m_terms.isEmpty())
        buildCorpus();
    decideMarkedRows();
    m_answersDecided = true;
    invalidate();
    // The mapping is built when first asked for: ask now, while the answers are this query's.
    (void) rowCount();
    m_answersDecided = false;
    m_acceptedValid = m_tasks != nullptr;
}

void TaskFilterProxyModel::prepareSearch()
{
    if (!m_corpus.valid)
        buildCorpus();
}

void TaskFilterProxyModel::buildCorpus()
{
    const int rows = m_tasks ? m_tasks->rowCount() : 0;
    m_corpus.bytes.clear();
    m_corpus.offsets.clear();
    m_corpus.offsets.reserve(static_cast<size_t>(rows) + 1);
    m_corpus.offsets.push_back(0);
    m_corpus.tagOffsets.resize(static_cast<size_t>(rows));
    m_corpus.status.resize(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const TaskTableModel::SearchEntry &entry = m_tasks->searchEntry(row);
        m_corpus.bytes.append(entry.text);
        m_corpus.tagOffsets[static_cast<size_t>(row)] = m_corpus.bytes.size();
        for (const QString &tag : entry.tags) {
            m_corpus.bytes.append(TagMark);
            // A mark inside a tag would start a false one there.
            m_corpus.bytes.append(tag.toUtf8().replace(TagMark, ' '));
        }
        m_corpus.offsets.push_back(m_corpus.bytes.size());
        m_corpus.status[static_cast<size_t>(row)] = statusBits(entry);
    }
    m_corpus.bytes.squeeze();
    m_corpus.stale.assign(static_cast<size_t>(rows), 0);
    m_corpus.valid = true;
}

void TaskFilterProxyModel::decideMarkedRows()
{
    const auto decide = [this](size_t from, size_t to) {
        for (size_t row = from; row < to; ++row) {
            if (m_accepted[row])
                m_accepted[row] = acceptsRow(row);
        }
    };
    const size_t rows = m_accepted.size();
    // Below this a second thread costs more than it saves.
    constexpr size_t ParallelFrom = 20000;
    if (rows < ParallelFrom || std::thread::hardware_concurrency() < 2) {
        decide(0, rows);
        return;
    }
    // acceptsRow only reads the rows, the corpus and the terms; each thread writes its own half.
    const size_t half = rows / 2;
    std::thread other;
    try {
        other = std::thread(decide, half, rows);
    } catch (const std::system_error &) {
        decide(0, rows); // no thread to be had: one pass, only slower
        return;
    }
    decide(0, half);
    other.join();
}

bool TaskFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return true;
    const auto row = static_cast<size_t>(sourceRow);
    if (m_answersDecided && row < m_accepted.size())
        return m_accepted[row] != 0;
    const bool accepted = acceptsRow(row);
    if (row < m_accepted.size())
        m_accepted[row] = accepted;
    return accepted;
}

unsigned char TaskFilterProxyModel::statusBits(const TaskTableModel::SearchEntry &entry)
{
    const auto bit = [](TermKind kind) {
        return static_cast<unsigned char>(1U << static_cast<unsigned>(kind));
    };
    return static_cast<unsigned char>(
        (entry.running ? bit(TermKind::Running) : 0) | (entry.queued ? bit(TermKind::Queued) : 0)
        | (entry.failed ? bit(TermKind::Failed) : 0) | (entry.invalid ? bit(TermKind::Invalid) : 0)
        | (entry.scheduled ? bit(TermKind::Scheduled) : 0));
}

bool TaskFilterProxyModel::acceptsRow(size_t row) const
{
    if (m_terms.isEmpty() && !m_needsEntry)
        return true;
    // Most decisions read only the corpus; the row itself is read when the corpus cannot answer
    // (built before the row changed) or a filter needs its bot or tags.
    const bool inCorpus = m_corpus.valid && row < m_corpus.stale.size() && !m_corpus.stale[row];
    const TaskTableModel::SearchEntry *entry = inCorpus && !m_needsEntry
                                                   ? nullptr
                                                   : &m_tasks->searchEntry(static_cast<int>(row));
    QByteArrayView text;
    QByteArrayView tags; // in the corpus only
    unsigned char status = 0;
    if (inCorpus) {
        const char *bytes = m_corpus.bytes.constData();
        const qsizetype begin = m_corpus.offsets[row];
        const qsizetype tagsBegin = m_corpus.tagOffsets[row];
        text = QByteArrayView(bytes + begin, tagsBegin - begin);
        tags = QByteArrayView(bytes + tagsBegin, m_corpus.offsets[row + 1] - tagsBegin);
        status = m_corpus.status[row];
    } else {
        text = entry->text;
        status = statusBits(*entry);
    }
    if (m_hostFilter && entry->hostId != *m_hostFilter)
        return false;
    if (!m_tagFilter.isEmpty() && !entry->tags.contains(m_tagFilter))
        return false;
    for (const Term &term : m_terms) {
        bool match = false;
        switch (term.kind) {
        case TermKind::Text:
            match = containsBytes(text, term.utf8);
            break;
        case TermKind::Tag:
            // Prefix, so the filter narrows while the value is still being typed.
            if (inCorpus)
                match = containsBytes(tags, term.tagPrefix);
            else
                match = std::any_of(entry->tags.cbegin(),
                                    entry->tags.cend(),
                                    [&term](const QString &tag) {
                                        return tag.startsWith(term.text);
                                    });
            break;
        case TermKind::Running:
        case TermKind::Queued:
        case TermKind::Failed:
        case TermKind::Invalid:
        case TermKind::Scheduled:
            // The status, or the word itself (a task named "nightly failed-jobs report").
            match = (status & (1U << static_cast<unsigned>(term.kind))) != 0
                    || containsBytes(text, term.utf8);
            break;
        }
        if (match == term.negated)
            return false;
    }
    return true;
}

} // namespace TheEye
