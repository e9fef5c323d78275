#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace TheEye::Http {

// A query or form component as qs decodes it: '+' is a space, then percent-decoding as
// decodeURIComponent does it. A component that does not decode (a stray '%', bytes that are not
// UTF-8) is kept as sent, with '+' still turned into spaces.
QString decodeFormComponent(QByteArrayView component);

bool isValidUtf8(QByteArrayView bytes);

// A path: percent-decoding only ('+' stays a plus).
QString decodePath(QByteArrayView rawPath);

// "a=1&b&c=%20" → (a,1) (b,"") (c," "), in order, repeated keys kept, empty parts skipped.
QList<std::pair<QString, QString>> decodeQueryItems(QByteArrayView rawQuery);

} // namespace TheEye::Http
