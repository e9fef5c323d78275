#pragma once

#include "models/result.h"
#include "supervisor/http/httprequest.h"

#include <QJsonObject>
#include <QJsonValue>

namespace TheEye::Http {

// qs-style parsing as restify's queryParser and bodyParser do it: `a=1&a=2` → ["1","2"],
// `x[]=1` → ["1"], `a[b]=c` → {"a":{"b":"c"}}, `a[0]=x` → ["x"]. Values stay strings.
// Nesting depth and key counts are capped so a hostile query cannot blow up.
QJsonObject parseQueryString(QByteArrayView raw);

// The body by Content-Type: JSON (any JSON value), form (qs-style object), an empty body → null.
// Anything that does not parse fails with a message naming the problem, for a 400.
Result<QJsonValue> parseBody(const Request &request);

} // namespace TheEye::Http
