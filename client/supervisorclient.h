#pragma once

#include "client/call.h"
#include "client/connectionprofile.h"
#include "client/mutation.h"
#include "client/remoteoptions.h"
#include "client/requestspec.h"

#include <QJsonValue>
#include <QObject>

#include <functional>
#include <initializer_list>
#include <memory>

class QNetworkAccessManager;

namespace TheEye {

class CatalogApi;
class JobLogStream;
class JobsApi;
class ScriptsApi;
class TasksApi;

struct ClientOptions
{
    int requestTimeoutMs = 30'000;
    // The result long-poll: the supervisor holds each round up to 60 s before it redirects.
    int longPollTimeoutMs = 75'000;
    // A live log that shows nothing for this long is reopened where it stopped (a job may be
    // silent for minutes; this catches connections that died without a word).
    int logIdleTimeoutMs = 300'000;
    // How often a job is polled when its log cannot be streamed (a remote supervisor).
    int logPollIntervalMs = 1'000;
    // The first pause before a dropped log stream is opened again; it doubles each time.
    int logRetryDelayMs = 250;
    qint64 maxResponseBytes = qint64(512) * 1024 * 1024;
};

// `GET /api/status` of a supervisor, or what `GET /api` says when that route is missing.
struct HealthStatus
{
    QString status; // "Node is ok." or the /api greeting
    QString hostname;
    QString version;
    QString environment;
    bool detailed = false; // false when only `GET /api` answered
    QJsonValue json;       // everything the route answered
};

// The asynchronous client for one supervisor, remote or local (design/architecture.md): one
// QNetworkAccessManager, one connection profile, typed operations grouped by resource in
// tasks(), jobs(), scripts() and catalog(). Every operation returns a handle (client/call.h)
// that can be canceled and reports a Result<T, ClientError> exactly once.
class SupervisorClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorClient)

public:
    explicit SupervisorClient(QObject *parent = nullptr);
    explicit SupervisorClient(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~SupervisorClient() override;

    const ConnectionProfile &profile() const { return m_profile; }
    // Applies to requests started from now on; calls in flight keep what they were sent with.
    void setProfile(const ConnectionProfile &profile);
    void setToken(const QString &token);
    const ClientOptions &options() const { return m_options; }
    void setOptions(const ClientOptions &options);

    TasksApi &tasks() { return *m_tasks; }
    JobsApi &jobs() { return *m_jobs; }
    ScriptsApi &scripts() { return *m_scripts; }
    CatalogApi &catalog() { return *m_catalog; }

    // `POST {gateway}/api/auth/login` with HTTP Basic user:password (supervisor-api.md §2.2).
    // On success the token becomes the profile's and tokenChanged() is emitted; the password
    // is not kept anywhere.
    Call<QString> *signIn(const QString &password);
    template<typename C, typename F>
    Call<QString> *signIn(const QString &password, const C *context, F &&callback)
    {
        return signIn(password)->then(context, std::forward<F>(callback));
    }

    // The token's role ("viewer" … "root") from `GET /api/session/profile`, on the gateway
    // when the profile has one, else on the supervisor (the local one serves it).
    Call<QString> *fetchCredential();
    template<typename C, typename F>
    Call<QString> *fetchCredential(const C *context, F &&callback)
    {
        return fetchCredential()->then(context, std::forward<F>(callback));
    }

    // `GET /api/status`; when that route is missing or answers no JSON object, `GET /api`.
    Call<HealthStatus> *checkHealth();
    template<typename C, typename F>
    Call<HealthStatus> *checkHealth(const C *context, F &&callback)
    {
        return checkHealth()->then(context, std::forward<F>(callback));
    }

    // The choices of a remote-options argument: `GET url` (its `endpoint_url`, the user's email in
    // place of %THEEYE_USER_EMAIL%) on the endpoint's own server, without the supervisor's token, read by RemoteOptions::decode.
    Call<QList<RemoteOption>> *fetchRemoteOptions(const QUrl &url,
                                                  const QString &idAttribute,
                                                  const QString &textAttribute);
    template<typename C, typename F>
    Call<QList<RemoteOption>> *fetchRemoteOptions(const QUrl &url,
                                                  const QString &idAttribute,
                                                  const QString &textAttribute,
                                                  const C *context,
                                                  F &&callback)
    {
        return fetchRemoteOptions(url, idAttribute, textAttribute)
            ->then(context, std::forward<F>(callback));
    }

signals:
    void profileChanged();
    void tokenChanged(const QString &token);
    // A change the supervisor accepted from this client (for the change feed).
    void mutated(const TheEye::Mutation &mutation);
    // A 401 for the token: the GUI asks the user to sign in again.
    void authenticationRejected(const TheEye::ClientError &error);

private:
    friend class CatalogApi;
    friend class JobLogStream;
    friend class JobsApi;
    friend class ScriptsApi;
    friend class TasksApi;

    using ReplyHandler = std::function<void(ReplyFacts &facts)>;
    // `restarted`: the transport began the answer again from its first byte (see exchange()).
    using DataHandler = std::function<void(const QByteArray &chunk, bool restarted)>;

    // Sends one request for `call` (which owns the reply) and hands what came back to `done`,
    // unless the call was canceled. `onData` receives the body as it arrives when the spec is
    // streamed.
    void exchange(ClientCall *call,
                  const RequestSpec &spec,
                  ReplyHandler done,
                  DataHandler onData = {});
    // "/<organization>/<segment>/…", each segment percent-encoded.
    QString organizationPath(std::initializer_list<QString> segments) const;
    static QString path(std::initializer_list<QString> segments);
    QUrl urlFor(const RequestSpec &spec) const;
    void announce(const Mutation &mutation);

    template<typename T>
    Call<T> *newCall()
    {
        return new Call<T>(this);
    }

    void finishHealthFallback(Call<HealthStatus> *call);

    ConnectionProfile m_profile;
    ClientOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<TasksApi> m_tasks;
    std::unique_ptr<JobsApi> m_jobs;
    std::unique_ptr<ScriptsApi> m_scripts;
    std::unique_ptr<CatalogApi> m_catalog;
};

} // namespace TheEye
