#pragma once

#include "supervisor/core/serviceerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace TheEye::Supervisor::TaskFields {

// The members a task document may hold (supervisor-api.md §5.1), checked and converted the way
// Mongoose casts them: form bodies send "60000" and "false", which become 60000 and false. Members
// outside the schema are dropped, as Mongoose's strict mode does. A null value is kept as null,
// meaning "unset" on update.
struct Normalized
{
    QJsonObject values;
    QList<FieldError> errors;
};
Normalized normalize(const QJsonObject &body);

bool isKnownType(const QString &type);
// "ScriptTask", "ApprovalTask", … for a type.
QString typeClass(const QString &type);
// Script and scraper tasks run on a host; script and nodejs tasks run a script.
bool needsHost(const QString &type);
bool needsScript(const QString &type);

// What a new task of `type` holds before the request's members apply (the schema defaults).
QJsonObject defaultsFor(const QString &type);
// TheEye appends " %script%" when the run-as does not place the script itself.
QString withScriptPlaceholder(const QString &runAs);
// A non-empty list of ObjectId strings (approvers).
bool isObjectIdList(const QJsonValue &value);
// where[field]=value against a top-level member: equal text, a list holding it, or a boolean.
bool matches(const QJsonObject &document, const QJsonObject &where);

} // namespace TheEye::Supervisor::TaskFields
