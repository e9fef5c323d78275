// Connection profiles in QSettings, tokens in the system keychain, and the encrypted-file
// fallback that is only used with consent. The test process has no D-Bus session, so the real
// QtKeychain finds no keychain service: the situation the fallback exists for.

#include "client/encryptedfilesecretstore.h"
#include "client/profilestore.h"
#include "support/clientwait.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TheEye;
using namespace TheEye::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString Token = u"eyJhbGciOiJIUzI1NiJ9.secret-token-of-the-test.c2ln"_s;

ConnectionProfile sampleProfile()
{
    ConnectionProfile profile;
    profile.name = u"Production"_s;
    profile.kind = ConnectionProfile::Kind::Remote;
    profile.baseUrl = QUrl(u"https://supervisor.example.org:60080/api"_s);
    profile.organization = u"acme"_s;
    profile.gatewayUrl = QUrl(u"https://gateway.example.org"_s);
    profile.username = u"ana@example.org"_s;
    profile.token = Token;
    return profile;
}

// Every file under `root` whose bytes contain `needle`.
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

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void settingsKeepEverythingButTheToken();
    void noKeychainAndNoConsentKeepsNoToken();
    void consentKeepsTheTokenEncrypted();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void withdrawingConsentDeletesTheTokens();
    void removingAProfileForgetsItsToken();
    void emptyTokenRemovesTheStoredOne();
    void nameIsRequired();
    void cipherRoundTrip_data();
    void cipherRoundTrip();
    void cipherRefusesAnotherKey();

private:
    std::unique_ptr<ProfileStore> newStore() const;
    QString settingsFile() const { return m_dir.filePath(u"settings.ini"_s); }
    QString secretsDir() const { return m_dir.filePath(u"secrets"_s); }

    QTemporaryDir m_dir;
};

void tst_ProfileStore::initTestCase()
{
    // No session bus: QtKeychain finds no Secret Service or KWallet, as on a bare server.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY(m_dir.isValid());
}

void tst_ProfileStore::init()
{
    QFile::remove(settingsFile());
    QDir(secretsDir()).removeRecursively();
}

std::unique_ptr<ProfileStore> tst_ProfileStore::newStore() const
{
    return std::make_unique<ProfileStore>(settingsFile(), u"TheEye Desktop Tests"_s, secretsDir());
}

void tst_ProfileStore::settingsKeepEverythingButTheToken()
{
    auto store = newStore();
    QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
    ConnectionProfile profile = sampleProfile();
    profile.token.clear();
    const auto saved = waitForResult(store->save(profile));
    QVERIFY(saved && saved->ok());
    QCOMPARE(changed.size(), 1);

    auto reopened = newStore();
    const QList<ConnectionProfile> profiles = reopened->profiles();
    QCOMPARE(profiles.size(), 1);
    ConnectionProfile expected = profile;
    expected.id = profiles.at(0).id;
    QVERIFY(!expected.id.isEmpty());
    QCOMPARE(profiles.at(0), expected);

    ConnectionProfile second = sampleProfile();
    second.name = u"Local"_s;
    second.kind = ConnectionProfile::Kind::Local;
    second.token.clear();
    QVERIFY(waitForResult(reopened->save(second))->ok());
    reopened->setDefaultProfileId(expected.id);
    auto third = newStore();
    QCOMPARE(third->profiles().size(), 2);
    QCOMPARE(third->profiles().at(1).kind, ConnectionProfile::Kind::Local);
    QCOMPARE(third->defaultProfileId(), expected.id);
}

void tst_ProfileStore::noKeychainAndNoConsentKeepsNoToken()
{
    auto store = newStore();
    QVERIFY(!store->isEncryptedFileAllowed());
    const auto saved = waitForResult(store->save(sampleProfile()));
    QVERIFY(saved && !*saved);
    QCOMPARE(saved->error().kind, SecretError::Kind::Unavailable);
    QVERIFY(saved->error().message.contains(u"encrypted file"_s));

    // The profile itself is kept; the token nowhere, in no form.
    QCOMPARE(store->profiles().size(), 1);
    const QString id = store->profiles().at(0).id;
    QCOMPARE(store->tokenStorage(id), ProfileStore::TokenStorage::None);
    QVERIFY(filesContaining(m_dir.path(), Token.toUtf8()).isEmpty());
    QVERIFY(!QFile::exists(secretsDir()));
    const auto loaded = waitForResult(store->loadToken(id));
    QVERIFY(loaded && loaded->ok());
    QCOMPARE(loaded->value(), QString());
}

void tst_ProfileStore::consentKeepsTheTokenEncrypted()
{
    auto store = newStore();
    store->setEncryptedFileAllowed(true);
    const auto saved = waitForResult(store->save(sampleProfile()));
    QVERIFY2(saved && saved->ok(),
             qPrintable(saved && !*saved ? saved->error().message : QString()));
    const QString id = store->profiles().at(0).id;
    QCOMPARE(store->tokenStorage(id), ProfileStore::TokenStorage::EncryptedFile);

    // Not in plain text anywhere, and readable by the owner only.
    QVERIFY(filesContaining(m_dir.path(), Token.toUtf8()).isEmpty());
    EncryptedFileSecretStore files(secretsDir());
    for (const QString &path : {files.keyFilePath(), files.dataFilePath()}) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
    }

    auto reopened = newStore();
    const auto loaded = waitForResult(reopened->loadToken(id));
    QVERIFY(loaded && loaded->ok());
    QCOMPARE(loaded->value(), Token);
}

void tst_ProfileStore::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped byte") << u"flip"_s;
    QTest::newRow("entries swapped") << u"swap"_s;
    QTest::newRow("key file replaced") << u"key"_s;
    QTest::newRow("key file deleted") << u"nokey"_s;
    QTest::newRow("data file not JSON") << u"garbage"_s;
}

void tst_ProfileStore::tamperingIsDetected()
{
    QFETCH(QString, damage);
    auto store = newStore();
    store->setEncryptedFileAllowed(true);
    ConnectionProfile other = sampleProfile();
    other.name = u"Other"_s;
    other.token = u"another-token"_s;
    QVERIFY(waitForResult(store->save(sampleProfile()))->ok());
    QVERIFY(waitForResult(store->save(other))->ok());
    const QString id = store->profiles().at(0).id;
    const QString otherId = store->profiles().at(1).id;

    EncryptedFileSecretStore files(secretsDir());
    QFile data(files.dataFilePath());
    QVERIFY(data.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(data.readAll()).object();
    data.close();
    QJsonObject entries = document.value("entries"_L1).toObject();
    const QString mine = u"token:"_s + id;
    const QString theirs = u"token:"_s + otherId;
    if (damage == u"flip") {
        QByteArray sealed = QByteArray::fromBase64(entries.value(mine).toString().toLatin1());
        sealed[20] = char(sealed[20] ^ 0x01);
        entries.insert(mine, QString::fromLatin1(sealed.toBase64()));
    } else if (damage == u"swap") {
        const QJsonValue a = entries.value(mine);
        entries.insert(mine, entries.value(theirs));
        entries.insert(theirs, a);
    }
    document.insert("entries"_L1, entries);
    QVERIFY(data.open(QIODevice::WriteOnly | QIODevice::Truncate));
    data.write(damage == u"garbage" ? QByteArray("{not json") : QJsonDocument(document).toJson());
    data.close();
    if (damage == u"key") {
        QFile key(files.keyFilePath());
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(QByteArray(32, 'k'));
    } else if (damage == u"nokey") {
        QVERIFY(QFile::remove(files.keyFilePath()));
    }

    const auto loaded = waitForResult(store->loadToken(id));
    QVERIFY(loaded && !*loaded);
    QCOMPARE(loaded->error().kind, SecretError::Kind::Corrupt);
    QVERIFY(!loaded->error().message.isEmpty());
}

void tst_ProfileStore::withdrawingConsentDeletesTheTokens()
{
    auto store = newStore();
    store->setEncryptedFileAllowed(true);
    QVERIFY(waitForResult(store->save(sampleProfile()))->ok());
    const QString id = store->profiles().at(0).id;
    store->setEncryptedFileAllowed(false);
    QCOMPARE(store->tokenStorage(id), ProfileStore::TokenStorage::None);
    EncryptedFileSecretStore files(secretsDir());
    QTRY_VERIFY(!contentsOf(files.dataFilePath()).contains(id.toUtf8()));
    const auto loaded = waitForResult(store->loadToken(id));
    QVERIFY(loaded && loaded->ok());
    QVERIFY(loaded->value().isEmpty());
}

void tst_ProfileStore::removingAProfileForgetsItsToken()
{
    auto store = newStore();
    store->setEncryptedFileAllowed(true);
    QVERIFY(waitForResult(store->save(sampleProfile()))->ok());
    const QString id = store->profiles().at(0).id;
    store->setDefaultProfileId(id);
    QVERIFY(waitForResult(store->remove(id))->ok());
    QVERIFY(store->profiles().isEmpty());
    QVERIFY(store->defaultProfileId().isEmpty());
    EncryptedFileSecretStore files(secretsDir());
    const auto read = waitForResult(files.read(u"token:"_s + id));
    QVERIFY(read && read->ok());
    QVERIFY(read->value().isEmpty());
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QVERIFY(!settings.allKeys().join(u' ').contains(id));
}

void tst_ProfileStore::emptyTokenRemovesTheStoredOne()
{
    auto store = newStore();
    store->setEncryptedFileAllowed(true);
    QVERIFY(waitForResult(store->save(sampleProfile()))->ok());
    ConnectionProfile profile = store->profiles().at(0);
    profile.token.clear();
    QVERIFY(waitForResult(store->save(profile))->ok());
    QCOMPARE(store->tokenStorage(profile.id), ProfileStore::TokenStorage::None);
    const auto loaded = waitForResult(store->loadToken(profile.id));
    QVERIFY(loaded && loaded->ok() && loaded->value().isEmpty());
}

void tst_ProfileStore::nameIsRequired()
{
    auto store = newStore();
    ConnectionProfile profile = sampleProfile();
    profile.name = u"  "_s;
    const auto saved = waitForResult(store->save(profile));
    QVERIFY(saved && !*saved);
    QVERIFY(store->profiles().isEmpty());
}

void tst_ProfileStore::cipherRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("one block less one") << QByteArray(31, 'a');
    QTest::newRow("one block") << QByteArray(32, 'b');
    QTest::newRow("one block and one") << QByteArray(33, 'c');
    QTest::newRow("a JWT") << Token.toUtf8();
    QTest::newRow("long, non-ASCII") << u"ñandú €"_s.repeated(200).toUtf8();
}

void tst_ProfileStore::cipherRoundTrip()
{
    QFETCH(QByteArray, plain);
    const QByteArray key(32, '\x5a');
    const QByteArray first = EncryptedFileSecretStore::seal(key, u"token:a"_s, plain);
    const QByteArray second = EncryptedFileSecretStore::seal(key, u"token:a"_s, plain);
    QCOMPARE(first.size(), 16 + plain.size() + 32);
    QVERIFY(first != second); // a fresh nonce each time
    if (plain.size() >= 4)
        QVERIFY(!first.contains(plain));
    const auto opened = EncryptedFileSecretStore::open(key, u"token:a"_s, first);
    QVERIFY(opened);
    QCOMPARE(*opened, plain);
}

void tst_ProfileStore::cipherRefusesAnotherKey()
{
    const QByteArray sealed = EncryptedFileSecretStore::seal(QByteArray(32, 'a'),
                                                             u"token:a"_s,
                                                             "secret");
    QVERIFY(!EncryptedFileSecretStore::open(QByteArray(32, 'b'), u"token:a"_s, sealed));
    QVERIFY(!EncryptedFileSecretStore::open(QByteArray(32, 'a'), u"token:b"_s, sealed));
    QVERIFY(!EncryptedFileSecretStore::open(QByteArray(32, 'a'), u"token:a"_s, sealed.left(40)));
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
