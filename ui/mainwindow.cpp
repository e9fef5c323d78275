#include "ui/mainwindow.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/taskfilterproxymodel.h"
#include "models/tasktablemodel.h"
#include "ui/appicons.h"
#include "ui/connectionbanner.h"
#include "ui/credentialsdialog.h"
#include "ui/grouppanel.h"
#include "ui/loadingplaceholder.h"
#include "ui/session.h"
#include "ui/settingsdialog.h"
#include "ui/taskdelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace TheEye {

namespace {

QString namesForMessage(const QList<Task> &tasks)
{
    QStringList names;
    for (const Task &task : tasks.mid(0, 10))
        names.append(QStringLiteral("• ") + task.name());
    if (tasks.size() > 10)
        names.append(MainWindow::tr("… and %n more", nullptr, int(tasks.size() - 10)));
    return names.join(QLatin1Char('\n'));
}

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcons::icon(QStringLiteral("app")));
    setAcceptDrops(true);

    m_proxy = new TaskFilterProxyModel(this);
    m_proxy->setSourceModel(session->taskModel());

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(130);
    header->resizeSection(TaskTableModel::NameColumn, 260);
    header->resizeSection(TaskTableModel::TagsColumn, 180);
    header->resizeSection(TaskTableModel::TimeoutColumn, 80);
    header->resizeSection(TaskTableModel::MultitaskingColumn, 90);
    m_delegate = new TaskDelegate(this);
    m_view->setItemDelegate(m_delegate);
    new LoadingPlaceholder(session, m_view);
    m_view->sortByColumn(TaskTableModel::NameColumn, Qt::AscendingOrder);
    QSettings settings;
    if (!header->restoreState(
            settings.value(QStringLiteral("MainWindow/taskHeader")).toByteArray()))
        header->setSortIndicator(TaskTableModel::NameColumn, Qt::AscendingOrder);
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());

    m_banner = new ConnectionBanner(this);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setContentsMargins(8, 4, 8, 4);
    m_readOnlyNote->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_groups = new GroupPanel(session, this);
    auto *groupsDock = new QDockWidget(tr("Groups"), this);
    groupsDock->setObjectName(QStringLiteral("groupsDock"));
    groupsDock->setWidget(m_groups);
    addDockWidget(Qt::LeftDockWidgetArea, groupsDock);
    connect(m_groups,
            &GroupPanel::groupChosen,
            this,
            [this](bool byHost, const QString &hostId, const QString &tag) {
                m_proxy->setHostFilter(byHost ? std::optional<QString>(hostId) : std::nullopt);
                m_proxy->setTagFilter(tag);
                updateStatus();
            });

    m_statusConnection = new QLabel(this);
    m_statusConnection->setObjectName(QStringLiteral("statusConnection"));
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_statusConnection);

    createActions();
    createMenus();
    m_viewMenu->addAction(groupsDock->toggleViewAction());

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_edit->isEnabled())
            m_edit->trigger();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &MainWindow::showTaskMenu);
    connect(m_delegate, &TaskDelegate::runClicked, this, [this](const QModelIndex &index) {
        const Task task = index.data(TaskTableModel::TaskRole).value<Task>();
        Q_EMIT runRequested({task});
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Q_EMIT currentTaskChanged(currentTask());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    connect(session, &Session::stateChanged, this, &MainWindow::onSessionState);
    connect(session, &Session::roleChanged, this, &MainWindow::updateActions);
    connect(session, &Session::runningCountChanged, this, &MainWindow::updateStatus);
    connect(session, &Session::problem, this, [this](const ClientError &error) {
        if (error.needsNewToken())
            m_banner->showProblem(error.message, false, true);
        else
            statusBar()->showMessage(error.message, 10000);
    });
    connect(m_banner, &ConnectionBanner::retryRequested, this, &MainWindow::refresh);
    connect(m_banner,
            &ConnectionBanner::connectionsRequested,
            this,
            &MainWindow::connectionsRequested);

    resize(1200, 720);
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    onSessionState();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &name,
                             const QString &text,
                             const QString &icon,
                             const QKeySequence &shortcut,
                             const QString &tip) {
        auto *action = new QAction(AppIcons::icon(icon), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setToolTip(
            shortcut.isEmpty()
                ? tip
                : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_new = make(QStringLiteral("newTaskAction"),
                 tr("&New Task…"),
                 QStringLiteral("task-new"),
                 QKeySequence(Qt::CTRL | Qt::Key_N),
                 tr("Create a task"));
    m_edit = make(QStringLiteral("editTaskAction"),
                  tr("&Edit…"),
                  QStringLiteral("task-edit"),
                  QKeySequence(Qt::Key_F2),
                  tr("Edit the selected task"));
    m_run = make(QStringLiteral("runTaskAction"),
                 tr("&Run…"),
                 QStringLiteral("run"),
                 QKeySequence(Qt::CTRL | Qt::Key_R),
                 tr("Run the selected tasks"));
    m_copy = make(QStringLiteral("copyTaskAction"),
                  tr("&Copy…"),
                  QStringLiteral("task-copy"),
                  {},
                  tr("Create a task from a copy of the selected one"));
    m_delete = make(QStringLiteral("deleteTaskAction"),
                    tr("&Delete…"),
                    QStringLiteral("task-delete"),
                    QKeySequence(Qt::Key_Delete),
                    tr("Delete the selected tasks"));
    m_export = make(QStringLiteral("exportAction"),
                    tr("E&xport…"),
                    QStringLiteral("export"),
                    QKeySequence(Qt::CTRL | Qt::Key_E),
                    tr("Export the selected tasks as recipe files"));
    m_import = make(QStringLiteral("importAction"),
                    tr("&Import…"),
                    QStringLiteral("import"),
                    QKeySequence(Qt::CTRL | Qt::Key_I),
                    tr("Create tasks from recipe files"));
    m_credentials = make(QStringLiteral("credentialsAction"),
                         tr("API and &Credentials…"),
                         QStringLiteral("credentials"),
                         QKeySequence(Qt::CTRL | Qt::Key_K),
                         tr("Show the task's secret URL and ready-to-paste API calls"));
    m_bulkEdit = make(QStringLiteral("bulkEditAction"),
                      tr("Change &Bot, Tags or Timeout…"),
                      QStringLiteral("settings"),
                      {},
                      tr("Change several tasks at once"));
    m_refresh = make(QStringLiteral("refreshAction"),
                     tr("Re&fresh"),
                     QStringLiteral("refresh"),
                     QKeySequence(Qt::Key_F5),
                     tr("Reload tasks, jobs and bots"));
    m_find = make(QStringLiteral("findAction"),
                  tr("&Find"),
                  QStringLiteral("search"),
                  QKeySequence(Qt::CTRL | Qt::Key_F),
                  tr("Filter the task list"));

    connect(m_new, &QAction::triggered, this, &MainWindow::newTaskRequested);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const Task task = currentTask(); !task.id().isEmpty())
            Q_EMIT editTaskRequested(task);
    });
    connect(m_copy, &QAction::triggered, this, [this] {
        if (const Task task = currentTask(); !task.id().isEmpty())
            Q_EMIT copyTaskRequested(task);
    });
    connect(m_run, &QAction::triggered, this, [this] {
        if (const QList<Task> tasks = selectedTasks(); !tasks.isEmpty())
            Q_EMIT runRequested(tasks);
    });
    connect(m_delete, &QAction::triggered, this, [this] { deleteTasks(selectedTasks()); });
    connect(m_export, &QAction::triggered, this, [this] {
        if (const QList<Task> tasks = selectedTasks(); !tasks.isEmpty())
            Q_EMIT exportRequested(tasks);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Recipes"), QString(), tr("TheEye recipes (*.json);;All files (*)"));
        if (!files.isEmpty())
            Q_EMIT importRequested(files);
    });
    connect(m_credentials, &QAction::triggered, this, [this] {
        if (const Task task = currentTask(); !task.id().isEmpty())
            showCredentials(task);
    });
    connect(m_bulkEdit, &QAction::triggered, this, [this] {
        if (const QList<Task> tasks = selectedTasks(); !tasks.isEmpty())
            Q_EMIT bulkEditRequested(tasks);
    });
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Filter: name, tag, bot, script; running, failed, invalid; env:prod"));
    m_search->setMinimumWidth(320);
    m_search->addAction(AppIcons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        updateStatus();
    });
    // Focusing the search box announces typing: the proxy copies what it searches then, after the
    // focus has painted, so the first key does not wait for it (100,000 tasks: ~80 ms).
    // Not `this`: focus also changes while the window is being destroyed (its QWidget part
    // hides it), when the MainWindow part is gone; the line edit and the proxy still exist then.
    connect(qApp,
            &QApplication::focusChanged,
            m_search,
            [search = m_search, proxy = QPointer<TaskFilterProxyModel>(m_proxy)](QWidget *,
                                                                                 QWidget *now) {
                if (now == search && proxy)
                    QTimer::singleShot(0, proxy, &TaskFilterProxyModel::prepareSearch);
            });
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Esc in the search box clears it and goes back to the list.
    auto *clear = new QAction(m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        m_search->clear();
        m_view->setFocus();
    });
    m_search->addAction(clear);

    m_toolBar = addToolBar(tr("Tasks"));
    m_toolBar->setObjectName(QStringLiteral("taskToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    for (QAction *action : {m_new, m_edit, m_run})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    for (QAction *action : {m_export, m_import, m_credentials})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_search);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *connections = file->addAction(AppIcons::icon(QStringLiteral("connection-remote")),
                                        tr("&Connections…"));
    connections->setObjectName(QStringLiteral("connectionsAction"));
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connections, &QAction::triggered, this, &MainWindow::connectionsRequested);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addSeparator();
    QAction *settings = file->addAction(AppIcons::icon(QStringLiteral("settings")),
                                        tr("&Settings…"),
                                        this,
                                        [this] { openSettingsDialog(this); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *tasks = menuBar()->addMenu(tr("&Task"));
    for (QAction *action : {m_new, m_edit, m_copy, m_run, m_delete})
        tasks->addAction(action);
    tasks->addSeparator();
    tasks->addAction(m_credentials);
    tasks->addAction(m_bulkEdit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_find);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About TheEye Desktop"), this, [this] {
        QMessageBox::about(
            this,
            tr("About TheEye Desktop"),
            tr("<h3>TheEye Desktop %1</h3><p>A native administration app for TheEye task "
               "automation: tasks, jobs and recipes, against a TheEye supervisor or the "
               "local supervisor on this computer.</p>")
                .arg(QStringLiteral(THEEYE_VERSION)));
    });
}

void MainWindow::showTaskMenu(const QPoint &position)
{
    QMenu menu(this);
    for (QAction *action : {m_run, m_edit, m_copy, m_credentials})
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_export);
    menu.addAction(m_bulkEdit);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QList<Task> MainWindow::selectedTasks() const
{
    QList<Task> tasks;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    tasks.reserve(rows.size());
    for (const QModelIndex &index : rows)
        tasks.append(index.data(TaskTableModel::TaskRole).value<Task>());
    if (tasks.isEmpty() && m_view->currentIndex().isValid())
        tasks.append(m_view->currentIndex().data(TaskTableModel::TaskRole).value<Task>());
    return tasks;
}

Task MainWindow::currentTask() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(TaskTableModel::TaskRole).value<Task>() : Task();
}

void MainWindow::selectTask(const QString &taskId)
{
    const int row = m_session->taskModel()->rowOf(taskId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_session->taskModel()->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index,
                                     QItemSelectionModel::ClearAndSelect
                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::addPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    restoreDockWidget(dock);
}

void MainWindow::updateActions()
{
    const QList<Task> tasks = selectedTasks();
    const bool one = tasks.size() == 1;
    const bool any = !tasks.isEmpty();
    const bool connected = m_session->client() != nullptr;
    const bool admin = m_session->isAdmin();
    const bool runner = m_session->role() == Session::Role::Unknown || m_session->canRun();
    const bool runnable = std::all_of(tasks.cbegin(), tasks.cend(), [](const Task &t) {
        return t.canRun();
    });

    m_new->setEnabled(connected && admin);
    m_edit->setEnabled(connected && admin && one);
    m_copy->setEnabled(connected && admin && one);
    m_delete->setEnabled(connected && admin && any);
    m_import->setEnabled(connected && admin);
    m_export->setEnabled(connected && admin && any);
    m_credentials->setEnabled(connected && admin && one);
    m_bulkEdit->setEnabled(connected && admin && any);
    m_run->setEnabled(connected && runner && any && runnable);
    m_delegate->setRunEnabled(connected && runner);
    m_run->setStatusTip(any && !runnable ? tr("A selected task cannot run yet: %1")
                                               .arg(tasks.first().missingConfiguration().value(0))
                                         : tr("Run the selected tasks"));
    const QString reason = m_session->readOnlyReason();
    m_readOnlyNote->setText(reason);
    m_readOnlyNote->setVisible(!reason.isEmpty());
    m_view->viewport()->update();
}

void MainWindow::updateStatus()
{
    const int total = m_session->taskModel()->rowCount();
    const int shown = m_proxy->rowCount();
    const int running = m_session->runningJobCount();
    QString counts = shown == total ? tr("%n task(s)", nullptr, total)
                                    : tr("%1 of %n task(s)", nullptr, total).arg(shown);
    if (running > 0)
        counts += tr(" · %n job(s) in progress", nullptr, running);
    m_statusCounts->setText(counts);
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString state;
    switch (m_session->state()) {
    case Session::State::Connected:
        state = tr("connected");
        break;
    case Session::State::Connecting:
        state = tr("connecting…");
        break;
    case Session::State::Unreachable:
        state = tr("unreachable");
        break;
    case Session::State::Disconnected:
        state = tr("not connected");
        break;
    }
    const QString where = m_session->client() ? m_session->description() : tr("No supervisor");
    setWindowTitle(tr("%1 — TheEye Desktop").arg(where));
    m_statusConnection->setText(tr("%1 (%2)").arg(where, state));
    const QString icon = m_session->state() == Session::State::Unreachable
                             ? QStringLiteral("connection-lost")
                         : m_session->profile().kind == ConnectionProfile::Kind::Local
                             ? QStringLiteral("connection-local")
                             : QStringLiteral("connection-remote");
    m_statusConnection->setToolTip(m_session->profile().baseUrl.toString());
    setWindowIcon(AppIcons::icon(QStringLiteral("app")));
    Q_UNUSED(icon)
}

void MainWindow::onSessionState()
{
    switch (m_session->state()) {
    case Session::State::Unreachable: {
        const ClientError &error = m_session->lastError();
        m_banner->showProblem(tr("Cannot reach %1: %2 The list shows what was last loaded; it "
                                 "updates again as soon as the supervisor answers.")
                                  .arg(m_session->description(), error.message),
                              true,
                              true);
        break;
    }
    case Session::State::Connected:
        m_banner->hide();
        break;
    default:
        break;
    }
    updateActions();
    updateStatus();
}

void MainWindow::refresh()
{
    if (m_session->feed())
        m_session->feed()->refreshNow();
    statusBar()->showMessage(tr("Refreshing…"), 2000);
}

void MainWindow::deleteTasks(const QList<Task> &tasks, bool confirm)
{
    if (tasks.isEmpty() || !m_session->client())
        return;
    if (confirm) {
        const QString question
            = tasks.size() == 1
                  ? tr("Delete the task \"%1\"? Its jobs and schedules are deleted too.")
                        .arg(tasks.first().name())
                  : tr("Delete these %n tasks? Their jobs and schedules are deleted too.\n\n",
                       nullptr,
                       int(tasks.size()))
                        + namesForMessage(tasks);
        QMessageBox box(QMessageBox::Warning,
                        tr("Delete Tasks"),
                        question,
                        QMessageBox::Cancel,
                        this);
        box.setObjectName(QStringLiteral("deleteConfirmation"));
        QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(remove))
            return;
    }
    auto failures = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(int(tasks.size()));
    for (const Task &task : tasks) {
        const QString name = task.name();
        m_session->client()
            ->tasks()
            .remove(task.id(),
                    this,
                    [this, name, failures, pending](const Result<Done, ClientError> &result) {
                        if (!result.ok())
                            failures->append(tr("%1: %2").arg(name, result.error().message));
                        if (--*pending > 0)
                            return;
                        if (failures->isEmpty()) {
                            statusBar()->showMessage(tr("Deleted."), 5000);
                        } else {
                            QMessageBox::warning(this,
                                                 tr("Delete Tasks"),
                                                 tr("Some tasks were not deleted:\n\n%1")
                                                     .arg(failures->join(QLatin1Char('\n'))));
                        }
                    });
    }
}

void MainWindow::showCredentials(const Task &task)
{
    auto *dialog = new CredentialsDialog(m_session, task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/taskHeader"),
                      m_view->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_import->isEnabled())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty() && m_import->isEnabled()) {
        event->acceptProposedAction();
        Q_EMIT importRequested(files);
    }
}

} // namespace TheEye
