#pragma once

#include "models/tasktablemodel.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace TheEye {

// Decides which rows of a TaskTableModel the search box and the group filters show. The query
// is split on spaces; every term must match: plain words match name, tags, bot, script and
// description (substring, case-insensitive); the words running, queued, failed, invalid and
// scheduled match the task's status; `key:value` matches tags that start with it; a term
// starting with '-' excludes. Group filters (one bot or one tag) combine with the query.
//
// The answers are kept per source row (accepted()), and kept in step with rows that come, go,
// move or change, so a key that only narrows the query re-checks only the rows the last one
// accepted (most keys of a search).
class TaskSearch final
{
public:
    void setModel(const TaskTableModel *tasks);

    // Each returns false when nothing changed (for the query: when its terms did not, as with a
    // trailing space). Call decideAll() after a change.
    bool setQuery(const QString &query);
    bool setHostFilter(const std::optional<QString> &hostId); // nullopt: any; "": no bot
    bool setTagFilter(const QString &tag);                    // empty: any tag
    QString query() const { return m_query; }

    // Decides every row: only those the last answers accepted when the query just narrowed.
    void decideAll();
    // True when there is an answer for every row of the model as it is.
    bool isDecided() const;
    // The rows [first, last] changed in place; returns whether any answer changed.
    bool decideChanged(int first, int last);
    // Rows came, went or moved in the model: the answers follow them (new rows decided now).
    void rowsInserted(int first, int last);
    void rowsRemoved(int first, int last);
    void rowsMoved(int first, int last, int destination);
    // The rows were reordered or replaced: nothing is known until decideAll().
    void forget();

    const std::vector<unsigned char> &accepted() const { return m_accepted; }
    // Copies the rows' search text ahead of the first key (see Corpus).
    void prepare();

private:
    enum class TermKind { Text, Tag, Running, Queued, Failed, Invalid, Scheduled };
    struct Term
    {
        TermKind kind = TermKind::Text;
        QString text;
        QByteArray utf8;      // text, as the UTF-8 SearchEntry::text is searched with
        QByteArray tagPrefix; // a Tag term: TagMark and utf8, found at the start of a tag
        bool negated = false;
    };

    static bool sameTerms(const QList<Term> &before, const QList<Term> &after);
    // True when every row the new terms accept was accepted by the old ones: each old term is
    // still there, of the same kind, not negated, and only longer (typing on).
    static bool narrows(const QList<Term> &before, const QList<Term> &after);
    // The status words a row matches without their text, one bit per TermKind.
    static unsigned char statusBits(const TaskTableModel::SearchEntry &entry);

    void buildCorpus();
    bool acceptsRow(size_t row) const;
    // Decides the rows [from, to) the last answers accepted; writes only their answers.
    void decideRows(size_t from, size_t to);
    // One term over rows [first, end), all accepted and read from the corpus.
    void decideRun(const Term &term, size_t first, size_t end);

    const TaskTableModel *m_tasks = nullptr;
    QString m_query;
    QList<Term> m_terms;
    std::optional<QString> m_hostFilter;
    QString m_tagFilter;
    // One answer per source row. Bytes, not std::vector<bool>: two threads fill disjoint halves.
    std::vector<unsigned char> m_accepted;
    bool m_acceptedValid = false; // in step with the model's rows
    bool m_narrowing = false;     // the query changed only by narrowing since the last decision

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
