#include "supervisor/http/bodyparser.h"

#include "supervisor/http/httptr.h"
#include "supervisor/http/multipartparser.h"
#include "supervisor/http/qsparser.h"
#include "supervisor/http/urlcoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace TheEye::Http {

using namespace Qt::StringLiterals;

namespace {

using BodyResult = Result<QJsonValue>;

BodyResult parseJson(const QByteArray &body)
{
    QJsonParseError error{};
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            return BodyResult::failure(HttpTr::tr("Malformed JSON body: %1 at offset %2")
                                           .arg(error.errorString())
                                           .arg(error.offset));
        }
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    // A bare value ("text", 12, true, null): QJsonDocument only parses objects and arrays, so
    // parse [value] and take the one element back out.
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, body.size());
        return BodyResult::failure(HttpTr::tr("Malformed JSON body: %1 at offset %2")
                                       .arg(error.errorString())
                                       .arg(offset));
    }
    const QJsonArray values = document.array();
    if (values.size() != 1)
        return BodyResult::failure(HttpTr::tr("Malformed JSON body: more than one value"));
    return values.first();
}

BodyResult parseForm(const QByteArray &body)
{
    if (!isValidUtf8(body))
        return BodyResult::failure(HttpTr::tr("Malformed form body: it is not UTF-8 text"));
    const QsLimits limits;
    QsParse parsed = parseQs(body, limits);
    if (parsed.truncated) {
        // A query string is cut silently, as qs does; a body would lose data, so it is refused.
        return BodyResult::failure(
            HttpTr::tr("The form body has more than %1 fields").arg(limits.parameterLimit));
    }
    return QJsonValue(std::move(parsed.object));
}

} // namespace

QJsonObject parseQueryString(QByteArrayView raw)
{
    return parseQs(raw).object;
}

Result<QJsonValue> parseBody(const Request &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QByteArray type = request.contentType();
    if (type == "application/json" || type.endsWith("+json"))
        return parseJson(request.body);
    if (type == "application/x-www-form-urlencoded")
        return parseForm(request.body);
    if (type == "multipart/form-data") {
        Result<QJsonObject> fields = parseMultipartFormData(request.body,
                                                            request.header("content-type"));
        if (!fields)
            return BodyResult::failure(fields.error());
        return QJsonValue(std::move(fields).value());
    }
    // No or an unknown Content-Type: clients that forget the header still send JSON.
    BodyResult json = parseJson(request.body);
    if (json)
        return json;
    return BodyResult::failure(
        type.isEmpty()
            ? HttpTr::tr("The request body has no Content-Type and is not JSON: %1")
                  .arg(json.error())
            : HttpTr::tr(
                  "The request body of type %1 is not JSON, a form or multipart form data: %2")
                  .arg(QString::fromLatin1(type), json.error()));
}

} // namespace TheEye::Http
