// Target "codec": the JSON codec of tasks, jobs and task arguments (models/). The input is any JSON
// document; a list response (an array) is read element by element, as the client reads one.
#include "fuzzcheck.h"
#include "targets.h"

#include "models/job.h"
#include "models/jsonutil.h"
#include "models/lifecycle.h"
#include "models/task.h"
#include "models/taskargument.h"

#include <QJsonArray>

namespace TheEye::Fuzz {

using namespace Qt::StringLiterals;

namespace {

QString shown(const QJsonValue &value)
{
    return excerpt(Json::toText(value));
}

QJsonValue dateValue(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toMSecsSinceEpoch()) : QJsonValue();
}

QJsonValue optionalValue(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Everything the typed accessors of an argument say, as one comparable value. Reading must be total
// on any object, validated or not (Task::arguments() wraps whatever the array holds).
QJsonObject readArgument(const TaskArgument &argument)
{
    QJsonArray options;
    for (const TaskArgument::Option &option : argument.options())
        options.append(QJsonArray{option.id, option.label, option.order});
    const auto min = argument.charsMin();
    const auto max = argument.charsMax();
    const QStringList problems = argument.definitionProblems();
    FUZZ_REQUIRE(argument.isFixed() == (argument.type() == TaskArgument::Type::Fixed),
                 shown(argument.toJson()));
    FUZZ_REQUIRE(TaskArgument::typeFromName(argument.rawType()) == argument.type(),
                 argument.rawType());
    FUZZ_REQUIRE(argument.type() == TaskArgument::Type::Unknown
                     || TaskArgument::typeFromName(TaskArgument::typeName(argument.type()))
                            == argument.type(),
                 argument.rawType());
    FUZZ_REQUIRE(!argument.label().trimmed().isEmpty()
                     || problems.contains(u"The argument needs a label."_s),
                 problems.join(u" | "_s));
    return QJsonObject{
        {"id"_L1, argument.id()},
        {"order"_L1, argument.order()},
        {"type"_L1, static_cast<int>(argument.type())},
        {"rawType"_L1, argument.rawType()},
        {"label"_L1, argument.label()},
        {"value"_L1, argument.value()},
        {"help"_L1, argument.help()},
        {"required"_L1, argument.isRequired()},
        {"readonly"_L1, argument.isReadOnly()},
        {"multiple"_L1, argument.isMultiple()},
        {"masked"_L1, argument.isMasked()},
        {"options"_L1, options},
        {"endpoint"_L1, argument.endpointUrl()},
        {"idAttribute"_L1, argument.idAttribute()},
        {"textAttribute"_L1, argument.textAttribute()},
        {"charsMin"_L1, min ? QJsonValue(*min) : QJsonValue()},
        {"charsMax"_L1, max ? QJsonValue(*max) : QJsonValue()},
        {"charset"_L1, static_cast<int>(argument.charset())},
        {"pattern"_L1, argument.pattern()},
        {"problems"_L1, QJsonArray::fromStringList(problems)},
        {"typeName"_L1, TaskArgument::typeDisplayName(argument.type())},
    };
}

// Everything the typed accessors of a task say.
QJsonObject readTask(const Task &task)
{
    QJsonArray arguments;
    bool anyDynamic = false;
    for (const TaskArgument &argument : task.arguments()) {
        arguments.append(readArgument(argument));
        anyDynamic = anyDynamic || !argument.isFixed();
    }
    FUZZ_REQUIRE(task.arguments().size()
                     == task.toJson().value("task_arguments"_L1).toArray().size(),
                 shown(task.toJson().value("task_arguments"_L1)));
    FUZZ_REQUIRE(task.hasDynamicArguments() == anyDynamic, shown(task.toJson()));
    FUZZ_REQUIRE(task.effectiveTimeoutMs() == task.timeoutMs().value_or(Task::DefaultTimeoutMs),
                 shown(task.toJson().value("timeout"_L1)));
    const QStringList missing = task.missingConfiguration();
    FUZZ_REQUIRE(task.canRun() == missing.isEmpty(), missing.join(u" | "_s));
    FUZZ_REQUIRE(task.isScriptTask() || missing.size() == 1, missing.join(u" | "_s));
    for (const QString &trigger : task.triggers())
        FUZZ_REQUIRE(!trigger.isEmpty(), shown(task.toJson().value("triggers"_L1)));

    QJsonObject env;
    const QMap<QString, QString> variables = task.env();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    return QJsonObject{
        {"id"_L1, task.id()},
        {"type"_L1, task.type()},
        {"script"_L1, task.isScriptTask()},
        {"name"_L1, task.name()},
        {"hostId"_L1, task.hostId()},
        {"hostname"_L1, task.hostname()},
        {"scriptId"_L1, task.scriptId()},
        {"scriptName"_L1, task.scriptName()},
        {"embeddedScript"_L1, task.embeddedScript()},
        {"runAs"_L1, task.scriptRunAs()},
        {"tags"_L1, QJsonArray::fromStringList(task.tags())},
        {"arguments"_L1, arguments},
        {"dynamic"_L1, task.hasDynamicArguments()},
        {"description"_L1, task.description()},
        {"acl"_L1, QJsonArray::fromStringList(task.acl())},
        {"triggers"_L1, QJsonArray::fromStringList(task.triggers())},
        {"grace"_L1, task.graceTimeSeconds()},
        {"timeout"_L1, optionalValue(task.timeoutMs())},
        {"multitasking"_L1, task.multitasking()},
        {"env"_L1, env},
        {"cancellable"_L1, task.isCancellable()},
        {"stateEvaluation"_L1, task.defaultStateEvaluation()},
        {"argumentsType"_L1, task.argumentsType()},
        {"autoremove"_L1, task.autoremoveCompletedJobs()},
        {"autoremoveLimit"_L1, task.autoremoveCompletedJobsLimit()},
        {"showResult"_L1, task.showResult()},
        {"userInputs"_L1, task.userInputs()},
        {"version"_L1, task.version()},
        {"fingerprint"_L1, task.fingerprint()},
        {"created"_L1, dateValue(task.creationDate())},
        {"updated"_L1, dateValue(task.lastUpdate())},
        {"customer"_L1, task.customerId()},
        {"executions"_L1, task.executionCount()},
        {"schedules"_L1, task.schedules()},
        {"missing"_L1, QJsonArray::fromStringList(missing)},
    };
}

// Writing back what a getter read must not change what any getter reads: the editor does exactly
// that for every field the user leaves alone.
void checkTaskSetters(const Task &task, const QJsonObject &read)
{
    Task copy = task;
    copy.setId(task.id());
    copy.setType(task.type());
    copy.setName(task.name());
    // The populated names first: setting an id replaces the populated reference they fall back to.
    copy.setHostname(task.hostname());
    copy.setHostId(task.hostId());
    copy.setScriptName(task.scriptName());
    // An embedded script (a recipe being imported) and a script id are alternatives.
    if (task.embeddedScript().isEmpty())
        copy.setScriptId(task.scriptId());
    copy.setScriptRunAs(task.scriptRunAs());
    copy.setTags(task.tags());
    copy.setArguments(task.arguments());
    copy.setDescription(task.description());
    copy.setAcl(task.acl());
    copy.setTriggers(task.triggers());
    copy.setGraceTimeSeconds(task.graceTimeSeconds());
    copy.setTimeoutMs(task.timeoutMs());
    copy.setMultitasking(task.multitasking());
    copy.setEnv(task.env());
    copy.setCancellable(task.isCancellable());
    copy.setDefaultStateEvaluation(task.defaultStateEvaluation());
    copy.setArgumentsType(task.argumentsType());
    copy.setAutoremoveCompletedJobs(task.autoremoveCompletedJobs());
    copy.setAutoremoveCompletedJobsLimit(task.autoremoveCompletedJobsLimit());
    copy.setShowResult(task.showResult());
    copy.setVersion(task.version());

    QJsonObject expected = read;
    QJsonObject actual = readTask(copy);
    if (!task.embeddedScript().isEmpty()) {
        // Compared apart: without setScriptId the id may still come from the embedded object.
        FUZZ_REQUIRE(actual.value("embeddedScript"_L1) == expected.value("embeddedScript"_L1),
                     shown(task.toJson().value("script"_L1)));
    }
    FUZZ_REQUIRE(actual == expected,
                 u"before: "_s + excerpt(QString::fromUtf8(Json::compact(expected)), 2000)
                     + u"\n  after:  "_s + excerpt(QString::fromUtf8(Json::compact(actual)), 2000));
    // What the editor writes, the app can read back.
    const auto reread = Task::fromJson(copy.toJson());
    FUZZ_REQUIRE(reread.ok(), reread.ok() ? QString() : reread.error());
}

// The wire round trip: the bytes we send for a task read back as the same task.
void checkWireRoundTrip(const QJsonObject &json, const char *what)
{
    const QByteArray bytes = Json::compact(json);
    const auto parsed = Json::parse(bytes);
    FUZZ_REQUIRE(parsed.ok() && parsed->isObject(),
                 QString::fromLatin1(what) + u": "_s + excerpt(QString::fromUtf8(bytes)));
    // The first pass may normalise (numbers, escapes); after it the bytes must be stable.
    const QByteArray again = Json::compact(parsed->toObject());
    const auto reparsed = Json::parse(again);
    FUZZ_REQUIRE(reparsed.ok() && Json::compact(reparsed->toObject()) == again,
                 QString::fromLatin1(what) + u": "_s + excerpt(QString::fromUtf8(again)));
}

void checkArgument(const QJsonValue &value)
{
    const auto checked = TaskArgument::fromJson(value);
    if (!checked) {
        FUZZ_REQUIRE(!checked.error().isEmpty(), shown(value));
        return;
    }
    const TaskArgument argument = *checked;
    FUZZ_REQUIRE(argument.toJson() == value.toObject(), shown(value));
    const QJsonObject read = readArgument(argument);
    FUZZ_REQUIRE(readArgument(argument) == read, shown(value)); // reading has no side effect

    TaskArgument copy = argument;
    copy.setId(argument.id());
    copy.setOrder(argument.order());
    copy.setLabel(argument.label());
    copy.setHelp(argument.help());
    copy.setRequired(argument.isRequired());
    copy.setReadOnly(argument.isReadOnly());
    copy.setMultiple(argument.isMultiple());
    copy.setMasked(argument.isMasked());
    copy.setOptions(argument.options());
    copy.setEndpointUrl(argument.endpointUrl());
    copy.setIdAttribute(argument.idAttribute());
    copy.setTextAttribute(argument.textAttribute());
    copy.setCharsMin(argument.charsMin());
    copy.setCharsMax(argument.charsMax());
    copy.setPattern(argument.pattern());
    if (argument.charset() != TaskArgument::Charset::All)
        copy.setCharset(argument.charset());
    FUZZ_REQUIRE(readArgument(copy) == read,
                 excerpt(QString::fromUtf8(Json::compact(readArgument(copy))), 2000));
    const auto reread = TaskArgument::fromJson(copy.toJson());
    FUZZ_REQUIRE(reread.ok() && *reread == copy, shown(copy.toJson()));
    checkWireRoundTrip(argument.toJson(), "argument");
}

void checkTask(const QJsonValue &value)
{
    const auto checked = Task::fromJson(value);
    if (!checked) {
        FUZZ_REQUIRE(!checked.error().isEmpty(), shown(value));
        return;
    }
    const Task task = *checked;
    // toJson(fromJson(toJson(x))) == toJson(x): the task is its JSON, nothing lost or added.
    FUZZ_REQUIRE(task.toJson() == value.toObject(), shown(value));
    const auto again = Task::fromJson(task.toJson());
    FUZZ_REQUIRE(again.ok() && again->toJson() == task.toJson(), shown(value));
    for (const QJsonValue &argument : task.toJson().value("task_arguments"_L1).toArray())
        FUZZ_REQUIRE(TaskArgument::fromJson(argument).ok(), shown(argument));

    const QJsonObject read = readTask(task);
    FUZZ_REQUIRE(readTask(task) == read, shown(value));
    checkTaskSetters(task, read);
    checkWireRoundTrip(task.toJson(), "task");
}

// Accessors of a task that was never validated (a job's snapshot) must be total too.
void readUncheckedTask(const Task &task)
{
    const QJsonObject read = readTask(task);
    FUZZ_REQUIRE(readTask(task) == read, shown(task.toJson()));
}

QJsonObject readJob(const Job &job, const QDateTime &now)
{
    const JobUser user = job.user();
    const std::optional<qint64> duration = job.durationMs(now);
    FUZZ_REQUIRE(job.durationMs(now) == duration, shown(job.toJson()));
    FUZZ_REQUIRE(!(job.isFinished() && job.isInProgress()), job.lifecycleName());
    FUZZ_REQUIRE(job.lifecycle() == Lifecycle::Unknown
                     || lifecycleName(job.lifecycle()) == job.lifecycleName(),
                 job.lifecycleName());
    FUZZ_REQUIRE(job.state() == JobState::Unknown || stateName(job.state()) == job.stateName(),
                 job.stateName());
    // A job that waits has no duration; one that runs or ran has one as soon as it has a start.
    if (isQueued(job.lifecycle()) && !job.startedAt().isValid()
        && !job.result().value("times"_L1).toObject().contains("seconds"_L1))
        FUZZ_REQUIRE(!duration, shown(job.toJson()));

    const QJsonValue output = job.toJson().value("output"_L1);
    const QStringList lines = job.output();
    if (output.isString())
        FUZZ_REQUIRE(lines.size() == 1, shown(output));
    else
        FUZZ_REQUIRE(lines.size() == output.toArray().size(), shown(output));
    const QStringList reported = Job::outputFromReport(output);
    if (output.isArray())
        FUZZ_REQUIRE(reported.size() == output.toArray().size(), shown(output));
    if (output.isUndefined())
        FUZZ_REQUIRE(reported.isEmpty(), shown(output));
    for (const QJsonValue &member : job.result())
        Job::outputFromReport(member);

    readUncheckedTask(job.taskSnapshot());
    const auto exit = job.exitCode();
    return QJsonObject{
        {"id"_L1, job.id()},
        {"name"_L1, job.name()},
        {"type"_L1, job.jobType()},
        {"task"_L1, job.taskId()},
        {"host"_L1, job.hostId()},
        {"hostname"_L1, job.hostname()},
        {"customer"_L1, job.customerName()},
        {"lifecycle"_L1, static_cast<int>(job.lifecycle())},
        {"state"_L1, static_cast<int>(job.state())},
        {"origin"_L1, job.origin()},
        {"trigger"_L1, job.triggerName()},
        {"triggeredBy"_L1, job.triggeredBy()},
        {"user"_L1, QJsonArray{user.id, user.username, user.email}},
        {"userId"_L1, job.userId()},
        {"secret"_L1, job.secret()},
        {"created"_L1, dateValue(job.creationDate())},
        {"updated"_L1, dateValue(job.lastUpdate())},
        {"values"_L1, job.taskArgumentsValues()},
        {"output"_L1, QJsonArray::fromStringList(lines)},
        {"result"_L1, job.result()},
        {"exit"_L1, exit ? QJsonValue(*exit) : QJsonValue()},
        {"log"_L1, job.log()},
        {"stdout"_L1, job.stdoutText()},
        {"stderr"_L1, job.stderrText()},
        {"lastLine"_L1, job.lastLine()},
        {"killed"_L1, job.killed()},
        {"signal"_L1, job.signal()},
        {"started"_L1, dateValue(job.startedAt())},
        {"finished"_L1, dateValue(job.finishedAt())},
        {"runAs"_L1, job.scriptRunAs()},
        {"timeout"_L1, optionalValue(job.timeoutMs())},
        {"env"_L1, job.env()},
        {"components"_L1, job.components()},
        {"next"_L1, job.next()},
        {"showResult"_L1, job.showResult()},
        {"cancellable"_L1, job.isCancellable()},
        {"duration"_L1, optionalValue(duration)},
    };
}

void checkJob(const QJsonValue &value)
{
    const auto checked = Job::fromJson(value);
    if (!checked) {
        FUZZ_REQUIRE(!checked.error().isEmpty(), shown(value));
        return;
    }
    const Job job = *checked;
    FUZZ_REQUIRE(job.toJson() == value.toObject(), shown(value));
    FUZZ_REQUIRE(!job.id().isEmpty(), shown(value));
    // A fixed "now" keeps the reading deterministic.
    const QDateTime now(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC);
    const QJsonObject read = readJob(job, now);
    FUZZ_REQUIRE(readJob(job, now) == read, shown(value));
    const auto again = Job::fromJson(job.toJson());
    FUZZ_REQUIRE(again.ok() && *again == job, shown(value));
    checkWireRoundTrip(job.toJson(), "job");
}

void checkDocument(const QJsonValue &value)
{
    checkTask(value);
    checkJob(value);
    checkArgument(value);
    // Output lines the agent reports arrive as any JSON value.
    const QStringList lines = Job::outputFromReport(value);
    FUZZ_REQUIRE(!value.isArray() || lines.size() == value.toArray().size(), shown(value));
}

} // namespace

void fuzzCodec(QByteArrayView input)
{
    const auto parsed = Json::parse(input.toByteArray());
    if (!parsed) {
        FUZZ_REQUIRE(!parsed.error().isEmpty(), excerpt(QString::fromUtf8(input)));
        return;
    }
    checkDocument(*parsed);
    // A list response: every element is read on its own.
    if (parsed->isArray()) {
        for (const QJsonValue &element : parsed->toArray())
            checkDocument(element);
    }
}

} // namespace TheEye::Fuzz
