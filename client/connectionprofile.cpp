#include "client/connectionprofile.h"

#include "client/clienttr.h"

#include <QUuid>

#include <algorithm>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
           && !url.host().isEmpty();
}

} // namespace

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList ConnectionProfile::problems() const
{
    QStringList problems;
    if (!isHttpUrl(baseUrl))
        problems.append(ClientTr::tr("The supervisor URL must be an http:// or https:// address."));
    else if (!baseUrl.query().isEmpty() || !baseUrl.fragment().isEmpty())
        problems.append(ClientTr::tr("The supervisor URL must not have a query or fragment."));
    if (organization.trimmed().isEmpty())
        problems.append(ClientTr::tr("The organization is missing."));
    // A token goes into a header as it is: a pasted line break or space would break the request
    // (or smuggle a header in).
    const auto isTokenCharacter = [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    };
    if (!std::all_of(token.cbegin(), token.cend(), isTokenCharacter))
        problems.append(ClientTr::tr("The access token contains spaces, line breaks or other "
                                     "characters a token cannot have."));
    if (!gatewayUrl.isEmpty() && !isHttpUrl(gatewayUrl))
        problems.append(ClientTr::tr("The sign-in URL must be an http:// or https:// address."));
    return problems;
}

QString ConnectionProfile::kindName(Kind kind)
{
    return kind == Kind::Local ? u"local"_s : u"remote"_s;
}

ConnectionProfile::Kind ConnectionProfile::kindFromName(QStringView name)
{
    return name == u"local" ? Kind::Local : Kind::Remote;
}

} // namespace TheEye
