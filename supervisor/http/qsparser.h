#pragma once

#include <QByteArrayView>
#include <QJsonObject>

namespace TheEye::Http {

// The qs library (6.x, as restify's queryParser and urlencoded bodyParser use it) with its
// defaults: brackets nest up to `depth` levels (deeper brackets stay part of a literal key), at
// most `parameterLimit` pairs are read, and `a[i]` makes an array only for i ≤ `arrayLimit`
// (a larger index is an object key, so `a[999999999]=x` cannot allocate a huge array).
struct QsLimits
{
    int depth = 5;
    qsizetype parameterLimit = 1000;
    qsizetype arrayLimit = 20;
};

struct QsParse
{
    QJsonObject object;
    bool truncated = false; // more than parameterLimit pairs; the rest were ignored
};

QsParse parseQs(QByteArrayView raw, const QsLimits &limits = {});

} // namespace TheEye::Http
