#pragma once

#include "models/job.h"
#include "models/task.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace TheEye {

class Session;

// Runs several selected tasks with one confirmation, then lists what happened to each (issue 6
// "Bulk: … run"). Only tasks without dynamic arguments are run: a task that asks for arguments is
// listed as skipped, because a stack of forms opened at once is easy to fill in wrongly and hard
// to follow; the user runs it alone to fill its form. Tasks that cannot run (no bot, no script,
// no permission) are listed as skipped with the reason.
class BulkRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunDialog)

public:
    enum class Outcome { WillRun, NeedsArguments, CannotRun, Starting, Started, Failed };

    struct Entry
    {
        Task task;
        Outcome outcome = Outcome::WillRun;
        QString detail; // why it was skipped or failed, translated
        Job job;        // once started
    };

    BulkRunDialog(Session *session, const QList<Task> &tasks, QWidget *parent = nullptr);

    QList<Entry> entries() const { return m_entries; }
    int runnableCount() const;
    bool isDone() const { return m_done; }
    QTableWidget *table() const { return m_table; }
    // The preview as a person reads it, one line per task (for tests and the clipboard).
    static QString outcomeText(const Entry &entry);

public Q_SLOTS:
    // Runs every runnable task; what each got is shown in its row.
    void start();

Q_SIGNALS:
    void jobStarted(const TheEye::Job &job);
    void openJobRequested(const TheEye::Job &job);
    void allFinished();

private:
    void showEntry(int row);
    void onResult(int row);

    Session *m_session = nullptr;
    QList<Entry> m_entries;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_close = nullptr;
    int m_pending = 0;
    bool m_started = false;
    bool m_done = false;
};

} // namespace TheEye
