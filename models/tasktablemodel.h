#pragma once

#include "models/host.h"
#include "models/task.h"
#include "models/taskactivity.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace TheEye {

// The task list: one row per task, kept sorted by the model itself (sort() is cheap to call on
// every change and the proxy above only filters, so typing in the search box over 100,000 tasks
// never re-sorts). Rows are updated in place from the client's change feed.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column {
        NameColumn,
        BotColumn,
        ScriptColumn,
        TagsColumn,
        LastJobColumn,
        ActivityColumn,
        LastRunColumn,
        TimeoutColumn,
        MultitaskingColumn,
        ColumnCount
    };
    enum Role {
        TaskRole = Qt::UserRole + 1, // QVariant<Task>
        TaskIdRole,
        SortRole,         // raw value of the column for sorting
        TagsRole,         // QStringList, for the chip delegate
        CanRunRole,       // bool
        ProblemsRole,     // QStringList of what stops the task from running
        LastStateRole,    // int(JobState)
        LastLifecycleRole // int(Lifecycle)
    };

    explicit TaskTableModel(QObject *parent = nullptr);
    ~TaskTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setTasks(const QList<Task> &tasks);
    void upsertTask(const Task &task);
    void removeTask(const QString &id);
    void setHosts(const QList<Host> &hosts);
    void setActivity(const QString &taskId, const TaskActivity &activity);
    void setActivities(const QHash<QString, TaskActivity> &activities);

    Task task(int row) const;
    const Task *taskById(const QString &id) const;
    int rowOf(const QString &id) const; // -1 when absent
    QList<Task> tasks() const;

    // For the filter proxy: a row's precomputed, lower-case search text and status words.
    struct SearchEntry
    {
        // Name, tags, bot, script and description, lower-case UTF-8: a substring of the UTF-8 of a
        // lower-case query is found with memmem, several times faster than QString::contains over
        // 100,000 rows (bench/gui/bench_filtertyping), and half the memory.
        QByteArray text;
        QStringList tags; // lower-case "key:value" and plain tags
        QString hostId;
        bool running = false;
        bool queued = false;
        bool failed = false;
        bool invalid = false;
        bool scheduled = false;
    };
    const SearchEntry &searchEntry(int row) const;

private:
    struct Row;
    Row makeRow(const Task &task) const;
    void refreshDerived(Row &row) const;
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    bool rowLessThan(const Row &a, const Row &b) const;
    int insertionRow(const Row &row) const;
    void rebuildIndex();

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, Host> m_hosts;
    QHash<QString, TaskActivity> m_activity;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace TheEye
