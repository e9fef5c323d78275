#pragma once

#include "supervisor/core/role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace TheEye::Supervisor {

// Who a token speaks for: TheEye's `{id, username, email}` user.
struct Principal
{
    QString id;
    QString username;
    QString email;

    QJsonObject toJson() const
    {
        return {{QLatin1StringView("id"), id},
                {QLatin1StringView("username"), username},
                {QLatin1StringView("email"), email}};
    }
};

// An authenticated request's credentials: one token of one organization with one role.
struct Session
{
    QString tokenId;
    Role role = Role::Viewer;
    QString organizationId;
    Principal principal;
    QString label;
    QDateTime created;
    bool persistent = true; // false: a session token, valid only while the process runs
};

struct Organization
{
    QString id;
    QString name;
    QJsonObject document; // {display_name, description, owner, creation_date, …, name, config, id}
};

struct Host
{
    QString id;
    QString organizationId;
    QString hostname;
    bool localBot = false;
    QJsonObject document;
};

} // namespace TheEye::Supervisor
