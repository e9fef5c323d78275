#pragma once

#include "models/host.h"
#include "models/job.h"
#include "models/result.h"
#include "models/script.h"
#include "models/task.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

// Wire shapes → model types, each refusing what it cannot represent with a translated reason.
// Nothing is dropped: the models keep the JSON they were read from. Internal to the client.
namespace TheEye::Decode {

Result<Task> task(const QJsonValue &json);
Result<QList<Task>> tasks(const QJsonValue &json);
Result<Job> job(const QJsonValue &json);
Result<QList<Job>> jobs(const QJsonValue &json);
Result<QList<Host>> hosts(const QJsonValue &json);
Result<QList<Event>> events(const QJsonValue &json);
Result<Script> script(const QJsonValue &json);
Result<QList<Script>> scripts(const QJsonValue &json);
Result<QJsonObject> object(const QJsonValue &json);
// `{"deletedCount": n}` of emptying a job queue, `{"numRemoved": n}` of a schedule delete.
Result<int> count(const QJsonValue &json, QLatin1StringView key);

// A job built as terminated/error is the supervisor's way to refuse arguments with a 200
// (supervisor-api.md §4.1 step 7); the reason, decoded from result.log, or empty.
QString rejectionReason(const Job &job);

} // namespace TheEye::Decode
