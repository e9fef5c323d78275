#pragma once

#include "models/result.h"

#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace TheEye::Http {

// multipart/form-data (RFC 7578), as `curl -F name=value -F file=@script.sh` sends it: text fields
// become strings (a repeated name an array of them), a part with a filename becomes
// {"filename", "contentType", "data": base64 of the raw bytes}. At most 1000 parts.
Result<QJsonObject> parseMultipartFormData(QByteArrayView body, QByteArrayView contentTypeHeader);

// A parameter of a header value such as `form-data; name="a"; filename="x.sh"`: quoted strings
// unescaped, RFC 5987 `name*=UTF-8''…` preferred when present.
std::optional<QString> headerParameter(QByteArrayView headerValue, QByteArrayView name);

} // namespace TheEye::Http
