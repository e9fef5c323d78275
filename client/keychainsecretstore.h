#pragma once

#include "client/secretstore.h"

namespace TheEye {

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). Never falls back to plain text: QtKeychain's "insecure fallback" stays off.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    ReadCall *read(const QString &key) override;
    WriteCall *write(const QString &key, const QString &secret) override;
    WriteCall *remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace TheEye
