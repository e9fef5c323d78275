#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace TheEye::Supervisor::Secrets {

// 32 bytes from the operating system's CSPRNG as 64 lowercase hex digits: task and job secrets,
// and access tokens.
QString generate();

// The SHA-256 of a token as 64 lowercase hex digits: what is stored instead of the token.
QString hashToken(QStringView token);

// Compares without an early exit, so the time taken does not tell how much of a guess matched.
// Strings of different lengths are unequal (the length of a secret is not itself secret).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
bool constantTimeEquals(QStringView a, QStringView b);

// 64 lowercase hex digits: the only secret format accepted (TheEye's own format).
bool isWellFormed(QStringView secret);

} // namespace TheEye::Supervisor::Secrets
