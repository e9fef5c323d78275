#pragma once

#include <QString>
#include <QStringView>

namespace TheEye::Supervisor::ObjectId {

// A MongoDB-style ObjectId as TheEye clients expect ids: 24 lowercase hex digits made of the
// creation second (4 bytes), a random value fixed per process (5 bytes) and a counter (3 bytes),
// so ids sort by creation time and never repeat within a process.
QString generate();

// 24 hex digits, either case, as the real supervisor's isMongoId accepts.
bool isValid(QStringView text);

} // namespace TheEye::Supervisor::ObjectId
