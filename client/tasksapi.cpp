#include "client/tasksapi.h"

#include "client/clienttr.h"
#include "client/decoders.h"
#include "client/replydecoding.h"
#include "client/supervisorclient.h"
#include "models/jobarguments.h"

#include <QRandomGenerator>

#include <array>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// Both keys of each reference, so create (which reads `host`) and update (which copies
// `host_id` over `host`, and runs jobs from `script_id`) both see them (supervisor-api.md §3.5).
QJsonObject wireTask(Task task)
{
    if (!task.hostId().isEmpty())
        task.setHostId(task.hostId());
    if (!task.scriptId().isEmpty())
        task.setScriptId(task.scriptId());
    return task.toJson();
}

Result<TaskCredentials> decodeCredentials(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    TaskCredentials credentials{Json::string(object, "id"_L1), Json::string(object, "secret"_L1)};
    if (credentials.secret.isEmpty())
        return Result<TaskCredentials>::failure(ClientTr::tr("the credentials have no secret."));
    return credentials;
}

Result<QList<Schedule>> decodeSchedules(const QJsonValue &json)
{
    if (!json.isArray())
        return Result<QList<Schedule>>::failure(ClientTr::tr("a list was expected."));
    QList<Schedule> schedules;
    for (const QJsonValue &item : json.toArray()) {
        const QJsonObject object = item.toObject();
        Schedule schedule;
        schedule.id = Json::string(object, "_id"_L1, Json::string(object, "id"_L1));
        if (!item.isObject() || schedule.id.isEmpty())
            return Result<QList<Schedule>>::failure(
                ClientTr::tr("a schedule must be an object with an id."));
        schedule.name = Json::string(object, "name"_L1);
        schedule.taskId = Json::string(object.value("data"_L1).toObject(), "task_id"_L1);
        schedule.nextRunAt = Json::date(object, "nextRunAt"_L1);
        schedule.lastRunAt = Json::date(object, "lastRunAt"_L1);
        schedule.repeatInterval = Json::toText(object.value("repeatInterval"_L1));
        if (schedule.repeatInterval == u"null")
            schedule.repeatInterval.clear();
        schedule.json = object;
        schedules.append(schedule);
    }
    return schedules;
}

} // namespace

TasksApi::TasksApi(SupervisorClient &client)
    : m_client(client)
{}

QString TasksApi::newSecret()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toHex());
}

Call<QList<Task>> *TasksApi::list(const TaskListQuery &query)
{
    auto *call = m_client.newCall<QList<Task>>();
    RequestSpec spec = RequestSpec::get(m_client.organizationPath({u"task"_s}));
    if (query.includeUnassigned)
        spec.addQuery(u"unassigned"_s, u"true"_s);
    if (!query.hostId.isEmpty())
        spec.addQuery(u"host"_s, query.hostId);
    m_client.exchange(call, spec, [call](ReplyFacts &facts) {
        decodeJsonReplyThen<QList<Task>>(call, facts, Decode::tasks, [call](auto result) {
            call->finish(std::move(result));
        });
    });
    return call;
}

Call<Task> *TasksApi::get(const QString &taskId)
{
    auto *call = m_client.newCall<Task>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"task"_s, taskId})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<Task>(facts, Decode::task));
                      });
    return call;
}

Call<Task> *TasksApi::create(const Task &task)
{
    auto *call = m_client.newCall<Task>();
    QJsonObject body = wireTask(task);
    for (const auto key : {"id"_L1, "_id"_L1, "secret"_L1})
        body.remove(key);
    m_client.exchange(call,
                      RequestSpec::withJson("POST", m_client.organizationPath({u"task"_s}), body),
                      [this, call](ReplyFacts &facts) {
                          auto result = decodeJsonReply<Task>(facts, Decode::task);
                          if (result)
                              m_client.announce({Mutation::Subject::Task,
                                                 Mutation::Change::Created,
                                                 result->id(),
                                                 result->id()});
                          call->finish(std::move(result));
                      });
    return call;
}

Call<Task> *TasksApi::update(const Task &task)
{
    auto *call = m_client.newCall<Task>();
    const QString id = task.id();
    m_client.exchange(
        call,
        RequestSpec::withJson("PUT", m_client.organizationPath({u"task"_s, id}), wireTask(task)),
        [this, call, id](ReplyFacts &facts) {
            auto result = decodeJsonReply<Task>(facts, Decode::task);
            if (result)
                m_client.announce({Mutation::Subject::Task, Mutation::Change::Updated, id, id});
            call->finish(std::move(result));
        });
    return call;
}

Call<Done> *TasksApi::remove(const QString &taskId)
{
    auto *call = m_client.newCall<Done>();
    m_client.exchange(call,
                      RequestSpec::withoutBody("DELETE",
                                               m_client.organizationPath({u"task"_s, taskId})),
                      [this, call, taskId](ReplyFacts &facts) {
                          auto result = decodeStatusReply(facts);
                          if (result)
                              m_client.announce({Mutation::Subject::Task,
                                                 Mutation::Change::Removed,
                                                 taskId,
                                                 taskId});
                          call->finish(std::move(result));
                      });
    return call;
}

Call<QJsonObject> *TasksApi::serialize(const QString &taskId, Recipe::Mode mode)
{
    auto *call = m_client.newCall<QJsonObject>();
    RequestSpec spec = RequestSpec::get(
        m_client.organizationPath({u"task"_s, taskId, u"serialize"_s}));
    spec.addQuery(u"mode"_s, mode == Recipe::Mode::Deep ? u"deep"_s : u"shallow"_s);
    m_client.exchange(call, spec, [call](ReplyFacts &facts) {
        call->finish(decodeJsonReply<QJsonObject>(facts, Decode::object));
    });
    return call;
}

Call<Task> *TasksApi::importRecipe(const QJsonObject &recipe,
                                   const QString &hostId,
                                   const QString &hostname)
{
    if (m_client.profile().kind == ConnectionProfile::Kind::Remote) {
        const auto imported = Recipe::fromJson(recipe);
        if (!imported) {
            auto *call = m_client.newCall<Task>();
            ReplyFacts facts;
            facts.inputProblem = imported.error();
            call->failLater(describeFailure(facts));
            return call;
        }
        Task task = imported->task;
        task.setHostId(hostId);
        return create(task);
    }
    auto *call = m_client.newCall<Task>();
    QJsonObject body = recipe;
    if (!hostId.isEmpty()) {
        body.insert("host"_L1, hostId);
        body.insert("host_id"_L1, hostId);
    }
    RequestSpec spec = RequestSpec::withJson("POST",
                                             m_client.organizationPath({u"task"_s, u"import"_s}),
                                             body);
    if (!hostname.isEmpty())
        spec.addQuery(u"hostname"_s, hostname);
    m_client.exchange(call, spec, [this, call](ReplyFacts &facts) {
        auto result = decodeJsonReply<Task>(facts, Decode::task);
        if (result)
            m_client.announce(
                {Mutation::Subject::Task, Mutation::Change::Created, result->id(), result->id()});
        call->finish(std::move(result));
    });
    return call;
}

Call<TaskCredentials> *TasksApi::credentials(const QString &taskId)
{
    auto *call = m_client.newCall<TaskCredentials>();
    m_client.exchange(call,
                      RequestSpec::get(
                          m_client.organizationPath({u"task"_s, taskId, u"credentials"_s})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<TaskCredentials>(facts, decodeCredentials));
                      });
    return call;
}

Call<TaskCredentials> *TasksApi::rotateSecret(const QString &taskId)
{
    auto *call = m_client.newCall<TaskCredentials>();
    // PUT is a full replace, so the secret rides on the task as it is now.
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"task"_s, taskId})),
                      [this, call](ReplyFacts &facts) {
                          auto task = decodeJsonReply<Task>(facts, Decode::task);
                          if (!task)
                              call->fail(task.error());
                          else
                              putSecret(call, std::move(task).value(), newSecret());
                      });
    return call;
}

void TasksApi::putSecret(Call<TaskCredentials> *call, Task task, const QString &secret)
{
    const QString id = task.id();
    QJsonObject body = wireTask(task);
    body.insert("secret"_L1, secret);
    m_client.exchange(
        call,
        RequestSpec::withJson("PUT", m_client.organizationPath({u"task"_s, id}), body),
        [this, call, id, secret](ReplyFacts &facts) {
            auto result = decodeStatusReply(facts);
            if (!result) {
                call->fail(result.error());
                return;
            }
            m_client.announce({Mutation::Subject::Task, Mutation::Change::Updated, id, id});
            confirmSecret(call, id, secret);
        });
}

void TasksApi::confirmSecret(Call<TaskCredentials> *call,
                             const QString &taskId,
                             const QString &secret)
{
    m_client.exchange(call,
                      RequestSpec::get(
                          m_client.organizationPath({u"task"_s, taskId, u"credentials"_s})),
                      [call, secret](ReplyFacts &facts) {
                          auto result = decodeJsonReply<TaskCredentials>(facts, decodeCredentials);
                          if (result && result->secret != secret) {
                              facts.decoding = ReplyFacts::Decoding::WrongShape;
                              facts.problem = ClientTr::tr("the supervisor did not keep the new "
                                                           "secret.");
                              call->fail(describeFailure(facts));
                              return;
                          }
                          call->finish(std::move(result));
                      });
}

Call<Job> *TasksApi::run(const Task &task, const QHash<int, QJsonValue> &valuesByOrder)
{
    return run(task.id(), JobArguments::build(task.arguments(), valuesByOrder));
}

Call<Job> *TasksApi::run(const QString &taskId, const QJsonArray &taskArguments)
{
    return startJob(m_client.organizationPath({u"task"_s, taskId, u"job"_s}),
                    taskId,
                    taskArguments,
                    false);
}

Call<Job> *TasksApi::runBySecret(const QString &taskId,
                                 const QString &secret,
                                 const QJsonArray &taskArguments)
{
    return startJob(m_client.organizationPath({u"task"_s, taskId, u"secret"_s, secret, u"job"_s}),
                    taskId,
                    taskArguments,
                    true);
}

Call<Job> *TasksApi::startJob(const QString &path,
                              const QString &taskId,
                              const QJsonArray &taskArguments,
                              bool bySecret)
{
    auto *call = m_client.newCall<Job>();
    RequestSpec spec = RequestSpec::withJson("POST",
                                             path,
                                             QJsonObject{{"task_arguments"_L1, taskArguments}});
    if (bySecret)
        spec.credentials = RequestSpec::Credentials::Secret;
    m_client.exchange(call, spec, [this, call, taskId](ReplyFacts &facts) {
        auto result = decodeStartedJob(facts);
        // A rejected job exists too: the feed shows it in the history.
        const QString jobId = result ? result->id()
                                     : Json::string(facts.decodedBody.toObject(), "id"_L1);
        if (!jobId.isEmpty())
            m_client.announce({Mutation::Subject::Job, Mutation::Change::Created, jobId, taskId});
        call->finish(std::move(result));
    });
    return call;
}

Call<int> *TasksApi::emptyQueue(const QString &taskId, QueuePurge purge)
{
    auto *call = m_client.newCall<int>();
    RequestSpec spec = RequestSpec::withoutBody("DELETE",
                                                m_client.organizationPath(
                                                    {u"task"_s, taskId, u"job"_s}));
    // Only the array form counts; a scalar `lifecycle=ready` is ignored (§3.13).
    if (purge == QueuePurge::IncludingWaiting) {
        for (const auto &lifecycle : {u"ready"_s, u"onhold"_s, u"syncing"_s, u"locked"_s})
            spec.addQuery(u"lifecycle[]"_s, lifecycle);
    }
    m_client.exchange(call, spec, [this, call, taskId](ReplyFacts &facts) {
        auto result = decodeJsonReply<int>(facts, [](const QJsonValue &json) {
            return Decode::count(json, "deletedCount"_L1);
        });
        if (result)
            m_client.announce({Mutation::Subject::Job, Mutation::Change::Removed, {}, taskId});
        call->finish(std::move(result));
    });
    return call;
}

Call<QList<Schedule>> *TasksApi::schedules(const QString &taskId)
{
    auto *call = m_client.newCall<QList<Schedule>>();
    m_client.exchange(call,
                      RequestSpec::get(
                          m_client.organizationPath({u"task"_s, taskId, u"schedule"_s})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<QList<Schedule>>(facts, decodeSchedules));
                      });
    return call;
}

Call<int> *TasksApi::cancelSchedule(const QString &scheduleId, const QString &taskId)
{
    auto *call = m_client.newCall<int>();
    m_client.exchange(call,
                      RequestSpec::withoutBody("DELETE",
                                               m_client.organizationPath(
                                                   {u"scheduler"_s, scheduleId})),
                      [this, call, scheduleId, taskId](ReplyFacts &facts) {
                          auto result = decodeJsonReply<int>(facts, [](const QJsonValue &json) {
                              return Decode::count(json, "numRemoved"_L1);
                          });
                          if (result)
                              m_client.announce({Mutation::Subject::Schedule,
                                                 Mutation::Change::Removed,
                                                 scheduleId,
                                                 taskId});
                          call->finish(std::move(result));
                      });
    return call;
}

} // namespace TheEye
