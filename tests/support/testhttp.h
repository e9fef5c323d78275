#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <utility>

namespace TheEye::Testing {

struct HttpReply
{
    int status = 0; // 0 when no HTTP answer came (see error)
    QString error;  // the network error, if any
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first value
    bool hasHeader(const QByteArray &name) const;
    // The body as JSON, bare strings and numbers included; Undefined when it is not JSON.
    QJsonValue json() const;
};

// A small blocking HTTP client for tests: each call runs the event loop until the answer comes
// (or `timeoutMs` passes). Redirects are not followed, so 303s can be inspected.
class TestHttp final
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit TestHttp(int timeoutMs = 30'000);

    HttpReply send(const QByteArray &method,
                   const QUrl &url,
                   const QByteArray &body = {},
                   const Headers &headers = {});
    HttpReply get(const QUrl &url, const QByteArray &authorization = {});
    // A JSON body with Content-Type application/json; `authorization` is a whole header value.
    HttpReply sendJson(const QByteArray &method,
                       const QUrl &url,
                       const QJsonValue &body,
                       const QByteArray &authorization = {});
    // An application/x-www-form-urlencoded body.
    HttpReply sendForm(const QByteArray &method,
                       const QUrl &url,
                       const QByteArray &form,
                       const QByteArray &authorization = {});

private:
    QNetworkAccessManager m_manager;
    int m_timeoutMs;
};

} // namespace TheEye::Testing
