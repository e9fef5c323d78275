#include "supervisor/bot/botprocess.h"

#include "supervisor/core/supervisortr.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

void signalGroup(qint64 group, int signal)
{
    if (group > 1)
        ::kill(-static_cast<pid_t>(group), signal);
}

// What one wake-up reads before it lets the rest of the thread's work go on.
constexpr qsizetype ReadPerWakeUp = 1024 * 1024;

// argv / envp for posix_spawn: the bytes live as long as this does.
class CStrings final
{
public:
    explicit CStrings(const QList<QByteArray> &strings)
        : m_bytes(strings)
    {
        m_pointers.reserve(static_cast<size_t>(m_bytes.size()) + 1);
        for (QByteArray &bytes : m_bytes)
            m_pointers.push_back(bytes.data());
        m_pointers.push_back(nullptr);
    }
    char *const *data() { return m_pointers.data(); }

private:
    QList<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
};

int openPidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    Q_UNUSED(pid);
    errno = ENOSYS;
    return -1;
#endif
}

// The child's side of both pipes, its stdin from /dev/null, its folder and a session of its
// own: the group signal reaches everything the script starts, and nothing else.
class SpawnSetup final
{
public:
    SpawnSetup(int stdoutWrite, int stderrWrite, const QByteArray &folder)
    {
        posix_spawn_file_actions_init(&m_actions);
        posix_spawnattr_init(&m_attributes);
        posix_spawn_file_actions_addopen(&m_actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&m_actions, stdoutWrite, STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&m_actions, stderrWrite, STDERR_FILENO);
        if (!folder.isEmpty())
            posix_spawn_file_actions_addchdir_np(&m_actions, folder.constData());
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&m_attributes, &none);
        // A pipe the script writes to after its reader left must end it, as in a shell.
        sigset_t defaults;
        sigemptyset(&defaults);
        sigaddset(&defaults, SIGPIPE);
        posix_spawnattr_setsigdefault(&m_attributes, &defaults);
        posix_spawnattr_setflags(&m_attributes,
                                 POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK
                                     | POSIX_SPAWN_SETSIGDEF);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&m_actions);
        posix_spawnattr_destroy(&m_attributes);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;

    const posix_spawn_file_actions_t *actions() const { return &m_actions; }
    const posix_spawnattr_t *attributes() const { return &m_attributes; }

private:
    posix_spawn_file_actions_t m_actions{};
    posix_spawnattr_t m_attributes{};
};

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
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->callOnTimeout(this, [this] {
        m_report.timedOut = true;
        stop();
    });
}

BotProcess::~BotProcess()
{
    if (isRunning()) {
        m_killer.killNow(m_group);
        if (m_pidfd >= 0) {
            pollfd exited{m_pidfd, POLLIN, 0};
            ::poll(&exited, 1, 1000);
        }
        int status = 0;
        ::waitpid(m_pid, &status, m_pidfd >= 0 ? WNOHANG : 0);
    }
    close(m_stdout);
    close(m_stderr);
    if (m_pidfd >= 0)
        ::close(m_pidfd);
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
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();

    int stdoutPipe[2] = {-1, -1};
    int stderrPipe[2] = {-1, -1};
    if (::pipe2(stdoutPipe, O_CLOEXEC) != 0) {
        failToStart(command.program, errno);
        return;
    }
    if (::pipe2(stderrPipe, O_CLOEXEC) != 0) {
        const int error = errno;
        ::close(stdoutPipe[0]);
        ::close(stdoutPipe[1]);
        failToStart(command.program, error);
        return;
    }
    QList<QByteArray> envp;
    for (const QString &entry : environment.toStringList())
        envp.append(entry.toLocal8Bit());
    CStrings variables(envp);
    const SpawnSetup setup(stdoutPipe[1],
                           stderrPipe[1],
                           QFile::encodeName(options.workingDirectory));
    const auto spawn = [&](const QString &program, const QStringList &argv) {
        QList<QByteArray> bytes;
        for (const QString &argument : argv)
            bytes.append(argument.toLocal8Bit());
        CStrings arguments(bytes);
        return ::posix_spawn(&m_pid,
                             QFile::encodeName(program).constData(),
                             setup.actions(),
                             setup.attributes(),
                             arguments.data(),
                             variables.data());
    };
    // A plain simple run-as starts its program directly (one exec per job instead of the
    // shell's and then the program's); whatever that cannot start, the shell starts or reports.
    int error = -1;
    if (!command.direct.isEmpty()) {
        const QString program = Launch::findProgram(command.direct.constFirst(),
                                                    environment.value(u"PATH"_s));
        if (!program.isEmpty())
            error = spawn(program, command.direct);
    }
    if (error != 0)
        error = spawn(command.program, QStringList{command.program} + command.arguments);
    ::close(stdoutPipe[1]);
    ::close(stderrPipe[1]);
    if (error != 0) {
        m_pid = 0;
        ::close(stdoutPipe[0]);
        ::close(stderrPipe[0]);
        failToStart(command.program, error);
        return;
    }
    m_group = m_pid; // the leader of its own session
    watch(m_stdout, stdoutPipe[0]);
    watch(m_stderr, stderrPipe[0]);
    watchExit();
    m_timeout->start(static_cast<int>(std::clamp<qint64>(options.timeoutMs, 1, INT_MAX)));
}

void BotProcess::watch(Channel &channel, int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    channel.fd = fd;
    channel.notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(channel.notifier, &QSocketNotifier::activated, this, [this, &channel] {
        read(channel);
    });
}

void BotProcess::watchExit()
{
    m_pidfd = openPidfd(m_pid);
    if (m_pidfd >= 0) {
        m_exitNotifier = new QSocketNotifier(m_pidfd, QSocketNotifier::Read, this);
        connect(m_exitNotifier, &QSocketNotifier::activated, this, &BotProcess::reap);
        return;
    }
    // No pidfd (a kernel before 5.3): look now and then.
    m_exitPoll = new QTimer(this);
    m_exitPoll->callOnTimeout(this, &BotProcess::reap);
    m_exitPoll->start(10);
}

bool BotProcess::read(Channel &channel)
{
    if (channel.fd < 0)
        return false;
    QByteArray bytes;
    char buffer[65536];
    bool ended = false;
    while (bytes.size() < ReadPerWakeUp) {
        const ssize_t count = ::read(channel.fd, buffer, sizeof buffer);
        if (count > 0) {
            bytes.append(buffer, count);
            continue;
        }
        if (count < 0 && errno == EINTR)
            continue;
        ended = count == 0 || errno != EAGAIN;
        break;
    }
    if (ended)
        close(channel);
    const bool more = !ended && bytes.size() >= ReadPerWakeUp;
    if (!bytes.isEmpty())
        Q_EMIT output(channel.stream, bytes);
    return more;
}

void BotProcess::close(Channel &channel)
{
    if (channel.fd < 0)
        return;
    delete channel.notifier;
    channel.notifier = nullptr;
    ::close(channel.fd);
    channel.fd = -1;
}

void BotProcess::reap()
{
    if (m_done || m_reaped)
        return;
    int status = 0;
    const pid_t ended = ::waitpid(m_pid, &status, WNOHANG);
    if (ended == 0 || (ended < 0 && errno == EINTR))
        return; // still running
    m_reaped = true;
    if (m_exitNotifier)
        m_exitNotifier->setEnabled(false);
    if (m_exitPoll)
        m_exitPoll->stop();
    // What the script wrote before it ended is in the pipes now; what a child it left behind
    // writes later is not its output.
    for (Channel *channel : {&m_stdout, &m_stderr}) {
        while (read(*channel)) {
        }
        close(*channel);
    }
    m_done = true;
    m_timeout->stop();
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_report.elapsedNs = m_clock.nsecsElapsed();
    if (ended < 0)
        m_report.signal = signalName(SIGKILL); // reaped elsewhere: the status is gone
    else if (WIFSIGNALED(status))
        m_report.signal = signalName(WTERMSIG(status));
    else
        m_report.code = WEXITSTATUS(status);
    Q_EMIT finished(m_report);
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

void BotProcess::failToStart(const QString &program, int error)
{
    m_done = true;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_report.elapsedNs = m_clock.nsecsElapsed();
    const char *reason = ::strerrordesc_np(error);
    m_report.startError = SupervisorTr::tr("The local bot could not start %1: %2")
                              .arg(program,
                                   reason ? QString::fromLocal8Bit(reason)
                                          : u"error %1"_s.arg(error));
    // Emitted from the event loop: start() is still on the caller's stack.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}

} // namespace TheEye::Supervisor
