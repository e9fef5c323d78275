#include "client/joblogstream.h"

#include "client/clienttr.h"
#include "client/decoders.h"
#include "client/replydecoding.h"
#include "client/supervisorclient.h"

#include <QTimer>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// Attempts in a row that bring nothing new before the stream gives up and reports the error.
constexpr int MaxConsecutiveFailures = 5;
constexpr int MaxRetryDelayMs = 5'000;

} // namespace

JobLogStream::JobLogStream(SupervisorClient &client, const Job &job)
    : Call<Job>(&client)
    , m_client(client)
    , m_job(job)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->callOnTimeout(this, [this] {
        if (m_mode == Mode::Streaming)
            openStream();
        else
            poll();
    });
}

void JobLogStream::start()
{
    if (m_client.profile().kind == ConnectionProfile::Kind::Local)
        openStream();
    else
        startPolling();
}

void JobLogStream::stopped()
{
    m_timer->stop();
}

void JobLogStream::openStream()
{
    m_mode = Mode::Streaming;
    RequestSpec spec = RequestSpec::get(
        m_client.organizationPath({u"job"_s, m_job.id(), u"log"_s}));
    spec.addQuery(u"follow"_s, u"1"_s);
    if (m_offset > 0)
        spec.addQuery(u"from"_s, QString::number(m_offset));
    spec.streamed = true;
    spec.accept = "text/plain, */*";
    // The transfer timeout restarts with every chunk: here it is the longest silence allowed.
    spec.timeoutMs = m_client.options().logIdleTimeoutMs;
    m_answerStart = m_offset;
    m_answerBytes = 0;
    m_client.exchange(
        this,
        spec,
        [this](ReplyFacts &facts) { streamEnded(facts); },
        [this](const QByteArray &chunk, bool restarted) { received(chunk, restarted); });
}

void JobLogStream::received(const QByteArray &chunk, bool restarted)
{
    // The answer starts at m_answerStart; after a restart it repeats what was delivered.
    if (restarted)
        m_answerBytes = 0;
    const qint64 position = m_answerStart + m_answerBytes;
    m_answerBytes += chunk.size();
    const qint64 known = m_offset - position;
    if (known >= chunk.size())
        return;
    const QByteArray fresh = known > 0 ? chunk.mid(known) : chunk;
    m_offset += fresh.size();
    m_failures = 0;
    emitText(m_decoder.decode(fresh));
}

void JobLogStream::streamEnded(ReplyFacts &facts)
{
    auto ended = decodeStatusReply(facts);
    if (ended) {
        // The local supervisor ends the stream when the job finishes; ask for its final state.
        checkJobAfterStream();
        return;
    }
    const ClientError &error = ended.error();
    if (error.kind == ClientError::Kind::NotFound
        || error.kind == ClientError::Kind::UnsupportedRoute) {
        startPolling();
        return;
    }
    if (error.isTransportFailure()) {
        retryStream(error);
        return;
    }
    fail(error);
}

void JobLogStream::checkJobAfterStream()
{
    m_client.exchange(this,
                      RequestSpec::get(m_client.organizationPath({u"job"_s, m_job.id()})),
                      [this](ReplyFacts &facts) {
                          auto job = decodeJsonReply<Job>(facts, Decode::job);
                          if (!job) {
                              if (job.error().isTransportFailure())
                                  retryStream(job.error());
                              else
                                  fail(job.error());
                              return;
                          }
                          noteJob(job.value());
                          if (job->isFinished()) {
                              emitText(m_decoder.decode(QByteArray()));
                              succeed(std::move(job).value());
                              return;
                          }
                          // Cut short (a proxy, a restart) while the job runs on: resume.
                          facts.decoding = ReplyFacts::Decoding::WrongShape;
                          facts.problem = ClientTr::tr("the output stream ended before the job "
                                                       "finished.");
                          retryStream(describeFailure(facts));
                      });
}

void JobLogStream::retryStream(const ClientError &error)
{
    if (++m_failures > MaxConsecutiveFailures) {
        fail(error);
        return;
    }
    m_mode = Mode::Streaming;
    const int first = m_client.options().logRetryDelayMs;
    m_timer->start(qMin(qMax(first, MaxRetryDelayMs), first << (m_failures - 1)));
}

void JobLogStream::startPolling()
{
    m_mode = Mode::Polling;
    m_failures = 0;
    poll();
}

void JobLogStream::poll()
{
    m_client.exchange(this,
                      RequestSpec::get(m_client.organizationPath({u"job"_s, m_job.id()})),
                      [this](ReplyFacts &facts) { polled(facts); });
}

void JobLogStream::polled(ReplyFacts &facts)
{
    auto job = decodeJsonReply<Job>(facts, Decode::job);
    if (!job) {
        if (job.error().isTransportFailure() && ++m_failures <= MaxConsecutiveFailures)
            m_timer->start(m_client.options().logPollIntervalMs);
        else
            fail(job.error());
        return;
    }
    m_failures = 0;
    noteJob(job.value());
    const QString log = job->log();
    // The log only grows; if it was replaced, show the new one whole.
    emitText(log.startsWith(m_polledText) ? log.mid(m_polledText.size()) : log);
    m_polledText = log;
    if (job->isFinished())
        succeed(std::move(job).value());
    else
        m_timer->start(m_client.options().logPollIntervalMs);
}

void JobLogStream::noteJob(const Job &job)
{
    const bool changed = job.lifecycleName() != m_job.lifecycleName()
                         || job.stateName() != m_job.stateName();
    m_job = job;
    if (changed)
        emit jobUpdated(job);
}

void JobLogStream::emitText(const QString &text)
{
    if (!text.isEmpty() && !isCanceled() && !isFinished())
        emit output(text);
}

} // namespace TheEye
