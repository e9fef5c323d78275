#pragma once

#include "client/call.h"
#include "client/replyfacts.h"
#include "models/job.h"

#include <QStringDecoder>

class QTimer;

namespace TheEye {

class SupervisorClient;

// Follows one job: output() delivers its output as it is produced, jobUpdated() its lifecycle
// changes, and the call finishes with the finished job. From a local supervisor the output is
// streamed (`GET /job/:id/log?follow=1`, resumed with `?from=<byte>` after a dropped
// connection); from a remote one, or when the log route answers 404, the job is polled and its
// log diffed, so the output arrives when the supervisor has it (a real one: at the end).
class JobLogStream final : public Call<Job>
{
    Q_OBJECT

public:
    enum class Mode { Streaming, Polling };

    Mode mode() const { return m_mode; }
    // Bytes of output delivered so far (streaming), where a resume starts.
    qint64 offset() const { return m_offset; }

signals:
    void output(const QString &text);
    void jobUpdated(const TheEye::Job &job);

private:
    friend class JobsApi;

    JobLogStream(SupervisorClient &client, const Job &job);
    void start();
    void stopped() override;

    void openStream();
    void received(const QByteArray &chunk, bool restarted);
    void streamEnded(ReplyFacts &facts);
    void checkJobAfterStream();
    void retryStream(const ClientError &error);

    void startPolling();
    void poll();
    void polled(ReplyFacts &facts);

    void noteJob(const Job &job);
    void emitText(const QString &text);

    SupervisorClient &m_client;
    Job m_job;
    Mode m_mode = Mode::Streaming;
    qint64 m_offset = 0;      // bytes of output delivered
    qint64 m_answerStart = 0; // the offset the current request asked for
    qint64 m_answerBytes = 0; // bytes of the current answer seen
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_polledText; // the log as far as polling delivered it
    int m_failures = 0;   // consecutive, without progress
    QTimer *m_timer = nullptr;
};

} // namespace TheEye
