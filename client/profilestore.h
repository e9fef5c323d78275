#pragma once

#include "client/connectionprofile.h"
#include "client/secretstore.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace TheEye {

// The connection profiles the user keeps: everything but the token in QSettings (group
// "connections"), the token in the system keychain. When no keychain service is available the
// token is kept in an encrypted file, but only once the user consented
// (setEncryptedFileAllowed); without consent saving the token fails with
// SecretError::Kind::Unavailable, so the GUI can ask. Never plain text.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    enum class TokenStorage { None, Keychain, EncryptedFile };

    // The application's QSettings, keychain service "TheEye Desktop", encrypted file under
    // AppDataLocation.
    explicit ProfileStore(QObject *parent = nullptr);
    // Another settings file, keychain service and folder for the encrypted file (tests,
    // portable setups).
    ProfileStore(const QString &settingsFile,
                 const QString &keychainService,
                 const QString &encryptedFileDirectory,
                 QObject *parent = nullptr);
    ~ProfileStore() override;

    // In the order they were first saved; tokens are not filled in (see loadToken).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    QString defaultProfileId() const;
    void setDefaultProfileId(const QString &id);

    // Writes the settings at once (profilesChanged()), then the token: an empty token removes
    // the stored one. A profile without an id gets one (read it back from profiles()).
    Call<Done, SecretError> *save(ConnectionProfile profile);
    // The stored token, or an empty string when there is none.
    Call<QString, SecretError> *loadToken(const QString &profileId);
    Call<Done, SecretError> *remove(const QString &profileId);

    TokenStorage tokenStorage(const QString &profileId) const;
    bool isEncryptedFileAllowed() const;
    // The user's answer, remembered. Withdrawing consent deletes the tokens kept in the file.
    void setEncryptedFileAllowed(bool allowed);

signals:
    void profilesChanged();

private:
    void storeToken(Call<Done, SecretError> *call, const QString &id, const QString &token);
    void storeInFile(Call<Done, SecretError> *call,
                     const QString &id,
                     const QString &token,
                     const SecretError &keychainError);
    void setTokenStorage(const QString &id, TokenStorage storage);
    QStringList profileIds() const;

    std::unique_ptr<QSettings> m_settings;
    SecretStore *m_keychain = nullptr;
    SecretStore *m_file = nullptr;
};

} // namespace TheEye
