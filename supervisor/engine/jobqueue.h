#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace TheEye::Supervisor {

// The local bot's ready jobs: one FIFO per task (by creation order), and the tasks' heads in
// creation order, so the oldest job whose task may run now is found without walking the jobs
// of tasks that must wait (a multitasking:false task with a job running).
class JobQueue final
{
public:
    struct Entry
    {
        qint64 seq = 0; // creation order
        QString jobId;
        QString taskId;
        QString organizationId;
    };

    void add(const Entry &entry); // a job already queued is left where it is
    bool remove(const QString &jobId);
    QList<Entry> entriesOf(const QString &taskId) const;
    // Removes and returns the oldest job whose task `mustWait` lets go (it is asked about each
    // task's oldest job only).
    std::optional<Entry> takeNext(const std::function<bool(const Entry &head)> &mustWait);
    bool contains(const QString &jobId) const { return m_taskOfJob.contains(jobId); }
    qsizetype size() const { return m_taskOfJob.size(); }

private:
    void setHead(const QString &taskId);

    QHash<QString, std::map<qint64, Entry>> m_byTask;
    std::map<qint64, QString> m_heads; // a task's oldest seq → the task
    QHash<QString, QString> m_taskOfJob;
    QHash<QString, qint64> m_seqOfJob;
};

} // namespace TheEye::Supervisor
