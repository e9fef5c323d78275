#pragma once

#include "supervisor/store/records.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace TheEye::Supervisor {

// The tail of a growing text that still holds its last line; never more than `limit` bytes.
class LastLineTracker final
{
public:
    explicit LastLineTracker(qsizetype limit = 1024 * 1024);
    void add(QByteArrayView bytes);
    bool isEmpty() const { return m_seen == 0; }
    // The last line, one trailing newline ignored, trimmed (as the TheEye agent reads it).
    QString line() const;

private:
    QByteArray m_tail;
    qsizetype m_limit;
    qint64 m_seen = 0;
};

// One running job's output as it is kept: stdout and stderr interleaved in arrival order, each
// made valid UTF-8 (a character split between two reads is joined, invalid bytes become U+FFFD;
// bytes of a character still incomplete when the job ends are dropped),
// and capped: past `capBytes` the rest is dropped after one truncation marker, so a job that
// prints without end costs neither memory nor disk. The last lines are tracked over everything
// printed, kept or not.
class OutputLog final
{
public:
    explicit OutputLog(qint64 capBytes);

    // What to keep of `bytes`, as chunks to store and stream (empty once the cap is reached).
    QList<OutputChunk> append(OutputChunk::Stream stream, QByteArrayView bytes);

    qint64 keptBytes() const { return m_kept; } // what log offsets count, marker included
    qint64 droppedBytes() const { return m_dropped; }
    bool isTruncated() const { return m_truncated; }
    // stdout's last line when stdout printed anything (the result line of TheEye's scripts,
    // whatever stderr printed around it), else the combined output's.
    QString lastLine() const;

    static QByteArray truncationMarker(qint64 capBytes);

private:
    QList<OutputChunk> keep(OutputChunk::Stream stream, const QByteArray &text);

    qint64 m_cap;
    qint64 m_kept = 0;
    qint64 m_dropped = 0;
    bool m_truncated = false;
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
    LastLineTracker m_stdoutLast;
    LastLineTracker m_combinedLast;
};

} // namespace TheEye::Supervisor
