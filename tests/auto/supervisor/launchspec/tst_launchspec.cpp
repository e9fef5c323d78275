// The command line the local bot starts for a job: the run-as with the quoted script path, the
// values as argv, and `exec` for a plain simple command so that the job is one process.
// Checked on the string and by running it (real /bin/sh, real scripts).

#include "supervisor/bot/launchspec.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TheEye::Supervisor;
using namespace Qt::StringLiterals;

class tst_LaunchSpec final : public QObject
{
    Q_OBJECT

private slots:
    void simpleCommands_data();
    void simpleCommands();
    void commandLine_data();
    void commandLine();
    void runs_data();
    void runs();
};

void tst_LaunchSpec::simpleCommands_data()
{
    QTest::addColumn<QString>("runAs");
    QTest::addColumn<bool>("simple");
    QTest::newRow("bash") << u"bash %script%"_s << true;
    QTest::newRow("sudo with options") << u"sudo -u ops -E sh %script%"_s << true;
    QTest::newRow("node, a path") << u"/usr/bin/node %script%"_s << true;
    QTest::newRow("surrounding spaces") << u"  bash %script%  "_s << true;
    QTest::newRow("a list") << u"cd /tmp && bash %script%"_s << false;
    QTest::newRow("a pipe") << u"bash %script% | tee log"_s << false;
    QTest::newRow("a redirection") << u"bash %script% > log"_s << false;
    QTest::newRow("an expansion") << u"$SHELL %script%"_s << false;
    QTest::newRow("a substitution") << u"bash `which x` %script%"_s << false;
    QTest::newRow("quotes") << u"bash -c 'x' %script%"_s << false;
    QTest::newRow("two lines") << u"true\nbash %script%"_s << false;
    QTest::newRow("an assignment first") << u"LANG=C bash %script%"_s << false;
    QTest::newRow("a special built-in") << u"eval bash %script%"_s << false;
    QTest::newRow("cd") << u"cd %script%"_s << false;
    QTest::newRow("a reserved word") << u"if %script%"_s << false;
    QTest::newRow("an option first") << u"-l %script%"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_LaunchSpec::simpleCommands()
{
    QFETCH(QString, runAs);
    QFETCH(bool, simple);
    QCOMPARE(Launch::isSimpleCommand(runAs), simple);
}

void tst_LaunchSpec::commandLine_data()
{
    QTest::addColumn<QString>("runAs");
    QTest::addColumn<QString>("line");
    QTest::newRow("simple: exec") << u"bash %script%"_s << u"exec bash '/s/it'\\''s.sh' \"$@\""_s;
    QTest::newRow("compound: its shell")
        << u"cd /tmp && bash %script%"_s << u"cd /tmp && bash '/s/it'\\''s.sh' \"$@\""_s;
    QTest::newRow("no placeholder: the path appended")
        << u"python3"_s << u"exec python3 '/s/it'\\''s.sh' \"$@\""_s;
    QTest::newRow("empty: the script itself") << QString() << u"'/s/it'\\''s.sh' \"$@\""_s;
}

void tst_LaunchSpec::commandLine()
{
    QFETCH(QString, runAs);
    QFETCH(QString, line);
    const Launch::Command command = Launch::command(runAs, u"/s/it's.sh"_s, {u"a b"_s, u"$(x)"_s});
    QCOMPARE(command.program, u"/bin/sh"_s);
    QCOMPARE(command.arguments, (QStringList{u"-c"_s, line, u"theeye"_s, u"a b"_s, u"$(x)"_s}));
}

void tst_LaunchSpec::runs_data()
{
    QTest::addColumn<QString>("runAs");
    QTest::addColumn<bool>("oneProcess");
    QTest::newRow("simple") << u"bash %script%"_s << true;
    QTest::newRow("simple, through env") << u"env bash %script%"_s << true;
    QTest::newRow("compound") << u"cd / && bash %script%"_s << false;
    QTest::newRow("redirected") << u"bash %script% 2>&1"_s << false;
}

void tst_LaunchSpec::runs()
{
    // Whatever the form, the script gets the values verbatim and its exit status is the job's;
    // a simple run-as is exec'd, so the script's shell is the process that was started.
    QFETCH(QString, runAs);
    QFETCH(bool, oneProcess);
    QTemporaryDir dir;
    const QString script = dir.filePath(u"job's script.sh"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("echo \"$$\"\nfor value in \"$@\"; do printf '[%s]\\n' \"$value\"; done\nexit 3\n");
    file.close();
    const QStringList values{u"a b"_s, u"; rm -rf x"_s, u"$(id)"_s, u"'\"\n"_s};
    const Launch::Command command = Launch::command(runAs, script, values);
    QProcess process;
    process.start(command.program, command.arguments);
    QVERIFY(process.waitForStarted(10000));
    const qint64 started = process.processId(); // 0 once it has ended
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString pid = output.section(u'\n', 0, 0);
    QCOMPARE(output.section(u'\n', 1), u"[a b]\n[; rm -rf x]\n[$(id)]\n['\"\n]\n"_s);
    QCOMPARE(pid == QString::number(started), oneProcess);
}

QTEST_GUILESS_MAIN(tst_LaunchSpec)
#include "tst_launchspec.moc"
