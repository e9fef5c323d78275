#pragma once

#include "models/result.h"
#include "models/taskargument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace TheEye {

// A TheEye task (supervisor-api.md §5.1). The JSON it was read from is its storage: typed
// accessors read and write it, and every member this class does not model (or that a newer
// supervisor adds) is written back exactly as it came, so the app never destroys data.
class Task
{
public:
    // The agent's fallback when a task has no timeout (10 minutes).
    static constexpr qint64 DefaultTimeoutMs = 600000;
    static constexpr int DefaultJobsKept = 5;

    Task() = default;
    explicit Task(const QJsonObject &json);
    // A new script task with the defaults TheEye's form gives one.
    static Task newScriptTask();
    // Checks the shape of a task document: an object whose modelled members have usable types.
    static Result<Task> fromJson(const QJsonValue &json);

    const QJsonObject &toJson() const { return m_json; }

    QString id() const;
    void setId(const QString &id);
    QString type() const; // "script", "approval", …
    void setType(const QString &type);
    bool isScriptTask() const;
    QString name() const;
    void setName(const QString &name);

    // The bot: `host_id`, else the `host` reference (an id or a populated object).
    QString hostId() const;
    // Sets both `host` and `host_id`: the real supervisor reads `host` on create and unsets it on
    // update unless `host_id` is sent too (supervisor-api.md §3.5).
    void setHostId(const QString &hostId);
    QString hostname() const; // populated `hostname`, or `host.hostname`
    void setHostname(const QString &hostname);

    // The script: `script_id`, else the `script` reference. Sets both keys, for the same reason.
    QString scriptId() const;
    void setScriptId(const QString &scriptId);
    QString scriptName() const; // populated `script_name`, or `script.filename`
    void setScriptName(const QString &name);
    // A recipe carries the script inline: {filename, …, data:"data:text/plain;base64,…"}.
    QJsonObject embeddedScript() const;
    void setEmbeddedScript(const QJsonObject &script);

    QString scriptRunAs() const;
    void setScriptRunAs(const QString &runAs);
    QStringList tags() const;
    void setTags(const QStringList &tags);
    QList<TaskArgument> arguments() const;
    void setArguments(const QList<TaskArgument> &arguments);
    bool hasDynamicArguments() const; // any argument a user must fill (not fixed)
    QString description() const;
    void setDescription(const QString &description);
    QStringList acl() const;
    void setAcl(const QStringList &acl);
    QStringList triggers() const; // event ids that start this task
    void setTriggers(const QStringList &triggers);
    int graceTimeSeconds() const;
    void setGraceTimeSeconds(int seconds);
    std::optional<qint64> timeoutMs() const; // absent on the real supervisor unless set
    qint64 effectiveTimeoutMs() const { return timeoutMs().value_or(DefaultTimeoutMs); }
    void setTimeoutMs(std::optional<qint64> timeout);
    bool multitasking() const;
    void setMultitasking(bool multitasking);
    QMap<QString, QString> env() const;
    void setEnv(const QMap<QString, QString> &env);
    bool isCancellable() const;
    void setCancellable(bool cancellable);
    QString defaultStateEvaluation() const; // "" means success
    void setDefaultStateEvaluation(const QString &state);
    QString argumentsType() const; // legacy, json or text
    void setArgumentsType(const QString &type);
    bool autoremoveCompletedJobs() const;
    void setAutoremoveCompletedJobs(bool autoremove);
    int autoremoveCompletedJobsLimit() const;
    void setAutoremoveCompletedJobsLimit(int limit);
    bool showResult() const;
    void setShowResult(bool show);
    bool userInputs() const;
    int version() const;
    void setVersion(int version);
    QString fingerprint() const;
    QDateTime creationDate() const;
    QDateTime lastUpdate() const;
    QString customerId() const;
    qint64 executionCount() const;
    QJsonArray schedules() const;

    // What stops the task from running (web-ui.md §2 "Can it run?"): no bot, no script, no
    // run-as, fixed arguments without a value, env keys without a value. Translated.
    QStringList missingConfiguration() const;
    bool canRun() const { return missingConfiguration().isEmpty(); }

    bool operator==(const Task &other) const { return m_json == other.m_json; }

private:
    void set(QLatin1StringView key, const QJsonValue &value);

    QJsonObject m_json;
};

} // namespace TheEye
