#include "supervisor/http/urlcoding.h"

#include <QByteArray>
#include <QStringDecoder>

#include <optional>

namespace TheEye::Http {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Strict UTF-8, as decodeURIComponent wants it: std::nullopt when the bytes are not UTF-8.
std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Percent-decodes; std::nullopt when a '%' is not followed by two hex digits.
std::optional<QByteArray> percentDecoded(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '%') {
            out.append(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        out.append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    return out;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    return strictUtf8(bytes).has_value();
}

QString decodeFormComponent(QByteArrayView component)
{
    QByteArray withSpaces = component.toByteArray();
    withSpaces.replace('+', ' ');
    if (!withSpaces.contains('%'))
        return QString::fromUtf8(withSpaces);
    if (const auto decoded = percentDecoded(withSpaces)) {
        if (auto text = strictUtf8(*decoded))
            return *text;
    }
    return QString::fromUtf8(withSpaces);
}

QString decodePath(QByteArrayView rawPath)
{
    if (!rawPath.contains('%'))
        return QString::fromUtf8(rawPath);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath.toByteArray()));
}

QList<std::pair<QString, QString>> decodeQueryItems(QByteArrayView rawQuery)
{
    QList<std::pair<QString, QString>> items;
    qsizetype start = 0;
    while (start <= rawQuery.size()) {
        qsizetype end = rawQuery.indexOf('&', start);
        if (end < 0)
            end = rawQuery.size();
        const QByteArrayView part = rawQuery.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype equals = part.indexOf('=');
            if (equals < 0)
                items.append({decodeFormComponent(part), QString()});
            else
                items.append({decodeFormComponent(part.first(equals)),
                              decodeFormComponent(part.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return items;
}

} // namespace TheEye::Http
