#pragma once

#include "supervisor/store/records.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace TheEye::Supervisor {

struct ScheduleEntry;
struct Services;

// Task triggers (supervisor-api.md §8): when a job finishes, every task whose `triggers` hold
// the finished task's event of that name gets a job with origin `trigger_by` and the finished
// job's output as its arguments; with `grace_time` the job waits as a schedule (listed by
// GET /task/:id/schedule, canceled by DELETE /scheduler/:id) that keeps those arguments.
class Triggers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Triggers)

public:
    explicit Triggers(Services &services, QObject *parent = nullptr);
    ~Triggers() override;

    // Arms every stored schedule; those already due fire from the event loop.
    void start();
    void stopAll();
    void jobFinished(const JobRow &job);
    void taskRemoved(const QString &taskId);
    int armedCount() const { return static_cast<int>(m_timers.size()); }

private:
    void arm(const ScheduleEntry &schedule);
    void fire(const QString &scheduleId);

    Services &m_services;
    QHash<QString, QTimer *> m_timers; // by schedule id
};

} // namespace TheEye::Supervisor
