#include "client/profilestore.h"

#include "client/clienttr.h"
#include "client/encryptedfilesecretstore.h"
#include "client/keychainsecretstore.h"

#include <QSettings>
#include <QStandardPaths>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

const QString Group = u"connections"_s;
const QString KeychainService = u"TheEye Desktop"_s;

QString storageName(ProfileStore::TokenStorage storage)
{
    switch (storage) {
    case ProfileStore::TokenStorage::Keychain:
        return u"keychain"_s;
    case ProfileStore::TokenStorage::EncryptedFile:
        return u"encrypted-file"_s;
    case ProfileStore::TokenStorage::None:
        break;
    }
    return u"none"_s;
}

QString tokenKey(const QString &profileId)
{
    return u"token:"_s + profileId;
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(QString(),
                   KeychainService,
                   QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                       + u"/secrets"_s,
                   parent)
{}

ProfileStore::ProfileStore(const QString &settingsFile,
                           const QString &keychainService,
                           const QString &encryptedFileDirectory,
                           QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_keychain(new KeychainSecretStore(keychainService, this))
    , m_file(new EncryptedFileSecretStore(encryptedFileDirectory, this))
{}

ProfileStore::~ProfileStore() = default;

QStringList ProfileStore::profileIds() const
{
    return m_settings->value(Group + u"/order"_s).toStringList();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    for (const QString &id : profileIds()) {
        if (const auto found = profile(id))
            result.append(*found);
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (!profileIds().contains(id))
        return std::nullopt;
    m_settings->beginGroup(Group + u'/' + id);
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(u"name"_s).toString();
    profile.kind = ConnectionProfile::kindFromName(m_settings->value(u"kind"_s).toString());
    profile.baseUrl = m_settings->value(u"baseUrl"_s).toUrl();
    profile.organization = m_settings->value(u"organization"_s).toString();
    profile.gatewayUrl = m_settings->value(u"gatewayUrl"_s).toUrl();
    profile.username = m_settings->value(u"username"_s).toString();
    m_settings->endGroup();
    return profile;
}

QString ProfileStore::defaultProfileId() const
{
    return m_settings->value(Group + u"/default"_s).toString();
}

void ProfileStore::setDefaultProfileId(const QString &id)
{
    m_settings->setValue(Group + u"/default"_s, id);
    emit profilesChanged();
}

Call<Done, SecretError> *ProfileStore::save(ConnectionProfile profile)
{
    auto *call = new Call<Done, SecretError>(this);
    if (profile.name.trimmed().isEmpty()) {
        call->failLater(
            {SecretError::Kind::Failed, ClientTr::tr("The connection needs a name."), {}});
        return call;
    }
    if (profile.id.isEmpty())
        profile.id = ConnectionProfile::newId();
    QStringList ids = profileIds();
    if (!ids.contains(profile.id)) {
        ids.append(profile.id);
        m_settings->setValue(Group + u"/order"_s, ids);
    }
    m_settings->beginGroup(Group + u'/' + profile.id);
    m_settings->setValue(u"name"_s, profile.name);
    m_settings->setValue(u"kind"_s, ConnectionProfile::kindName(profile.kind));
    m_settings->setValue(u"baseUrl"_s, profile.baseUrl);
    m_settings->setValue(u"organization"_s, profile.organization);
    m_settings->setValue(u"gatewayUrl"_s, profile.gatewayUrl);
    m_settings->setValue(u"username"_s, profile.username);
    m_settings->endGroup();
    m_settings->sync();
    emit profilesChanged();
    storeToken(call, profile.id, profile.token);
    return call;
}

void ProfileStore::storeToken(Call<Done, SecretError> *call,
                              const QString &id,
                              const QString &token)
{
    if (token.isEmpty()) {
        // Forget it everywhere it may be.
        m_keychain->remove(tokenKey(id));
        m_file->remove(tokenKey(id))->then(call, [this, call, id](const auto &) {
            setTokenStorage(id, TokenStorage::None);
            call->succeed(Done{});
        });
        return;
    }
    m_keychain->write(tokenKey(id), token)
        ->then(call, [this, call, id, token](const auto &written) {
            if (written) {
                m_file->remove(tokenKey(id)); // an older copy must not outlive the move
                setTokenStorage(id, TokenStorage::Keychain);
                call->succeed(Done{});
            } else if (written.error().kind == SecretError::Kind::Unavailable) {
                storeInFile(call, id, token, written.error());
            } else {
                call->fail(written.error());
            }
        });
}

void ProfileStore::storeInFile(Call<Done, SecretError> *call,
                               const QString &id,
                               const QString &token,
                               const SecretError &keychainError)
{
    if (!isEncryptedFileAllowed()) {
        SecretError error = keychainError;
        error.message = ClientTr::tr("No system keychain is available to keep the token. It can "
                                     "be kept in an encrypted file instead if you allow it.");
        call->fail(error);
        return;
    }
    m_file->write(tokenKey(id), token)->then(call, [this, call, id](const auto &written) {
        if (written)
            setTokenStorage(id, TokenStorage::EncryptedFile);
        call->finish(written);
    });
}

Call<QString, SecretError> *ProfileStore::loadToken(const QString &profileId)
{
    switch (tokenStorage(profileId)) {
    case TokenStorage::Keychain:
        return m_keychain->read(tokenKey(profileId));
    case TokenStorage::EncryptedFile:
        if (isEncryptedFileAllowed())
            return m_file->read(tokenKey(profileId));
        break;
    case TokenStorage::None:
        break;
    }
    auto *call = new Call<QString, SecretError>(this);
    call->succeedLater(QString());
    return call;
}

Call<Done, SecretError> *ProfileStore::remove(const QString &profileId)
{
    auto *call = new Call<Done, SecretError>(this);
    QStringList ids = profileIds();
    ids.removeAll(profileId);
    m_settings->setValue(Group + u"/order"_s, ids);
    if (defaultProfileId() == profileId)
        m_settings->remove(Group + u"/default"_s);
    storeToken(call, profileId, QString());
    m_settings->remove(Group + u'/' + profileId);
    m_settings->sync();
    emit profilesChanged();
    return call;
}

ProfileStore::TokenStorage ProfileStore::tokenStorage(const QString &profileId) const
{
    const QString name = m_settings->value(Group + u'/' + profileId + u"/tokenStorage"_s)
                             .toString();
    if (name == storageName(TokenStorage::Keychain))
        return TokenStorage::Keychain;
    if (name == storageName(TokenStorage::EncryptedFile))
        return TokenStorage::EncryptedFile;
    return TokenStorage::None;
}

void ProfileStore::setTokenStorage(const QString &id, TokenStorage storage)
{
    // A profile removed meanwhile keeps no trace.
    if (!profileIds().contains(id))
        return;
    m_settings->setValue(Group + u'/' + id + u"/tokenStorage"_s, storageName(storage));
    m_settings->sync();
}

bool ProfileStore::isEncryptedFileAllowed() const
{
    return m_settings->value(Group + u"/encryptedFileAllowed"_s, false).toBool();
}

void ProfileStore::setEncryptedFileAllowed(bool allowed)
{
    m_settings->setValue(Group + u"/encryptedFileAllowed"_s, allowed);
    m_settings->sync();
    if (allowed)
        return;
    for (const QString &id : profileIds()) {
        if (tokenStorage(id) == TokenStorage::EncryptedFile) {
            m_file->remove(tokenKey(id));
            setTokenStorage(id, TokenStorage::None);
        }
    }
}

} // namespace TheEye
