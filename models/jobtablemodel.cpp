#include "models/jobtablemodel.h"

#include "models/durationformat.h"
#include "models/jobarguments.h"
#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <algorithm>

namespace TheEye {

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

JobTableModel::Row JobTableModel::makeRow(const Job &job)
{
    Row row;
    row.job = job;
    row.id = job.id();
    row.created = job.creationDate().isValid() ? job.creationDate().toMSecsSinceEpoch() : 0;
    const QList<TaskArgument> definitions = job.taskSnapshot().arguments();
    QStringList parts;
    if (definitions.isEmpty()) {
        for (const QJsonValue &value : job.taskArgumentsValues())
            parts.append(value.isNull() ? QString() : Json::toText(value));
    } else {
        for (const auto &described :
             JobArguments::describe(definitions, job.taskArgumentsValues())) {
            if (!described.definition.isFixed())
                parts.append(described.text);
        }
    }
    row.argumentsText = parts.join(QStringLiteral(", "));
    return row;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return ModelsTr::tr("%1 / %2").arg(row.job.lifecycleName(), row.job.stateName());
        if (index.column() == ArgumentsColumn)
            return row.argumentsText;
        return {};
    case JobRole:
        return QVariant::fromValue(row.job);
    case JobIdRole:
        return row.id;
    case SortRole:
        return sortValue(row, index.column());
    case LifecycleRole:
        return static_cast<int>(row.job.lifecycle());
    case StateRole:
        return static_cast<int>(row.job.state());
    case ArgumentsTextRole:
        return row.argumentsText;
    default:
        return {};
    }
}

QVariant JobTableModel::displayValue(const Row &row, int column) const
{
    const Job &job = row.job;
    switch (column) {
    case StateColumn:
        return job.isFinished() ? stateDisplayName(job.state())
                                : lifecycleDisplayName(job.lifecycle());
    case TaskColumn:
        return job.name();
    case CreatedColumn:
        return job.creationDate().isValid() ? QVariant(job.creationDate().toLocalTime())
                                            : QVariant();
    case DurationColumn: {
        const auto duration = job.durationMs();
        return duration ? formatElapsed(*duration) : QString();
    }
    case OriginColumn:
        return originDisplayName(job.origin());
    case UserColumn:
        return userDisplayName(job);
    case ExitCodeColumn: {
        const auto code = job.exitCode();
        return code ? QVariant(*code) : QVariant();
    }
    case ArgumentsColumn:
        return row.argumentsText;
    default:
        return {};
    }
}

QString JobTableModel::userDisplayName(const Job &job) const
{
    const JobUser user = job.user();
    // A name the session gave wins: it may know the user better than the job's own object
    // (the local supervisor's session principal is called "session").
    const QString known = user.id.isEmpty() ? QString() : m_userNames.value(user.id);
    if (!known.isEmpty())
        return known;
    if (!user.username.isEmpty())
        return user.username;
    if (!user.email.isEmpty())
        return user.email;
    if (user.id.isEmpty())
        return {};
    return m_unknownUserName.isEmpty() ? user.id : m_unknownUserName;
}

void JobTableModel::setUserNames(const QHash<QString, QString> &names,
                                 const QString &unknownUserName)
{
    if (names == m_userNames && unknownUserName == m_unknownUserName)
        return;
    m_userNames = names;
    m_unknownUserName = unknownUserName;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, UserColumn), index(rowCount() - 1, UserColumn));
}

QVariant JobTableModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case StateColumn:
        return static_cast<int>(row.job.state()) * 100 + static_cast<int>(row.job.lifecycle());
    case CreatedColumn:
        return row.created;
    case DurationColumn:
        return row.job.durationMs().value_or(-1);
    case ExitCodeColumn:
        return row.job.exitCode().value_or(-1);
    default:
        return displayValue(row, column).toString().toLower();
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return ModelsTr::tr("State", "job table column");
    case TaskColumn:
        return ModelsTr::tr("Task", "job table column");
    case CreatedColumn:
        return ModelsTr::tr("Created", "job table column");
    case DurationColumn:
        return ModelsTr::tr("Duration", "job table column");
    case OriginColumn:
        return ModelsTr::tr("Origin", "job table column: how the job was started");
    case UserColumn:
        return ModelsTr::tr("User", "job table column");
    case ExitCodeColumn:
        return ModelsTr::tr("Exit code", "job table column");
    case ArgumentsColumn:
        return ModelsTr::tr("Arguments", "job table column");
    default:
        return {};
    }
}

QString JobTableModel::originDisplayName(const QString &origin)
{
    if (origin == u"user")
        return ModelsTr::tr("Manual", "job origin");
    if (origin == u"secret")
        return ModelsTr::tr("Secret key", "job origin");
    if (origin == u"trigger_by")
        return ModelsTr::tr("Triggered", "job origin");
    if (origin == u"scheduler")
        return ModelsTr::tr("Scheduled", "job origin");
    if (origin == u"workflow")
        return ModelsTr::tr("Workflow", "job origin");
    return origin;
}

void JobTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void JobTableModel::setJobs(const QList<Job> &jobs)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(jobs.size());
    QHash<QString, qsizetype> seen;
    for (const Job &job : jobs) {
        // The same job can arrive twice (a list page and a later GET): keep the newer document.
        const auto previous = seen.constFind(job.id());
        if (previous == seen.cend()) {
            seen.insert(job.id(), m_rows.size());
            m_rows.append(makeRow(job));
        } else if (m_rows.at(*previous).job.lastUpdate() <= job.lastUpdate()) {
            m_rows[*previous] = makeRow(job);
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.created > b.created;
    });
    rebuildIndex();
    endResetModel();
}

void JobTableModel::upsertJob(const Job &job)
{
    Row row = makeRow(job);
    const int existing = m_rowById.value(row.id, -1);
    if (existing >= 0) {
        m_rows[existing] = std::move(row);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const auto it = std::upper_bound(m_rows.begin(),
                                     m_rows.end(),
                                     row,
                                     [](const Row &a, const Row &b) {
                                         return a.created > b.created;
                                     });
    const int at = static_cast<int>(it - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    rebuildIndex();
    endInsertRows();
}

void JobTableModel::removeJob(const QString &id)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void JobTableModel::clear()
{
    setJobs({});
}

Job JobTableModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).job : Job();
}

int JobTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::SortRole);
    setDynamicSortFilter(true);
}

void JobFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void JobFilterProxyModel::setText(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    invalidateRowsFilter();
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto lifecycle = static_cast<Lifecycle>(index.data(JobTableModel::LifecycleRole).toInt());
    const auto state = static_cast<JobState>(index.data(JobTableModel::StateRole).toInt());
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::InProgress:
        if (!isInProgress(lifecycle))
            return false;
        break;
    case StateFilter::Success:
        if (!isFinished(lifecycle) || state != JobState::Success)
            return false;
        break;
    case StateFilter::Failed:
        if (!isFinished(lifecycle)
            || (state != JobState::Failure && state != JobState::Error
                && state != JobState::Timeout))
            return false;
        break;
    case StateFilter::Canceled:
        if (state != JobState::Canceled)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    for (int column : {JobTableModel::ArgumentsColumn,
                       JobTableModel::TaskColumn,
                       JobTableModel::UserColumn,
                       JobTableModel::OriginColumn}) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .toLower()
                .contains(m_text))
            return true;
    }
    return false;
}

} // namespace TheEye
