#pragma once

#include "models/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

namespace TheEye {

// One choice of a remote-options argument (web-ui.md §3b): what is sent, and what is shown.
struct RemoteOption
{
    QString value;
    QString text;
    bool operator==(const RemoteOption &) const = default;
};

namespace RemoteOptions {

// Only http and https endpoints are asked: a task definition must not make the app read a local
// file (file:, qrc:) and show it. Empty when the URL may be fetched, else the reason, translated.
QString urlProblem(const QUrl &url);

// The endpoint's answer as options: an array (or an object holding one in `results`, `data` or
// `items`) of objects whose `idAttribute` member is the value and `textAttribute` member the
// text (numbers and booleans are written as text; a missing text falls back to the value), or of
// plain strings and numbers. Entries without a value are skipped. Fails, translated, when the
// answer holds no such list.
Result<QList<RemoteOption>> decode(const QJsonValue &json,
                                   const QString &idAttribute,
                                   const QString &textAttribute);

} // namespace RemoteOptions

} // namespace TheEye
