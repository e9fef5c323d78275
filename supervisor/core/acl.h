#pragma once

#include "supervisor/core/session.h"

#include <QJsonArray>

namespace TheEye::Supervisor::Acl {

// The intended TheEye semantics (supervisor-api.md §2.5, decisions.md): admin and above see
// everything; anyone else only what an `acl` entry names, case-insensitively, by their email,
// their role or one of their `k:v` tags. An empty acl admits no one below admin.
bool allows(const Session &session, const QJsonArray &acl);

} // namespace TheEye::Supervisor::Acl
