#pragma once

// A few HTTP calls that the job engine tests share: scripts, tasks, runs and job reads against a
// real supervisor (the fixture, or a headless server's URL and token).

#include "testhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <cerrno>
#include <csignal>

namespace TheEye::Testing {

class EngineTestClient final
{
public:
    // `organizationUrl` is "http://127.0.0.1:<port>/<organization>".
    EngineTestClient(QString organizationUrl, QByteArray bearer)
        : m_base(std::move(organizationUrl))
        , m_bearer(std::move(bearer))
    {}

    void reset(QString organizationUrl, QByteArray bearer)
    {
        m_base = std::move(organizationUrl);
        m_bearer = std::move(bearer);
    }

    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl url(m_base + path);
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }

    HttpReply call(const QByteArray &method,
                   const QString &path,
                   const QJsonValue &body = {},
                   const QString &query = {})
    {
        return m_http.sendJson(method, url(path, query), body, m_bearer);
    }
    HttpReply get(const QString &path, const QString &query = {})
    {
        return m_http.send("GET", url(path, query), {}, {{"Authorization", m_bearer}});
    }

    QString localBot()
    {
        const QJsonArray hosts = call("GET", QStringLiteral("/host")).json().toArray();
        for (const QJsonValue &host : hosts) {
            if (host[QLatin1StringView("hostname")].toString() != QLatin1StringView("agent-test"))
                return host[QLatin1StringView("id")].toString();
        }
        return {};
    }

    QString script(const QByteArray &content, const QString &name = QStringLiteral("t.sh"))
    {
        const QJsonObject body{{QLatin1StringView("filename"), name},
                               {QLatin1StringView("data"),
                                QString(QStringLiteral("data:text/plain;base64,")
                                        + QString::fromLatin1(content.toBase64()))}};
        return call("POST", QStringLiteral("/script"), body)
            .json()[QLatin1StringView("id")]
            .toString();
    }

    // A script task on the local bot; `arguments` are task_arguments, `extra` overrides.
    QString task(const QByteArray &content,
                 const QJsonArray &arguments = {},
                 const QJsonObject &extra = {})
    {
        QJsonObject body{{QLatin1StringView("name"), QStringLiteral("Engine test")},
                         {QLatin1StringView("type"), QStringLiteral("script")},
                         {QLatin1StringView("host"), localBot()},
                         {QLatin1StringView("script"), script(content)},
                         {QLatin1StringView("script_runas"), QStringLiteral("bash %script%")},
                         {QLatin1StringView("task_arguments"), arguments}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpReply reply = call("POST", QStringLiteral("/task"), body);
        return reply.json()[QLatin1StringView("id")].toString();
    }

    static QJsonObject input(int order, const QString &label = QStringLiteral("a"))
    {
        return {{QLatin1StringView("id"), order + 1},
                {QLatin1StringView("order"), order},
                {QLatin1StringView("type"), QStringLiteral("input")},
                {QLatin1StringView("label"), QString(label + QString::number(order))},
                {QLatin1StringView("value"), QString()}};
    }
    static QJsonObject fixed(int order, const QString &value)
    {
        QJsonObject argument = input(order);
        argument.insert(QLatin1StringView("type"), QStringLiteral("fixed"));
        argument.insert(QLatin1StringView("value"), value);
        return argument;
    }

    QJsonObject run(const QString &taskId, const QJsonArray &values = {})
    {
        return call("POST",
                    QString(QStringLiteral("/task/") + taskId + QStringLiteral("/job")),
                    QJsonObject{{QLatin1StringView("task_arguments"), values}})
            .json()
            .toObject();
    }

    QJsonObject job(const QString &id)
    {
        return get(QString(QStringLiteral("/job/") + id)).json().toObject();
    }
    QString lifecycle(const QString &id)
    {
        return job(id)[QLatin1StringView("lifecycle")].toString();
    }
    bool finished(const QString &id)
    {
        const QString now = lifecycle(id);
        return now == QLatin1StringView("finished") || now == QLatin1StringView("terminated")
               || now == QLatin1StringView("canceled");
    }

    static bool touch(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly);
    }
    // A zombie counts as gone: it no longer runs, only waits for a parent (or an init that may
    // not reap) to collect it.
    static bool processExists(qint64 pid)
    {
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            return false;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        return close < 0 || text.mid(close + 2, 1) != "Z";
    }
    static QList<qint64> pidsIn(const QString &path)
    {
        QFile file(path);
        QList<qint64> pids;
        if (!file.open(QIODevice::ReadOnly))
            return pids;
        for (const QByteArray &line : file.readAll().split('\n')) {
            bool ok = false;
            const qint64 pid = line.trimmed().toLongLong(&ok);
            if (ok && pid > 0)
                pids.append(pid);
        }
        return pids;
    }

private:
    QString m_base;
    QByteArray m_bearer;
    TestHttp m_http;
};

} // namespace TheEye::Testing
