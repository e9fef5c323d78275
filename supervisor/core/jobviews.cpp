#include "supervisor/core/jobviews.h"

namespace TheEye::Supervisor::JobViews {

using namespace Qt::StringLiterals;

QJsonObject published(const QJsonObject &stored)
{
    QJsonObject json = stored;
    json.remove("script"_L1);
    json.remove("script_arguments"_L1);
    json.remove("customer"_L1);
    const QJsonObject task = stored.value("task"_L1).toObject();
    QJsonObject reduced;
    for (const auto key : {"id"_L1,
                           "_type"_L1,
                           "type"_L1,
                           "approvers"_L1,
                           "task_arguments"_L1,
                           "output_parameters"_L1}) {
        if (task.contains(key))
            reduced.insert(key, task.value(key));
    }
    json.insert("task"_L1, reduced);
    return json;
}

QJsonObject created(const QJsonObject &stored,
                    const QJsonObject &hostReference,
                    const QJsonObject &user)
{
    QJsonObject json = published(stored);
    if (!hostReference.isEmpty())
        json.insert("host"_L1, hostReference);
    json.insert("user"_L1, user);
    return json;
}

QJsonObject listItem(const QJsonObject &stored)
{
    QJsonObject json = stored;
    for (const auto key : {"task_arguments_values"_L1,
                           "script_arguments"_L1,
                           "output"_L1,
                           "result"_L1,
                           "task"_L1,
                           "script"_L1,
                           "env"_L1})
        json.remove(key);
    return json;
}

} // namespace TheEye::Supervisor::JobViews
