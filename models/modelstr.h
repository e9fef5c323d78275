#pragma once

#include <QCoreApplication>

namespace TheEye {

// One translation context for the whole models layer, so messages survive class renames and
// value types (which are not QObjects) can translate.
struct ModelsTr
{
    Q_DECLARE_TR_FUNCTIONS(Models)
};

} // namespace TheEye
