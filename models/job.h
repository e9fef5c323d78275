#pragma once

#include "models/lifecycle.h"
#include "models/result.h"
#include "models/task.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace TheEye {

struct JobUser
{
    QString id;
    QString username;
    QString email;
    bool isEmpty() const { return id.isEmpty() && username.isEmpty() && email.isEmpty(); }
    bool operator==(const JobUser &) const = default;
};

// One run of a task (supervisor-api.md §6). Like Task, the JSON it was read from is its storage;
// the same job arrives in four shapes (create, get, list, agent poll) and all of them read here.
class Job
{
public:
    Job() = default;
    explicit Job(const QJsonObject &json);
    static Result<Job> fromJson(const QJsonValue &json);

    const QJsonObject &toJson() const { return m_json; }

    QString id() const;
    QString name() const;
    QString jobType() const; // `_type`: ScriptJob, …
    QString taskId() const;
    QString hostId() const;
    QString hostname() const;
    QString customerName() const;

    Lifecycle lifecycle() const;
    QString lifecycleName() const;
    JobState state() const;
    QString stateName() const; // raw, may be a name this version does not know
    QString origin() const;    // user, secret, trigger_by, workflow, scheduler
    QString triggerName() const;
    QString triggeredBy() const;
    JobUser user() const;
    QString userId() const;
    QString secret() const;

    QDateTime creationDate() const;
    QDateTime lastUpdate() const;

    QJsonArray taskArgumentsValues() const;
    // Always a list of strings: a stored error job carries a bare string, which becomes one line.
    QStringList output() const;
    // What the supervisor stores as `output` for a reported one (parseOutputParameters,
    // supervisor-api.md §4.6 and §12 item 33): a JSON text of an array → its items, other text as
    // one line, an array → its items (non-text ones as JSON), anything else → one JSON line.
    static QStringList outputFromReport(const QJsonValue &reported);
    QJsonObject result() const;
    std::optional<int> exitCode() const;
    QString log() const;        // stdout and stderr interleaved in arrival order
    QString stdoutText() const; // local supervisor extension
    QString stderrText() const; // local supervisor extension
    QString lastLine() const;
    bool killed() const;
    QString signal() const;
    QDateTime startedAt() const;
    QDateTime finishedAt() const;

    QString scriptRunAs() const;
    std::optional<qint64> timeoutMs() const;
    QJsonObject env() const;
    QJsonObject components() const;
    QJsonObject next() const;
    bool showResult() const;
    bool isCancellable() const; // the embedded task's `cancellable`, as the cancel check uses it
    // The task as it was when the job was created (arguments for display). Reduced in create and
    // list responses, full in GET and agent responses.
    Task taskSnapshot() const;

    bool isFinished() const { return TheEye::isFinished(lifecycle()); }
    bool isInProgress() const { return TheEye::isInProgress(lifecycle()); }
    // Wall time: result.times when the runner reported it, else finished_at − started_at (or
    // now − started_at while it runs), else last_update − creation_date for a finished job, else
    // now − creation_date for a running (assigned) one. Nothing for a job still waiting.
    std::optional<qint64> durationMs(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    bool operator==(const Job &other) const { return m_json == other.m_json; }

private:
    QJsonObject m_json;
};

} // namespace TheEye
