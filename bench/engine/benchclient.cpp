#include "benchclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

} // namespace

BenchClient::BenchClient(QString base, QByteArray bearer)
    : m_base(std::move(base))
    , m_bearer(std::move(bearer))
{}

QJsonValue BenchClient::call(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setRawHeader("Authorization", m_bearer);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(
        m_manager.sendCustomRequest(request, method, encode(body)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray bytes = reply->readAll();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qFatal("%s %s failed: %s", method.constData(), qPrintable(path), bytes.constData());
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void BenchClient::postAsync(const QString &path,
                            const QJsonValue &body,
                            std::function<void(int)> done)
{
    m_queue.append({path, encode(body), std::move(done)});
    sendQueued();
}

void BenchClient::sendQueued()
{
    while (m_inFlight < m_window && !m_queue.isEmpty()) {
        Pending next = m_queue.takeFirst();
        QNetworkRequest request(QUrl(m_base + next.path));
        request.setRawHeader("Authorization", m_bearer);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_manager.post(request, next.body);
        ++m_inFlight;
        QObject::connect(reply,
                         &QNetworkReply::finished,
                         reply,
                         [this, reply, done = std::move(next.done)] {
                             --m_inFlight;
                             const int status = reply
                                                    ->attribute(
                                                        QNetworkRequest::HttpStatusCodeAttribute)
                                                    .toInt();
                             reply->deleteLater();
                             if (done)
                                 done(status);
                             sendQueued();
                         });
    }
}
