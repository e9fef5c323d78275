#include "ui/appicons.h"

#include <QHash>

namespace TheEye::AppIcons {

QIcon icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it == cache.cend())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QString jobIconName(Lifecycle lifecycle, JobState state)
{
    if (isFinished(lifecycle)) {
        switch (state) {
        case JobState::Success:
            return QStringLiteral("state-success");
        case JobState::Failure:
            return QStringLiteral("state-failure");
        case JobState::Timeout:
            return QStringLiteral("state-timeout");
        case JobState::Canceled:
            return QStringLiteral("state-canceled");
        case JobState::Error:
            return QStringLiteral("state-error");
        default:
            return QStringLiteral("state-success"); // TheEye shows any other final state as done
        }
    }
    switch (lifecycle) {
    case Lifecycle::Ready:
        return QStringLiteral("state-queued");
    case Lifecycle::Assigned:
    case Lifecycle::Started:
        return QStringLiteral("state-running");
    case Lifecycle::OnHold:
        return QStringLiteral("state-onhold");
    case Lifecycle::Syncing:
        return QStringLiteral("state-syncing");
    case Lifecycle::Locked:
        return QStringLiteral("state-locked");
    default:
        return QStringLiteral("state-unknown");
    }
}

QIcon jobIcon(Lifecycle lifecycle, JobState state)
{
    return icon(jobIconName(lifecycle, state));
}

QColor jobColor(Lifecycle lifecycle, JobState state)
{
    // Mid-tone colours of the icon palette (resources/icons/README.md).
    if (isFinished(lifecycle)) {
        switch (state) {
        case JobState::Failure:
        case JobState::Timeout:
        case JobState::Canceled:
            return QColor(0xe5, 0x48, 0x4d);
        case JobState::Error:
            return QColor(0xb8, 0x86, 0x0b);
        default:
            return QColor(0x2f, 0x9e, 0x44);
        }
    }
    switch (lifecycle) {
    case Lifecycle::Assigned:
    case Lifecycle::Started:
        return QColor(0x0e, 0x93, 0x84);
    case Lifecycle::OnHold:
        return QColor(0xb8, 0x86, 0x0b);
    default:
        return QColor(0x6e, 0x7f, 0x99);
    }
}

} // namespace TheEye::AppIcons
