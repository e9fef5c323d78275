#include "supervisor/core/acl.h"

namespace TheEye::Supervisor::Acl {

bool allows(const Session &session, const QJsonArray &acl)
{
    if (bypassesAcl(session.role))
        return true;
    const QString role = roleName(session.role);
    for (const QJsonValue &entry : acl) {
        const QString value = entry.toString();
        if (value.isEmpty())
            continue;
        if (value.compare(role, Qt::CaseInsensitive) == 0
            || (!session.principal.email.isEmpty()
                && value.compare(session.principal.email, Qt::CaseInsensitive) == 0))
            return true;
    }
    return false;
}

} // namespace TheEye::Supervisor::Acl
