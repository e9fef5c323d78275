#include "supervisor/http/httprequest.h"

namespace TheEye::Http {

namespace {

const std::pair<QByteArray, QByteArray> *findHeader(
    const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return &header;
    }
    return nullptr;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    const auto *found = findHeader(headers, name);
    return found ? found->second : QByteArray();
}

bool Request::hasHeader(QByteArrayView name) const
{
    return findHeader(headers, name) != nullptr;
}

QByteArray Request::contentType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

} // namespace TheEye::Http
