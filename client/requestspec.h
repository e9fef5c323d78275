#pragma once

#include "client/replyfacts.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace TheEye {

// One HTTP request as the API classes describe it to SupervisorClient::exchange(). Internal to
// the client layer.
struct RequestSpec
{
    using Credentials = ReplyFacts::Credentials;

    QByteArray method = "GET";
    QString path; // percent-encoded, from the profile's base URL, starting with '/'
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    QByteArray contentType;
    QUrl absoluteUrl; // instead of path: the gateway, a redirect target
    Credentials credentials = Credentials::Token;
    QByteArray basicCredentials;  // "user:password" for Credentials::Password
    int timeoutMs = -1;           // -1: the client's request timeout; 0: none
    bool streamed = false;        // the body goes to the data handler, not into the facts
    qint64 maxResponseBytes = -1; // -1: the client's limit
    QByteArray accept = "application/json";

    static RequestSpec get(const QString &path)
    {
        RequestSpec spec;
        spec.path = path;
        return spec;
    }
    static RequestSpec withJson(QByteArray method, const QString &path, const QJsonValue &body)
    {
        RequestSpec spec;
        spec.method = std::move(method);
        spec.path = path;
        spec.contentType = "application/json";
        spec.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        return spec;
    }
    static RequestSpec withoutBody(QByteArray method, const QString &path)
    {
        RequestSpec spec;
        spec.method = std::move(method);
        spec.path = path;
        return spec;
    }
    RequestSpec &addQuery(const QString &key, const QString &value)
    {
        query.append({key, value});
        return *this;
    }
};

} // namespace TheEye
