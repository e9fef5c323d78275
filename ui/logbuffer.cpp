#include "ui/logbuffer.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace TheEye {
namespace {

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Index of the first case-insensitive (ASCII) occurrence of needle in haystack at or after from.
qsizetype findCaseInsensitive(QByteArrayView haystack, QByteArrayView needle, qsizetype from)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return -1;
    const char first = lowerAscii(needle.front());
    const char firstUpper = static_cast<char>(std::toupper(static_cast<unsigned char>(first)));
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = from; i <= last; ++i) {
        // memchr-like skip to the next possible first character.
        const char c = haystack[i];
        if (c != first && c != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < needle.size() && lowerAscii(haystack[i + j]) == lowerAscii(needle[j]))
            ++j;
        if (j == needle.size())
            return i;
    }
    return -1;
}

} // namespace

void LogBuffer::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype base = m_bytes.size();
    if (m_starts.empty())
        m_starts.push_back(0);
    m_bytes.append(bytes);
    const char *data = m_bytes.constData();
    qsizetype position = base;
    const qsizetype end = m_bytes.size();
    while (position < end) {
        const void *newline = std::memchr(data + position,
                                          '\n',
                                          static_cast<size_t>(end - position));
        if (!newline)
            break;
        const qsizetype at = static_cast<const char *>(newline) - data;
        cutLongLine(at);
        m_longest = std::max(m_longest, at - m_starts.back());
        m_starts.push_back(at + 1);
        position = at + 1;
    }
    cutLongLine(end);
    m_longest = std::max(m_longest, end - m_starts.back());
}

void LogBuffer::cutLongLine(qsizetype lineEnd)
{
    const auto isContinuationByte = [this](qsizetype at) {
        return (static_cast<unsigned char>(m_bytes.at(at)) & 0xc0) == 0x80;
    };
    while (lineEnd - m_starts.back() > MaxLineBytes) {
        qsizetype cut = m_starts.back() + MaxLineBytes;
        // Never inside a UTF-8 sequence (at most three continuation bytes follow a lead byte).
        for (int back = 0; back < 3 && isContinuationByte(cut); ++back)
            --cut;
        m_longest = std::max(m_longest, cut - m_starts.back());
        m_starts.push_back(cut);
    }
}

bool LogBuffer::continuesPreviousLine(qsizetype index) const
{
    if (index <= 0 || index >= lineCount())
        return false;
    return m_bytes.at(m_starts[static_cast<size_t>(index)] - 1) != '\n';
}

void LogBuffer::clear()
{
    m_bytes.clear();
    m_starts.clear();
    m_longest = 0;
}

qsizetype LogBuffer::lineCount() const
{
    if (m_starts.empty())
        return 0;
    // A trailing newline opens an empty last line that holds nothing yet: do not count it.
    const qsizetype count = static_cast<qsizetype>(m_starts.size());
    return m_starts.back() == m_bytes.size() ? count - 1 : count;
}

QByteArrayView LogBuffer::line(qsizetype index) const
{
    if (index < 0 || index >= lineCount())
        return {};
    const qsizetype start = m_starts[static_cast<size_t>(index)];
    qsizetype end = m_bytes.size();
    if (static_cast<size_t>(index + 1) < m_starts.size()) {
        end = m_starts[static_cast<size_t>(index + 1)];
        if (!continuesPreviousLine(index + 1))
            --end; // the newline
    }
    if (end > start && m_bytes.at(end - 1) == '\r')
        --end;
    return QByteArrayView(m_bytes).sliced(start, end - start);
}

QString LogBuffer::stripAnsi(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x1b)) {
            if (i + 1 < text.size() && text.at(i + 1) == u'[') {
                i += 2;
                while (i < text.size() && !(text.at(i) >= u'@' && text.at(i) <= u'~'))
                    ++i;
            } else if (i + 1 < text.size() && text.at(i + 1) == u']') { // OSC: up to BEL or ST
                i += 2;
                while (i < text.size() && text.at(i) != QChar(0x07)
                       && !(text.at(i) == QChar(0x1b) && i + 1 < text.size()
                            && text.at(i + 1) == u'\\'))
                    ++i;
                if (i < text.size() && text.at(i) == QChar(0x1b))
                    ++i;
            } else {
                ++i;
            }
            continue;
        }
        out.append(c);
    }
    return out;
}

QString LogBuffer::plainLine(qsizetype index) const
{
    return displayText(line(index));
}

QString LogBuffer::displayText(QByteArrayView raw)
{
    QString text = QString::fromUtf8(raw);
    const qsizetype cr = text.lastIndexOf(u'\r');
    if (cr >= 0)
        text.remove(0, cr + 1);
    text = stripAnsi(text);
    if (text.contains(u'\t')) {
        QString expanded;
        for (const QChar c : std::as_const(text)) {
            if (c == u'\t')
                expanded.append(QString(8 - expanded.size() % 8, u' '));
            else
                expanded.append(c);
        }
        text = expanded;
    }
    return text;
}

QString LogBuffer::plainText() const
{
    // Line by line as the job wrote them, not as cut for display.
    QString text;
    text.reserve(m_bytes.size());
    const QByteArrayView all(m_bytes);
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = all.indexOf('\n', start);
        const bool terminated = end >= 0;
        if (!terminated)
            end = all.size();
        QByteArrayView raw = all.sliced(start, end - start);
        if (raw.endsWith('\r'))
            raw.chop(1);
        text.append(displayText(raw));
        if (terminated)
            text.append(u'\n');
        start = end + 1;
    }
    return text;
}

qsizetype LogBuffer::lineOfOffset(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return static_cast<qsizetype>(it - m_starts.begin()) - 1;
}

std::optional<LogBuffer::Hit> LogBuffer::find(QByteArrayView needle,
                                              qsizetype fromLine,
                                              bool forward) const
{
    const qsizetype count = lineCount();
    if (needle.isEmpty() || count == 0)
        return std::nullopt;
    const QByteArrayView all(m_bytes);
    const auto hitAt = [this](qsizetype offset) -> Hit {
        const qsizetype line = lineOfOffset(offset);
        return {line, offset - m_starts[static_cast<size_t>(line)]};
    };
    if (forward) {
        // From the line after fromLine (-1: the first line) to the end, then from the top.
        const qsizetype next = std::max<qsizetype>(fromLine + 1, 0);
        const qsizetype start = next < count ? m_starts[static_cast<size_t>(next)] : all.size();
        qsizetype offset = findCaseInsensitive(all, needle, start);
        if (offset < 0)
            offset = findCaseInsensitive(all.first(std::min(all.size(), start + needle.size() - 1)),
                                         needle,
                                         0);
        if (offset < 0)
            return std::nullopt;
        return hitAt(offset);
    }
    // Backward: the last hit before the start of fromLine (count: the end), else the last hit.
    const qsizetype limit = fromLine >= 0 && fromLine < count
                                ? m_starts[static_cast<size_t>(fromLine)]
                                : (fromLine < 0 ? 0 : all.size());
    qsizetype best = -1;
    qsizetype bestWrapped = -1;
    for (qsizetype offset = findCaseInsensitive(all, needle, 0); offset >= 0;
         offset = findCaseInsensitive(all, needle, offset + 1)) {
        if (offset < limit)
            best = offset;
        else
            bestWrapped = offset;
    }
    const qsizetype chosen = best >= 0 ? best : bestWrapped;
    if (chosen < 0)
        return std::nullopt;
    return hitAt(chosen);
}

qsizetype LogBuffer::countMatches(QByteArrayView needle, qsizetype limit) const
{
    qsizetype count = 0;
    qsizetype lastLine = -1;
    const QByteArrayView all(m_bytes);
    for (qsizetype offset = findCaseInsensitive(all, needle, 0); offset >= 0 && count < limit;
         offset = findCaseInsensitive(all, needle, offset + needle.size())) {
        const qsizetype line = lineOfOffset(offset);
        if (line != lastLine) {
            ++count;
            lastLine = line;
        }
    }
    return count;
}

} // namespace TheEye
