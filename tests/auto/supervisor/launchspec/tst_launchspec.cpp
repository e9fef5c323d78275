// The command line the local bot starts for a job: the run-as with the quoted script path, the
// values as argv, and `exec` for a plain simple command so that the job is one process; the words
// the bot starts without a shell, and where it finds their program.
// Checked on the string and by running it (real /bin/sh, real scripts).

#include "supervisor/bot/launchspec.h"

#include <QDir>
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
    void directWords_data();
    void directWords();
    void findProgram_data();
    void findProgram();
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

void tst_LaunchSpec::directWords_data()
{
    QTest::addColumn<QString>("runAs");
    QTest::addColumn<QStringList>("words");
    const QStringList values{u"a b"_s, u"$(x)"_s};
    QTest::newRow("interpreter") << u"bash %script%"_s
                                 << QStringList{u"bash"_s, u"/s/it's.sh"_s} + values;
    QTest::newRow("extra spaces, options")
        << u"  sudo  -u ops sh %script%  "_s
        << QStringList{u"sudo"_s, u"-u"_s, u"ops"_s, u"sh"_s, u"/s/it's.sh"_s} + values;
    QTest::newRow("inside a word")
        << u"node --file=%script%"_s << QStringList{u"node"_s, u"--file=/s/it's.sh"_s} + values;
    QTest::newRow("no placeholder: the path appended")
        << u"python3"_s << QStringList{u"python3"_s, u"/s/it's.sh"_s} + values;
    QTest::newRow("compound: the shell only") << u"cd /tmp && bash %script%"_s << QStringList();
    QTest::newRow("empty: the shell only") << QString() << QStringList();
}

void tst_LaunchSpec::directWords()
{
    // The words the shell's exec would get: the script path is not quoted (no shell reads it).
    QFETCH(QString, runAs);
    QFETCH(QStringList, words);
    QCOMPARE(Launch::command(runAs, u"/s/it's.sh"_s, {u"a b"_s, u"$(x)"_s}).direct, words);
    // A path with spaces (a script named "To cancel.sh") stays one word, as its quotes keep it
    // in the shell's line.
    QStringList spaced = words;
    spaced.replaceInStrings(u"/s/it's.sh"_s, u"/s/a  b %script%.sh"_s);
    QCOMPARE(Launch::command(runAs, u"/s/a  b %script%.sh"_s, {u"a b"_s, u"$(x)"_s}).direct,
             spaced);
}

void tst_LaunchSpec::findProgram_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("path"); // "<bin>" is a folder holding an executable "tool"
    QTest::addColumn<QString>("found");
    QTest::newRow("on PATH") << u"tool"_s << u"/nonexistent:<bin>"_s << u"<bin>/tool"_s;
    QTest::newRow("first on PATH wins") << u"sh"_s << u"<bin>:/bin:/usr/bin"_s << u"/bin/sh"_s;
    QTest::newRow("trailing slash") << u"tool"_s << u"<bin>/"_s << u"<bin>/tool"_s;
    QTest::newRow("not on PATH") << u"tool"_s << u"/nonexistent:/usr/bin"_s << QString();
    QTest::newRow("not executable") << u"plain"_s << u"<bin>"_s << QString();
    QTest::newRow("a folder") << u"sub"_s << u"<bin>"_s << QString();
    QTest::newRow("absolute") << u"<bin>/tool"_s << QString() << u"<bin>/tool"_s;
    QTest::newRow("absolute, missing") << u"<bin>/none"_s << u"<bin>"_s << QString();
    QTest::newRow("relative with a slash: the shell decides")
        << u"./tool"_s << u"<bin>"_s << QString();
    QTest::newRow("a relative PATH entry first: the shell decides")
        << u"tool"_s << u".:<bin>"_s << QString();
    QTest::newRow("an empty PATH entry first: the shell decides")
        << u"tool"_s << u":<bin>"_s << QString();
    QTest::newRow("no PATH") << u"tool"_s << QString() << QString();
}

void tst_LaunchSpec::findProgram()
{
    QFETCH(QString, word);
    QFETCH(QString, path);
    QFETCH(QString, found);
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const auto make = [&bin](const QString &name, bool executable) {
        QFile file(bin.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        if (executable)
            QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    };
    make(u"tool"_s, true);
    make(u"plain"_s, false);
    QVERIFY(QDir(bin.path()).mkdir(u"sub"_s));
    const auto place = [&bin](QString text) {
        return text.replace(u"<bin>"_s, bin.path());
    };
    QCOMPARE(Launch::findProgram(place(word), place(path)), place(found));
}

QTEST_GUILESS_MAIN(tst_LaunchSpec)
#include "tst_launchspec.moc"
