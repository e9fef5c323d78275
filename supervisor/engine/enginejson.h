#pragma once

#include "models/jsonutil.h"

#include <QDateTime>
#include <QJsonObject>

// Small pieces of job JSON the engine's files share.
namespace TheEye::Supervisor::EngineJson {

inline QString nowIso()
{
    return Json::isoDate(QDateTime::currentDateTimeUtc());
}

// A job's timeout in milliseconds; TheEye's default when it has none.
inline qint64 timeoutOf(const QJsonObject &job)
{
    const qint64 timeout = Json::integer(job, QLatin1StringView("timeout"), 0);
    return timeout > 0 ? timeout : 600000;
}

} // namespace TheEye::Supervisor::EngineJson
