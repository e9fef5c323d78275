#pragma once

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

// The bench's HTTP client of the local supervisor: blocking calls for the setup (Qt Network),
// and job creations sent without waiting over `window` kept-alive connections, one request at a
// time on each. Those are plain HTTP/1.1 on QTcpSocket, as a load generator (wrk, ab) would send
// them: QNetworkAccessManager spent 0.66 ms of CPU per request, on the same two cores as the
// engine it measures.
class BenchClient final
{
public:
    BenchClient(QString base, QByteArray bearer);

    // Exits the bench with a message on anything but 200.
    QJsonValue call(const QByteArray &method, const QString &path, const QJsonValue &body = {});
    // POST `path` with `body` now, or as soon as fewer than `window` are in flight. `done` runs
    // with the HTTP status when the answer arrives.
    void postAsync(const QString &path, const QJsonValue &body, std::function<void(int)> done);
    void setWindow(int window) { m_window = window; }
    int inFlight() const { return m_inFlight; }

private:
    struct Pending
    {
        QString path;
        QByteArray body;
        std::function<void(int)> done;
    };
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QByteArray received;
        std::function<void(int)> done;
        bool busy = false;
    };

    void sendQueued();
    void send(Connection &connection, Pending pending);
    void receive(Connection &connection);

    QNetworkAccessManager m_manager;
    QString m_base;
    QUrl m_baseUrl;
    QByteArray m_bearer;
    QList<Pending> m_queue;
    std::vector<std::unique_ptr<Connection>> m_connections;
    int m_window = 8;
    int m_inFlight = 0;
};
