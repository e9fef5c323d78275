#include "supervisor/engine/localrun.h"

#include "models/jsonutil.h"
#include "supervisor/engine/verdict.h"

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

LocalRun::LocalRun(JobRow job,
                   BotThread &bot,
                   qint64 outputCapBytes,
                   const QString &argumentFolder,
                   QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_log(outputCapBytes)
    , m_files(argumentFolder)
    , m_bot(bot)
{}

LocalRun::~LocalRun() = default;

void LocalRun::start(const Launch::Command &command,
                     const QProcessEnvironment &environment,
                     const BotProcess::Options &options)
{
    m_runId = m_bot.start(command, environment, options);
}

void LocalRun::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_bot.stop(m_runId);
}

void LocalRun::addOutput(OutputChunk::Stream stream, const QByteArray &bytes)
{
    qint64 offset = m_log.keptBytes();
    for (const OutputChunk &chunk : m_log.append(stream, bytes)) {
        m_pending.append(chunk);
        Q_EMIT produced(m_job.id, offset, chunk.data);
        offset += chunk.data.size();
    }
}

QList<OutputChunk> LocalRun::takePending()
{
    return std::exchange(m_pending, {});
}

LocalRun::Texts LocalRun::texts(const QList<OutputChunk> &chunks)
{
    Texts texts;
    for (const OutputChunk &chunk : chunks) {
        texts.combined += chunk.data;
        (chunk.stream == OutputChunk::Stream::Stderr ? texts.stderrText : texts.stdoutText)
            += chunk.data;
    }
    return texts;
}

QJsonObject LocalRun::result(const ExitReport &exit,
                             const QList<OutputChunk> &chunks,
                             const QString &lastLine,
                             const Verdict::Final &verdict)
{
    const Texts all = texts(chunks);
    QString log = QString::fromUtf8(all.combined);
    if (!exit.startError.isEmpty())
        log += (log.isEmpty() || log.endsWith(u'\n') ? QString() : u"\n"_s) + exit.startError
               + u'\n';
    QJsonObject result{
        {"code"_L1, exit.code ? QJsonValue(*exit.code) : QJsonValue()},
        {"signal"_L1, exit.signal.isEmpty() ? QJsonValue() : QJsonValue(exit.signal)},
        {"killed"_L1, exit.killed},
        {"times"_L1,
         QJsonObject{{"seconds"_L1, double(exit.elapsedNs / 1000000000)},
                     {"nanoseconds"_L1, double(exit.elapsedNs % 1000000000)}}},
        {"log"_L1, log},
        {"stdout"_L1, QString::fromUtf8(all.stdoutText)},
        {"stderr"_L1, QString::fromUtf8(all.stderrText)},
        {"lastline"_L1, lastLine},
        {"started_at"_L1, Json::isoDate(exit.startedAt)},
        {"finished_at"_L1, Json::isoDate(exit.finishedAt)},
    };
    if (!verdict.reportedOutput.isUndefined())
        result.insert("output"_L1, verdict.reportedOutput);
    if (!exit.startError.isEmpty())
        result.insert("error"_L1, exit.startError);
    return result;
}

} // namespace TheEye::Supervisor
