#include "supervisor/bot/outputlog.h"

#include "supervisor/core/supervisortr.h"

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

LastLineTracker::LastLineTracker(qsizetype limit)
    : m_limit(limit)
{}

void LastLineTracker::add(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_seen += bytes.size();
    m_tail.append(bytes);
    // Keep from the start of the last line; a newline that ends the text belongs to it.
    const qsizetype searchFrom = m_tail.endsWith('\n') ? m_tail.size() - 2 : m_tail.size() - 1;
    if (searchFrom >= 0) {
        const qsizetype newline = m_tail.lastIndexOf('\n', searchFrom);
        if (newline >= 0)
            m_tail.remove(0, newline + 1);
    }
    if (m_tail.size() > m_limit)
        m_tail.remove(0, m_tail.size() - m_limit);
}

QString LastLineTracker::line() const
{
    QByteArrayView view(m_tail);
    if (view.endsWith('\n'))
        view.chop(1);
    return QString::fromUtf8(view).trimmed();
}

OutputLog::OutputLog(qint64 capBytes)
    : m_cap(std::max<qint64>(capBytes, 0))
{}

QByteArray OutputLog::truncationMarker(qint64 capBytes)
{
    const QString size = capBytes >= 1024 * 1024
                             ? SupervisorTr::tr("%1 MiB").arg(double(capBytes) / (1024 * 1024),
                                                              0,
                                                              'f',
                                                              1)
                             : SupervisorTr::tr("%1 KiB").arg(double(capBytes) / 1024, 0, 'f', 1);
    return (u"\n"_s
            + SupervisorTr::tr("[TheEye: the output reached the %1 kept per job; the rest of it "
                               "was not stored. The state still comes from the last line.]")
                  .arg(size)
            + u"\n"_s)
        .toUtf8();
}

QList<OutputChunk> OutputLog::append(OutputChunk::Stream stream, QByteArrayView bytes)
{
    QStringDecoder &decoder = stream == OutputChunk::Stream::Stderr ? m_stderrDecoder
                                                                    : m_stdoutDecoder;
    const QByteArray text = QString(decoder.decode(bytes)).toUtf8();
    return keep(stream, text);
}

QList<OutputChunk> OutputLog::keep(OutputChunk::Stream stream, const QByteArray &text)
{
    QList<OutputChunk> chunks;
    if (text.isEmpty())
        return chunks;
    if (stream == OutputChunk::Stream::Stdout)
        m_stdoutLast.add(text);
    m_combinedLast.add(text);
    if (m_truncated) {
        m_dropped += text.size();
        return chunks;
    }
    const qint64 room = m_cap - m_kept;
    if (text.size() <= room) {
        m_kept += text.size();
        chunks.append({stream, text});
        return chunks;
    }
    // Cut at a character boundary: never inside a UTF-8 sequence.
    qsizetype cut = static_cast<qsizetype>(room);
    while (cut > 0 && (static_cast<uchar>(text.at(cut)) & 0xC0) == 0x80)
        --cut;
    if (cut > 0)
        chunks.append({stream, text.first(cut)});
    const QByteArray marker = truncationMarker(m_cap);
    chunks.append({OutputChunk::Stream::Stdout, marker});
    m_kept += cut + marker.size();
    m_dropped += text.size() - cut;
    m_truncated = true;
    return chunks;
}

QString OutputLog::lastLine() const
{
    return m_stdoutLast.isEmpty() ? m_combinedLast.line() : m_stdoutLast.line();
}

} // namespace TheEye::Supervisor
