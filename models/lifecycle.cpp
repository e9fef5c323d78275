#include "models/lifecycle.h"

#include "models/modelstr.h"

#include <array>
#include <utility>

namespace TheEye {
namespace {

constexpr std::array lifecycleNames{
    std::pair{Lifecycle::Ready, "ready"},
    std::pair{Lifecycle::Assigned, "assigned"},
    std::pair{Lifecycle::OnHold, "onhold"},
    std::pair{Lifecycle::Syncing, "syncing"},
    std::pair{Lifecycle::Locked, "locked"},
    std::pair{Lifecycle::Started, "started"},
    std::pair{Lifecycle::Finished, "finished"},
    std::pair{Lifecycle::Terminated, "terminated"},
    std::pair{Lifecycle::Canceled, "canceled"},
    std::pair{Lifecycle::Expired, "expired"},
    std::pair{Lifecycle::Completed, "completed"},
};

constexpr std::array stateNames{
    std::pair{JobState::InProgress, "in_progress"},
    std::pair{JobState::Success, "success"},
    std::pair{JobState::Failure, "failure"},
    std::pair{JobState::Canceled, "canceled"},
    std::pair{JobState::Timeout, "timeout"},
    std::pair{JobState::Error, "error"},
};

} // namespace

QString lifecycleName(Lifecycle lifecycle)
{
    for (const auto &[value, name] : lifecycleNames) {
        if (value == lifecycle)
            return QString::fromLatin1(name);
    }
    return {};
}

Lifecycle lifecycleFromName(QStringView name)
{
    for (const auto &[value, text] : lifecycleNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return Lifecycle::Unknown;
}

QString stateName(JobState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

JobState stateFromName(QStringView name)
{
    for (const auto &[value, text] : stateNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return JobState::Unknown;
}

QString lifecycleDisplayName(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Ready:
        return ModelsTr::tr("Queued", "job lifecycle ready");
    case Lifecycle::Assigned:
        return ModelsTr::tr("Running", "job lifecycle assigned");
    case Lifecycle::OnHold:
        return ModelsTr::tr("On hold", "job lifecycle");
    case Lifecycle::Syncing:
        return ModelsTr::tr("Syncing", "job lifecycle");
    case Lifecycle::Locked:
        return ModelsTr::tr("Locked", "job lifecycle");
    case Lifecycle::Started:
        return ModelsTr::tr("Started", "job lifecycle");
    case Lifecycle::Finished:
        return ModelsTr::tr("Finished", "job lifecycle");
    case Lifecycle::Terminated:
        return ModelsTr::tr("Terminated", "job lifecycle");
    case Lifecycle::Canceled:
        return ModelsTr::tr("Canceled", "job lifecycle");
    case Lifecycle::Expired:
        return ModelsTr::tr("Expired", "job lifecycle");
    case Lifecycle::Completed:
        return ModelsTr::tr("Completed", "job lifecycle");
    case Lifecycle::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown", "job lifecycle");
}

QString stateDisplayName(JobState state)
{
    switch (state) {
    case JobState::InProgress:
        return ModelsTr::tr("In progress", "job state");
    case JobState::Success:
        return ModelsTr::tr("Success", "job state");
    case JobState::Failure:
        return ModelsTr::tr("Failure", "job state");
    case JobState::Canceled:
        return ModelsTr::tr("Canceled", "job state");
    case JobState::Timeout:
        return ModelsTr::tr("Timed out", "job state");
    case JobState::Error:
        return ModelsTr::tr("Error", "job state");
    case JobState::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown", "job state");
}

bool isFinished(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Finished:
    case Lifecycle::Terminated:
    case Lifecycle::Canceled:
    case Lifecycle::Expired:
    case Lifecycle::Completed:
        return true;
    default:
        return false;
    }
}

const QStringList &finishedLifecycleNames()
{
    static const QStringList names = [] {
        QStringList finished;
        for (const auto &[value, text] : lifecycleNames) {
            if (isFinished(value))
                finished.append(QString::fromLatin1(text));
        }
        return finished;
    }();
    return names;
}

bool isInProgress(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Ready:
    case Lifecycle::Assigned:
    case Lifecycle::OnHold:
    case Lifecycle::Syncing:
    case Lifecycle::Locked:
    case Lifecycle::Started:
        return true;
    default:
        return false;
    }
}

bool isQueued(Lifecycle lifecycle)
{
    return lifecycle == Lifecycle::Ready;
}

} // namespace TheEye
