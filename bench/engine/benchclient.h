#pragma once

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>

#include <functional>

// The bench's HTTP client of the local supervisor: blocking calls for the setup, and job
// creations sent without waiting, at most `window` at a time.
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
    void sendQueued();

    struct Pending
    {
        QString path;
        QByteArray body;
        std::function<void(int)> done;
    };

    QNetworkAccessManager m_manager;
    QString m_base;
    QByteArray m_bearer;
    QList<Pending> m_queue;
    int m_window = 64;
    int m_inFlight = 0;
};
