#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace TheEye {

// Job output as it streams in: raw bytes plus an index of line starts, so a view can reach any
// of millions of lines in O(1) and only decode what it paints. The last line stays open until a
// newline arrives. Nothing here is per-line allocation: appending 10,000 lines is one buffer grow
// and one index grow.
//
// A line longer than MaxLineBytes is shown as several lines (cut at a UTF-8 boundary), as Kate
// does past its line length limit: a job that prints megabytes without a newline must not make
// every repaint decode and lay out megabytes. bytes() and plainText() keep the output as it was.
class LogBuffer
{
public:
    static constexpr qsizetype MaxLineBytes = 4 * 1024;

    void append(QByteArrayView bytes);
    void clear();
    void setText(QByteArrayView bytes) { clear(), append(bytes); }

    // Lines, counting an unterminated last line; an empty buffer has none.
    qsizetype lineCount() const;
    // True when the line is the rest of a longer one cut at MaxLineBytes, not after a newline.
    bool continuesPreviousLine(qsizetype index) const;
    // The raw bytes of a line without its line break (CR LF and LF both end lines).
    QByteArrayView line(qsizetype index) const;
    // Decoded for display: ANSI escape sequences removed, a carriage return inside the line keeps
    // only what follows it (progress bars), tabs expanded to 8 columns.
    QString plainLine(qsizetype index) const;
    qsizetype byteSize() const { return m_bytes.size(); }
    // The widest line in bytes, for the horizontal scroll range of a monospace view.
    qsizetype longestLine() const { return m_longest; }
    const QByteArray &bytes() const { return m_bytes; }
    // The whole text without ANSI escapes, as the user copies or saves it.
    QString plainText() const;

    // Case-insensitive (ASCII) search for `needle`: forward from the line after `fromLine` (-1
    // for the top), or backward from the line before it (lineCount() for the bottom), wrapping
    // around. Returns the line and the byte offset of the hit inside it.
    struct Hit
    {
        qsizetype line = -1;
        qsizetype offset = -1;
    };
    std::optional<Hit> find(QByteArrayView needle, qsizetype fromLine, bool forward) const;
    // Every line with a hit, up to `limit`, for a match count ("12 of 340").
    qsizetype countMatches(QByteArrayView needle, qsizetype limit) const;

    static QString stripAnsi(QStringView text);

private:
    // One line's raw bytes as plainLine() shows them.
    static QString displayText(QByteArrayView raw);
    void cutLongLine(qsizetype lineEnd);
    qsizetype lineOfOffset(qsizetype offset) const;

    QByteArray m_bytes;
    std::vector<qsizetype> m_starts; // start offset of every complete or open line
    qsizetype m_longest = 0;
};

} // namespace TheEye
