#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace TheEye::Supervisor {

// TheEye's credentials, in the order that decides access (supervisor-api.md §2.3).
enum class Role { Viewer = 0, User, Agent, Manager, Admin, Integration, Owner, Root };

QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
QStringList roleNames();
inline int roleLevel(Role role)
{
    return static_cast<int>(role);
}
inline bool hasAtLeast(Role granted, Role required)
{
    return roleLevel(granted) >= roleLevel(required);
}
// Admin and above skip task and job ACLs.
inline bool bypassesAcl(Role role)
{
    return hasAtLeast(role, Role::Admin);
}

} // namespace TheEye::Supervisor
