#pragma once

#include "models/result.h"
#include "models/script.h"
#include "models/task.h"

#include <QByteArray>
#include <QStringList>

namespace TheEye::Recipe {

enum class Mode { Shallow, Deep };

// `GET /task/:id/serialize` (supervisor-api.md §7.1): shallow drops ids, host, acl, triggers and
// dates and blanks env and fixed values; deep keeps everything but the workflow and execution
// count. Both reduce populated references to ids, add `source_model_id` (the task id) and embed
// the script as `data:text/plain;base64,…` with the file's own `source_model_id`.
QJsonObject serialize(const Task &task, const Script &script, const QByteArray &content, Mode mode);

// Canonical file bytes: keys sorted, Qt's indented form (four spaces), final newline. Two exports
// of the same task are identical bytes, so recipe folders diff cleanly under version control.
QByteArray toFileBytes(const QJsonValue &recipe);

// A recipe file parsed for import: the current flat format or the legacy {task, file} one.
struct Imported
{
    enum class Format { Flat, Legacy };

    Format format = Format::Flat;
    // Ready for POST /task: ids, bot, owner and dates removed, the script inline with its data.
    Task task;
    Script script;
    QByteArray scriptContent;
    QString sourceTaskId;
    // What the user must still fill before the task can run, by label and by key.
    QStringList blankFixedArguments;
    QStringList blankEnvironment;
    bool missingRunAs = false;
};

Result<Imported> parse(const QByteArray &bytes);
Result<Imported> fromJson(const QJsonValue &json);

// The arguments file TheEye's editor exports: a JSON array of definitions, fixed values removed
// (`hadFixed` tells the caller to say so).
QByteArray argumentsFileBytes(const QList<TaskArgument> &arguments, bool *hadFixed = nullptr);
// Accepts an arguments file or a whole recipe, as TheEye's "Import arguments" does.
Result<QList<TaskArgument>> parseArguments(const QByteArray &bytes);

} // namespace TheEye::Recipe
