#include "supervisor/core/secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace TheEye::Supervisor::Secrets {

QString generate()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           static_cast<qsizetype>(sizeof(words)));
    return QString::fromLatin1(bytes.toHex());
}

QString hashToken(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

bool constantTimeEquals(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<char16_t>(a[i].unicode() ^ b[i].unicode());
    return difference == 0;
}

bool isWellFormed(QStringView secret)
{
    if (secret.size() != 64)
        return false;
    for (const QChar c : secret) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace TheEye::Supervisor::Secrets
