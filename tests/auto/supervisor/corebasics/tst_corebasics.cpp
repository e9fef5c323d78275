// Ids, secrets, token hashes, roles and ACLs: the small pieces every route relies on.

#include "supervisor/core/acl.h"
#include "supervisor/core/objectid.h"
#include "supervisor/core/role.h"
#include "supervisor/core/secrets.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye::Supervisor;

class tst_CoreBasics : public QObject
{
    Q_OBJECT

private slots:
    void objectIdsAreMongoShapedUniqueAndOrdered()
    {
        const QRegularExpression shape(u"^[0-9a-f]{24}$"_s);
        QSet<QString> seen;
        QString previous;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            const QString id = ObjectId::generate();
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            if (!previous.isEmpty() && previous.left(8) == id.left(8)
                && previous.right(6) != u"ffffff")
                QVERIFY2(previous < id, qPrintable(previous + u" " + id)); // counter order
            previous = id;
        }
        const qint64 seconds = id0Seconds(previous);
        QVERIFY(seconds >= before && seconds <= QDateTime::currentSecsSinceEpoch());
    }

    void objectIdValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower") << u"5f0000000000000000000001"_s << true;
        QTest::newRow("upper") << u"5F00000000000000000000AB"_s << true;
        QTest::newRow("short") << u"5f000000000000000000001"_s << false;
        QTest::newRow("long") << u"5f00000000000000000000011"_s << false;
        QTest::newRow("non-hex") << u"5f000000000000000000000g"_s << false;
        QTest::newRow("word") << u"xyz"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void objectIdValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ObjectId::isValid(text), valid);
    }

    void secretsAre64LowercaseHexAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString secret = Secrets::generate();
            QVERIFY2(Secrets::isWellFormed(secret), qPrintable(secret));
            QVERIFY(!seen.contains(secret));
            seen.insert(secret);
        }
        // Every hex digit shows up in every position over many secrets: not a fixed pattern.
        QSet<QChar> first;
        for (const QString &secret : std::as_const(seen))
            first.insert(secret.at(0));
        QCOMPARE(first.size(), 16);
    }

    void wellFormedSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("64 lower hex") << QString(64, u'a') << true;
        QTest::newRow("63") << QString(63, u'a') << false;
        QTest::newRow("65") << QString(65, u'a') << false;
        QTest::newRow("upper") << QString(64, u'A') << false;
        QTest::newRow("non-hex") << QString(63, u'a') + u'z' << false;
    }
    void wellFormedSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(bool, wellFormed);
        QCOMPARE(Secrets::isWellFormed(secret), wellFormed);
    }

    void tokenHashIsSha256Hex()
    {
        // sha256("abc")
        QCOMPARE(Secrets::hashToken(u"abc"_s),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << u"abcdef"_s << u"abcdef"_s << true;
        QTest::newRow("last differs") << u"abcdef"_s << u"abcdeg"_s << false;
        QTest::newRow("first differs") << u"abcdef"_s << u"bbcdef"_s << false;
        QTest::newRow("prefix") << u"abc"_s << u"abcdef"_s << false;
        QTest::newRow("both empty") << QString() << QString() << true;
        QTest::newRow("case") << u"ABC"_s << u"abc"_s << false;
    }
    void constantTimeEquals()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(Secrets::constantTimeEquals(a, b), equal);
        QCOMPARE(Secrets::constantTimeEquals(a.toUtf8(), b.toUtf8()), equal);
    }

    void rolesAreOrderedAsTheEyes()
    {
        const QStringList expected{u"viewer"_s,
                                   u"user"_s,
                                   u"agent"_s,
                                   u"manager"_s,
                                   u"admin"_s,
                                   u"integration"_s,
                                   u"owner"_s,
                                   u"root"_s};
        QCOMPARE(roleNames(), expected);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto role = roleFromName(expected.at(i));
            QVERIFY(role.has_value());
            QCOMPARE(roleLevel(*role), i);
            QCOMPARE(roleName(*role), expected.at(i));
        }
        QVERIFY(!roleFromName(u"Admin"_s).has_value());
        QVERIFY(!roleFromName(u"superuser"_s).has_value());
        QVERIFY(hasAtLeast(Role::Integration, Role::Admin));
        QVERIFY(!hasAtLeast(Role::Agent, Role::Manager));
        QVERIFY(bypassesAcl(Role::Admin));
        QVERIFY(bypassesAcl(Role::Integration));
        QVERIFY(!bypassesAcl(Role::Manager));
    }

    void acl_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("acl");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin, empty acl") << u"admin"_s << u"a@x"_s << QStringList() << true;
        QTest::newRow("integration, empty acl")
            << u"integration"_s << u"i@x"_s << QStringList() << true;
        QTest::newRow("viewer, empty acl") << u"viewer"_s << u"v@x"_s << QStringList() << false;
        QTest::newRow("viewer by email")
            << u"viewer"_s << u"v@x"_s << QStringList{u"V@X"_s} << true;
        QTest::newRow("user by role") << u"user"_s << u"u@x"_s << QStringList{u"USER"_s} << true;
        QTest::newRow("user, other email")
            << u"user"_s << u"u@x"_s << QStringList{u"o@x"_s} << false;
        QTest::newRow("manager, other role")
            << u"manager"_s << u"m@x"_s << QStringList{u"user"_s} << false;
    }
    void acl()
    {
        QFETCH(QString, role);
        QFETCH(QString, email);
        QFETCH(QStringList, acl);
        QFETCH(bool, allowed);
        Session session;
        session.role = *roleFromName(role);
        session.principal.email = email;
        QJsonArray array;
        for (const QString &entry : acl)
            array.append(entry);
        QCOMPARE(Acl::allows(session, array), allowed);
    }

private:
    static qint64 id0Seconds(const QString &id) { return id.left(8).toLongLong(nullptr, 16); }
};

QTEST_GUILESS_MAIN(tst_CoreBasics)
#include "tst_corebasics.moc"
