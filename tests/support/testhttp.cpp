#include "testhttp.h"

#include "models/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

namespace TheEye::Testing {

using namespace Qt::StringLiterals;

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpReply::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue HttpReply::json() const
{
    const auto parsed = Json::parse(body);
    return parsed ? *parsed : QJsonValue(QJsonValue::Undefined);
}

TestHttp::TestHttp(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpReply TestHttp::send(const QByteArray &method,
                         const QUrl &url,
                         const QByteArray &body,
                         const Headers &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(body.isEmpty() && method != "POST" && method != "PUT"
                                                 && method != "PATCH"
                                             ? m_manager.sendCustomRequest(request, method)
                                             : m_manager.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpReply result;
    if (!reply->isFinished() && !finished.wait(m_timeoutMs + 1000)) {
        result.error = u"no answer within %1 ms"_s.arg(m_timeoutMs);
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    result.body = reply->readAll();
    return result;
}

HttpReply TestHttp::get(const QUrl &url, const QByteArray &authorization)
{
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send("GET", url, {}, headers);
}

HttpReply TestHttp::sendJson(const QByteArray &method,
                             const QUrl &url,
                             const QJsonValue &body,
                             const QByteArray &authorization)
{
    Headers headers{{"Content-Type", "application/json"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send(method, url, Json::compact(body), headers);
}

HttpReply TestHttp::sendForm(const QByteArray &method,
                             const QUrl &url,
                             const QByteArray &form,
                             const QByteArray &authorization)
{
    Headers headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    return send(method, url, form, headers);
}

} // namespace TheEye::Testing
