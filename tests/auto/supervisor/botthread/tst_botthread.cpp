// The bot thread with real processes: per run the signals come started, output…, finished, on
// the owner's thread; stdout and stderr apart; exit codes and signals; stop reaching the whole
// process group; a folder that does not exist refusing the start with a reason; many runs at
// once each ending once; killAll reaping everything still running.

#include "supervisor/bot/botthread.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace TheEye::Supervisor;

namespace {

Launch::Command shell(const QString &line, const QStringList &values = {})
{
    return {u"/bin/sh"_s, QStringList{u"-c"_s, line, u"theeye"_s} + values, {}};
}

// Gone for good: reaped, not even a zombie.
bool reaped(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

// Still running (a zombie whose parent left is not: whoever adopted it reaps it in its time).
bool running(qint64 pid)
{
    if (reaped(pid))
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

// What one run reported, in the order it was reported, and on which thread.
struct Record
{
    QStringList events;
    QByteArray out;
    QByteArray err;
    qint64 group = -1;
    std::optional<ExitReport> exit;
    bool offThread = false;
};

class Recorder final : public QObject
{
public:
    explicit Recorder(BotThread &bot)
    {
        connect(&bot, &BotThread::started, this, [this](quint64 run, qint64 group) {
            Record &r = note(run, u"started"_s);
            r.group = group;
        });
        connect(&bot,
                &BotThread::output,
                this,
                [this](quint64 run, OutputChunk::Stream stream, const QByteArray &bytes) {
                    Record &r = note(run, u"output"_s);
                    (stream == OutputChunk::Stream::Stdout ? r.out : r.err) += bytes;
                });
        connect(&bot, &BotThread::finished, this, [this](quint64 run, const ExitReport &report) {
            Record &r = note(run, u"finished"_s);
            r.exit = report;
        });
    }
    QHash<quint64, Record> runs;

private:
    Record &note(quint64 run, const QString &event)
    {
        Record &r = runs[run];
        if (r.events.isEmpty() || r.events.constLast() != event || event != u"output"_s)
            r.events.append(event);
        r.offThread = r.offThread || QThread::currentThread() != thread();
        return r;
    }
};

} // namespace

class tst_BotThread : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        // An object made on the bot thread with a parent on another thread is a leak and a
        // timer on the wrong thread; Qt only warns about it.
        QTest::failOnWarning(QRegularExpression(u"different thread"_s));
    }

    void endings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("code"); // -1: ended by a signal
        QTest::addColumn<QString>("signal");
        QTest::newRow("exit 0") << u"echo hi"_s << QByteArray("hi\n") << QByteArray() << 0
                                << QString();
        QTest::newRow("exit 3 with stderr")
            << u"echo out; echo err >&2; exit 3"_s << QByteArray("out\n") << QByteArray("err\n")
            << 3 << QString();
        QTest::newRow("killed by a signal")
            << u"echo before; kill -USR1 $$"_s << QByteArray("before\n") << QByteArray() << -1
            << u"SIGUSR1"_s;
        QTest::newRow("stdin is empty")
            << u"cat; echo done"_s << QByteArray("done\n") << QByteArray() << 0 << QString();
        QTest::newRow("big output arrives whole")
            << u"head -c 3000000 /dev/zero | tr '\\0' x"_s << QByteArray(3000000, 'x')
            << QByteArray() << 0 << QString();
    }
    void endings()
    {
        QFETCH(QString, line);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, code);
        QFETCH(QString, signal);
        BotThread bot;
        Recorder recorder(bot);
        const quint64 run = bot.start(shell(line), QProcessEnvironment::systemEnvironment(), {});
        QTRY_VERIFY_WITH_TIMEOUT(recorder.runs.value(run).exit.has_value(), 20000);
        const Record r = recorder.runs.value(run);
        QVERIFY(!r.offThread);
        QCOMPARE(r.events.constFirst(), u"started"_s);
        QCOMPARE(r.events.constLast(), u"finished"_s);
        QCOMPARE(r.events.count(u"finished"_s), 1);
        QVERIFY(r.group > 1);
        QCOMPARE(r.out, out);
        QCOMPARE(r.err, err);
        QCOMPARE(r.exit->code.has_value(), code >= 0);
        if (code >= 0)
            QCOMPARE(*r.exit->code, code);
        QCOMPARE(r.exit->signal, signal);
        QVERIFY(!r.exit->killed);
        QVERIFY(r.exit->startError.isEmpty());
        QVERIFY(r.exit->finishedAt >= r.exit->startedAt);
    }

    void directWordsOrTheShell_data()
    {
        // The shell line stands by: it says "shell" so the test sees which of the two ran.
        QTest::addColumn<QStringList>("direct");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("found: no shell")
            << QStringList{u"printf"_s, u"%s|"_s, u"a b"_s, u"$(c)"_s} << QByteArray("a b|$(c)|");
        QTest::newRow("absolute path") << QStringList{u"/bin/echo"_s, u"x"_s} << QByteArray("x\n");
        QTest::newRow("not found: the shell")
            << QStringList{u"theeye-no-such-program"_s} << QByteArray("shell\n");
        QTest::newRow("relative: the shell") << QStringList{u"./echo"_s} << QByteArray("shell\n");
        QTest::newRow("no words: the shell") << QStringList() << QByteArray("shell\n");
    }
    void directWordsOrTheShell()
    {
        QFETCH(QStringList, direct);
        QFETCH(QByteArray, out);
        BotThread bot;
        Recorder recorder(bot);
        Launch::Command command = shell(u"echo shell"_s);
        command.direct = direct;
        const quint64 run = bot.start(command, QProcessEnvironment::systemEnvironment(), {});
        QTRY_VERIFY_WITH_TIMEOUT(recorder.runs.value(run).exit.has_value(), 20000);
        QCOMPARE(recorder.runs.value(run).out, out);
        QCOMPARE(recorder.runs.value(run).exit->code, std::optional<int>(0));
    }

    void argumentsEnvironmentAndFolderAsGiven()
    {
        BotThread bot;
        Recorder recorder(bot);
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        env.insert(u"THEEYE_TEST"_s, u"a b;$(c)"_s);
        BotProcess::Options options;
        options.workingDirectory = m_dir.path();
        const quint64 run = bot.start(shell(u"pwd; printf '%s|' \"$@\"; echo \"$THEEYE_TEST\""_s,
                                            {u"one two"_s, u"'; rm -rf /"_s, QString()}),
                                      env,
                                      options);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.runs.value(run).exit.has_value(), 20000);
        QCOMPARE(QString::fromLocal8Bit(recorder.runs.value(run).out),
                 QDir(m_dir.path()).canonicalPath() + u"\none two|'; rm -rf /||a b;$(c)\n"_s);
    }

    void aFolderThatDoesNotExistRefusesTheStart()
    {
        BotThread bot;
        Recorder recorder(bot);
        BotProcess::Options options;
        options.workingDirectory = m_dir.filePath(u"missing/folder"_s);
        const quint64 run = bot.start(shell(u"echo never"_s), {}, options);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.runs.value(run).exit.has_value(), 20000);
        const Record r = recorder.runs.value(run);
        QCOMPARE(r.events, (QStringList{u"started"_s, u"finished"_s}));
        QCOMPARE(r.group, 0);
        QVERIFY(!r.exit->code.has_value());
        QVERIFY2(r.exit->startError.contains(u"/bin/sh"_s), qPrintable(r.exit->startError));
        QVERIFY(r.out.isEmpty());
    }

    // A child that ignores SIGTERM: the stop reaches the group, SIGKILL follows the grace.
    void stopAndTimeoutEndTheWholeGroup_data()
    {
        QTest::addColumn<bool>("byTimeout");
        QTest::newRow("stop") << false;
        QTest::newRow("timeout") << true;
    }
    void stopAndTimeoutEndTheWholeGroup()
    {
        QFETCH(bool, byTimeout);
        BotThread bot;
        Recorder recorder(bot);
        BotProcess::Options options;
        options.killGraceMs = 200;
        options.timeoutMs = byTimeout ? 300 : 600000;
        const quint64 run = bot.start(
            shell(u"( trap '' TERM; while :; do sleep 0.05; done ) & echo $!; wait"_s),
            QProcessEnvironment::systemEnvironment(),
            options);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.runs.value(run).out.contains('\n'), 20000);
        const qint64 child = recorder.runs.value(run).out.split('\n').value(0).toLongLong();
        QVERIFY(running(child));
        if (!byTimeout)
            bot.stop(run);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.runs.value(run).exit.has_value(), 20000);
        const ExitReport exit = *recorder.runs.value(run).exit;
        QVERIFY(exit.killed);
        QCOMPARE(exit.timedOut, byTimeout);
        QCOMPARE(exit.signal, u"SIGTERM"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!running(child), 20000);
    }

    void manyAtOnceEachEndOnce()
    {
        BotThread bot;
        Recorder recorder(bot);
        QList<quint64> runs;
        for (int i = 0; i < 64; ++i)
            runs.append(bot.start(shell(u"echo $1"_s, {QString::number(i)}),
                                  QProcessEnvironment::systemEnvironment(),
                                  {}));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(runs.cbegin(),
                                             runs.cend(),
                                             [&](quint64 run) {
                                                 return recorder.runs.value(run).exit.has_value();
                                             }),
                                 60000);
        for (int i = 0; i < runs.size(); ++i) {
            const Record r = recorder.runs.value(runs.at(i));
            QCOMPARE(r.out, QByteArray::number(i) + '\n');
            QCOMPARE(r.events.count(u"finished"_s), 1);
            QCOMPARE(r.events.constFirst(), u"started"_s);
        }
    }

    void killAllReapsEverythingAndSaysNothingMore()
    {
        BotThread bot;
        Recorder recorder(bot);
        BotProcess::Options options;
        options.killGraceMs = 60000;
        QList<quint64> runs;
        for (int i = 0; i < 3; ++i)
            runs.append(bot.start(shell(u"trap '' TERM; echo $$; while :; do sleep 0.05; done"_s),
                                  QProcessEnvironment::systemEnvironment(),
                                  options));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(runs.cbegin(),
                                             runs.cend(),
                                             [&](quint64 run) {
                                                 return recorder.runs.value(run).out.contains('\n');
                                             }),
                                 20000);
        bot.stop(runs.first()); // in its grace period: killAll does not wait for it
        bot.killAll();
        for (quint64 run : runs)
            QVERIFY(reaped(recorder.runs.value(run).group)); // the group leader is the script
        QSignalSpy finished(&bot, &BotThread::finished);
        QVERIFY(!finished.wait(300));
    }
};

QTEST_GUILESS_MAIN(tst_BotThread)
#include "tst_botthread.moc"
