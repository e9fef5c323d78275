#pragma once

#include "models/tasktablemodel.h"

#include <QByteArray>
#include <QByteArrayView>
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
    // Copies the rows' search text ahead of the first key (see Corpus), e.g. when the search
    // box gets the focus; the first key does it otherwise.
    void prepareSearch();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilterAll();
    // Decides every row still marked in m_accepted, in one tight pass (split over two threads
    // for a large table), so the proxy's own pass only reads the answers.
    void decideMarkedRows();
    void sourceRowsChanged(int first, int last);
    void forgetRows();
    void buildCorpus();
    bool acceptsRow(size_t row) const;

    enum class TermKind { Text, Tag, Running, Queued, Failed, Invalid, Scheduled };
    struct Term
    {
        TermKind kind = TermKind::Text;
        QString text;
        QByteArray utf8;      // text, as the UTF-8 SearchEntry::text is searched with
        QByteArray tagPrefix; // a Tag term: TagMark and utf8, found at the start of a tag
        bool negated = false;
    };

    // The status words a row matches without their text, one bit per TermKind.
    static unsigned char statusBits(const TaskTableModel::SearchEntry &entry);

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
    // Bytes, not std::vector<bool>: two threads fill disjoint halves of it.
    mutable std::vector<unsigned char> m_accepted;
    bool m_acceptedValid = false;
    bool m_narrowing = false;
    bool m_answersDecided = false; // filterAcceptsRow reads m_accepted
    // A group filter: a decision reads the row's bot or tags, not only the corpus.
    bool m_needsEntry = false;

    // Every row's search text and then its tags, each after a TagMark, back to back (text from
    // offsets[row] to tagOffsets[row], tags from there to offsets[row + 1]): read in order it
    // streams from memory, where the rows' own strings, one allocation each, cost a cache miss
    // or two per row (most of a key's time over 100,000 tasks). Rows changed since it was built
    // are read from the model until the next rebuild.
    static constexpr char TagMark = '\x1f'; // the ASCII unit separator: in no typed term
    struct Corpus
    {
        QByteArray bytes;
        std::vector<qsizetype> offsets;
        std::vector<qsizetype> tagOffsets;
        std::vector<unsigned char> status; // statusBits per row
        std::vector<unsigned char> stale;
        bool valid = false;
    };
    Corpus m_corpus;
};

} // namespace TheEye
