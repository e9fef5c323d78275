#include "ui/jobs/jobhistorypanel.h"

#include "client/jobsapi.h"
#include "client/supervisorclient.h"
#include "models/jobtablemodel.h"
#include "ui/appicons.h"
#include "ui/session.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// Full records are fetched a few at a time: list rows lack arguments, result and exit code.
constexpr int MaxDetailsInFlight = 4;

bool isComplete(const Job &job)
{
    return job.toJson().contains("result"_L1) || job.toJson().contains("task_arguments_values"_L1);
}

} // namespace

JobHistoryPanel::JobHistoryPanel(Session *session, QWidget *parent)
    : QDockWidget(tr("Job History"), parent)
    , m_session(session)
    , m_model(new JobTableModel(this))
    , m_proxy(new JobFilterProxyModel(this))
{
    setObjectName(u"jobHistoryPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobTableModel::SortRole);
    m_pageSize = QSettings().value("jobs/historyPageSize"_L1, 50).toInt();
    if (m_pageSize <= 0)
        m_pageSize = 50;
    buildUi();

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    m_countdown->callOnTimeout(this, &JobHistoryPanel::updateSchedules);

    if (m_session) {
        connect(m_session, &Session::jobChanged, this, &JobHistoryPanel::onJobChanged);
        connect(m_session, &Session::jobRemoved, m_model, &JobTableModel::removeJob);
        connect(m_session, &Session::roleChanged, this, &JobHistoryPanel::updateActions);
        const auto updateUserNames = [this] {
            m_model->setUserNames(m_session->userNames(), m_session->unknownUserName());
        };
        connect(m_session, &Session::userNamesChanged, this, updateUserNames);
        updateUserNames();
        connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
            if (state == Session::State::Connected && m_model->rowCount() == 0)
                reload();
        });
    }
    updateActions();
    updateFooter();
}

JobHistoryPanel::~JobHistoryPanel()
{
    if (m_pageCall)
        m_pageCall->cancel();
}

void JobHistoryPanel::buildUi()
{
    auto *body = new QWidget(this);
    m_modeBox = new QComboBox(body);
    m_modeBox->setObjectName(u"modeBox"_s);
    m_modeBox->addItem(tr("Selected task"), static_cast<int>(Mode::Task));
    m_modeBox->addItem(tr("All jobs"), static_cast<int>(Mode::AllJobs));
    connect(m_modeBox, &QComboBox::activated, this, [this](int index) {
        setMode(static_cast<Mode>(m_modeBox->itemData(index).toInt()));
    });
    m_title = new QLabel(body);
    m_title->setObjectName(u"historyTitle"_s);

    m_stateBox = new QComboBox(body);
    m_stateBox->setObjectName(u"stateFilter"_s);
    using StateFilter = JobFilterProxyModel::StateFilter;
    const std::pair<StateFilter, QString> states[] = {
        {StateFilter::All, tr("All states")},
        {StateFilter::InProgress, tr("In progress")},
        {StateFilter::Success, tr("Succeeded")},
        {StateFilter::Failed, tr("Failed")},
        {StateFilter::Canceled, tr("Canceled")},
    };
    for (const auto &[filter, label] : states)
        m_stateBox->addItem(label, static_cast<int>(filter));
    connect(m_stateBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStateFilter(static_cast<StateFilter>(m_stateBox->itemData(index).toInt()));
        updateFooter();
    });

    m_filter = new QLineEdit(body);
    m_filter->setObjectName(u"argumentFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by argument value, user, origin…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateFooter();
    });

    auto *refresh = new QToolButton(body);
    refresh->setObjectName(u"refreshHistoryButton"_s);
    refresh->setIcon(AppIcons::icon(u"refresh"_s));
    refresh->setToolTip(tr("Reload the history"));
    refresh->setAutoRaise(true);
    connect(refresh, &QToolButton::clicked, this, &JobHistoryPanel::reload);
    m_emptyQueue = new QToolButton(body);
    m_emptyQueue->setObjectName(u"emptyQueueButton"_s);
    m_emptyQueue->setIcon(AppIcons::icon(u"remove"_s));
    m_emptyQueue->setText(tr("Empty Queue…"));
    m_emptyQueue->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_emptyQueue->setAutoRaise(true);
    connect(m_emptyQueue, &QToolButton::clicked, this, qOverload<>(&JobHistoryPanel::emptyQueue));

    auto *top = new QHBoxLayout;
    top->addWidget(m_modeBox);
    top->addWidget(m_title, 1);
    top->addWidget(m_stateBox);
    top->addWidget(m_filter, 1);
    top->addWidget(refresh);
    top->addWidget(m_emptyQueue);

    m_scheduleStrip = new QWidget(body);
    m_scheduleLabel = new QLabel(m_scheduleStrip);
    m_scheduleLabel->setObjectName(u"scheduleLabel"_s);
    m_scheduleLabel->setWordWrap(true);
    m_cancelSchedule = new QPushButton(tr("Cancel Delayed Run…"), m_scheduleStrip);
    m_cancelSchedule->setObjectName(u"cancelScheduleButton"_s);
    connect(m_cancelSchedule, &QPushButton::clicked, this, &JobHistoryPanel::askToCancelSchedule);
    auto *scheduleIcon = new QLabel(m_scheduleStrip);
    scheduleIcon->setPixmap(AppIcons::icon(u"schedule"_s).pixmap(16, 16));
    auto *strip = new QHBoxLayout(m_scheduleStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->addWidget(scheduleIcon);
    strip->addWidget(m_scheduleLabel, 1);
    strip->addWidget(m_cancelSchedule);
    m_scheduleStrip->hide();

    m_view = new QTableView(body);
    m_view->setObjectName(u"jobTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // Wide enough for the longest date in this locale's short format, or the header's default
    // cuts the time off ("11/29/26 3:4…").
    const QString longestDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)),
                                                   QLocale::ShortFormat);
    m_view->horizontalHeader()->resizeSection(JobTableModel::CreatedColumn,
                                              m_view->fontMetrics().horizontalAdvance(longestDate)
                                                  + 4 * m_view->fontMetrics().averageCharWidth());
    const QByteArray header = QSettings().value("jobs/historyHeader"_L1).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QSettings().setValue("jobs/historyHeader"_L1, m_view->horizontalHeader()->saveState());
    });
    connect(m_view, &QTableView::doubleClicked, this, &JobHistoryPanel::openSelected);
    connect(m_view,
            &QTableView::customContextMenuRequested,
            this,
            &JobHistoryPanel::showContextMenu);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &JobHistoryPanel::updateActions);

    m_openAction = new QAction(AppIcons::icon(u"info"_s), tr("&Open"), this);
    m_openAction->setObjectName(u"openJobAction"_s);
    m_restartAction = new QAction(AppIcons::icon(u"refresh"_s), tr("&Restart"), this);
    m_restartAction->setObjectName(u"restartJobAction"_s);
    m_restartAction->setToolTip(tr("Restart this job keeping its arguments"));
    m_repeatAction = new QAction(AppIcons::icon(u"run-again"_s), tr("Re&peat"), this);
    m_repeatAction->setObjectName(u"repeatJobAction"_s);
    m_repeatAction->setToolTip(tr("Start a new job with the same arguments"));
    m_cancelAction = new QAction(AppIcons::icon(u"stop"_s), tr("&Cancel…"), this);
    m_cancelAction->setObjectName(u"cancelJobAction"_s);
    connect(m_openAction, &QAction::triggered, this, &JobHistoryPanel::openSelected);
    connect(m_restartAction, &QAction::triggered, this, &JobHistoryPanel::restartSelected);
    connect(m_repeatAction, &QAction::triggered, this, &JobHistoryPanel::repeatSelected);
    connect(m_cancelAction, &QAction::triggered, this, &JobHistoryPanel::cancelSelected);
    m_view->addActions({m_openAction, m_restartAction, m_repeatAction, m_cancelAction});

    m_footer = new QLabel(body);
    m_footer->setObjectName(u"historyFooter"_s);
    m_status = new QLabel(body);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    m_loadMore = new QPushButton(tr("Load &More"), body);
    m_loadMore->setObjectName(u"loadMoreButton"_s);
    connect(m_loadMore, &QPushButton::clicked, this, &JobHistoryPanel::loadMore);
    m_pageSizeBox = new QComboBox(body);
    m_pageSizeBox->setObjectName(u"pageSizeBox"_s);
    for (int size : {20, 50, 100, 500})
        m_pageSizeBox->addItem(tr("%1 per page").arg(size), size);
    m_pageSizeBox->setCurrentIndex(std::max(0, m_pageSizeBox->findData(m_pageSize)));
    connect(m_pageSizeBox, &QComboBox::activated, this, [this](int index) {
        setPageSize(m_pageSizeBox->itemData(index).toInt());
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_footer);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_pageSizeBox);
    bottom->addWidget(m_loadMore);

    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_scheduleStrip);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setWidget(body);
}

void JobHistoryPanel::setTask(const Task &task)
{
    const bool same = task.id() == m_task.id();
    m_task = task;
    if (m_mode != Mode::Task) {
        updateActions();
        return;
    }
    m_title->setText(task.id().isEmpty() ? tr("No task selected") : task.name());
    if (!same)
        reload();
    else
        updateActions();
}

void JobHistoryPanel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(static_cast<int>(mode)));
    m_title->setText(mode == Mode::AllJobs   ? tr("Every task")
                     : m_task.id().isEmpty() ? tr("No task selected")
                                             : m_task.name());
    m_view->setColumnHidden(JobTableModel::TaskColumn, mode == Mode::Task);
    reload();
}

void JobHistoryPanel::setPageSize(int size)
{
    if (size <= 0 || size == m_pageSize)
        return;
    m_pageSize = size;
    QSettings().setValue("jobs/historyPageSize"_L1, size);
    m_pageSizeBox->setCurrentIndex(std::max(0, m_pageSizeBox->findData(size)));
}

void JobHistoryPanel::reload()
{
    ++m_generation;
    if (m_pageCall)
        m_pageCall->cancel();
    m_pageCall = nullptr;
    m_detailQueue.clear();
    m_detailWanted.clear();
    m_model->clear();
    m_mayHaveMore = false;
    m_schedules.clear();
    updateSchedules();
    m_view->setColumnHidden(JobTableModel::TaskColumn, m_mode == Mode::Task);
    if (m_mode == Mode::Task && m_task.id().isEmpty()) {
        updateFooter();
        updateActions();
        return;
    }
    requestPage(0);
    refreshSchedules();
}

void JobHistoryPanel::loadMore()
{
    if (!m_pageCall && m_mayHaveMore)
        requestPage(m_model->rowCount());
}

void JobHistoryPanel::requestPage(int skip)
{
    if (!m_session || !m_session->client())
        return;
    JobListQuery query;
    if (m_mode == Mode::Task)
        query.taskId = m_task.id();
    query.skip = skip;
    query.limit = m_pageSize;
    const int generation = m_generation;
    auto *call = m_session->client()->jobs().list(query);
    m_pageCall = call;
    call->then(this, [this, generation, skip](const Result<JobPage, ClientError> &result) {
        if (generation != m_generation)
            return;
        m_pageCall = nullptr;
        if (!result.ok()) {
            setStatus(tr("Could not load the history: %1").arg(result.error().message));
            updateFooter();
            return;
        }
        setStatus(QString());
        applyPage(result->jobs, skip == 0, result->mayHaveMore);
    });
    updateFooter();
}

void JobHistoryPanel::applyPage(const QList<Job> &jobs, bool replace, bool mayHaveMore)
{
    if (replace)
        m_model->setJobs(jobs);
    else
        for (const Job &job : jobs)
            m_model->upsertJob(job);
    for (const Job &job : jobs) {
        if (m_session)
            m_session->noteJob(job);
        if (!isComplete(job))
            enrich(job.id());
    }
    m_mayHaveMore = mayHaveMore;
    updateFooter();
    updateActions();
    Q_EMIT pageLoaded();
}

void JobHistoryPanel::enrich(const QString &jobId)
{
    if (m_detailWanted.contains(jobId))
        return;
    m_detailWanted.insert(jobId);
    m_detailQueue.append(jobId);
    pumpDetails();
}

void JobHistoryPanel::pumpDetails()
{
    if (!m_session || !m_session->client())
        return;
    while (m_detailsInFlight < MaxDetailsInFlight && !m_detailQueue.isEmpty()) {
        const QString id = m_detailQueue.takeFirst();
        ++m_detailsInFlight;
        const int generation = m_generation;
        m_session->client()->jobs().get(id,
                                        this,
                                        [this, id, generation](const Result<Job, ClientError> &r) {
                                            --m_detailsInFlight;
                                            m_detailWanted.remove(id);
                                            if (generation == m_generation && r.ok()
                                                && m_model->rowOf(id) >= 0) {
                                                m_model->upsertJob(r.value());
                                                if (m_session)
                                                    m_session->noteJob(r.value());
                                                updateActions();
                                            }
                                            pumpDetails();
                                        });
    }
}

bool JobHistoryPanel::belongsHere(const Job &job) const
{
    return m_mode == Mode::AllJobs || (!m_task.id().isEmpty() && job.taskId() == m_task.id());
}

void JobHistoryPanel::onJobChanged(const Job &job)
{
    // A run elsewhere may have scheduled a delayed run of this task (a trigger with grace time).
    if (job.isFinished() && m_mode == Mode::Task && !m_task.id().isEmpty()
        && job.taskId() != m_task.id())
        refreshSchedules();
    if (!belongsHere(job))
        return;
    const int row = m_model->rowOf(job.id());
    if (row < 0) {
        // New jobs join at the top; older ones belong to pages not loaded yet.
        const bool newer = m_model->rowCount() == 0
                           || job.creationDate()
                                  >= m_model->job(m_model->rowCount() - 1).creationDate();
        if (!newer && m_mayHaveMore)
            return;
        m_model->upsertJob(job);
        if (job.isFinished() || !isComplete(job))
            enrich(job.id());
        if (m_mode == Mode::Task && job.isInProgress())
            refreshSchedules(); // a delayed run became this job
    } else if (isComplete(job) || !isComplete(m_model->job(row))) {
        m_model->upsertJob(job);
    } else {
        enrich(job.id()); // keep the arguments and result the row already shows
    }
    updateFooter();
    updateActions();
}

QList<Job> JobHistoryPanel::selectedJobs() const
{
    QList<Job> jobs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        jobs.append(index.data(JobTableModel::JobRole).value<Job>());
    return jobs;
}

QString JobHistoryPanel::statusText() const
{
    return m_status->text();
}

void JobHistoryPanel::setStatus(const QString &message)
{
    m_status->setText(message);
}

void JobHistoryPanel::updateFooter()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_pageCall)
        m_footer->setText(tr("Loading…"));
    else if (m_mode == Mode::Task && m_task.id().isEmpty())
        m_footer->setText(tr("Select a task to see its jobs."));
    else if (loaded == 0)
        m_footer->setText(tr("No executions so far."));
    else if (shown == loaded)
        m_footer->setText(tr("%n job(s)", nullptr, loaded));
    else
        m_footer->setText(tr("%1 of %2 jobs").arg(shown).arg(loaded));
    m_loadMore->setEnabled(m_mayHaveMore && !m_pageCall);
}

void JobHistoryPanel::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_restartAction);
    menu.addAction(m_repeatAction);
    menu.addAction(m_cancelAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace TheEye
