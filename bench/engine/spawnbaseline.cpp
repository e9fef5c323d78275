#include "spawnbaseline.h"

#include <QByteArrayList>
#include <QSet>

#include <cerrno>
#include <ctime>
#include <vector>

#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

namespace SpawnBaseline {

namespace {

pid_t spawn(const QStringList &argv)
{
    QByteArrayList bytes;
    for (const QString &argument : argv)
        bytes.append(argument.toLocal8Bit());
    std::vector<char *> pointers;
    for (QByteArray &argument : bytes)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, pointers.front(), nullptr, nullptr, pointers.data(), environ) != 0)
        return -1;
    return pid;
}

} // namespace

qint64 nowMicroseconds()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

double runMany(const QStringList &argv, int count, int parallel)
{
    // Call it while no other child runs: waitpid(-1) reaps whatever child ended first.
    const qint64 start = nowMicroseconds();
    QSet<pid_t> running;
    int started = 0;
    while (started < count || !running.isEmpty()) {
        while (started < count && running.size() < parallel) {
            const pid_t pid = spawn(argv);
            if (pid < 0)
                qFatal("cannot spawn %s", qPrintable(argv.join(u' ')));
            running.insert(pid);
            ++started;
        }
        int status = 0;
        const pid_t ended = waitpid(-1, &status, 0);
        if (ended < 0 && errno != EINTR)
            qFatal("waitpid failed");
        running.remove(ended);
    }
    return double(nowMicroseconds() - start) / 1e6;
}

bool runOnce(const QStringList &argv)
{
    const pid_t pid = spawn(argv);
    int status = 0;
    return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status)
           && WEXITSTATUS(status) == 0;
}

} // namespace SpawnBaseline
