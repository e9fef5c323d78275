#include "client/keychainsecretstore.h"

#include "client/clienttr.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace TheEye {

namespace {

SecretError errorOf(const QKeychain::Job &job)
{
    SecretError error;
    error.details = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // On Linux without a Secret Service or KWallet on the session bus, QtKeychain reports
    // "OtherError" with D-Bus's words: in practice, no keychain.
    case QKeychain::OtherError:
        error.kind = SecretError::Kind::Unavailable;
        error.message = ClientTr::tr("No system keychain is available to keep the token.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = SecretError::Kind::AccessDenied;
        error.message = ClientTr::tr("The system keychain refused access to the token.");
        break;
    default:
        error.kind = SecretError::Kind::Failed;
        error.message = ClientTr::tr("The system keychain could not keep the token: %1")
                            .arg(job.errorString());
        break;
    }
    return error;
}

// QtKeychain jobs delete themselves when done; they are not parented to the call, so a canceled
// call never deletes a job the keychain is still working on.
template<typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// Started from the event loop, so no result can arrive before the caller holds the handle.
void startLater(QKeychain::Job *job)
{
    QTimer::singleShot(0, job, [job] { job->start(); });
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

SecretStore::ReadCall *KeychainSecretStore::read(const QString &key)
{
    auto *call = new ReadCall(this);
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, call, [call, job] {
        if (job->error() == QKeychain::NoError)
            call->succeed(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            call->succeed(QString());
        else
            call->fail(errorOf(*job));
    });
    startLater(job);
    return call;
}

SecretStore::WriteCall *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *call = new WriteCall(this);
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, call, [call, job] {
        if (job->error() == QKeychain::NoError)
            call->succeed(Done{});
        else
            call->fail(errorOf(*job));
    });
    startLater(job);
    return call;
}

SecretStore::WriteCall *KeychainSecretStore::remove(const QString &key)
{
    auto *call = new WriteCall(this);
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, call, [call, job] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            call->succeed(Done{});
        else
            call->fail(errorOf(*job));
    });
    startLater(job);
    return call;
}

} // namespace TheEye
