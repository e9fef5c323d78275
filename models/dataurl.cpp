#include "models/dataurl.h"

#include <QUrl>

namespace TheEye {
namespace {

std::optional<QByteArray> strictBase64(QByteArrayView encoded)
{
    // One character past a group of four encodes no byte; Qt drops it silently.
    if (encoded.size() % 4 == 1)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return decoded.decoded;
}

bool isBase64Whitespace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t';
}

// The ";base64" parameter among the header's parameters (after the media type).
bool hasBase64Parameter(QStringView header)
{
    const auto params = header.split(u';');
    for (qsizetype i = 1; i < params.size(); ++i) {
        if (params.at(i).trimmed().compare(u"base64", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

std::optional<DataUrl> DataUrl::parse(QStringView text)
{
    if (!text.startsWith(u"data:", Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    const QStringView header = text.sliced(5, comma - 5);
    const QStringView payload = text.sliced(comma + 1);

    DataUrl url;
    const bool base64 = hasBase64Parameter(header);
    const auto params = header.split(u';');
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QStringView param = params.at(i).trimmed();
        if (i == 0)
            url.mimeType = param.toString();
        else if (param.startsWith(u"name=", Qt::CaseInsensitive))
            url.name = QUrl::fromPercentEncoding(param.sliced(5).toUtf8());
    }
    if (url.mimeType.isEmpty())
        url.mimeType = QStringLiteral("text/plain");

    if (base64) {
        // Whitespace and line breaks are tolerated inside base64 payloads.
        QByteArray compact = payload.toLatin1();
        compact.removeIf([](char c) { return isBase64Whitespace(QLatin1Char(c)); });
        const auto decoded = strictBase64(compact);
        if (!decoded)
            return std::nullopt;
        url.data = *decoded;
    } else {
        url.data = QByteArray::fromPercentEncoding(payload.toUtf8());
    }
    return url;
}

QString DataUrl::toString() const
{
    QString text = QStringLiteral("data:")
                   + (mimeType.isEmpty() ? QStringLiteral("text/plain") : mimeType);
    if (!name.isEmpty())
        text += QStringLiteral(";name=") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    text += QStringLiteral(";base64,") + QString::fromLatin1(data.toBase64());
    return text;
}

std::optional<qsizetype> DataUrl::decodedSize(QStringView text)
{
    if (!text.startsWith(u"data:", Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    // The same reading as parse(), so a size check measures exactly what the script will get.
    const QStringView payload = text.sliced(comma + 1);
    if (!hasBase64Parameter(text.sliced(5, comma - 5))) {
        // Percent-decoding of the UTF-8 bytes: cheap, and the only exact count (a non-ASCII
        // character is several bytes, an escape one).
        return QByteArray::fromPercentEncoding(payload.toUtf8()).size();
    }
    // Whitespace inside base64 is skipped by parse(), so it is not counted.
    qsizetype length = 0;
    qsizetype padding = 0;
    for (const QChar c : payload) {
        if (isBase64Whitespace(c))
            continue;
        ++length;
        padding = c == u'=' ? padding + 1 : 0;
    }
    return (length / 4) * 3 + ((length % 4) * 3) / 4 - padding;
}

std::optional<QByteArray> decodeScriptData(QStringView text)
{
    if (text.startsWith(u"data:", Qt::CaseInsensitive)) {
        const auto url = DataUrl::parse(text);
        if (!url)
            return std::nullopt;
        return url->data;
    }
    QByteArray compact = text.toLatin1();
    compact.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    return strictBase64(compact);
}

} // namespace TheEye
