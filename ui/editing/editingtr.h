#pragma once

#include <QCoreApplication>

namespace TheEye {

// The translation context of the editing helpers that are not QObjects (run-as previews, export
// file names, recipe file errors).
struct EditingTr
{
    Q_DECLARE_TR_FUNCTIONS(Editing)
};

} // namespace TheEye
