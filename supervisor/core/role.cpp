#include "supervisor/core/role.h"

#include <array>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<Role, QLatin1StringView>, 8> Names{{
    {Role::Viewer, "viewer"_L1},
    {Role::User, "user"_L1},
    {Role::Agent, "agent"_L1},
    {Role::Manager, "manager"_L1},
    {Role::Admin, "admin"_L1},
    {Role::Integration, "integration"_L1},
    {Role::Owner, "owner"_L1},
    {Role::Root, "root"_L1},
}};

} // namespace

QString roleName(Role role)
{
    for (const auto &[value, name] : Names) {
        if (value == role)
            return name;
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const auto &[value, text] : Names) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    QStringList names;
    for (const auto &entry : Names)
        names.append(entry.second);
    return names;
}

} // namespace TheEye::Supervisor
