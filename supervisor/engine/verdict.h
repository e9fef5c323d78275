#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace TheEye::Supervisor {

struct ExitReport;

// How a finished run becomes a job's lifecycle, state, output and trigger name: the TheEye
// agent's reading of the last line (agent-protocol.md §1.10) and the supervisor's finish
// (supervisor-api.md §4.6), for the local bot and for a remote agent's report alike.
namespace Verdict {

// What the last line says. A JSON object gives its `state`, `output || data || itself`,
// `components`, `next` and `event_name`; an array is the output; a JSON string is both state and
// output; anything else is no state and no output.
struct LastLine
{
    std::optional<QString> state;
    QJsonValue output = QJsonValue::Undefined;
    QJsonObject components;
    QJsonObject next;
    QString eventName;
};
LastLine readLastLine(const QString &lastLine);

struct Final
{
    QString lifecycle; // finished or terminated
    QString state;     // success, failure, timeout, error
    QString triggerName;
    QJsonValue reportedOutput = QJsonValue::Undefined; // the raw output, as result.output
    QJsonArray output;                                 // job.output: strings
    QJsonObject components;
    QJsonObject next;
};

// The local bot: a timeout is terminated/timeout; else the last line's success or failure; else
// the task's default_state_evaluation when it names one; else the exit code (0 → success).
Final forLocalRun(const ExitReport &exit,
                  const QString &lastLine,
                  const QString &defaultStateEvaluation);

// A remote agent's `{"result":{"state":…,"data":{…}}}`: killed → terminated/timeout; success or
// failure as reported; anything else → default_state_evaluation or success.
Final forAgentReport(const QJsonObject &result, const QString &defaultStateEvaluation);

} // namespace Verdict
} // namespace TheEye::Supervisor
