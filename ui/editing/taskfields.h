#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace TheEye::TaskFields {

Q_NAMESPACE

// The fields of the task editor, in TheEye's form order (web-ui.md §2); those from Description
// on are under Advanced Options.
enum class Field {
    Name,
    Bot,
    Script,
    Tags,
    Arguments,
    RunAs,
    Description,
    Acl,
    Triggers,
    GraceTime,
    Timeout,
    Multitasking,
    Cancellable,
    Env,
    DefaultState,
    JobsKept,
};
Q_ENUM_NS(Field)

// TheEye's label for the field, translated.
QString label(Field field);
bool isAdvanced(Field field);
// The field a supervisor validation entry (E3 `field`) names: "host", "script_runas", …
std::optional<Field> fromWireName(const QString &name);
// "nameError", "runAsError": the objectName of the field's inline error.
QString errorObjectName(Field field);

// Problems of one ACL entry, which must be an email, a role name or a key:value member tag
// (supervisor-api.md §2.5); empty when it is fine.
QString aclEntryProblem(const QString &entry);

} // namespace TheEye::TaskFields
