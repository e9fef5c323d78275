// Target "arguments": argument validation and the job arguments a client builds and a supervisor
// resolves. The input is JSON, read in any of these forms, so captured tasks and jobs are seeds:
//   {"definitions":[…], "values":[…] or {"<order>":…}, "argumentsType":"…", "maxFileBytes":n}
//   a task ({"task_arguments":[…], "arguments_type":…}) or a job ({"task":{…},
//   "task_arguments_values":[…]}); a bare array of definitions (each one's own "value" is its value)
#include "fuzzcheck.h"
#include "targets.h"

#include "models/dataurl.h"
#include "models/jobarguments.h"
#include "models/jsonutil.h"

#include <QRegularExpression>

#include <algorithm>

namespace TheEye::Fuzz {

using namespace Qt::StringLiterals;

namespace {

using Type = TaskArgument::Type;

struct Case
{
    QList<TaskArgument> definitions;
    QJsonArray values; // positional, as a job payload
    QHash<int, QJsonValue> valuesByOrder;
    QString argumentsType = u"legacy"_s;
    ArgumentLimits limits;
};

QString shown(const QJsonValue &value)
{
    return excerpt(Json::toText(value), 600);
}

QString shown(const TaskArgument &definition, const QJsonValue &value)
{
    return u"definition "_s + shown(definition.toJson()) + u", value "_s + shown(value);
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

std::optional<Case> caseFromInput(QByteArrayView input)
{
    const auto parsed = Json::parse(input.toByteArray());
    if (!parsed)
        return std::nullopt;
    Case result;
    QJsonArray definitions;
    QJsonValue values;
    if (parsed->isArray()) {
        definitions = parsed->toArray();
        for (const QJsonValue &definition : std::as_const(definitions))
            result.values.append(definition.toObject().value("value"_L1));
    } else if (parsed->isObject()) {
        const QJsonObject object = parsed->toObject();
        const QJsonObject task = object.value("task"_L1).toObject();
        for (const QJsonValue &candidate : {object.value("definitions"_L1),
                                            object.value("task_arguments"_L1),
                                            task.value("task_arguments"_L1)}) {
            if (candidate.isArray()) {
                definitions = candidate.toArray();
                break;
            }
        }
        values = object.contains("values"_L1) ? object.value("values"_L1)
                                              : object.value("task_arguments_values"_L1);
        for (const QJsonValue &candidate : {object.value("argumentsType"_L1),
                                            object.value("arguments_type"_L1),
                                            task.value("arguments_type"_L1)}) {
            if (candidate.isString()) {
                result.argumentsType = candidate.toString();
                break;
            }
        }
        const auto maxBytes = Json::optionalInteger(object, "maxFileBytes"_L1);
        if (maxBytes)
            result.limits.maxFileBytes = std::clamp<qint64>(*maxBytes, 0, 64 * 1024 * 1024);
    } else {
        return std::nullopt;
    }
    // Unchecked, as Task::arguments() hands them out: every accessor must cope.
    for (const QJsonValue &definition : std::as_const(definitions))
        result.definitions.append(TaskArgument(definition.toObject()));
    if (values.isArray()) {
        result.values = values.toArray();
    } else if (values.isObject()) {
        const QJsonObject byOrder = values.toObject();
        for (auto it = byOrder.begin(); it != byOrder.end(); ++it) {
            bool ok = false;
            const int order = it.key().toInt(&ok);
            if (ok)
                result.valuesByOrder.insert(order, it.value());
        }
    }
    for (qsizetype i = 0; i < result.values.size(); ++i)
        result.valuesByOrder.insert(static_cast<int>(i), result.values.at(i));
    return result;
}

// What validate() promises for one definition and one value.
void checkValidate(const TaskArgument &definition, const QJsonValue &value, const Case &input)
{
    const QString problem = definition.validate(value, input.limits);
    FUZZ_REQUIRE(definition.validate(value, input.limits) == problem, shown(definition, value));
    // A bigger file limit never refuses what a smaller one accepted.
    if (problem.isEmpty())
        FUZZ_REQUIRE(definition.validate(value, ArgumentLimits{64 * 1024 * 1024}).isEmpty(),
                     shown(definition, value));

    const Type type = definition.type();
    if (type == Type::Fixed) {
        FUZZ_REQUIRE(problem.isEmpty(), problem);
        return;
    }
    if (!problem.isEmpty()) {
        // The message names the argument.
        const QString name = definition.label().isEmpty() ? QString::number(definition.order())
                                                          : definition.label();
        FUZZ_REQUIRE(problem.contains(name), problem + u" | "_s + shown(definition, value));
        return;
    }
    const bool blank = value.isNull() || value.isUndefined()
                       || (value.isString() && value.toString().isEmpty())
                       || (value.isArray() && value.toArray().isEmpty());
    if (blank && type != Type::Boolean) {
        FUZZ_REQUIRE(!definition.isRequired(), shown(definition, value));
        return;
    }
    // An accepted value really is what its type asks for.
    const QString text = value.toString();
    switch (type) {
    case Type::Input:
        FUZZ_REQUIRE(value.isString(), shown(definition, value));
        if (const auto min = definition.charsMin())
            FUZZ_REQUIRE(text.size() >= *min, shown(definition, value));
        if (const auto max = definition.charsMax(); max && *max > 0)
            FUZZ_REQUIRE(text.size() <= *max, shown(definition, value));
        break;
    case Type::Select: {
        const QList<TaskArgument::Option> options = definition.options();
        const auto isOption = [&options](const QJsonValue &item) {
            return std::any_of(options.cbegin(), options.cend(), [&item](const auto &option) {
                return option.id == Json::toText(item);
            });
        };
        if (value.isArray()) {
            FUZZ_REQUIRE(definition.isMultiple(), shown(definition, value));
            for (const QJsonValue &item : value.toArray())
                FUZZ_REQUIRE(isOption(item), shown(definition, value));
        } else {
            FUZZ_REQUIRE(isOption(value), shown(definition, value));
        }
        break;
    }
    case Type::Json:
        FUZZ_REQUIRE(!value.isString() || Json::parse(text.toUtf8()).ok(),
                     shown(definition, value));
        break;
    case Type::Email:
        FUZZ_REQUIRE(value.isString() && text.contains(u'@'), shown(definition, value));
        break;
    case Type::Regexp:
        FUZZ_REQUIRE(QRegularExpression(text).isValid(), shown(definition, value));
        break;
    case Type::File: {
        const auto url = DataUrl::parse(text);
        FUZZ_REQUIRE(url.has_value(), shown(definition, value));
        // The size check measures what the script will get.
        FUZZ_REQUIRE(url->data.size() <= input.limits.maxFileBytes, shown(definition, value));
        FUZZ_REQUIRE(DataUrl::decodedSize(text) == url->data.size(),
                     u"decodedSize "_s + QString::number(DataUrl::decodedSize(text).value_or(-1))
                         + u", decoded "_s + QString::number(url->data.size()) + u": "_s
                         + shown(value));
        break;
    }
    case Type::Unknown:
        FUZZ_REQUIRE(false, u"an unknown type accepted a value: "_s + shown(definition, value));
        break;
    default:
        break;
    }
}

bool usableOrder(const TaskArgument &definition)
{
    return definition.order() >= 0 && definition.order() <= 10000;
}

// The slot each position of a resolved array gets its value from: the last definition with that
// order, as resolve() writes them in turn.
QHash<qsizetype, TaskArgument> lastWriters(const QList<TaskArgument> &definitions)
{
    QHash<qsizetype, TaskArgument> writers;
    for (const TaskArgument &definition : definitions)
        writers.insert(definition.order(), definition);
    return writers;
}

bool resolvable(const TaskArgument &definition)
{
    const auto order = Json::optionalInteger(definition.toJson(), "order"_L1);
    return !definition.rawType().isEmpty() && order && *order >= 0 && *order <= 10000;
}

void checkDescribe(const Case &input, const QJsonArray &values)
{
    const QList<JobArguments::DisplayedValue> described = JobArguments::describe(input.definitions,
                                                                                 values);
    FUZZ_REQUIRE(described.size() == input.definitions.size(), shown(values));
    for (qsizetype i = 0; i < described.size(); ++i) {
        const JobArguments::DisplayedValue &item = described.at(i);
        if (i > 0)
            FUZZ_REQUIRE(described.at(i - 1).definition.order() <= item.definition.order(),
                         u"not sorted by order"_s);
        const int order = item.definition.order();
        const QJsonValue expected = order >= 0 && order < values.size() ? values.at(order)
                                                                        : QJsonValue::Null;
        FUZZ_REQUIRE(item.value == expected, shown(item.definition, item.value));
        if (item.definition.isMasked())
            FUZZ_REQUIRE(item.text == u"••••••"_s, item.text);
    }
}

void checkValuesByOrder(const Case &input, const QJsonArray &resolved)
{
    const QHash<int, QJsonValue> byOrder = JobArguments::valuesByOrder(input.definitions,
                                                                       resolved,
                                                                       input.argumentsType);
    for (auto it = byOrder.cbegin(); it != byOrder.cend(); ++it) {
        FUZZ_REQUIRE(it.key() >= 0 && it.key() < resolved.size(), QString::number(it.key()));
        FUZZ_REQUIRE(std::any_of(input.definitions.cbegin(),
                                 input.definitions.cend(),
                                 [&it](const TaskArgument &d) {
                                     return !d.isFixed() && d.order() == it.key();
                                 }),
                     QString::number(it.key()));
    }
}

void checkResolve(const Case &input, const QJsonArray &payload, bool builtByUs)
{
    const auto resolved = JobArguments::resolve(input.definitions, payload, input.argumentsType);
    const auto again = JobArguments::resolve(input.definitions, payload, input.argumentsType);
    FUZZ_REQUIRE(resolved.ok() == again.ok()
                     && (resolved.ok() ? *resolved == *again : resolved.error() == again.error()),
                 shown(payload));
    const bool allResolvable = std::all_of(input.definitions.cbegin(),
                                           input.definitions.cend(),
                                           &resolvable);
    if (!resolved) {
        FUZZ_REQUIRE(resolved.error() == u"InvalidTaskArguments"_s, resolved.error());
        if (builtByUs && allResolvable) {
            // What build() made has a value at every order, so only the supervisor's quirk of
            // matching an element by its own `order` member can lose one.
            FUZZ_REQUIRE(std::any_of(payload.begin(),
                                     payload.end(),
                                     [](const QJsonValue &v) {
                                         return isTruthy(v.toObject().value("order"_L1));
                                     }),
                         u"a built payload does not resolve: "_s + shown(payload));
        }
        checkDescribe(input, payload);
        return;
    }
    FUZZ_REQUIRE(allResolvable, shown(payload));
    const QJsonArray values = *resolved;
    qsizetype expectedSize = 0;
    for (const TaskArgument &definition : input.definitions)
        expectedSize = std::max<qsizetype>(expectedSize, definition.order() + 1);
    FUZZ_REQUIRE(values.size() == expectedSize, shown(values));
    const QHash<qsizetype, TaskArgument> writers = lastWriters(input.definitions);
    for (qsizetype slot = 0; slot < values.size(); ++slot) {
        const QJsonValue value = values.at(slot);
        const auto writer = writers.constFind(slot);
        if (writer == writers.cend()) {
            FUZZ_REQUIRE(value.isNull(),
                         u"gap "_s + QString::number(slot) + u": "_s + shown(values));
            continue;
        }
        if (writer->isFixed()) {
            const QJsonValue stored = writer->toJson().value("value"_L1);
            FUZZ_REQUIRE(value == (stored.isUndefined() ? QJsonValue(QJsonValue::Null) : stored),
                         shown(*writer, value));
        } else if (input.argumentsType == u"json"_s || input.argumentsType == u"text"_s) {
            FUZZ_REQUIRE(value.isString(), shown(*writer, value));
        } else {
            FUZZ_REQUIRE(value.isString() || !isTruthy(value), shown(*writer, value));
        }
    }
    checkDescribe(input, values);
    checkValuesByOrder(input, values);

    // Running a finished job again with its own values: after one pass (which may normalise JSON
    // text), the values a job gets are stable.
    if (input.argumentsType == u"legacy"_s || input.argumentsType == u"text"_s) {
        const auto pass = [&input](const QJsonArray &stored) {
            return JobArguments::resolve(
                input.definitions,
                JobArguments::build(input.definitions,
                                    JobArguments::valuesByOrder(input.definitions,
                                                                stored,
                                                                input.argumentsType)),
                input.argumentsType);
        };
        const auto second = pass(values);
        FUZZ_REQUIRE(second.ok(), u"a job's own values do not run again: "_s + shown(values));
        const auto third = pass(*second);
        FUZZ_REQUIRE(third.ok() && *third == *second,
                     shown(*second) + u" then "_s + (third.ok() ? shown(*third) : QString()));
    }
}

void checkBuild(const Case &input)
{
    const QJsonArray payload = JobArguments::build(input.definitions, input.valuesByOrder);
    qsizetype expectedSize = input.definitions.size();
    for (const TaskArgument &definition : input.definitions) {
        if (usableOrder(definition))
            expectedSize = std::max<qsizetype>(expectedSize, definition.order() + 1);
    }
    FUZZ_REQUIRE(payload.size() == expectedSize, shown(payload));
    QList<bool> filled(payload.size(), false);
    for (const TaskArgument &definition : input.definitions) {
        if (!usableOrder(definition) || definition.isFixed())
            continue;
        const int order = definition.order();
        filled[order] = true;
        FUZZ_REQUIRE(payload.at(order) == input.valuesByOrder.value(order, QJsonValue::Null),
                     u"slot "_s + QString::number(order) + u": "_s + shown(payload));
    }
    for (qsizetype i = 0; i < payload.size(); ++i)
        FUZZ_REQUIRE(filled.at(i) || payload.at(i).isNull(), shown(payload));
    FUZZ_REQUIRE(JobArguments::requiredLength(input.definitions)
                     == std::count_if(input.definitions.cbegin(),
                                      input.definitions.cend(),
                                      [](const TaskArgument &d) { return !d.isFixed(); }),
                 QString());
    checkResolve(input, payload, true);
}

void checkValidateAll(const Case &input)
{
    const QMap<int, QString> problems = JobArguments::validate(input.definitions,
                                                               input.valuesByOrder,
                                                               input.limits);
    FUZZ_REQUIRE(JobArguments::validate(input.definitions, input.valuesByOrder, input.limits)
                     == problems,
                 QString());
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        FUZZ_REQUIRE(!it.value().isEmpty(), QString::number(it.key()));
        FUZZ_REQUIRE(std::any_of(input.definitions.cbegin(),
                                 input.definitions.cend(),
                                 [&it](const TaskArgument &d) {
                                     return !d.isFixed() && d.order() == it.key();
                                 }),
                     QString::number(it.key()));
    }
    for (const TaskArgument &definition : input.definitions) {
        const QJsonValue value = input.valuesByOrder.value(definition.order(), QJsonValue::Null);
        checkValidate(definition, value, input);
        if (!definition.isFixed() && !definition.validate(value, input.limits).isEmpty())
            FUZZ_REQUIRE(problems.contains(definition.order()), shown(definition, value));
    }
    // Every value against every definition (bounded), for the type checks' sake.
    const qsizetype definitions = std::min<qsizetype>(input.definitions.size(), 16);
    const qsizetype values = std::min<qsizetype>(input.values.size(), 16);
    for (qsizetype d = 0; d < definitions; ++d) {
        for (qsizetype v = 0; v < values; ++v)
            checkValidate(input.definitions.at(d), input.values.at(v), input);
    }
}

} // namespace

void fuzzArguments(QByteArrayView input)
{
    const std::optional<Case> parsed = caseFromInput(input);
    if (!parsed)
        return;
    checkValidateAll(*parsed);
    checkBuild(*parsed);
    // The payload as a client sent it, resolved as the supervisor does.
    checkResolve(*parsed, parsed->values, false);
    checkDescribe(*parsed, parsed->values);
}

} // namespace TheEye::Fuzz
