#include "models/durationformat.h"

#include "models/modelstr.h"

#include <QLocale>

namespace TheEye {

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    if (milliseconds < 1000)
        return ModelsTr::tr("%1 ms").arg(milliseconds);
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60 || (seconds < 600 && seconds % 60 != 0))
        return ModelsTr::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ModelsTr::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        if (minutes % 60 == 0)
            return ModelsTr::tr("%1 h").arg(hours);
        return ModelsTr::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return ModelsTr::tr("%n day(s)", nullptr, static_cast<int>(hours / 24));
}

QString formatElapsed(qint64 milliseconds)
{
    if (milliseconds < 0)
        return {};
    if (milliseconds < 1000)
        return ModelsTr::tr("%1 ms").arg(milliseconds);
    if (milliseconds < 60000)
        return ModelsTr::tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 3600)
        return ModelsTr::tr("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return ModelsTr::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace TheEye
