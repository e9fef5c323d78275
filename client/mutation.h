#pragma once

#include <QMetaType>
#include <QString>

namespace TheEye {

// A change made through the client, announced after the supervisor accepted it, so the change
// feed refreshes what it touched at once instead of waiting for its interval.
struct Mutation
{
    enum class Subject { Task, Job, Script, Schedule };
    enum class Change { Created, Updated, Removed };

    Subject subject = Subject::Task;
    Change change = Change::Updated;
    QString id;     // of the subject; empty for bulk changes (emptying a queue)
    QString taskId; // the task a job or schedule belongs to, when known

    bool operator==(const Mutation &) const = default;
};

} // namespace TheEye

Q_DECLARE_METATYPE(TheEye::Mutation)
