#include "client/jobsapi.h"

#include "client/clienttr.h"
#include "client/decoders.h"
#include "client/joblogstream.h"
#include "client/replydecoding.h"
#include "client/supervisorclient.h"

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// The supervisor redirects each long-poll round to counter+1 and gives up itself at its limit;
// this only stops a server that never does.
constexpr int MaxResultRounds = 100;

} // namespace

JobsApi::JobsApi(SupervisorClient &client)
    : m_client(client)
{}

Call<Job> *JobsApi::get(const QString &jobId)
{
    auto *call = m_client.newCall<Job>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"job"_s, jobId})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<Job>(facts, Decode::job));
                      });
    return call;
}

Call<JobPage> *JobsApi::list(const JobListQuery &query)
{
    auto *call = m_client.newCall<JobPage>();
    const bool serverPages = m_client.profile().kind == ConnectionProfile::Kind::Local;
    const int skip = qMax(0, query.skip);
    const int limit = qMax(1, query.limit);
    RequestSpec spec = RequestSpec::get(m_client.organizationPath({u"job"_s}));
    // `where[…]` for a real supervisor (straight into its database filter), the plain names for
    // the local one; each ignores the other's.
    if (!query.taskId.isEmpty()) {
        spec.addQuery(u"where[task_id]"_s, query.taskId);
        spec.addQuery(u"task_id"_s, query.taskId);
    }
    if (!query.lifecycle.isEmpty()) {
        spec.addQuery(u"where[lifecycle]"_s, query.lifecycle);
        spec.addQuery(u"lifecycle"_s, query.lifecycle);
    }
    spec.addQuery(u"sort[creation_date]"_s, u"-1"_s);
    if (serverPages) {
        spec.addQuery(u"skip"_s, QString::number(skip));
        spec.addQuery(u"limit"_s, QString::number(limit));
    } else {
        spec.addQuery(u"limit"_s, QString::number(qint64(skip) + limit));
    }
    m_client.exchange(call, spec, [call, serverPages, skip, limit](ReplyFacts &facts) {
        decodeJsonReplyThen<QList<Job>>(call, facts, Decode::jobs, [=](auto jobs) {
            if (!jobs) {
                call->fail(jobs.error());
                return;
            }
            JobPage page;
            page.skip = skip;
            page.limit = limit;
            page.jobs = serverPages ? jobs->mid(0, limit) : jobs->mid(skip, limit);
            page.mayHaveMore = page.jobs.size() == limit;
            call->succeed(std::move(page));
        });
    });
    return call;
}

Call<QList<Job>> *JobsApi::running()
{
    auto *call = m_client.newCall<QList<Job>>();
    m_client.exchange(call,
                      RequestSpec::get(SupervisorClient::path({u"job"_s, u"running"_s})),
                      [call](ReplyFacts &facts) {
                          decodeJsonReplyThen<QList<Job>>(call,
                                                          facts,
                                                          Decode::jobs,
                                                          [call](auto jobs) {
                                                              call->finish(std::move(jobs));
                                                          });
                      });
    return call;
}

Call<Done> *JobsApi::cancel(const QString &jobId, const QString &taskId)
{
    auto *call = m_client.newCall<Done>();
    m_client.exchange(call,
                      RequestSpec::withoutBody("PUT",
                                               m_client.organizationPath(
                                                   {u"job"_s, jobId, u"cancel"_s})),
                      [this, call, jobId, taskId](ReplyFacts &facts) {
                          auto result = decodeStatusReply(facts);
                          if (result)
                              m_client.announce({Mutation::Subject::Job,
                                                 Mutation::Change::Updated,
                                                 jobId,
                                                 taskId});
                          call->finish(std::move(result));
                      });
    return call;
}

Call<Job> *JobsApi::restart(const QString &jobId)
{
    auto *call = m_client.newCall<Job>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"job"_s, jobId})),
                      [this, call, jobId](ReplyFacts &facts) {
                          auto job = decodeJsonReply<Job>(facts, Decode::job);
                          if (!job)
                              call->fail(job.error());
                          else
                              sendRestart(call, jobId, job->taskArgumentsValues());
                      });
    return call;
}

Call<Job> *JobsApi::restart(const QString &jobId, const QJsonArray &taskArguments)
{
    auto *call = m_client.newCall<Job>();
    sendRestart(call, jobId, taskArguments);
    return call;
}

void JobsApi::sendRestart(Call<Job> *call, const QString &jobId, const QJsonArray &taskArguments)
{
    m_client.exchange(call,
                      RequestSpec::withJson("PUT",
                                            m_client.organizationPath(
                                                {u"job"_s, jobId, u"restart"_s}),
                                            QJsonObject{{"task_arguments"_L1, taskArguments}}),
                      [this, call, jobId](ReplyFacts &facts) {
                          auto result = decodeStartedJob(facts);
                          if (result)
                              m_client.announce({Mutation::Subject::Job,
                                                 Mutation::Change::Updated,
                                                 jobId,
                                                 result->taskId()});
                          call->finish(std::move(result));
                      });
}

Call<Job> *JobsApi::submitInput(const QString &jobId, const QJsonArray &arguments)
{
    auto *call = m_client.newCall<Job>();
    m_client.exchange(call,
                      RequestSpec::withJson("PUT",
                                            m_client.organizationPath(
                                                {u"job"_s, jobId, u"input"_s}),
                                            QJsonObject{{"args"_L1, arguments}}),
                      [this, call, jobId](ReplyFacts &facts) {
                          auto result = decodeJsonReply<Job>(facts, Decode::job);
                          if (result)
                              m_client.announce({Mutation::Subject::Job,
                                                 Mutation::Change::Updated,
                                                 jobId,
                                                 result->taskId()});
                          call->finish(std::move(result));
                      });
    return call;
}

Call<Job> *JobsApi::awaitResult(const QString &jobId)
{
    auto *call = m_client.newCall<Job>();
    RequestSpec spec = RequestSpec::get(SupervisorClient::path({u"job"_s, jobId, u"result"_s}));
    spec.addQuery(u"customer"_s, m_client.profile().organization.trimmed());
    spec.addQuery(u"full"_s, u"true"_s);
    pollResult(call, spec, 0);
    return call;
}

void JobsApi::pollResult(Call<Job> *call, RequestSpec spec, int round)
{
    spec.timeoutMs = m_client.options().longPollTimeoutMs;
    m_client.exchange(call, spec, [this, call, round](ReplyFacts &facts) {
        // Each round ends in a 303 to the same route with counter+1. The token goes along only
        // to the same server.
        const QUrl next = facts.redirectTarget;
        if (facts.httpStatus == 303 && next.isValid() && round < MaxResultRounds
            && next.scheme() == facts.url.scheme() && next.host() == facts.url.host()
            && next.port() == facts.url.port()) {
            RequestSpec following;
            following.absoluteUrl = next;
            pollResult(call, following, round + 1);
            return;
        }
        // `full` answers the job: 200 for a success, 500 for any other end state.
        if (facts.httpStatus == 500) {
            const auto json = Json::parse(facts.body);
            if (json && json->isObject() && json->toObject().contains("lifecycle"_L1)) {
                facts.httpStatus = 200;
                facts.networkError = QNetworkReply::NoError;
            }
        }
        call->finish(decodeJsonReply<Job>(facts, Decode::job));
    });
}

JobLogStream *JobsApi::followLog(const Job &job)
{
    auto *stream = new JobLogStream(m_client, job);
    stream->start();
    return stream;
}

} // namespace TheEye
