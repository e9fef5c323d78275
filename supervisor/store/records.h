#pragma once

#include "models/lifecycle.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TheEye::Supervisor {

// Rows as the store reads and writes them. Documents are the JSON the API serves (or the stored
// part of it); the other members are the indexed columns.

struct OrganizationRow
{
    QString id;
    QString name;
    QJsonObject document;
};

struct TokenRow
{
    QString id;
    QString hash; // SHA-256 of the token, lowercase hex; the token itself is never stored
    QString role;
    QString organizationId;
    QString principalId;
    QString username;
    QString email;
    QString label;
    QDateTime created;
};

struct HostRow
{
    QString id;
    QString organizationId;
    QString hostname;
    bool localBot = false;
    QJsonObject document;
};

struct ScriptRow
{
    QString id;
    QString organizationId;
    QJsonObject document; // metadata; the content is read on demand
};

struct TaskRow
{
    QString id;
    QString organizationId;
    QString secret;
    qint64 executionCount = 0;
    QJsonObject document; // without secret and execution_count, which have their own columns
};

struct EventRow
{
    QString id;
    QString organizationId;
    QString taskId;
    QString name;
    QJsonObject document;
};

struct ScheduleRow
{
    QString id;
    QString organizationId;
    QString taskId;
    QJsonObject document;
};

// The lifecycles a job never leaves on its own (models/lifecycle.h): history pruning deletes
// these, and a job in one of them is done.
inline const QStringList &finishedJobLifecycles()
{
    return finishedLifecycleNames();
}

inline bool isFinishedJobLifecycle(const QString &lifecycle)
{
    return isFinished(lifecycleFromName(lifecycle));
}

struct JobRow
{
    qint64 seq = 0; // creation order
    QString id;
    QString organizationId;
    QString taskId;
    QString hostId;
    QString lifecycle;
    QJsonObject document;
};

// A batch of a running job's output, in arrival order.
struct OutputChunk
{
    enum class Stream { Stdout = 1, Stderr = 2 };
    Stream stream = Stream::Stdout;
    QByteArray data;
};

} // namespace TheEye::Supervisor
