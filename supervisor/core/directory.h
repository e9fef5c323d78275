#pragma once

#include "supervisor/core/serviceerror.h"
#include "supervisor/core/session.h"

#include <QHash>
#include <QList>

#include <optional>

namespace TheEye::Supervisor {

class Store;
struct TokenRow;

// Organizations, access tokens and hosts (bots), kept in memory and written through to the store.
// Tokens are known only by their SHA-256; session tokens never reach the store at all.
class Directory final
{
public:
    explicit Directory(Store &store);
    Directory(const Directory &) = delete;
    Directory &operator=(const Directory &) = delete;

    Outcome<bool> load();

    const Organization *organization(const QString &id) const;
    const Organization *organizationByName(QStringView name) const;
    QList<Organization> organizations() const;
    // A new organization with its local bot host. Names are what URLs carry: letters, digits,
    // '.', '_' and '-'.
    Outcome<Organization> createOrganization(const QString &name);
    static bool isValidOrganizationName(QStringView name);

    // Tokens made by another process on the same data (`--create-token` while a server runs)
    // are found in the store on first use.
    std::optional<Session> authenticate(QStringView token);

    struct IssuedToken
    {
        QString token; // shown once; only its hash is kept
        Session session;
    };
    Outcome<IssuedToken> issueToken(const QString &organizationId,
                                    Role role,
                                    const QString &label,
                                    bool persistent);
    QList<Session> tokens(const QString &organizationId) const; // persistent ones, oldest first
    Outcome<bool> revokeToken(const QString &organizationId, const QString &tokenId);

    const Host *host(const QString &organizationId, const QString &id) const;
    const Host *hostByName(const QString &organizationId, QStringView hostname) const;
    QList<Host> hosts(const QString &organizationId) const;
    const Host *localBot(const QString &organizationId) const;
    // The host as GET /host shows it, with `state` and `last_update` as of now.
    QJsonObject hostJson(const Host &host) const;
    // What task and job documents embed: {_id, hostname, id}.
    static QJsonObject hostReference(const Host &host);
    // A remote agent's `POST /host`: the host of that name, made or updated with `info`.
    Outcome<Host> registerHost(const Organization &organization,
                               const QString &hostname,
                               const QJsonObject &info);
    // A remote agent's ping: the host is reporting now.
    Outcome<bool> touchHost(const QString &organizationId, const QString &hostname);

    static QString localHostname();

private:
    Outcome<Host> createLocalBot(const Organization &organization);
    Outcome<bool> refreshLocalBotName(Host &host);
    bool remember(const TokenRow &row);

    Store &m_store;
    QHash<QString, Organization> m_organizations;
    QHash<QString, Session> m_sessionsByHash;
    QHash<QString, QString> m_hashByTokenId;
    QHash<QString, Host> m_hosts;
};

} // namespace TheEye::Supervisor
