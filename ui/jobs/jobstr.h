#pragma once

#include <QCoreApplication>

namespace TheEye {

// One translation context for the job windows' plain functions (wait reasons, badges), which are
// not QObjects.
struct JobsTr
{
    Q_DECLARE_TR_FUNCTIONS(Jobs)
};

} // namespace TheEye
