#pragma once

#include <QCoreApplication>

namespace TheEye::Supervisor {

// One translation context for the local supervisor (store, core and API), so messages survive
// class renames and plain structs can translate.
struct SupervisorTr
{
    Q_DECLARE_TR_FUNCTIONS(Supervisor)
};

} // namespace TheEye::Supervisor
