#include "models/tasksearch.h"

#include "models/bytesearch.h"

#include <algorithm>
#include <system_error>
#include <thread>
#include <utility>

namespace TheEye {

void TaskSearch::setModel(const TaskTableModel *tasks)
{
    m_tasks = tasks;
    forget();
}

bool TaskSearch::setQuery(const QString &query)
{
    if (query == m_query)
        return false;
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
    // A space typed between words, or a letter's case, changes the text but not what it finds:
    // the rows shown stay as they are instead of being decided and laid out again.
    if (sameTerms(before, m_terms))
        return false;
    m_narrowing = narrows(before, m_terms);
    return true;
}

bool TaskSearch::sameTerms(const QList<Term> &before, const QList<Term> &after)
{
    return std::equal(before.cbegin(),
                      before.cend(),
                      after.cbegin(),
                      after.cend(),
                      [](const Term &old, const Term &now) {
                          return old.kind == now.kind && old.negated == now.negated
                                 && old.text == now.text;
                      });
}

bool TaskSearch::narrows(const QList<Term> &before, const QList<Term> &after)
{
    if (after.size() < before.size())
        return false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const Term &old = before.at(i);
        const Term &now = after.at(i);
        if (old.negated || now.negated)
            return false;
        // A word that grows into a tag filter ("env:" → "env:p") narrows too: a task's tags are
        // part of its text, so a task with a tag starting "env:p" has "env:" in its text.
        const bool wordIntoTag = old.kind == TermKind::Text && now.kind == TermKind::Tag;
        if (old.kind != now.kind && !wordIntoTag)
            return false;
        const bool longer = old.kind == TermKind::Tag ? now.text.startsWith(old.text)
                                                      : now.text.contains(old.text);
        if (!longer)
            return false;
    }
    return true;
}

bool TaskSearch::setHostFilter(const std::optional<QString> &hostId)
{
    if (hostId == m_hostFilter)
        return false;
    m_hostFilter = hostId;
    m_narrowing = false;
    return true;
}

bool TaskSearch::setTagFilter(const QString &tag)
{
    const QString lower = tag.toLower();
    if (lower == m_tagFilter)
        return false;
    m_tagFilter = lower;
    m_narrowing = false;
    return true;
}

void TaskSearch::forget()
{
    m_acceptedValid = false;
    m_corpus.valid = false;
}

void TaskSearch::prepare()
{
    if (!m_corpus.valid)
        buildCorpus();
}

void TaskSearch::decideAll()
{
    const size_t rows = m_tasks ? static_cast<size_t>(m_tasks->rowCount()) : 0;
    const bool narrowing = m_narrowing && m_acceptedValid && m_accepted.size() == rows;
    m_narrowing = false;
    if (!narrowing)
        m_accepted.assign(rows, 1);
    if (!m_corpus.valid && !m_terms.isEmpty())
        buildCorpus();
    const auto decide = [this](size_t from, size_t to) {
        decideRows(from, to);
    };
    m_acceptedValid = m_tasks != nullptr;
    // Below this a second thread costs more than it saves.
    constexpr size_t ParallelFrom = 20000;
    std::thread other;
    if (rows >= ParallelFrom && std::thread::hardware_concurrency() >= 2) {
        try {
            // acceptsRow only reads the rows, the corpus and the terms; each thread writes its
            // own half of m_accepted.
            other = std::thread(decide, rows / 2, rows);
        } catch (const std::system_error &) {
            // No thread to be had: one pass, only slower.
        }
    }
    decide(0, other.joinable() ? rows / 2 : rows);
    if (other.joinable())
        other.join();
}

void TaskSearch::decideRows(size_t from, size_t to)
{
    const bool needsEntry = m_hostFilter || !m_tagFilter.isEmpty();
    const bool corpusAnswers = m_corpus.valid && !needsEntry
                               && m_corpus.offsets.size() == m_accepted.size() + 1;
    if (!corpusAnswers) {
        for (size_t row = from; row < to; ++row) {
            if (m_accepted[row])
                m_accepted[row] = acceptsRow(row);
        }
        return;
    }
    // Rows changed since the corpus was built are read from the model, one by one.
    for (size_t row = from; row < to; ++row) {
        if (m_accepted[row] && m_corpus.stale[row])
            m_accepted[row] = acceptsRow(row);
    }
    // The others term by term, over runs of neighbouring rows still accepted: their bytes lie
    // back to back in the corpus, so one search crosses many rows without a call per row.
    for (const Term &term : std::as_const(m_terms)) {
        for (size_t row = from; row < to;) {
            if (!m_accepted[row] || m_corpus.stale[row]) {
                ++row;
                continue;
            }
            size_t end = row + 1;
            while (end < to && m_accepted[end] && !m_corpus.stale[end])
                ++end;
            decideRun(term, row, end);
            row = end;
        }
    }
}

void TaskSearch::decideRun(const Term &term, size_t first, size_t end)
{
    const char *bytes = m_corpus.bytes.constData();
    const auto keep = [this, &term](size_t row, bool match) {
        m_accepted[row] = match != term.negated ? 1 : 0;
    };
    if (term.kind != TermKind::Text && term.kind != TermKind::Tag) {
        const unsigned bit = 1U << static_cast<unsigned>(term.kind);
        for (size_t row = first; row < end; ++row) {
            const qsizetype begin = m_corpus.offsets[row];
            const QByteArrayView text(bytes + begin, m_corpus.tagOffsets[row] - begin);
            keep(row, (m_corpus.status[row] & bit) != 0 || containsBytes(text, term.utf8));
        }
        return;
    }
    // A word is looked for in a row's text, a tag filter (which starts with TagMark) in its tags.
    const bool inTags = term.kind == TermKind::Tag;
    const QByteArrayView needle = inTags ? QByteArrayView(term.tagPrefix)
                                         : QByteArrayView(term.utf8);
    const qsizetype stop = m_corpus.offsets[end];
    qsizetype from = m_corpus.offsets[first];
    size_t row = first;
    while (row < end) {
        const qsizetype found = indexOfBytes(QByteArrayView(bytes + from, stop - from), needle);
        if (found < 0)
            break;
        const qsizetype at = from + found;
        while (m_corpus.offsets[row + 1] <= at)
            keep(row++, false);
        const qsizetype sectionBegin = inTags ? m_corpus.tagOffsets[row] : m_corpus.offsets[row];
        const qsizetype sectionEnd = inTags ? m_corpus.offsets[row + 1] : m_corpus.tagOffsets[row];
        if (at < sectionBegin) {
            from = at + 1; // before the section: it may still come
            continue;
        }
        // Inside the section it matched; past its end (or across it) no later start can.
        keep(row, at + needle.size() <= sectionEnd);
        ++row;
        from = m_corpus.offsets[row];
    }
    for (; row < end; ++row)
        keep(row, false);
}

bool TaskSearch::isDecided() const
{
    return m_acceptedValid && m_tasks
           && m_accepted.size() == static_cast<size_t>(m_tasks->rowCount());
}

bool TaskSearch::decideChanged(int first, int last)
{
    if (!m_acceptedValid || first < 0 || last < first
        || static_cast<size_t>(last) >= m_accepted.size()) {
        const std::vector<unsigned char> before = m_accepted;
        m_narrowing = false;
        decideAll();
        return m_accepted != before;
    }
    if (m_corpus.valid) {
        constexpr int MostRowsToPatch = 1024; // past this a rebuild at the next key is cheaper
        if (last - first >= MostRowsToPatch)
            m_corpus.valid = false;
        else
            std::fill(m_corpus.stale.begin() + first, m_corpus.stale.begin() + last + 1, 1);
    }
    bool changed = false;
    for (auto row = static_cast<size_t>(first); row <= static_cast<size_t>(last); ++row) {
        const unsigned char accepted = acceptsRow(row) ? 1 : 0;
        changed = changed || accepted != m_accepted[row];
        m_accepted[row] = accepted;
    }
    return changed;
}

void TaskSearch::rowsInserted(int first, int last)
{
    m_corpus.valid = false; // its rows are where they were
    if (!m_acceptedValid || first < 0 || last < first
        || static_cast<size_t>(first) > m_accepted.size()) {
        forget();
        return;
    }
    m_accepted.insert(m_accepted.begin() + first, static_cast<size_t>(last - first + 1), 0);
    for (auto row = static_cast<size_t>(first); row <= static_cast<size_t>(last); ++row)
        m_accepted[row] = acceptsRow(row) ? 1 : 0;
}

void TaskSearch::rowsRemoved(int first, int last)
{
    m_corpus.valid = false;
    if (!m_acceptedValid || first < 0 || last < first
        || static_cast<size_t>(last) >= m_accepted.size()) {
        forget();
        return;
    }
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
}

void TaskSearch::rowsMoved(int first, int last, int destination)
{
    m_corpus.valid = false;
    const auto size = static_cast<int>(m_accepted.size());
    if (!m_acceptedValid || first < 0 || last < first || last >= size || destination < 0
        || destination > size) {
        forget();
        return;
    }
    // `destination` counts rows before the move, as beginMoveRows does.
    const auto at = [this](int row) {
        return m_accepted.begin() + row;
    };
    if (destination > last + 1)
        std::rotate(at(first), at(last + 1), at(destination));
    else if (destination < first)
        std::rotate(at(destination), at(first), at(last + 1));
}

void TaskSearch::buildCorpus()
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

unsigned char TaskSearch::statusBits(const TaskTableModel::SearchEntry &entry)
{
    const auto bit = [](TermKind kind) {
        return static_cast<unsigned char>(1U << static_cast<unsigned>(kind));
    };
    return static_cast<unsigned char>(
        (entry.running ? bit(TermKind::Running) : 0) | (entry.queued ? bit(TermKind::Queued) : 0)
        | (entry.failed ? bit(TermKind::Failed) : 0) | (entry.invalid ? bit(TermKind::Invalid) : 0)
        | (entry.scheduled ? bit(TermKind::Scheduled) : 0));
}

bool TaskSearch::acceptsRow(size_t row) const
{
    const bool needsEntry = m_hostFilter || !m_tagFilter.isEmpty();
    if (m_terms.isEmpty() && !needsEntry)
        return true;
    // Most decisions read only the corpus; the row itself is read when the corpus cannot answer
    // (built before the row changed) or a filter needs its bot or tags.
    const bool inCorpus = m_corpus.valid && row < m_corpus.stale.size() && !m_corpus.stale[row];
    const TaskTableModel::SearchEntry *entry = inCorpus && !needsEntry
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
