#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

namespace TheEye::Http {

// One translation context for the HTTP layer (its types are not QObjects).
struct HttpTr
{
    Q_DECLARE_TR_FUNCTIONS(Http)
};

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

} // namespace TheEye::Http
