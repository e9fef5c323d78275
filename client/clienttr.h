#pragma once

#include <QCoreApplication>

namespace TheEye {

// One translation context for the client layer, so non-QObject code (errors, value types) can
// translate and messages survive class renames.
struct ClientTr
{
    Q_DECLARE_TR_FUNCTIONS(Client)
};

} // namespace TheEye
