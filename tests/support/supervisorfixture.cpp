#include "supervisorfixture.h"

namespace TheEye::Testing {

using namespace Qt::StringLiterals;
using Supervisor::Role;

SupervisorFixture::SupervisorFixture()
    : SupervisorFixture(Options())
{}

SupervisorFixture::SupervisorFixture(Options options)
    : m_options(std::move(options))
{}

SupervisorFixture::~SupervisorFixture()
{
    stop();
}

bool SupervisorFixture::startSupervisor()
{
    if (!m_directory.isValid()) {
        m_error = u"cannot create a temporary folder: "_s + m_directory.errorString();
        return false;
    }
    Supervisor::LocalSupervisor::Options options;
    options.dataDirectory = m_directory.path();
    options.organization = m_options.organization;
    options.server.port = 0;
    options.server.maxBodyBytes = m_options.maxBodyBytes;
    options.createExampleTask = m_options.createExampleTask;
    options.resultPoll.minimumSeconds = m_options.resultPollMinimumSeconds;
    options.resultPoll.maximumParked = m_options.resultPollMaximumParked;
    options.engine = m_options.engine;
    m_supervisor = std::make_unique<Supervisor::LocalSupervisor>(options);
    if (!m_supervisor->start()) {
        m_error = m_supervisor->error();
        m_supervisor.reset();
        return false;
    }
    return true;
}

bool SupervisorFixture::start()
{
    if (!startSupervisor())
        return false;
    m_tokens.insert(Role::Admin, m_supervisor->takeFirstAdminToken());
    for (const Role role : {Role::Viewer,
                            Role::User,
                            Role::Agent,
                            Role::Manager,
                            Role::Integration,
                            Role::Owner,
                            Role::Root}) {
        const auto token = m_supervisor->createToken(role, Supervisor::roleName(role));
        if (!token) {
            m_error = token.error();
            return false;
        }
        m_tokens.insert(role, *token);
    }
    const auto other = m_supervisor->createOrganization(m_options.otherOrganization);
    if (!other) {
        m_error = other.error();
        return false;
    }
    m_otherAdminToken = *other;
    if (m_tokens.value(Role::Admin).isEmpty()) {
        m_error = u"the supervisor gave no first admin token"_s;
        return false;
    }
    return true;
}

void SupervisorFixture::stop()
{
    if (m_supervisor)
        m_supervisor->stop();
    m_supervisor.reset();
}

bool SupervisorFixture::restart()
{
    stop();
    return startSupervisor();
}

QString SupervisorFixture::baseUrl() const
{
    return m_supervisor ? m_supervisor->baseUrl() : QString();
}

QUrl SupervisorFixture::url(const QString &path, const QString &query) const
{
    return rawUrl(u"/"_s + m_options.organization + path, query);
}

HttpReply SupervisorFixture::call(TestHttp &http,
                                  Supervisor::Role role,
                                  const QByteArray &method,
                                  const QString &path,
                                  const QJsonValue &body,
                                  const QString &query) const
{
    return http.sendJson(method, url(path, query), body, bearer(role));
}

QUrl SupervisorFixture::rawUrl(const QString &path, const QString &query) const
{
    QUrl url(baseUrl() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

} // namespace TheEye::Testing
