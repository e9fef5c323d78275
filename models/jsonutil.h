#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace TheEye::Json {

// Small, total readers: a missing or wrongly typed member yields the fallback, never an abort.
QString string(const QJsonObject &object, QLatin1StringView key, const QString &fallback = {});
bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback);
qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback);
std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key);
QStringList stringList(const QJsonValue &value);
QJsonArray toArray(const QStringList &list);

// The id of a reference that is either an id string or a populated {_id,id,…} object.
QString referenceId(const QJsonValue &value);

// MongoDB/JavaScript style UTC timestamps, "2026-11-28T15:46:07.247Z".
QDateTime date(const QJsonObject &object, QLatin1StringView key);
QString isoDate(const QDateTime &dateTime);

// Any JSON value as the text a script argument or output line gets: strings as they are,
// everything else as compact JSON (null → "null").
QString toText(const QJsonValue &value);

QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);
QByteArray compact(const QJsonValue &value);

// Parses a whole document; the error names the problem and its byte offset, translated.
Result<QJsonValue> parse(const QByteArray &bytes);

} // namespace TheEye::Json
