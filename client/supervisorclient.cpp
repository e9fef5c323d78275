#include "client/supervisorclient.h"

#include "client/catalogapi.h"
#include "client/clienttr.h"
#include "client/jobsapi.h"
#include "client/replydecoding.h"
#include "client/scriptsapi.h"
#include "client/tasksapi.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *TooLargeProperty = "theeyeTooLarge";

QByteArray encodedQuery(const QList<std::pair<QString, QString>> &items)
{
    QByteArray query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        // '+' must be encoded too: the supervisor's query parser reads it as a space.
        query += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return query;
}

void markTooLarge(QNetworkReply *reply)
{
    reply->setProperty(TooLargeProperty, true);
    reply->abort();
}

bool isSuccessStatus(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

ReplyFacts factsOf(QNetworkReply *reply, bool streamed)
{
    ReplyFacts facts;
    facts.url = reply->url();
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.tooLarge = reply->property(TooLargeProperty).toBool();
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    facts.contentType = reply->rawHeader("Content-Type");
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    facts.redirectTarget = target.isValid() ? reply->url().resolved(target) : QUrl();
    // A streamed answer went to the data handler; an error answer never does.
    if ((!streamed || !isSuccessStatus(reply)) && !facts.tooLarge && reply->isOpen())
        facts.body = reply->readAll();
    return facts;
}

Result<HealthStatus> decodeStatus(const QJsonValue &json)
{
    if (!json.isObject())
        return Result<HealthStatus>::failure(ClientTr::tr("The status is not a JSON object."));
    const QJsonObject object = json.toObject();
    if (!object.value("status"_L1).isString())
        return Result<HealthStatus>::failure(ClientTr::tr("The status has no \"status\" text."));
    HealthStatus status;
    status.status = object.value("status"_L1).toString();
    status.hostname = Json::string(object, "node_hostname"_L1);
    status.version = Json::string(object, "theeye_version"_L1);
    status.environment = Json::string(object, "env"_L1);
    status.detailed = true;
    status.json = json;
    return status;
}

Result<HealthStatus> decodeGreeting(const QJsonValue &json)
{
    if (!json.isString())
        return Result<HealthStatus>::failure(ClientTr::tr("The greeting is not a JSON string."));
    HealthStatus status;
    status.status = json.toString();
    status.json = json;
    return status;
}

Result<QString> decodeAccessToken(const QJsonValue &json)
{
    // The gateway answers {"access_token": …}; the supervisor's agent route a bare string.
    const QString token = json.isString() ? json.toString()
                                          : Json::string(json.toObject(), "access_token"_L1);
    if (token.isEmpty())
        return Result<QString>::failure(ClientTr::tr("The answer has no access token."));
    return token;
}

Result<QString> decodeCredential(const QJsonValue &json)
{
    // The gateway's session profile: {principal, organization, member: {credential}, …}.
    const QJsonObject object = json.toObject();
    QString credential = Json::string(object.value("member"_L1).toObject(), "credential"_L1);
    if (credential.isEmpty())
        credential = Json::string(object, "credential"_L1);
    if (credential.isEmpty())
        return Result<QString>::failure(ClientTr::tr("The session profile names no role."));
    return credential;
}

} // namespace

SupervisorClient::SupervisorClient(QObject *parent)
    : SupervisorClient(ConnectionProfile(), parent)
{}

SupervisorClient::SupervisorClient(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(new QNetworkAccessManager(this))
    , m_tasks(std::make_unique<TasksApi>(*this))
    , m_jobs(std::make_unique<JobsApi>(*this))
    , m_scripts(std::make_unique<ScriptsApi>(*this))
    , m_catalog(std::make_unique<CatalogApi>(*this))
{
    // Redirects are answers we read ourselves: wait_result's 303 carries the job, and a silent
    // http → https hop would resend the token to a place the user did not name.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SupervisorClient::~SupervisorClient()
{
    // Calls are children: delete them while the API objects they may refer to still exist.
    const auto calls = findChildren<ClientCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void SupervisorClient::setProfile(const ConnectionProfile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    emit profileChanged();
}

void SupervisorClient::setToken(const QString &token)
{
    if (token == m_profile.token)
        return;
    m_profile.token = token;
    emit tokenChanged(token);
}

void SupervisorClient::setOptions(const ClientOptions &options)
{
    m_options = options;
}

QString SupervisorClient::path(std::initializer_list<QString> segments)
{
    QString result;
    for (const QString &segment : segments)
        result += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return result;
}

QString SupervisorClient::organizationPath(std::initializer_list<QString> segments) const
{
    return u'/' + QString::fromLatin1(QUrl::toPercentEncoding(m_profile.organization.trimmed()))
           + path(segments);
}

QUrl SupervisorClient::urlFor(const RequestSpec &spec) const
{
    QUrl url = spec.absoluteUrl;
    if (!url.isValid()) {
        url = m_profile.baseUrl;
        QString prefix = url.path(QUrl::FullyEncoded);
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        url.setPath(prefix + spec.path, QUrl::TolerantMode);
    }
    if (!spec.query.isEmpty())
        url.setQuery(QString::fromLatin1(encodedQuery(spec.query)), QUrl::TolerantMode);
    return url;
}

void SupervisorClient::announce(const Mutation &mutation)
{
    emit mutated(mutation);
}

void SupervisorClient::exchange(ClientCall *call,
                                const RequestSpec &spec,
                                ReplyHandler done,
                                DataHandler onData)
{
    const int timeoutMs = spec.timeoutMs < 0 ? m_options.requestTimeoutMs : spec.timeoutMs;
    ReplyFacts preset;
    preset.url = urlFor(spec);
    preset.credentials = spec.credentials;
    preset.organization = m_profile.organization;
    preset.timeoutMs = timeoutMs;
    preset.sizeLimit = spec.maxResponseBytes < 0 ? m_options.maxResponseBytes
                                                 : spec.maxResponseBytes;
    if (!spec.absoluteUrl.isValid() && !m_profile.isUsable())
        preset.configurationProblem = m_profile.problems().join(u' ');
    else if (spec.credentials == RequestSpec::Credentials::Token && m_profile.token.isEmpty())
        preset.credentials = RequestSpec::Credentials::None;
    if (!preset.configurationProblem.isEmpty()) {
        QTimer::singleShot(0, call, [done = std::move(done), preset]() mutable { done(preset); });
        return;
    }

    QNetworkRequest request(preset.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", spec.accept);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("TheEyeDesktop/" THEEYE_VERSION));
    if (preset.credentials == RequestSpec::Credentials::Token)
        request.setRawHeader("Authorization", "Bearer " + m_profile.token.toUtf8());
    else if (preset.credentials == RequestSpec::Credentials::Password)
        request.setRawHeader("Authorization", "Basic " + spec.basicCredentials.toBase64());
    if (!spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    // Qt refuses a gzip answer that inflates more than 40-fold past 10 MiB; a long task list
    // does (its tasks are alike). The size limit below guards against a compression bomb.
    request.setDecompressedSafetyCheckThreshold(m_options.maxResponseBytes);

    QNetworkReply *reply = spec.method == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, spec.method, spec.body);
    reply->setParent(call);

    const qint64 limit = preset.sizeLimit;
    const bool streamed = spec.streamed && onData;
    connect(reply, &QNetworkReply::metaDataChanged, call, [reply, limit, streamed] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader)
                                  .toLongLong(&known);
        if (known && length > limit && (!streamed || !isSuccessStatus(reply)))
            markTooLarge(reply);
    });
    if (streamed) {
        // Qt 6.4 starts an answer over on a new connection when the old one drops mid-body
        // (for any method); a stream must learn of it, or it would deliver the start twice.
        // The new answer announces itself with its headers.
        auto delivered = std::make_shared<bool>(false);
        auto restarted = std::make_shared<bool>(false);
        connect(reply, &QNetworkReply::metaDataChanged, call, [delivered, restarted] {
            if (*delivered)
                *restarted = true;
        });
        connect(reply, &QNetworkReply::readyRead, call, [reply, onData, delivered, restarted] {
            if (!isSuccessStatus(reply))
                return;
            const QByteArray chunk = reply->readAll();
            if (chunk.isEmpty())
                return;
            *delivered = true;
            onData(chunk, std::exchange(*restarted, false));
        });
    }
    // A streamed log may grow past any limit; what is kept in memory may not.
    connect(reply,
            &QNetworkReply::downloadProgress,
            call,
            [reply, limit, streamed](qint64 received) {
                if (received > limit && (!streamed || !isSuccessStatus(reply)))
                    markTooLarge(reply);
            });
    connect(reply,
            &QNetworkReply::finished,
            call,
            [this, reply, preset, streamed, done = std::move(done), onData]() mutable {
                if (streamed && isSuccessStatus(reply) && reply->bytesAvailable() > 0)
                    onData(reply->readAll(), false);
                ReplyFacts facts = factsOf(reply, streamed);
                facts.credentials = preset.credentials;
                facts.organization = preset.organization;
                facts.timeoutMs = preset.timeoutMs;
                facts.sizeLimit = preset.sizeLimit;
                reply->deleteLater();
                if (facts.httpStatus == 401 && facts.credentials == RequestSpec::Credentials::Token)
                    emit authenticationRejected(describeFailure(facts));
                done(facts);
            });
}

Call<QString> *SupervisorClient::signIn(const QString &password)
{
    auto *call = newCall<QString>();
    if (!m_profile.canSignIn()) {
        ReplyFacts facts;
        facts.configurationProblem = ClientTr::tr("The connection has no sign-in URL or user "
                                                  "name.");
        call->failLater(describeFailure(facts));
        return call;
    }
    RequestSpec spec;
    spec.method = "POST";
    QUrl url = m_profile.gatewayUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/auth/login"_s, QUrl::TolerantMode);
    spec.absoluteUrl = url;
    if (!m_profile.organization.isEmpty())
        spec.addQuery(u"customer"_s, m_profile.organization.trimmed());
    spec.credentials = RequestSpec::Credentials::Password;
    spec.basicCredentials = m_profile.username.toUtf8() + ':' + password.toUtf8();
    exchange(call, spec, [this, call](ReplyFacts &facts) {
        auto result = decodeJsonReply<QString>(facts, decodeAccessToken);
        if (result)
            setToken(result.value());
        call->finish(std::move(result));
    });
    return call;
}

Call<QString> *SupervisorClient::fetchCredential()
{
    auto *call = newCall<QString>();
    RequestSpec spec = RequestSpec::get(u"/api/session/profile"_s);
    // Remote tokens come from a gateway, which is where their profile lives; the local
    // supervisor serves the route itself.
    if (m_profile.gatewayUrl.isValid() && !m_profile.gatewayUrl.isEmpty()) {
        QUrl url = m_profile.gatewayUrl;
        QString prefix = url.path(QUrl::FullyEncoded);
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        url.setPath(prefix + u"/api/session/profile"_s, QUrl::TolerantMode);
        spec.absoluteUrl = url;
    }
    exchange(call, spec, [call](ReplyFacts &facts) {
        call->finish(decodeJsonReply<QString>(facts, decodeCredential));
    });
    return call;
}

Call<HealthStatus> *SupervisorClient::checkHealth()
{
    auto *call = newCall<HealthStatus>();
    RequestSpec spec = RequestSpec::get(u"/api/status"_s);
    spec.credentials = RequestSpec::Credentials::None;
    exchange(call, spec, [this, call](ReplyFacts &facts) {
        auto result = decodeJsonReply<HealthStatus>(facts, decodeStatus);
        // An unreachable server will not answer /api either; anything else deserves a try.
        if (result || result.error().isTransportFailure()
            || result.error().kind == ClientError::Kind::NotConfigured)
            call->finish(std::move(result));
        else
            finishHealthFallback(call);
    });
    return call;
}

void SupervisorClient::finishHealthFallback(Call<HealthStatus> *call)
{
    RequestSpec spec = RequestSpec::get(u"/api"_s);
    spec.credentials = RequestSpec::Credentials::None;
    exchange(call, spec, [call](ReplyFacts &facts) {
        call->finish(decodeJsonReply<HealthStatus>(facts, decodeGreeting));
    });
}

} // namespace TheEye
