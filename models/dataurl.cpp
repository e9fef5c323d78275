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
    bool base64 = false;
    const auto params = header.split(u';');
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QStringView param = params.at(i).trimmed();
        if (i == 0) {
            url.mimeType = param.toString();
        } else if (param.compare(u"base64", Qt::CaseInsensitive) == 0) {
            base64 = true;
        } else if (param.startsWith(u"name=", Qt::CaseInsensitive)) {
            url.name = QUrl::fromPercentEncoding(param.sliced(5).toUtf8());
        }
    }
    if (url.mimeType.isEmpty())
        url.mimeType = QStringLiteral("text/plain");

    if (base64) {
        // Whitespace and line breaks are tolerated inside base64 payloads.
        QByteArray compact = payload.toLatin1();
        compact.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
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
    const QStringView header = text.sliced(0, comma);
    qsizetype length = text.size() - comma - 1;
    if (!header.contains(u";base64", Qt::CaseInsensitive))
        return length;
    qsizetype padding = 0;
    for (qsizetype i = text.size() - 1; i > comma && text.at(i) == u'='; --i)
        ++padding;
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
