// Target "body": query strings and request bodies (supervisor/http/bodyparser.h, qsparser.h,
// multipartparser.h, urlcoding.h). The input is a request in the text form of requesttext.h; its
// query, its body and its Content-Type are parsed the way the API layer parses every request.
#include "fuzzcheck.h"
#include "requesttext.h"
#include "targets.h"

#include "models/jsonutil.h"
#include "supervisor/http/bodyparser.h"
#include "supervisor/http/multipartparser.h"
#include "supervisor/http/qsparser.h"
#include "supervisor/http/urlcoding.h"

#include <QJsonArray>

namespace TheEye::Fuzz {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kParameterLimit = Http::QsLimits{}.parameterLimit;
constexpr int kDepthLimit = Http::QsLimits{}.depth;

QString shown(QByteArrayView bytes)
{
    return excerpt(QString::fromUtf8(bytes), 400);
}

struct Shape
{
    qsizetype leaves = 0;
    int depth = 0;
};

Shape shapeOf(const QJsonValue &value, int level = 1)
{
    Shape shape{0, level};
    const auto add = [&shape, level](const QJsonValue &child) {
        const Shape inner = shapeOf(child, level + 1);
        shape.leaves += inner.leaves;
        shape.depth = std::max(shape.depth, inner.depth);
    };
    if (value.isObject()) {
        for (const QJsonValue &child : value.toObject())
            add(child);
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            add(child);
    } else {
        shape.leaves = 1;
    }
    return shape;
}

// qs semantics with its limits: every leaf comes from one `&`-separated pair, at most
// parameterLimit pairs are read, and brackets nest at most `depth` levels below the root key (the
// rest of a deeper key stays one literal key).
void checkQueryString(QByteArrayView raw)
{
    const QJsonObject parsed = Http::parseQueryString(raw);
    FUZZ_REQUIRE(Http::parseQueryString(raw) == parsed, shown(raw));
    const qsizetype pairs = raw.count('&') + 1;
    const Shape shape = shapeOf(parsed, 0);
    FUZZ_REQUIRE(shape.leaves <= std::min(pairs, kParameterLimit),
                 QString::number(shape.leaves) + u" values from "_s + QString::number(pairs)
                     + u" pairs: "_s + shown(raw));
    FUZZ_REQUIRE(parsed.size() <= kParameterLimit, shown(raw));
    // root key, `depth` bracket groups, the literal rest, the value (arrays of repeated keys add one)
    FUZZ_REQUIRE(shape.depth <= kDepthLimit + 3,
                 u"depth "_s + QString::number(shape.depth) + u": "_s + shown(raw));
    const Http::QsParse full = Http::parseQs(raw);
    FUZZ_REQUIRE(full.object == parsed, shown(raw));
    FUZZ_REQUIRE(full.truncated == (pairs > kParameterLimit), shown(raw));

    FUZZ_REQUIRE(Http::decodeQueryItems(raw).size() <= pairs, shown(raw));
}

void checkFormComponent(QByteArrayView component)
{
    const QString decoded = Http::decodeFormComponent(component);
    if (!component.contains('%')) {
        QByteArray spaces = component.toByteArray();
        spaces.replace('+', ' ');
        FUZZ_REQUIRE(decoded == QString::fromUtf8(spaces), shown(component));
    }
    FUZZ_REQUIRE(decoded.size() <= component.size(), shown(component));
}

// A multipart body written back from what was parsed parses to the same fields.
QByteArray multipartBody(const QJsonObject &fields, const QByteArray &boundary, bool *writable)
{
    QByteArray body;
    const auto quoted = [writable](const QString &text) -> QByteArray {
        QByteArray bytes = text.toUtf8();
        if (bytes.contains('\r') || bytes.contains('\n'))
            *writable = false; // cannot travel in a header line
        bytes.replace('\\', "\\\\").replace('"', "\\\"");
        return '"' + bytes + '"';
    };
    const auto addPart = [&](const QString &name, const QJsonValue &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name);
        if (value.isObject()) {
            const QJsonObject file = value.toObject();
            body += "; filename=" + quoted(file.value("filename"_L1).toString());
            body += "\r\nContent-Type: " + file.value("contentType"_L1).toString().toUtf8();
            body += "\r\n\r\n"
                    + QByteArray::fromBase64(file.value("data"_L1).toString().toLatin1());
        } else {
            body += "\r\n\r\n" + value.toString().toUtf8();
        }
        body += "\r\n";
    };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue &item : it.value().toArray())
                addPart(it.key(), item);
        } else {
            addPart(it.key(), it.value());
        }
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

void checkMultipart(const Http::Request &request, const QJsonValue &parsed)
{
    FUZZ_REQUIRE(parsed.isObject(), shown(request.body));
    const QJsonObject fields = parsed.toObject();
    qsizetype values = 0;
    qsizetype bytes = 0;
    bool fileNamesSafe = true;
    const auto count = [&](const QJsonValue &value) {
        ++values;
        if (value.isObject()) {
            const QJsonObject file = value.toObject();
            const auto data = QByteArray::fromBase64Encoding(
                file.value("data"_L1).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            FUZZ_REQUIRE(data.decodingStatus == QByteArray::Base64DecodingStatus::Ok,
                         shown(request.body));
            FUZZ_REQUIRE(file.value("filename"_L1).isString()
                             && !file.value("contentType"_L1).toString().isEmpty(),
                         shown(request.body));
            bytes += data.decoded.size();
            const QString contentType = file.value("contentType"_L1).toString();
            fileNamesSafe = fileNamesSafe && !contentType.contains(u'\r')
                            && !contentType.contains(u'\n');
        } else {
            FUZZ_REQUIRE(value.isString(), shown(request.body));
            bytes += value.toString().toUtf8().size();
        }
    };
    for (const QJsonValue &value : fields) {
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                count(item);
        } else {
            count(value);
        }
    }
    FUZZ_REQUIRE(values <= 1000, shown(request.body));
    FUZZ_REQUIRE(bytes <= request.body.size(), shown(request.body));

    QByteArray boundary = "fuzz-boundary-0";
    for (int i = 1; request.body.contains(boundary); ++i)
        boundary = "fuzz-boundary-" + QByteArray::number(i);
    bool writable = fileNamesSafe;
    const QByteArray body = multipartBody(fields, boundary, &writable);
    if (!writable)
        return;
    const auto reparsed = Http::parseMultipartFormData(body,
                                                       QByteArray("multipart/form-data; boundary="
                                                                  + boundary));
    FUZZ_REQUIRE(reparsed.ok() && *reparsed == fields,
                 (reparsed.ok() ? QString() : reparsed.error()) + u": "_s + shown(body));
}

void checkBody(const Http::Request &request)
{
    const auto parsed = Http::parseBody(request);
    const auto again = Http::parseBody(request);
    FUZZ_REQUIRE(parsed.ok() == again.ok()
                     && (parsed.ok() ? *parsed == *again : parsed.error() == again.error()),
                 shown(request.body));
    const QByteArray type = request.contentType();
    const bool json = type != "application/x-www-form-urlencoded" && type != "multipart/form-data";
    if (!parsed) {
        FUZZ_REQUIRE(!parsed.error().isEmpty(), shown(request.body));
        // JSON, declared or not: the server's parser and the models' one refuse the same bodies.
        if (json)
            FUZZ_REQUIRE(!Json::parse(request.body).ok(), shown(request.body));
        return;
    }
    if (request.body.trimmed().isEmpty()) {
        FUZZ_REQUIRE(parsed->isNull(), shown(request.body));
        return;
    }
    if (type == "application/x-www-form-urlencoded") {
        FUZZ_REQUIRE(Http::isValidUtf8(request.body), shown(request.body));
        FUZZ_REQUIRE(*parsed == Http::parseQueryString(request.body), shown(request.body));
        return;
    }
    if (type == "multipart/form-data") {
        checkMultipart(request, *parsed);
        return;
    }
    // ... and read the same value from the ones they accept.
    const auto models = Json::parse(request.body);
    FUZZ_REQUIRE(models.ok() && *models == *parsed, shown(request.body));
}

} // namespace

void fuzzBody(QByteArrayView input)
{
    const Http::Request request = requestFromText(input);
    checkQueryString(request.rawQuery);
    checkQueryString(request.body);
    for (const QByteArray &component : request.rawQuery.split('&'))
        checkFormComponent(component);
    const QByteArray contentType = request.header("content-type");
    Http::headerParameter(contentType, "boundary");
    Http::headerParameter(contentType, "charset");
    checkBody(request);
    // The same body under each type a client may declare.
    for (const QByteArray &type : {"application/json"_ba,
                                   "application/x-www-form-urlencoded"_ba,
                                   "multipart/form-data; boundary=x"_ba,
                                   "text/plain"_ba}) {
        Http::Request retyped = request;
        retyped.headers = {{"content-type"_ba, type}};
        checkBody(retyped);
    }
}

} // namespace TheEye::Fuzz
