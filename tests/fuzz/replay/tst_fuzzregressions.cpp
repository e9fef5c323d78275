// Replays every committed fuzz input (tests/fuzz/corpus/<target>/ and regressions/<target>/) through
// the same target code the libFuzzer executables run, so a fixed crash or broken invariant stays
// fixed on every CI run, not only in fuzz runs.
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TheEye;

namespace {

struct InvariantBroken
{
    QString message;
};

const QString fuzzDir = QStringLiteral(THEEYE_FUZZ_DIR);
const QStringList inputKinds{u"corpus"_s, u"regressions"_s};

} // namespace

class tst_FuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replay_data();
    void replay();
    void everyTargetHasSeeds();
    void noStrayFolders();
    void brokenInvariantIsReported();
};

void tst_FuzzRegressions::initTestCase()
{
    Fuzz::setFailureHandler([](const QString &message) { throw InvariantBroken{message}; });
}

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const Fuzz::Target &target : Fuzz::targets()) {
        const QString name = QString::fromLatin1(target.name);
        for (const QString &kind : inputKinds) {
            const QDir dir(fuzzDir + u'/' + kind + u'/' + name);
            for (const QString &file : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
                if (file == u".gitkeep")
                    continue;
                QTest::addRow("%s/%s/%s", qPrintable(kind), target.name, qPrintable(file))
                    << name << dir.filePath(file);
            }
        }
    }
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const Fuzz::Target *found = Fuzz::findTarget(target.toLatin1());
    QVERIFY(found);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    try {
        found->run(input);
    } catch (const InvariantBroken &broken) {
        QFAIL(qPrintable(broken.message));
    }
}

void tst_FuzzRegressions::everyTargetHasSeeds()
{
    for (const Fuzz::Target &target : Fuzz::targets()) {
        const QDir corpus(fuzzDir + u"/corpus/"_s + QString::fromLatin1(target.name));
        QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(),
                 qPrintable(u"no seed inputs in "_s + corpus.path()));
    }
}

void tst_FuzzRegressions::noStrayFolders()
{
    // An input under a folder no target is named after would never be replayed.
    for (const QString &kind : inputKinds) {
        const QDir dir(fuzzDir + u'/' + kind);
        for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(Fuzz::findTarget(folder.toLatin1()),
                     qPrintable(u"no fuzz target named "_s + folder + u" ("_s + kind + u')'));
    }
}

void tst_FuzzRegressions::brokenInvariantIsReported()
{
    // The replay is only as good as its failure path: a broken invariant must reach the test.
    QString reported;
    try {
        FUZZ_REQUIRE(1 + 1 == 3, u"arithmetic"_s);
    } catch (const InvariantBroken &broken) {
        reported = broken.message;
    }
    QVERIFY2(reported.contains(u"1 + 1 == 3"_s) && reported.contains(u"arithmetic"_s),
             qPrintable(reported));
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
