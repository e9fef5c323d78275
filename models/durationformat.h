#pragma once

#include <QString>

namespace TheEye {

// "10 s", "5 min", "1 h 30 min", "2 days": compact, translated, for timeouts and job durations.
QString formatDuration(qint64 milliseconds);
// "850 ms", "12.4 s", "3 min 05 s": for job durations, where seconds matter.
QString formatElapsed(qint64 milliseconds);

} // namespace TheEye
