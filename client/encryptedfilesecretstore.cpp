#include "client/encryptedfilesecretstore.h"

#include "client/clienttr.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>

#include <array>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype KeySize = 32;
constexpr qsizetype NonceSize = 16;
constexpr qsizetype TagSize = 32;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(random->bounded(256));
    return bytes;
}

QByteArray bigEndian64(quint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    for (int i = 7; i >= 0; --i, value >>= 8)
        bytes[i] = static_cast<char>(value & 0xff);
    return bytes;
}

QByteArray xorKeystream(const QByteArray &key, const QByteArray &nonce, const QByteArray &data)
{
    QByteArray out = data;
    for (qsizetype block = 0; block * 32 < data.size(); ++block) {
        const QByteArray stream = hmac(key, nonce + bigEndian64(quint64(block)));
        for (qsizetype i = 0; i < 32 && block * 32 + i < data.size(); ++i)
            out[block * 32 + i] = static_cast<char>(out[block * 32 + i] ^ stream[i]);
    }
    return out;
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray tagOf(const QByteArray &macKey,
                 const QString &entryKey,
                 const QByteArray &nonce,
                 const QByteArray &cipher)
{
    // The entry's key is authenticated too, so a token cannot be moved to another profile.
    const QByteArray keyBytes = entryKey.toUtf8();
    return hmac(macKey,
                "theeye-token-v1" + bigEndian64(quint64(keyBytes.size())) + keyBytes + nonce
                    + cipher);
}

SecretError failure(SecretError::Kind kind, const QString &message, const QString &details = {})
{
    return SecretError{kind, message, details};
}

Result<Done, SecretError> writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<Done, SecretError>::failure(
            failure(SecretError::Kind::Failed,
                    ClientTr::tr("The token file \"%1\" cannot be written.").arg(path),
                    file.errorString()));
    // Before any content is in it, so the secret is never readable by others, not even briefly.
    file.setPermissions(OwnerOnly);
    file.write(bytes);
    if (!file.commit())
        return Result<Done, SecretError>::failure(
            failure(SecretError::Kind::Failed,
                    ClientTr::tr("The token file \"%1\" cannot be written.").arg(path),
                    file.errorString()));
    return Done{};
}

} // namespace

EncryptedFileSecretStore::EncryptedFileSecretStore(const QString &directory, QObject *parent)
    : SecretStore(parent)
    , m_directory(directory)
{}

QString EncryptedFileSecretStore::keyFilePath() const
{
    return m_directory + u"/tokens.key"_s;
}

QString EncryptedFileSecretStore::dataFilePath() const
{
    return m_directory + u"/tokens.enc"_s;
}

QByteArray EncryptedFileSecretStore::seal(const QByteArray &masterKey,
                                          const QString &entryKey,
                                          const QByteArray &plain)
{
    const QByteArray encryptionKey = hmac(masterKey, "theeye-token-encryption");
    const QByteArray macKey = hmac(masterKey, "theeye-token-authentication");
    const QByteArray nonce = randomBytes(NonceSize);
    const QByteArray cipher = xorKeystream(encryptionKey, nonce, plain);
    return nonce + cipher + tagOf(macKey, entryKey, nonce, cipher);
}

Result<QByteArray, SecretError> EncryptedFileSecretStore::open(const QByteArray &masterKey,
                                                               const QString &entryKey,
                                                               const QByteArray &sealed)
{
    using R = Result<QByteArray, SecretError>;
    if (sealed.size() < NonceSize + TagSize)
        return R::failure(
            failure(SecretError::Kind::Corrupt, ClientTr::tr("The stored token is damaged.")));
    const QByteArray nonce = sealed.left(NonceSize);
    const QByteArray cipher = sealed.mid(NonceSize, sealed.size() - NonceSize - TagSize);
    const QByteArray tag = sealed.right(TagSize);
    const QByteArray macKey = hmac(masterKey, "theeye-token-authentication");
    if (!constantTimeEqual(tag, tagOf(macKey, entryKey, nonce, cipher)))
        return R::failure(failure(SecretError::Kind::Corrupt,
                                  ClientTr::tr("The stored token was altered or its key "
                                               "replaced; enter the token again.")));
    return xorKeystream(hmac(masterKey, "theeye-token-encryption"), nonce, cipher);
}

Result<QByteArray, SecretError> EncryptedFileSecretStore::masterKey(bool create)
{
    using R = Result<QByteArray, SecretError>;
    QFile file(keyFilePath());
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = file.readAll();
        if (key.size() != KeySize)
            return R::failure(
                failure(SecretError::Kind::Corrupt,
                        ClientTr::tr("The token key file \"%1\" is damaged.").arg(keyFilePath())));
        return key;
    }
    if (!create)
        return QByteArray();
    if (!QDir().mkpath(m_directory))
        return R::failure(
            failure(SecretError::Kind::Failed,
                    ClientTr::tr("The folder \"%1\" cannot be created.").arg(m_directory)));
    QFile::setPermissions(m_directory, OwnerOnly | QFileDevice::ExeOwner);
    const QByteArray key = randomBytes(KeySize);
    const auto written = writePrivateFile(keyFilePath(), key);
    if (!written)
        return R::failure(written.error());
    return key;
}

Result<QJsonObject, SecretError> EncryptedFileSecretStore::entries()
{
    QFile file(dataFilePath());
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonObject, SecretError>::failure(
            failure(SecretError::Kind::Failed,
                    ClientTr::tr("The token file \"%1\" cannot be read.").arg(dataFilePath()),
                    file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<QJsonObject, SecretError>::failure(
            failure(SecretError::Kind::Corrupt,
                    ClientTr::tr("The token file \"%1\" is damaged.").arg(dataFilePath()),
                    error.errorString()));
    return document.object().value("entries"_L1).toObject();
}

Result<Done, SecretError> EncryptedFileSecretStore::saveEntries(const QJsonObject &entries)
{
    const QJsonObject document{{"format"_L1, u"theeye-tokens"_s},
                               {"version"_L1, 1},
                               {"entries"_L1, entries}};
    return writePrivateFile(dataFilePath(),
                            QJsonDocument(document).toJson(QJsonDocument::Indented));
}

SecretStore::ReadCall *EncryptedFileSecretStore::read(const QString &key)
{
    auto *call = new ReadCall(this);
    const auto all = entries();
    if (!all) {
        call->failLater(all.error());
        return call;
    }
    const QString sealed = all->value(key).toString();
    if (sealed.isEmpty()) {
        call->succeedLater(QString());
        return call;
    }
    const auto master = masterKey(false);
    if (!master || master->isEmpty()) {
        call->failLater(
            master
                ? failure(SecretError::Kind::Corrupt,
                          ClientTr::tr("The token key file \"%1\" is missing.").arg(keyFilePath()))
                : master.error());
        return call;
    }
    const auto plain = open(*master, key, QByteArray::fromBase64(sealed.toLatin1()));
    if (!plain)
        call->failLater(plain.error());
    else
        call->succeedLater(QString::fromUtf8(*plain));
    return call;
}

SecretStore::WriteCall *EncryptedFileSecretStore::write(const QString &key, const QString &secret)
{
    auto *call = new WriteCall(this);
    auto all = entries();
    const auto master = masterKey(true);
    if (!all || !master) {
        call->failLater(!all ? all.error() : master.error());
        return call;
    }
    QJsonObject updated = *all;
    updated.insert(key, QString::fromLatin1(seal(*master, key, secret.toUtf8()).toBase64()));
    const auto saved = saveEntries(updated);
    if (saved)
        call->succeedLater(Done{});
    else
        call->failLater(saved.error());
    return call;
}

SecretStore::WriteCall *EncryptedFileSecretStore::remove(const QString &key)
{
    auto *call = new WriteCall(this);
    auto all = entries();
    if (!all) {
        call->failLater(all.error());
        return call;
    }
    if (!all->contains(key)) {
        call->succeedLater(Done{});
        return call;
    }
    QJsonObject updated = *all;
    updated.remove(key);
    const auto saved = saveEntries(updated);
    if (saved)
        call->succeedLater(Done{});
    else
        call->failLater(saved.error());
    return call;
}

} // namespace TheEye
