#pragma once

#include "supervisor/bot/argumentfiles.h"
#include "supervisor/bot/botprocess.h"
#include "supervisor/bot/botthread.h"
#include "supervisor/bot/outputlog.h"
#include "supervisor/store/records.h"

#include <QObject>

namespace TheEye::Supervisor {

namespace Verdict {
struct Final;
}

// One job the local bot runs, as the core thread sees it: its run on the bot thread, its output
// as kept (capped), the output not yet written to the store, and the private files of its file
// arguments (removed with it).
class LocalRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalRun)

public:
    LocalRun(JobRow job,
             BotThread &bot,
             qint64 outputCapBytes,
             const QString &argumentFolder,
             QObject *parent = nullptr);
    ~LocalRun() override;

    const JobRow &job() const { return m_job; }
    ArgumentFiles &argumentFiles() { return m_files; }
    quint64 runId() const { return m_runId; }
    qint64 processGroup() const { return m_processGroup; }
    // The bot thread's news of this run.
    void setStarted(qint64 processGroup, const QString &startedAt)
    {
        m_processGroup = processGroup;
        m_startedAt = startedAt;
    }
    const QString &startedAt() const { return m_startedAt; }
    void addOutput(OutputChunk::Stream stream, const QByteArray &bytes);
    // Once output was written to the store, it holds chunks of this job to read and delete at
    // the end; until then there is nothing there to look for.
    void noteStoredOutput() { m_storedOutput = true; }
    bool hasStoredOutput() const { return m_storedOutput; }
    const OutputLog &log() const { return m_log; }

    void start(const Launch::Command &command,
               const QProcessEnvironment &environment,
               const BotProcess::Options &options);
    // Cancel or shutdown: the process group is stopped (SIGTERM, then SIGKILL).
    void stop();
    bool isStopping() const { return m_stopping; }

    // Output not yet in the store, handed over to be written.
    QList<OutputChunk> takePending();
    bool hasPending() const { return !m_pending.isEmpty(); }

    // The result object of a finished run (supervisor-api.md §6.1 plus our extensions):
    // code, signal, killed, times, log (combined), stdout, stderr, lastline, output, dates.
    static QJsonObject result(const ExitReport &exit,
                              const QList<OutputChunk> &chunks,
                              const QString &lastLine,
                              const Verdict::Final &verdict);
    // The three texts of a job's kept output.
    struct Texts
    {
        QByteArray combined;
        QByteArray stdoutText;
        QByteArray stderrText;
    };
    static Texts texts(const QList<OutputChunk> &chunks);

Q_SIGNALS:
    // Kept bytes at log offset `offset`, as they arrive.
    void produced(const QString &jobId, qint64 offset, const QByteArray &bytes);

private:
    JobRow m_job;
    OutputLog m_log;
    ArgumentFiles m_files;
    BotThread &m_bot;
    quint64 m_runId = 0;
    qint64 m_processGroup = 0;
    QString m_startedAt;
    QList<OutputChunk> m_pending;
    bool m_stopping = false;
    bool m_storedOutput = false;
};

} // namespace TheEye::Supervisor
