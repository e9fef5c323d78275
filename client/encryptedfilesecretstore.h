#pragma once

#include "client/secretstore.h"
#include "models/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace TheEye {

// The fallback for machines without a keychain service, used only with the user's consent
// (ProfileStore::setEncryptedFileAllowed). Tokens are encrypted and authenticated with a random
// 256-bit key kept in a separate file; both files are readable by their owner only (0600).
//
// Qt has no block cipher, so the cipher is built from what QtCore has: HMAC-SHA256 as a PRF in
// counter mode (keystream block i = HMAC(Kenc, nonce ‖ i), XORed with the token), a fresh
// 128-bit nonce per write, and an HMAC-SHA256 tag over the entry's key, nonce and ciphertext
// (encrypt-then-MAC, compared in constant time). Kenc and Kmac are derived from the master key.
//
// Threat model, honestly: this protects a token from being read in a copy of the settings, a
// backup or sync of the secrets file alone, a screen share or a grep, and detects tampering. It
// does NOT protect against anyone who can read the user's files, since the key lies beside the
// data (as any scheme without a keychain or a passphrase must). It is better than plain text
// and worse than a keychain; the GUI says so when it asks.
class EncryptedFileSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncryptedFileSecretStore)

public:
    // Files `tokens.key` and `tokens.enc` in `directory` (created 0700 when missing).
    explicit EncryptedFileSecretStore(const QString &directory, QObject *parent = nullptr);

    ReadCall *read(const QString &key) override;
    WriteCall *write(const QString &key, const QString &secret) override;
    WriteCall *remove(const QString &key) override;

    QString keyFilePath() const;
    QString dataFilePath() const;

    // The cipher on its own, for the tests.
    static QByteArray seal(const QByteArray &masterKey,
                           const QString &entryKey,
                           const QByteArray &plain);
    static Result<QByteArray, SecretError> open(const QByteArray &masterKey,
                                                const QString &entryKey,
                                                const QByteArray &sealed);

private:
    Result<QByteArray, SecretError> masterKey(bool create);
    Result<QJsonObject, SecretError> entries();
    Result<Done, SecretError> saveEntries(const QJsonObject &entries);

    QString m_directory;
};

} // namespace TheEye
