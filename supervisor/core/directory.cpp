#include "supervisor/core/directory.h"

#include "models/jsonutil.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/secrets.h"
#include "supervisor/core/supervisortr.h"
#include "supervisor/store/store.h"

#include <QSysInfo>

#include <algorithm>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

QString nowIso()
{
    return Json::isoDate(QDateTime::currentDateTimeUtc());
}

ServiceError storeFailure(const Done &done)
{
    return ServiceError::internal(done.error());
}

// A user name for a token's principal: the label reduced to what an email's local part holds.
QString usernameFor(Role role, const QString &label, const QString &tokenId)
{
    QString name;
    for (const QChar c : label.trimmed().toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = roleName(role) + u'-' + tokenId.right(6);
    return name;
}

} // namespace

Directory::Directory(Store &store)
    : m_store(store)
{}

QString Directory::localHostname()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? u"localhost"_s : name;
}

Outcome<bool> Directory::load()
{
    m_organizations.clear();
    m_sessionsByHash.clear();
    m_hashByTokenId.clear();
    m_hosts.clear();
    for (const OrganizationRow &row : m_store.organizations())
        m_organizations.insert(row.id, {row.id, row.name, row.document});
    for (const TokenRow &row : m_store.tokens())
        remember(row);
    for (const HostRow &row : m_store.hosts())
        m_hosts.insert(row.id,
                       {row.id, row.organizationId, row.hostname, row.localBot, row.document});

    // Every organization has its local bot, named after this machine as it is called today.
    for (const Organization &organization : std::as_const(m_organizations)) {
        Host *bot = nullptr;
        for (Host &host : m_hosts) {
            if (host.organizationId == organization.id && host.localBot)
                bot = &host;
        }
        if (bot) {
            if (const auto done = refreshLocalBotName(*bot); !done)
                return done;
        } else if (const auto created = createLocalBot(organization); !created) {
            return Outcome<bool>::failure(created.error());
        }
    }
    return true;
}

const Organization *Directory::organization(const QString &id) const
{
    const auto it = m_organizations.constFind(id);
    return it == m_organizations.cend() ? nullptr : &it.value();
}

const Organization *Directory::organizationByName(QStringView name) const
{
    for (const Organization &organization : m_organizations) {
        if (organization.name == name)
            return &organization;
    }
    return nullptr;
}

QList<Organization> Directory::organizations() const
{
    QList<Organization> list = m_organizations.values();
    std::sort(list.begin(), list.end(), [](const Organization &a, const Organization &b) {
        return a.id < b.id;
    });
    return list;
}

bool Directory::isValidOrganizationName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
    });
}

Outcome<Organization> Directory::createOrganization(const QString &name)
{
    if (!isValidOrganizationName(name))
        return Outcome<Organization>::failure(ServiceError::withStatus(
            400,
            SupervisorTr::tr("\"%1\" cannot name an organization: use 1 to 64 letters, digits, "
                             "'.', '_' or '-'.")
                .arg(name)));
    if (organizationByName(name))
        return Outcome<Organization>::failure(
            ServiceError::withStatus(409,
                                     SupervisorTr::tr("The organization \"%1\" already exists.")
                                         .arg(name)));

    Organization organization;
    organization.id = ObjectId::generate();
    organization.name = name;
    const QString now = nowIso();
    organization.document = QJsonObject{
        {"display_name"_L1, name},
        {"description"_L1, QString()},
        {"owner"_L1, QJsonValue::Null},
        {"creation_date"_L1, now},
        {"last_update"_L1, now},
        {"name"_L1, name},
        {"config"_L1,
         QJsonObject{{"kibana"_L1, QJsonValue::Null},
                     {"elasticsearch"_L1,
                      QJsonObject{{"enabled"_L1, false}, {"url"_L1, QString()}}}}},
        {"id"_L1, organization.id},
    };

    Transaction transaction(m_store.database());
    if (const Done done = m_store.insertOrganization(
            {organization.id, organization.name, organization.document});
        !done)
        return Outcome<Organization>::failure(storeFailure(done));
    m_organizations.insert(organization.id, organization);
    const auto bot = createLocalBot(organization);
    if (!bot) {
        m_organizations.remove(organization.id);
        return Outcome<Organization>::failure(bot.error());
    }
    if (const Done done = transaction.commit(); !done) {
        m_organizations.remove(organization.id);
        m_hosts.remove(bot->id);
        return Outcome<Organization>::failure(storeFailure(done));
    }
    return organization;
}

Outcome<Host> Directory::createLocalBot(const Organization &organization)
{
    Host host;
    host.id = ObjectId::generate();
    host.organizationId = organization.id;
    host.hostname = localHostname();
    host.localBot = true;
    const QString now = nowIso();
    host.document = QJsonObject{
        {"_type"_L1, u"Host"_s},
        {"_id"_L1, host.id},
        {"id"_L1, host.id},
        {"hostname"_L1, host.hostname},
        {"customer"_L1, organization.id},
        {"customer_id"_L1, organization.id},
        {"customer_name"_L1, organization.name},
        {"enable"_L1, true},
        {"os_name"_L1, QSysInfo::productType()},
        {"os_version"_L1, QSysInfo::productVersion()},
        {"agent_version"_L1, QString(u"theeye-desktop/"_s + QStringLiteral(THEEYE_VERSION))},
        {"creation_date"_L1, now},
        {"last_update"_L1, now},
    };
    if (const Done done = m_store.upsertHost(
            {host.id, host.organizationId, host.hostname, true, host.document});
        !done)
        return Outcome<Host>::failure(storeFailure(done));
    m_hosts.insert(host.id, host);
    return host;
}

Outcome<Host> Directory::registerHost(const Organization &organization,
                                      const QString &hostname,
                                      const QJsonObject &info)
{
    const QString now = nowIso();
    Host host;
    if (const Host *known = hostByName(organization.id, hostname)) {
        host = *known;
    } else {
        host.id = ObjectId::generate();
        host.organizationId = organization.id;
        host.hostname = hostname;
        host.document = QJsonObject{
            {"_type"_L1, u"Host"_s},
            {"_id"_L1, host.id},
            {"id"_L1, host.id},
            {"hostname"_L1, hostname},
            {"customer"_L1, organization.id},
            {"customer_id"_L1, organization.id},
            {"customer_name"_L1, organization.name},
            {"enable"_L1, true},
            {"creation_date"_L1, now},
        };
    }
    if (host.localBot)
        return Outcome<Host>::failure(
            ServiceError::withStatus(400, u"the local bot's hostname cannot be registered"_s));
    for (const auto key : {"os_name"_L1, "os_version"_L1, "agent_version"_L1}) {
        if (info.value(key).isString())
            host.document.insert(key, info.value(key));
    }
    if (info.value("platform"_L1).isString())
        host.document.insert("os_name"_L1, info.value("platform"_L1));
    if (info.value("release"_L1).isString())
        host.document.insert("os_version"_L1, info.value("release"_L1));
    host.document.insert("last_update"_L1, now);
    if (const Done done = m_store.upsertHost(
            {host.id, host.organizationId, host.hostname, false, host.document});
        !done)
        return Outcome<Host>::failure(storeFailure(done));
    m_hosts.insert(host.id, host);
    return host;
}

Outcome<bool> Directory::touchHost(const QString &organizationId, const QString &hostname)
{
    const Host *known = hostByName(organizationId, hostname);
    if (!known)
        return Outcome<bool>::failure(ServiceError::withStatus(404, u"host not found"_s));
    if (known->localBot)
        return true;
    Host host = *known;
    host.document.insert("last_update"_L1, nowIso());
    if (const Done done = m_store.upsertHost(
            {host.id, host.organizationId, host.hostname, false, host.document});
        !done)
        return Outcome<bool>::failure(storeFailure(done));
    m_hosts.insert(host.id, host);
    return true;
}

Outcome<bool> Directory::refreshLocalBotName(Host &host)
{
    const QString name = localHostname();
    if (host.hostname == name)
        return true;
    QJsonObject document = host.document;
    document.insert("hostname"_L1, name);
    if (const Done done = m_store.upsertHost({host.id, host.organizationId, name, true, document});
        !done)
        return Outcome<bool>::failure(storeFailure(done));
    host.hostname = name;
    host.document = document;
    return true;
}

bool Directory::remember(const TokenRow &row)
{
    const auto role = roleFromName(row.role);
    if (!role)
        return false; // a role this version does not know grants nothing
    m_sessionsByHash.insert(row.hash,
                            {row.id,
                             *role,
                             row.organizationId,
                             {row.principalId, row.username, row.email},
                             row.label,
                             row.created,
                             true});
    m_hashByTokenId.insert(row.id, row.hash);
    return true;
}

std::optional<Session> Directory::authenticate(QStringView token)
{
    if (token.isEmpty() || token.size() > 512)
        return std::nullopt;
    const QString hash = Secrets::hashToken(token);
    auto it = m_sessionsByHash.constFind(hash);
    if (it == m_sessionsByHash.cend()) {
        const auto row = m_store.tokenByHash(hash);
        if (!row || !m_organizations.contains(row->organizationId) || !remember(*row))
            return std::nullopt;
        it = m_sessionsByHash.constFind(hash);
    }
    if (it == m_sessionsByHash.cend() || !Secrets::constantTimeEquals(it.key(), hash))
        return std::nullopt;
    return it.value();
}

Outcome<Directory::IssuedToken> Directory::issueToken(const QString &organizationId,
                                                      Role role,
                                                      const QString &label,
                                                      bool persistent)
{
    const Organization *org = organization(organizationId);
    if (!org)
        return Outcome<IssuedToken>::failure(ServiceError::text(404, u"organization not found"_s));
    IssuedToken issued;
    issued.token = Secrets::generate();
    Session &session = issued.session;
    session.tokenId = ObjectId::generate();
    session.role = role;
    session.organizationId = organizationId;
    session.label = label.trimmed();
    session.created = QDateTime::currentDateTimeUtc();
    session.persistent = persistent;
    const QString username = usernameFor(role, session.label, session.tokenId);
    session.principal = {ObjectId::generate(), username, username + u'@' + org->name + u".local"_s};
    const QString hash = Secrets::hashToken(issued.token);

    if (persistent) {
        Transaction transaction(m_store.database());
        TokenRow row{session.tokenId,
                     hash,
                     roleName(role),
                     organizationId,
                     session.principal.id,
                     session.principal.username,
                     session.principal.email,
                     session.label,
                     session.created};
        if (const Done done = m_store.insertToken(row); !done)
            return Outcome<IssuedToken>::failure(storeFailure(done));
        if (const Done done = transaction.commit(); !done)
            return Outcome<IssuedToken>::failure(storeFailure(done));
    }
    m_sessionsByHash.insert(hash, session);
    m_hashByTokenId.insert(session.tokenId, hash);
    return issued;
}

QList<Session> Directory::tokens(const QString &organizationId) const
{
    QList<Session> list;
    for (const Session &session : m_sessionsByHash) {
        if (session.organizationId == organizationId && session.persistent)
            list.append(session);
    }
    std::sort(list.begin(), list.end(), [](const Session &a, const Session &b) {
        return a.tokenId < b.tokenId;
    });
    return list;
}

Outcome<bool> Directory::revokeToken(const QString &organizationId, const QString &tokenId)
{
    const auto hashIt = m_hashByTokenId.constFind(tokenId);
    if (hashIt == m_hashByTokenId.cend())
        return Outcome<bool>::failure(ServiceError::withStatus(404, u"token not found"_s));
    const auto sessionIt = m_sessionsByHash.constFind(hashIt.value());
    if (sessionIt == m_sessionsByHash.cend() || sessionIt->organizationId != organizationId)
        return Outcome<bool>::failure(ServiceError::withStatus(404, u"token not found"_s));
    if (sessionIt->persistent) {
        Transaction transaction(m_store.database());
        if (const Done done = m_store.deleteToken(tokenId); !done)
            return Outcome<bool>::failure(storeFailure(done));
        if (const Done done = transaction.commit(); !done)
            return Outcome<bool>::failure(storeFailure(done));
    }
    m_sessionsByHash.remove(hashIt.value());
    m_hashByTokenId.remove(tokenId);
    return true;
}

const Host *Directory::host(const QString &organizationId, const QString &id) const
{
    const auto it = m_hosts.constFind(id);
    if (it == m_hosts.cend() || it->organizationId != organizationId)
        return nullptr;
    return &it.value();
}

const Host *Directory::hostByName(const QString &organizationId, QStringView hostname) const
{
    const Host *found = nullptr;
    for (const Host &host : m_hosts) {
        if (host.organizationId == organizationId && host.hostname == hostname) {
            if (!found || host.localBot) // the local bot wins a name clash with a remote agent
                found = &host;
        }
    }
    return found;
}

QList<Host> Directory::hosts(const QString &organizationId) const
{
    QList<Host> list;
    for (const Host &host : m_hosts) {
        if (host.organizationId == organizationId)
            list.append(host);
    }
    std::sort(list.begin(), list.end(), [](const Host &a, const Host &b) { return a.id < b.id; });
    return list;
}

const Host *Directory::localBot(const QString &organizationId) const
{
    for (const Host &host : m_hosts) {
        if (host.organizationId == organizationId && host.localBot)
            return &host;
    }
    return nullptr;
}

QJsonObject Directory::hostJson(const Host &host) const
{
    QJsonObject json = host.document;
    if (host.localBot) {
        // The local bot lives in this process: it is reporting whenever anyone can ask.
        json.insert("state"_L1, u"normal"_s);
        json.insert("last_update"_L1, nowIso());
    } else {
        // A remote agent pings every 30 s; three missed pings mean it stopped reporting.
        const QDateTime seen = Json::date(json, "last_update"_L1);
        const bool stale = !seen.isValid() || seen.secsTo(QDateTime::currentDateTimeUtc()) > 90;
        json.insert("state"_L1, stale ? u"updates_stopped"_s : u"normal"_s);
    }
    return json;
}

QJsonObject Directory::hostReference(const Host &host)
{
    return {{"_id"_L1, host.id}, {"hostname"_L1, host.hostname}, {"id"_L1, host.id}};
}

} // namespace TheEye::Supervisor
