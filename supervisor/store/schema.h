#pragma once

#include <QList>
#include <QStringList>

namespace TheEye::Supervisor::Schema {

// One step of the schema. Steps run in order, each in its own transaction, and the version table
// records the last one applied; a released step is never edited, only followed by a new one.
struct Migration
{
    int version = 0;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestVersion();

} // namespace TheEye::Supervisor::Schema
