#pragma once

#include "supervisor/core/localsupervisor.h"
#include "supervisor/core/role.h"
#include "testhttp.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace TheEye::Testing {

// A real local supervisor for tests: its own temporary data folder, HTTP on 127.0.0.1 with a
// free port, an organization with a token of every role, and a second organization with its own
// admin. Typical use:
//
//     SupervisorFixture supervisor;
//     QVERIFY2(supervisor.start(), qPrintable(supervisor.error()));
//     QUrl url = supervisor.url(u"/task"_s);          // http://127.0.0.1:<port>/<org>/task
//     request.setRawHeader("Authorization", supervisor.bearer(Role::Viewer));
//
// restart() stops and starts it again on the same data (and a new port), to check what
// survives. The folder is removed when the fixture is destroyed.
class SupervisorFixture final
{
public:
    struct Options
    {
        bool createExampleTask = false; // the "Hello world" task of a first start
        QString organization = QStringLiteral("acme");
        QString otherOrganization = QStringLiteral("otherorg");
        // Long-poll windows of /job/:id/result: TheEye's floor is 10 s, tests may go lower.
        int resultPollMinimumSeconds = 10;
        int resultPollMaximumParked = 512;
        qsizetype maxBodyBytes = 16 * 1024 * 1024;
        // The job engine and local bot (on, with decisions.md's defaults).
        Supervisor::EngineOptions engine;
    };

    SupervisorFixture();
    explicit SupervisorFixture(Options options);
    ~SupervisorFixture();
    SupervisorFixture(const SupervisorFixture &) = delete;
    SupervisorFixture &operator=(const SupervisorFixture &) = delete;

    // Starts and makes the tokens; false with error() when anything fails.
    bool start();
    void stop();
    // Stops, then starts on the same data. Stored tokens keep working; the port changes.
    bool restart();
    QString error() const { return m_error; }

    Supervisor::LocalSupervisor &supervisor() { return *m_supervisor; }
    QString dataDirectory() const { return m_directory.path(); }
    QString baseUrl() const; // "http://127.0.0.1:<port>"
    QString organization() const { return m_options.organization; }
    QString otherOrganization() const { return m_options.otherOrganization; }

    // A stored token of the main organization with exactly this role (viewer … root).
    QString token(Supervisor::Role role) const { return m_tokens.value(role); }
    QString adminToken() const { return token(Supervisor::Role::Admin); }
    QString otherAdminToken() const { return m_otherAdminToken; }
    QByteArray bearer(Supervisor::Role role) const { return "Bearer " + token(role).toLatin1(); }

    // baseUrl + "/<organization>" + path (path starts with '/'), plus an optional query.
    QUrl url(const QString &path, const QString &query = {}) const;
    // baseUrl + path, for bare routes ("/job/secret/…") and other organizations' paths.
    QUrl rawUrl(const QString &path, const QString &query = {}) const;

    // One JSON request to url(path, query) with the token of `role`, through `http`.
    HttpReply call(TestHttp &http,
                   Supervisor::Role role,
                   const QByteArray &method,
                   const QString &path,
                   const QJsonValue &body = {},
                   const QString &query = {}) const;

private:
    bool startSupervisor();

    Options m_options;
    QTemporaryDir m_directory;
    std::unique_ptr<Supervisor::LocalSupervisor> m_supervisor;
    QHash<Supervisor::Role, QString> m_tokens;
    QString m_otherAdminToken;
    QString m_error;
};

} // namespace TheEye::Testing
