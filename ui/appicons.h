#pragma once

#include "models/lifecycle.h"

#include <QColor>
#include <QIcon>

namespace TheEye::AppIcons {

// The icon set in resources/ (":/icons/<name>.svg"), cached.
QIcon icon(const QString &name);
// A job's lifecycle and state as TheEye's web UI shows them (web-ui.md §1d): a finished job by
// its state, a waiting or running one by its lifecycle.
QIcon jobIcon(Lifecycle lifecycle, JobState state);
QString jobIconName(Lifecycle lifecycle, JobState state);
// The colour that goes with it, for text and badges; readable on light and dark palettes.
QColor jobColor(Lifecycle lifecycle, JobState state);

} // namespace TheEye::AppIcons
