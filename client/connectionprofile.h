#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace TheEye {

// Where and as whom the app talks to a supervisor. A value type; the store (ProfileStore) keeps
// everything but the token in QSettings and the token in the system keychain. A password is
// never part of it: signing in through the gateway turns one into a token.
struct ConnectionProfile
{
    enum class Kind {
        Local,  // the supervisor this app hosts (honours job paging, streams job logs)
        Remote, // a TheEye supervisor deployment
    };

    QString id; // stable key for settings and keychain; a UUID made by newId()
    QString name;
    Kind kind = Kind::Remote;
    QUrl baseUrl;         // http(s)://host:port[/path prefix]
    QString organization; // the `:customer` path segment
    QString token;        // the access token; kept out of QSettings
    QUrl gatewayUrl;      // optional: TheEye's authentication service, for signing in
    QString username;     // optional: for signing in through the gateway

    static QString newId();

    // What keeps the profile from being used, translated; empty when it is usable.
    QStringList problems() const;
    bool isUsable() const { return problems().isEmpty(); }
    bool canSignIn() const { return gatewayUrl.isValid() && !username.isEmpty(); }

    static QString kindName(Kind kind);
    static Kind kindFromName(QStringView name);

    bool operator==(const ConnectionProfile &) const = default;
};

} // namespace TheEye

Q_DECLARE_METATYPE(TheEye::ConnectionProfile)
