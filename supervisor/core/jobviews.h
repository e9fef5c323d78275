#pragma once

#include <QJsonObject>

namespace TheEye::Supervisor::JobViews {

// The four shapes of one job (tests/data/real-supervisor/README.md). The stored document is the
// GET shape: host and customer as ids, the full task snapshot and script.

// job.publish(): no script, script_arguments or customer; the task reduced to
// {id,_type,type,approvers,task_arguments,output_parameters}.
QJsonObject published(const QJsonObject &stored);
// The creation response: published, host populated, plus `user` ({} for secret runs).
QJsonObject created(const QJsonObject &stored,
                    const QJsonObject &hostReference,
                    const QJsonObject &user);
// GET /job: without task_arguments_values, script_arguments, output, result, task, script, env.
QJsonObject listItem(const QJsonObject &stored);

} // namespace TheEye::Supervisor::JobViews
