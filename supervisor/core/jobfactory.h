#pragma once

#include "supervisor/core/jobrequest.h"
#include "supervisor/core/session.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace TheEye::Supervisor {

struct ScriptEntry;
struct TaskEntry;

// Who or what starts a job.
struct JobOrigin
{
    QString name = QStringLiteral("user"); // user, secret, trigger_by, workflow, scheduler
    std::optional<Principal> user;         // none for secret runs
    QString triggeredBy;                   // the event id, for trigger_by
};

namespace JobFactory {

struct Input
{
    const Organization *organization = nullptr;
    const TaskEntry *task = nullptr;
    QJsonObject taskSnapshot;
    const ScriptEntry *script = nullptr; // script and nodejs tasks; null when it is gone
    QString hostId;
    QJsonArray payload;
    JobRequest::Options options;
    JobOrigin origin;
    QString apiUrl;
};

struct Built
{
    QJsonObject document;
    bool buildError = false; // stored terminated/error, answered 200 (supervisor-api.md §4.1.7)
};

// The job document of supervisor-api.md §4.1 steps 4–8 and §6.1, in its stored (GET) shape.
Built build(const Input &input);

// "ScriptJob", "ApprovalJob", … for a task type.
QString jobClass(const QString &taskType);

// The user as a job's `user`/`result.user` carries it.
QJsonObject userJson(const std::optional<Principal> &user);

} // namespace JobFactory
} // namespace TheEye::Supervisor
