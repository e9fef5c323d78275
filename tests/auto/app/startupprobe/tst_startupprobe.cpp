// The opt-in start-up probe of theeye-desktop, which bench/gui reads: with
// THEEYE_STARTUP_PROBE=1 the app reports when its window is exposed and when the first task load
// is on screen, then quits by itself.

#include "app/desktop/startupprobe.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_StartupProbe final : public QObject
{
    Q_OBJECT

private slots:
    void reportsExposedThenTasksAndQuits();
    void onlyOneTurnsItOn_data();
    void onlyOneTurnsItOn();
};

void tst_StartupProbe::reportsExposedThenTasksAndQuits()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"THEEYE_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(THEEYE_DESKTOP_EXE),
              {u"--local"_s, u"--data-dir"_s, data.path(), u"--port"_s, u"0"_s});
    QVERIFY2(app.waitForFinished(120'000), "the probe did not quit the app");
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, qPrintable(out + err));

    // A fresh data dir holds the one example task the first start creates.
    static const QRegularExpression expected(u"^exposed (\\d+)\\ntasks 1 (\\d+)\\n$"_s);
    const QRegularExpressionMatch match = expected.match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out + err));
    QVERIFY(match.captured(1).toLongLong() <= match.captured(2).toLongLong());
}

void tst_StartupProbe::onlyOneTurnsItOn_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("unset") << QByteArray() << false;
    QTest::newRow("0") << QByteArray("0") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("yes") << QByteArray("yes") << false;
    QTest::newRow("1 with space") << QByteArray("1 ") << false;
}

void tst_StartupProbe::onlyOneTurnsItOn()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, wanted);
    if (value.isNull())
        qunsetenv("THEEYE_STARTUP_PROBE");
    else
        qputenv("THEEYE_STARTUP_PROBE", value);
    QCOMPARE(TheEye::StartupProbe::isWanted(), wanted);
    qunsetenv("THEEYE_STARTUP_PROBE");
}

QTEST_GUILESS_MAIN(tst_StartupProbe)
#include "tst_startupprobe.moc"
