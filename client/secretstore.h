#pragma once

#include "client/call.h"

#include <QObject>
#include <QString>

namespace TheEye {

struct SecretError
{
    enum class Kind {
        Unavailable,  // no keychain service (or no consent for the encrypted file)
        AccessDenied, // the user or the keychain refused
        Corrupt,      // the stored secret was altered or its key is gone
        Failed,       // anything else (a file that cannot be written, …)
    };

    Kind kind = Kind::Failed;
    QString message; // translated
    QString details; // what the backend said
};

// Where secrets (access tokens) live, keyed by a profile id. Every operation is asynchronous and
// reports through a handle, like the client's calls; reading a key that holds nothing answers
// an empty string.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadCall = Call<QString, SecretError>;
    using WriteCall = Call<Done, SecretError>;

    ~SecretStore() override = default;

    virtual ReadCall *read(const QString &key) = 0;
    virtual WriteCall *write(const QString &key, const QString &secret) = 0;
    virtual WriteCall *remove(const QString &key) = 0;

protected:
    explicit SecretStore(QObject *parent)
        : QObject(parent)
    {}
};

} // namespace TheEye
