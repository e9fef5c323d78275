#pragma once

#include "models/job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace TheEye {

// Job history: newest first, updated in place as jobs change.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        StateColumn,
        TaskColumn,
        CreatedColumn,
        DurationColumn,
        OriginColumn,
        UserColumn,
        ExitCodeColumn,
        ArgumentsColumn,
        ColumnCount
    };
    enum Role {
        JobRole = Qt::UserRole + 1, // QVariant<Job>
        JobIdRole,
        SortRole,
        LifecycleRole, // int(Lifecycle)
        StateRole,     // int(JobState)
        ArgumentsTextRole
    };

    explicit JobTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setJobs(const QList<Job> &jobs);
    void upsertJob(const Job &job);
    void removeJob(const QString &id);
    void clear();

    Job job(int row) const;
    int rowOf(const QString &id) const;

    // Translated name of a job origin ("Manual", "Secret key", "Triggered", …).
    static QString originDisplayName(const QString &origin);

    // Names for the User column. Job lists carry only `user_id` (supervisor-api.md §4.3), so the
    // names come from who the session knows: `names` by user id, and `unknownUserName` for an id
    // nobody named (the local supervisor, whose session principals change each run); without
    // either the id shows.
    void setUserNames(const QHash<QString, QString> &names, const QString &unknownUserName = {});
    // Who started the job, as a person reads it: a name given here for its user id, its user
    // name or email, `unknownUserName`, or the id.
    QString userDisplayName(const Job &job) const;

private:
    struct Row
    {
        Job job;
        QString id;
        QString argumentsText;
        qint64 created = 0;
    };
    static Row makeRow(const Job &job);
    QVariant displayValue(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_userNames;
    QString m_unknownUserName;
};

// Filters job history by state and by text in the arguments (and name, user, origin).
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

public:
    enum class StateFilter { All, InProgress, Success, Failed, Canceled };

    explicit JobFilterProxyModel(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_text;
};

} // namespace TheEye
