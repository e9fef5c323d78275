// The executables as a user starts them from a terminal.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion_data();
    void helpAndVersion();
    void noDisplayNamesTheHeadlessServer();
    void badPortIsRefused();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Outcome run(
        const QString &program,
        const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        Outcome outcome;
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return outcome;
        }
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }
};

void tst_CommandLine::helpAndVersion_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("expected");

    const QString desktop = QStringLiteral(THEEYE_DESKTOP_EXE);
    const QString server = QStringLiteral(THEEYE_SUPERVISOR_EXE);
    QTest::newRow("desktop --help") << desktop << u"--help"_s
                                    << QStringList{u"--profile"_s,
                                                   u"--local"_s,
                                                   u"--data-dir"_s,
                                                   u"--lang"_s,
                                                   u"--port"_s,
                                                   u"--version"_s};
    QTest::newRow("desktop --version")
        << desktop << u"--version"_s << QStringList{u"TheEye Desktop"_s, u"."_s};
    QTest::newRow("server --help")
        << server << u"--help"_s << QStringList{u"--port"_s, u"--data-dir"_s};
    QTest::newRow("server --version") << server << u"--version"_s << QStringList{u"."_s};
}

void tst_CommandLine::helpAndVersion()
{
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QStringList, expected);
    const Outcome outcome = run(program, {option});
    QCOMPARE(outcome.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(outcome.out.contains(text), qPrintable(outcome.out + outcome.err));
}

void tst_CommandLine::noDisplayNamesTheHeadlessServer()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    const Outcome outcome = run(QStringLiteral(THEEYE_DESKTOP_EXE), {}, environment);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(u"theeye-supervisor"_s), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(u"no display"_s));
}

void tst_CommandLine::badPortIsRefused()
{
    const Outcome outcome = run(QStringLiteral(THEEYE_DESKTOP_EXE), {u"--port"_s, u"99999"_s});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(u"--port"_s), qPrintable(outcome.err));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
