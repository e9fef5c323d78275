#include "supervisor/bot/botprocess.h"

#include "supervisor/core/supervisortr.h"

#include <QProcess>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <unistd.h>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

void signalGroup(qint64 group, int signal)
{
    if (group > 1)
        ::kill(-static_cast<pid_t>(group), signal);
}

} // namespace

GroupKiller::GroupKiller(QObject *parent)
    : QObject(parent)
{}

GroupKiller::~GroupKiller()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        signalGroup(it.key(), SIGKILL);
}

void GroupKiller::killLater(qint64 processGroup, int graceMs)
{
    if (processGroup <= 1 || m_pending.contains(processGroup))
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->callOnTimeout(this, [this, processGroup] { killNow(processGroup); });
    m_pending.insert(processGroup, timer);
    timer->start(std::max(graceMs, 0));
}

void GroupKiller::killNow(qint64 processGroup)
{
    signalGroup(processGroup, SIGKILL);
    if (QTimer *timer = m_pending.take(processGroup))
        timer->deleteLater();
}

BotProcess::BotProcess(GroupKiller &killer, QObject *parent)
    : QObject(parent)
    , m_killer(killer)
    , m_process(new QProcess(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->callOnTimeout(this, [this] {
        m_report.timedOut = true;
        stop();
    });
    m_process->setChildProcessModifier([] {
        // A session (and so a process group) of its own: the group signal reaches everything
        // the script starts, and nothing else.
        ::setsid();
    });
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &BotProcess::readAvailable);
    connect(m_process, &QProcess::readyReadStandardError, this, &BotProcess::readAvailable);
    connect(m_process,
            &QProcess::finished,
            this,
            [this](int exitCode, QProcess::ExitStatus status) {
                onFinished(exitCode, status == QProcess::CrashExit);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onStartFailed();
    });
}

BotProcess::~BotProcess()
{
    if (isRunning()) {
        m_killer.killNow(m_group);
        m_process->waitForFinished(1000);
    }
}

QString BotProcess::signalName(int signal)
{
    const char *abbreviation = ::sigabbrev_np(signal);
    if (!abbreviation)
        return u"SIG"_s + QString::number(signal);
    return u"SIG"_s + QString::fromLatin1(abbreviation);
}

void BotProcess::start(const Launch::Command &command,
                       const QProcessEnvironment &environment,
                       const Options &options)
{
    m_options = options;
    m_process->setProgram(command.program);
    m_process->setArguments(command.arguments);
    m_process->setProcessEnvironment(environment);
    if (!options.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(options.workingDirectory);
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_process->start(QIODevice::ReadOnly);
    m_group = m_process->processId();
    if (m_done)
        return; // failed to start, already reported
    m_timeout->start(static_cast<int>(std::clamp<qint64>(options.timeoutMs, 1, INT_MAX)));
}

bool BotProcess::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void BotProcess::stop()
{
    if (m_done || m_stopping || m_group <= 1)
        return;
    m_stopping = true;
    m_report.killed = true;
    m_timeout->stop();
    signalGroup(m_group, SIGTERM);
    m_killer.killLater(m_group, m_options.killGraceMs);
}

void BotProcess::readAvailable()
{
    const QByteArray out = m_process->readAllStandardOutput();
    if (!out.isEmpty())
        Q_EMIT output(OutputChunk::Stream::Stdout, out);
    const QByteArray err = m_process->readAllStandardError();
    if (!err.isEmpty())
        Q_EMIT output(OutputChunk::Stream::Stderr, err);
}

void BotProcess::onFinished(int exitCode, bool crashed)
{
    if (m_done)
        return;
    readAvailable();
    m_done = true;
    m_timeout->stop();
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_report.elapsedNs = m_clock.nsecsElapsed();
    if (crashed)
        m_report.signal = signalName(exitCode);
    else
        m_report.code = exitCode;
    Q_EMIT finished(m_report);
}

void BotProcess::onStartFailed()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_report.elapsedNs = m_clock.isValid() ? m_clock.nsecsElapsed() : 0;
    m_report.startError = SupervisorTr::tr("The local bot could not start %1: %2")
                              .arg(m_process->program(), m_process->errorString());
    // Emitted from the event loop: start() may still be on the caller's stack.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}

} // namespace TheEye::Supervisor
