#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <utility>

namespace TheEye::Http {

// One parsed HTTP request, copied out of the transport so it can cross threads and outlive the
// connection callback. Header names are stored lower-case.
struct Request
{
    QByteArray method;                             // "GET", "POST", …
    QString path;                                  // percent-decoded, without the query
    QByteArray rawQuery;                           // as sent, without '?'
    QList<std::pair<QString, QString>> queryItems; // decoded, in order, repeated keys kept
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool secure = false; // arrived over TLS
    bool http10 = false;

    // Case-insensitive; the first value, or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The media type of Content-Type without parameters, lower-case ("application/json").
    QByteArray contentType() const;
};

} // namespace TheEye::Http
