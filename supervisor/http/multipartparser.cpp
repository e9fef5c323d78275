#include "supervisor/http/multipartparser.h"

#include "supervisor/http/httptr.h"
#include "supervisor/http/urlcoding.h"

#include <QJsonArray>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaximumParts = 1000;
constexpr qsizetype kMaximumBoundaryLength = 200; // RFC 2046 says 70; be lenient, not unbounded

struct Part
{
    QByteArray disposition;
    QByteArray contentType;
    QByteArrayView content;
};

Result<Part> splitPart(QByteArrayView raw)
{
    Part part;
    QByteArrayView headers;
    if (raw.startsWith("\r\n")) {
        part.content = raw.sliced(2);
    } else {
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            return Result<Part>::failure(HttpTr::tr(
                "Malformed multipart body: a part's headers do not end with an empty line"));
        }
        headers = raw.first(end);
        part.content = raw.sliced(end + 4);
    }
    qsizetype start = 0;
    while (start < headers.size()) {
        qsizetype end = headers.indexOf("\r\n", start);
        if (end < 0)
            end = headers.size();
        const QByteArrayView line = headers.sliced(start, end - start);
        start = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-disposition", Qt::CaseInsensitive) == 0)
            part.disposition = value.toByteArray();
        else if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            part.contentType = value.toByteArray();
    }
    return part;
}

void addValue(QJsonObject *fields, const QString &name, const QJsonValue &value)
{
    const auto existing = fields->constFind(name);
    if (existing == fields->constEnd()) {
        fields->insert(name, value);
        return;
    }
    QJsonArray values = existing->isArray() && !value.isArray() ? existing->toArray()
                                                                : QJsonArray{*existing};
    values.append(value);
    fields->insert(name, values);
}

std::optional<QString> addPart(QByteArrayView raw, QJsonObject *fields)
{
    const Result<Part> part = splitPart(raw);
    if (!part)
        return part.error();
    const QByteArrayView disposition = part->disposition;
    const qsizetype semicolon = disposition.indexOf(';');
    const QByteArrayView type = (semicolon < 0 ? disposition : disposition.first(semicolon))
                                    .trimmed();
    if (type.compare("form-data", Qt::CaseInsensitive) != 0)
        return HttpTr::tr("Malformed multipart body: a part has no Content-Disposition: form-data");
    const QString name = headerParameter(disposition, "name").value_or(QString());
    if (name.isEmpty())
        return HttpTr::tr("Malformed multipart body: a part has no field name");

    if (const auto filename = headerParameter(disposition, "filename")) {
        const QString contentType = part->contentType.isEmpty()
                                        ? u"application/octet-stream"_s
                                        : QString::fromUtf8(part->contentType);
        addValue(fields,
                 name,
                 QJsonObject{{u"filename"_s, *filename},
                             {u"contentType"_s, contentType},
                             {u"data"_s,
                              QString::fromLatin1(part->content.toByteArray().toBase64())}});
        return std::nullopt;
    }
    if (!isValidUtf8(part->content))
        return HttpTr::tr("The multipart field \"%1\" is not valid UTF-8").arg(name);
    addValue(fields, name, QString::fromUtf8(part->content));
    return std::nullopt;
}

// A quoted-string starting at `text[0] == '"'`: its unescaped value and the length consumed.
std::pair<QByteArray, qsizetype> quotedString(QByteArrayView text)
{
    QByteArray value;
    qsizetype i = 1;
    for (; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size())
            ++i;
        value.append(text[i]);
    }
    return {value, std::min(i + 1, text.size())};
}

// RFC 5987 ext-value: charset'language'percent-encoded
QString extendedValue(const QByteArray &value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return QString::fromUtf8(value);
    const QByteArray charset = value.first(first).toLower();
    const QByteArray decoded = QByteArray::fromPercentEncoding(value.sliced(second + 1));
    return charset == "iso-8859-1" ? QString::fromLatin1(decoded) : QString::fromUtf8(decoded);
}

} // namespace

std::optional<QString> headerParameter(QByteArrayView headerValue, QByteArrayView name)
{
    std::optional<QString> plain;
    std::optional<QString> extended;
    qsizetype pos = headerValue.indexOf(';');
    while (pos >= 0 && pos < headerValue.size()) {
        ++pos;
        while (pos < headerValue.size() && (headerValue[pos] == ' ' || headerValue[pos] == '\t'))
            ++pos;
        const qsizetype equals = headerValue.indexOf('=', pos);
        if (equals < 0)
            break;
        const QByteArrayView key = headerValue.sliced(pos, equals - pos).trimmed();
        QByteArray value;
        qsizetype next;
        const QByteArrayView rest = headerValue.sliced(equals + 1);
        if (rest.startsWith('"')) {
            const auto [unquoted, consumed] = quotedString(rest);
            value = unquoted;
            next = headerValue.indexOf(';', equals + 1 + consumed);
        } else {
            next = headerValue.indexOf(';', equals + 1);
            value = (next < 0 ? rest : headerValue.sliced(equals + 1, next - equals - 1))
                        .trimmed()
                        .toByteArray();
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0 && !plain)
            plain = QString::fromUtf8(value);
        else if (key.size() == name.size() + 1 && key.endsWith('*')
                 && key.first(name.size()).compare(name, Qt::CaseInsensitive) == 0 && !extended)
            extended = extendedValue(value);
        pos = next;
    }
    return extended ? extended : plain;
}

Result<QJsonObject> parseMultipartFormData(QByteArrayView body, QByteArrayView contentTypeHeader)
{
    using Failure = Result<QJsonObject>;
    const QByteArray boundary = headerParameter(contentTypeHeader, "boundary")
                                    .value_or(QString())
                                    .toUtf8();
    if (boundary.isEmpty())
        return Failure::failure(
            HttpTr::tr("The multipart body has no boundary in its Content-Type"));
    if (boundary.size() > kMaximumBoundaryLength)
        return Failure::failure(HttpTr::tr("The multipart boundary is too long"));
    const QByteArray delimiter = "--" + boundary;
    const QByteArray nextDelimiter = "\r\n" + delimiter;

    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        pos = body.indexOf(nextDelimiter); // skip a preamble
        if (pos < 0) {
            return Failure::failure(HttpTr::tr(
                "Malformed multipart body: the boundary from Content-Type never occurs"));
        }
        pos += 2;
    }
    QJsonObject fields;
    int parts = 0;
    for (;;) {
        pos += delimiter.size();
        if (body.sliced(pos).startsWith("--"))
            return fields; // the close delimiter; an epilogue is ignored
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
        if (!body.sliced(pos).startsWith("\r\n")) {
            return Failure::failure(
                HttpTr::tr("Malformed multipart body: a boundary is not followed by a line break"));
        }
        pos += 2;
        const qsizetype end = body.indexOf(nextDelimiter, pos);
        if (end < 0) {
            return Failure::failure(
                HttpTr::tr("Malformed multipart body: it ends before its closing boundary"));
        }
        if (++parts > kMaximumParts) {
            return Failure::failure(
                HttpTr::tr("The multipart body has more than %1 parts").arg(kMaximumParts));
        }
        if (const auto failure = addPart(body.sliced(pos, end - pos), &fields))
            return Failure::failure(*failure);
        pos = end + 2;
    }
}

} // namespace TheEye::Http
