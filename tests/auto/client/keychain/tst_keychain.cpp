// Tokens in a real system keychain: a private D-Bus session bus and a gnome-keyring daemon
// (the Secret Service) are started for this test, and QtKeychain talks to them as it would on a
// desktop. (tst_profilestore covers the machine without any keychain.)

#include "client/encryptedfilesecretstore.h"
#include "client/keychainsecretstore.h"
#include "client/profilestore.h"
#include "support/clientwait.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"TheEye Desktop Tests"_s;
const QString Token = u"eyJhbGciOiJIUzI1NiJ9.token-in-the-keychain.c2ln"_s;

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

} // namespace

class tst_Keychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeReadsWhatItWrote();
    void missingEntryReadsEmpty();
    void profileTokenGoesToTheKeychain();
    void keychainTakesOverFromTheFile();

private:
    std::unique_ptr<ProfileStore> newStore() const;

    QProcess m_bus;
    QProcess m_keyring;
    QTemporaryDir m_dir;
};

void tst_Keychain::initTestCase()
{
    const QString busDaemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("needs dbus-daemon and gnome-keyring (tools/dev.sh installs them)");
    QVERIFY(m_dir.isValid());

    // A session bus of our own: its address is its first line of output.
    m_bus.start(busDaemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY2(m_bus.waitForStarted(), qPrintable(m_bus.errorString()));
    QTRY_VERIFY(m_bus.canReadLine());
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(address.startsWith("unix:"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    // The Secret Service, with a login keyring unlocked by a password on stdin.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromLatin1(address));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.start(keyringDaemon, {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    QVERIFY2(m_keyring.waitForStarted(), qPrintable(m_keyring.errorString()));
    m_keyring.write("test-keyring-password");
    m_keyring.closeWriteChannel();

    QDBusConnection bus = QDBusConnection::connectToBus(QString::fromLatin1(address), u"probe"_s);
    QVERIFY(bus.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s),
                             15'000);
}

void tst_Keychain::cleanupTestCase()
{
    for (QProcess *process : {&m_keyring, &m_bus}) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5'000))
            process->kill();
    }
}

std::unique_ptr<ProfileStore> tst_Keychain::newStore() const
{
    return std::make_unique<ProfileStore>(m_dir.filePath(u"settings.ini"_s),
                                          Service,
                                          m_dir.filePath(u"secrets"_s));
}

void tst_Keychain::storeReadsWhatItWrote()
{
    KeychainSecretStore store(Service);
    const auto written = waitForResult(store.write(u"token:a"_s, Token));
    QVERIFY2(written && written->ok(),
             qPrintable(written && !*written ? written->error().details : QString()));
    const auto read = waitForResult(store.read(u"token:a"_s));
    QVERIFY(read && read->ok());
    QCOMPARE(read->value(), Token);
    QVERIFY(waitForResult(store.remove(u"token:a"_s))->ok());
    const auto gone = waitForResult(store.read(u"token:a"_s));
    QVERIFY(gone && gone->ok());
    QVERIFY(gone->value().isEmpty());
}

void tst_Keychain::missingEntryReadsEmpty()
{
    KeychainSecretStore store(Service);
    const auto read = waitForResult(store.read(u"token:never-written"_s));
    QVERIFY(read && read->ok());
    QVERIFY(read->value().isEmpty());
    QVERIFY(waitForResult(store.remove(u"token:never-written"_s))->ok());
}

void tst_Keychain::profileTokenGoesToTheKeychain()
{
    auto store = newStore();
    QVERIFY(!store->isEncryptedFileAllowed());
    ConnectionProfile profile;
    profile.name = u"Production"_s;
    profile.baseUrl = QUrl(u"https://supervisor.example.org"_s);
    profile.organization = u"acme"_s;
    profile.token = Token;
    const auto saved = waitForResult(store->save(profile));
    QVERIFY2(saved && saved->ok(),
             qPrintable(saved && !*saved ? saved->error().message : QString()));
    const QString id = store->profiles().at(0).id;
    QCOMPARE(store->tokenStorage(id), ProfileStore::TokenStorage::Keychain);
    QVERIFY(filesContaining(m_dir.path(), Token.toUtf8()).isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"secrets/tokens.enc"_s)));

    const auto loaded = waitForResult(newStore()->loadToken(id));
    QVERIFY(loaded && loaded->ok());
    QCOMPARE(loaded->value(), Token);

    QVERIFY(waitForResult(store->remove(id))->ok());
    const auto inKeychain = waitForResult(KeychainSecretStore(Service).read(u"token:"_s + id));
    QVERIFY(inKeychain && inKeychain->ok());
    QVERIFY(inKeychain->value().isEmpty());
}

void tst_Keychain::keychainTakesOverFromTheFile()
{
    // A token kept in the file while there was no keychain moves when one is there.
    auto store = newStore();
    store->setEncryptedFileAllowed(true);
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = u"Moved"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:60080"_s);
    profile.organization = u"acme"_s;
    profile.token.clear();
    QVERIFY(waitForResult(store->save(profile))->ok());
    EncryptedFileSecretStore file(m_dir.filePath(u"secrets"_s));
    QVERIFY(waitForResult(file.write(u"token:"_s + profile.id, u"old-token"_s))->ok());

    profile.token = Token;
    QVERIFY(waitForResult(store->save(profile))->ok());
    QCOMPARE(store->tokenStorage(profile.id), ProfileStore::TokenStorage::Keychain);
    QTRY_VERIFY(waitForResult(file.read(u"token:"_s + profile.id))->value().isEmpty());
    QCOMPARE(waitForResult(store->loadToken(profile.id))->value(), Token);
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
