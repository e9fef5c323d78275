#include "supervisor/core/taskfields.h"

#include "models/jsonutil.h"
#include "models/taskargument.h"
#include "supervisor/core/objectid.h"

#include <QJsonArray>

#include <array>
#include <cmath>

namespace TheEye::Supervisor::TaskFields {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array TextFields{"name"_L1,
                                "type"_L1,
                                "description"_L1,
                                "short_description"_L1,
                                "icon_color"_L1,
                                "icon_image"_L1,
                                "script_runas"_L1,
                                "script_path"_L1,
                                "arguments_type"_L1,
                                "default_state_evaluation"_L1,
                                "url"_L1,
                                "method"_L1,
                                "parser"_L1,
                                "pattern"_L1,
                                "subject"_L1,
                                "approvals_target"_L1,
                                "success_label"_L1,
                                "failure_label"_L1,
                                "cancel_label"_L1,
                                "ignore_label"_L1,
                                "template_id"_L1,
                                "template"_L1};
constexpr std::array BoolFields{"enable"_L1,
                                "public"_L1,
                                "register_body"_L1,
                                "multitasking"_L1,
                                "show_result"_L1,
                                "logger"_L1,
                                "notify"_L1,
                                "user_inputs"_L1,
                                "allows_dynamic_settings"_L1,
                                "empty_viewers"_L1,
                                "cancellable"_L1,
                                "autoremove_completed_jobs"_L1,
                                "stack_scheduled_executions"_L1,
                                "agent_logging"_L1,
                                "gzip"_L1,
                                "json"_L1,
                                "success_enabled"_L1,
                                "failure_enabled"_L1,
                                "cancel_enabled"_L1,
                                "ignore_enabled"_L1};
constexpr std::array NumberFields{"order"_L1,
                                  "grace_time"_L1,
                                  "timeout"_L1,
                                  "autoremove_completed_jobs_limit"_L1,
                                  "status_code"_L1};
constexpr std::array TextListFields{"tags"_L1,
                                    "acl"_L1,
                                    "assigned_users"_L1,
                                    "user_inputs_members"_L1,
                                    "recipients"_L1,
                                    "approvers"_L1,
                                    "triggers"_L1};
// References resolved by the task service (host, script) and free-form members.
constexpr std::array OtherFields{"host"_L1,
                                 "host_id"_L1,
                                 "script"_L1,
                                 "script_id"_L1,
                                 "task_arguments"_L1,
                                 "output_parameters"_L1,
                                 "env"_L1,
                                 "notificationTypes"_L1,
                                 "body"_L1};

template<std::size_t N>
bool listed(const std::array<QLatin1StringView, N> &list, QStringView key)
{
    return std::find(list.begin(), list.end(), key) != list.end();
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString();
        if (text == u"true")
            return true;
        if (text == u"false")
            return false;
    }
    if (value.isDouble())
        return value.toDouble() != 0.0;
    return std::nullopt;
}

std::optional<double> toNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QJsonValue numberValue(double number)
{
    if (std::trunc(number) == number && std::abs(number) < 9.0e15)
        return QJsonValue(static_cast<qint64>(number));
    return QJsonValue(number);
}

} // namespace

bool isKnownType(const QString &type)
{
    return !typeClass(type).isEmpty();
}

QString typeClass(const QString &type)
{
    if (type == u"script")
        return u"ScriptTask"_s;
    if (type == u"nodejs")
        return u"NodejsTask"_s;
    if (type == u"scraper")
        return u"ScraperTask"_s;
    if (type == u"approval")
        return u"ApprovalTask"_s;
    if (type == u"dummy")
        return u"DummyTask"_s;
    if (type == u"notification")
        return u"NotificationTask"_s;
    return {};
}

bool needsHost(const QString &type)
{
    return type == u"script" || type == u"scraper";
}

bool needsScript(const QString &type)
{
    return type == u"script" || type == u"nodejs";
}

Normalized normalize(const QJsonObject &body)
{
    Normalized out;
    const auto invalid = [&out](QStringView key, const QJsonValue &value) {
        out.errors.append(FieldError::invalid(key.toString(), value));
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (value.isNull()) {
            if (listed(TextFields, key) || listed(BoolFields, key) || listed(NumberFields, key)
                || listed(TextListFields, key) || listed(OtherFields, key))
                out.values.insert(key, QJsonValue::Null);
            continue;
        }
        if (listed(TextFields, key)) {
            if (value.isString())
                out.values.insert(key, value);
            else if (value.isDouble() || value.isBool())
                out.values.insert(key, QJsonValue(value.toVariant().toString()));
            else
                invalid(key, value);
        } else if (listed(BoolFields, key)) {
            if (const auto flag = toBool(value))
                out.values.insert(key, *flag);
            else
                invalid(key, value);
        } else if (listed(NumberFields, key)) {
            const auto number = toNumber(value);
            if (!number || !std::isfinite(*number) || *number < 0)
                invalid(key, value);
            else
                out.values.insert(key, numberValue(*number));
        } else if (listed(TextListFields, key)) {
            QJsonArray list;
            bool ok = value.isArray();
            for (const QJsonValue &item : value.toArray()) {
                if (item.isString())
                    list.append(item);
                else
                    ok = false;
            }
            if (value.isString()) { // a form body with one value
                list.append(value);
                ok = true;
            }
            if (ok)
                out.values.insert(key, list);
            else
                invalid(key, value);
        } else if (key == u"task_arguments") {
            bool ok = value.isArray();
            for (const QJsonValue &item : value.toArray())
                ok = ok && TaskArgument::fromJson(item).ok();
            if (ok)
                out.values.insert(key, value);
            else
                invalid(key, value);
        } else if (key == u"output_parameters") {
            if (value.isArray())
                out.values.insert(key, value);
            else
                invalid(key, value);
        } else if (key == u"env") {
            // An object of names and text values; numbers and booleans become text.
            QJsonObject env;
            bool ok = value.isObject();
            const QJsonObject object = value.toObject();
            for (auto e = object.begin(); e != object.end(); ++e) {
                if (e.key().isEmpty() || e.key().contains(u'=') || e.key().contains(QChar(0)))
                    ok = false;
                else if (e.value().isString())
                    env.insert(e.key(), e.value());
                else if (e.value().isDouble() || e.value().isBool())
                    env.insert(e.key(), e.value().toVariant().toString());
                else if (e.value().isNull())
                    env.insert(e.key(), QString());
                else
                    ok = false;
            }
            if (ok)
                out.values.insert(key, env);
            else
                invalid(key, value);
        } else if (key == u"notificationTypes") {
            if (value.isObject())
                out.values.insert(key, value);
            else
                invalid(key, value);
        } else if (key == u"body") {
            out.values.insert(key, value);
        } else if (key == u"host" || key == u"host_id" || key == u"script" || key == u"script_id") {
            // The task service resolves references and reports what does not resolve.
            out.values.insert(key, value);
        }
        // Anything else is outside the schema and dropped.
    }
    if (out.values.contains("arguments_type"_L1)) {
        const QJsonValue type = out.values.value("arguments_type"_L1);
        if (!type.isNull() && type != u"legacy"_s && type != u"json"_s && type != u"text"_s)
            invalid(u"arguments_type", type);
    }
    return out;
}

// What a new task holds before the request's members are applied (the real schema defaults).
QJsonObject defaultsFor(const QString &type)
{
    QJsonObject document{
        {"order"_L1, 0},
        {"enable"_L1, true},
        {"type"_L1, type},
        {"_type"_L1, typeClass(type)},
        {"public"_L1, false},
        {"tags"_L1, QJsonArray()},
        {"triggers"_L1, QJsonArray()},
        {"grace_time"_L1, 0},
        {"task_arguments"_L1, QJsonArray()},
        {"arguments_type"_L1, u"legacy"_s},
        {"output_parameters"_L1, QJsonArray()},
        {"register_body"_L1, false},
        {"multitasking"_L1, true},
        {"show_result"_L1, false},
        {"assigned_users"_L1, QJsonArray()},
        {"user_inputs"_L1, false},
        {"user_inputs_members"_L1, QJsonArray()},
        {"acl"_L1, QJsonArray()},
        {"empty_viewers"_L1, false},
        {"cancellable"_L1, true},
        {"autoremove_completed_jobs_limit"_L1, 5},
        {"version"_L1, 1},
        {"stack_scheduled_executions"_L1, false},
        {"allows_dynamic_settings"_L1, false},
    };
    if (needsScript(type)) {
        document.insert("agent_logging"_L1, false);
        document.insert("env"_L1, QJsonObject());
    }
    if (type == u"approval") {
        document.insert("approvals_target"_L1, u"fixed"_s);
        for (const auto key :
             {"success_enabled"_L1, "failure_enabled"_L1, "cancel_enabled"_L1, "ignore_enabled"_L1})
            document.insert(key, true);
    }
    if (type == u"notification")
        document.insert("notificationTypes"_L1,
                        QJsonObject{{"push"_L1, true},
                                    {"email"_L1, false},
                                    {"socket"_L1, false},
                                    {"desktop"_L1, false}});
    return document;
}

// TheEye appends the placeholder when the run-as does not place the script itself.
QString withScriptPlaceholder(const QString &runAs)
{
    if (runAs.contains(u"%script%"))
        return runAs;
    return runAs.trimmed().isEmpty() ? u"%script%"_s : runAs + u" %script%"_s;
}

bool isObjectIdList(const QJsonValue &value)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!ObjectId::isValid(item.toString()))
            return false;
    }
    return true;
}

// where[field]=value against a top-level member: equal text, a list holding it, or a boolean.
bool matches(const QJsonObject &document, const QJsonObject &where)
{
    for (auto it = where.begin(); it != where.end(); ++it) {
        const QJsonValue actual = document.value(it.key());
        const QString wanted = it.value().isString() ? it.value().toString()
                                                     : Json::toText(it.value());
        if (actual.isArray()) {
            if (!Json::stringList(actual).contains(wanted))
                return false;
        } else if (actual.isBool()) {
            if ((actual.toBool() ? u"true"_s : u"false"_s) != wanted)
                return false;
        } else if (Json::toText(actual) != wanted) {
            return false;
        }
    }
    return true;
}

} // namespace TheEye::Supervisor::TaskFields
