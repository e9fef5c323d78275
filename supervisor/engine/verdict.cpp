#include "supervisor/engine/verdict.h"

#include "models/job.h"
#include "models/jsonutil.h"
#include "supervisor/bot/botprocess.h"

#include <QJsonDocument>

namespace TheEye::Supervisor::Verdict {

using namespace Qt::StringLiterals;

namespace {

bool isVerdict(const QString &state)
{
    return state == u"success" || state == u"failure";
}

QString fallbackState(const QString &defaultStateEvaluation)
{
    return isVerdict(defaultStateEvaluation) ? defaultStateEvaluation : u"success"_s;
}

void applyLastLine(Final &final, const LastLine &line)
{
    final.components = line.components;
    final.next = line.next;
    final.triggerName = line.eventName.isEmpty() ? final.state : line.eventName;
}

} // namespace

LastLine readLastLine(const QString &lastLine)
{
    LastLine read;
    QJsonParseError error;
    // Wrapped, so a bare string, number or literal parses as well as an object or array.
    const QJsonDocument document = QJsonDocument::fromJson((u"["_s + lastLine + u"]"_s).toUtf8(),
                                                           &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()
        || document.array().size() != 1 || lastLine.trimmed().isEmpty())
        return read;
    const QJsonValue value = document.array().at(0);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue state = object.value("state"_L1);
        if (state.isString())
            read.state = state.toString();
        for (const auto key : {"output"_L1, "data"_L1}) {
            const QJsonValue candidate = object.value(key);
            if (!candidate.isUndefined() && !candidate.isNull() && read.output.isUndefined())
                read.output = candidate;
        }
        if (read.output.isUndefined())
            read.output = object;
        read.components = object.value("components"_L1).toObject();
        read.next = object.value("next"_L1).toObject();
        read.eventName = Json::string(object, "event_name"_L1);
    } else if (value.isArray()) {
        read.output = value;
    } else if (value.isString()) {
        read.state = value.toString();
        read.output = value;
    }
    return read;
}

Final forLocalRun(const ExitReport &exit,
                  const QString &lastLine,
                  const QString &defaultStateEvaluation)
{
    Final final;
    const LastLine line = readLastLine(lastLine);
    final.reportedOutput = line.output;
    final.output = Json::toArray(Job::outputFromReport(line.output));
    if (!exit.startError.isEmpty()) {
        final.lifecycle = u"terminated"_s;
        final.state = u"error"_s;
        final.triggerName = final.state;
        return final;
    }
    if (exit.timedOut) {
        final.lifecycle = u"terminated"_s;
        final.state = u"timeout"_s;
        final.triggerName = final.state;
        return final;
    }
    final.lifecycle = u"finished"_s;
    if (line.state && isVerdict(*line.state))
        final.state = *line.state;
    else if (isVerdict(defaultStateEvaluation))
        final.state = defaultStateEvaluation;
    else
        final.state = exit.code == 0 ? u"success"_s : u"failure"_s;
    applyLastLine(final, line);
    return final;
}

Final forAgentReport(const QJsonObject &result, const QString &defaultStateEvaluation)
{
    Final final;
    const QJsonObject data = result.value("data"_L1).toObject();
    final.reportedOutput = data.value("output"_L1);
    final.output = Json::toArray(Job::outputFromReport(final.reportedOutput));
    const LastLine line = readLastLine(Json::string(data, "lastline"_L1));
    if (data.value("killed"_L1).toBool(false)) {
        final.lifecycle = u"terminated"_s;
        final.state = u"timeout"_s;
        final.triggerName = final.state;
        return final;
    }
    final.lifecycle = u"finished"_s;
    const QString reported = Json::string(result, "state"_L1);
    final.state = isVerdict(reported) ? reported : fallbackState(defaultStateEvaluation);
    applyLastLine(final, line);
    return final;
}

} // namespace TheEye::Supervisor::Verdict
