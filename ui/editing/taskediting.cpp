#include "ui/editing/taskediting.h"

#include "ui/editing/exportoptionsdialog.h"
#include "ui/editing/resultlistdialog.h"
#include "ui/editing/taskeditordialog.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace TheEye {

using namespace Qt::StringLiterals;
using RecipeFiles::ExportKind;

namespace {

const QString FolderKey = u"Export/folder"_s;
const QString KindKey = u"Export/kind"_s;

QString lastFolder()
{
    const QString saved = QSettings().value(FolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

ExportKind lastKind()
{
    const int kind = QSettings().value(KindKey, int(ExportKind::Recipe)).toInt();
    return kind >= int(ExportKind::Recipe) && kind <= int(ExportKind::Arguments)
               ? static_cast<ExportKind>(kind)
               : ExportKind::Recipe;
}

void remember(const QString &folder, ExportKind kind)
{
    QSettings settings;
    settings.setValue(FolderKey, folder);
    settings.setValue(KindKey, int(kind));
}

} // namespace

TaskEditing::TaskEditing(Session *session, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
    if (!window)
        return;
    connect(window, &MainWindow::newTaskRequested, this, [this] { newTask(); });
    connect(window, &MainWindow::editTaskRequested, this, [this](const Task &task) {
        editTask(task);
    });
    connect(window, &MainWindow::copyTaskRequested, this, [this](const Task &task) {
        copyTask(task);
    });
    connect(window, &MainWindow::exportRequested, this, &TaskEditing::exportTasks);
    connect(window, &MainWindow::importRequested, this, [this](const QStringList &files) {
        importFiles(files);
    });
}

TaskEditing::~TaskEditing() = default;

ResultListDialog *TaskEditing::resultList() const
{
    return m_results;
}

QWidget *TaskEditing::dialogParent() const
{
    return m_window.data();
}

void TaskEditing::showStatus(const QString &message)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, 8000);
}

TaskEditorDialog *TaskEditing::newTask()
{
    return openEditor(Task::newScriptTask(), int(TaskEditorDialog::Mode::Create));
}

bool TaskEditing::refuseNonScript(const Task &task)
{
    if (task.isScriptTask())
        return false;
    QMessageBox::information(dialogParent(),
                             tr("Not a Script Task"),
                             tr("“%1” is a %2 task. TheEye Desktop edits script tasks only; "
                                "change this one in TheEye's web UI.")
                                 .arg(task.name(), task.type()));
    return true;
}

TaskEditorDialog *TaskEditing::editTask(const Task &task)
{
    if (refuseNonScript(task))
        return nullptr;
    if (const auto open = m_editors.value(task.id()); open) {
        open->raise();
        open->activateWindow();
        return open;
    }
    return openEditor(task, int(TaskEditorDialog::Mode::Edit));
}

TaskEditorDialog *TaskEditing::copyTask(const Task &task)
{
    if (refuseNonScript(task))
        return nullptr;
    return openEditor(task, int(TaskEditorDialog::Mode::Copy));
}

TaskEditorDialog *TaskEditing::openEditor(const Task &task, int mode)
{
    auto *dialog = new TaskEditorDialog(m_session,
                                        task,
                                        static_cast<TaskEditorDialog::Mode>(mode),
                                        dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->mode() == TaskEditorDialog::Mode::Edit)
        m_editors.insert(task.id(), dialog);
    connect(dialog, &TaskEditorDialog::taskSaved, this, [this, mode](const Task &saved) {
        showStatus(mode == int(TaskEditorDialog::Mode::Edit)
                       ? tr("Saved “%1”.").arg(saved.name())
                       : tr("Created “%1”.").arg(saved.name()));
        if (m_window)
            m_window->selectTask(saved.id());
    });
    dialog->open();
    return dialog;
}

void TaskEditing::exportTasks(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return;
    if (tasks.size() > 1) {
        auto *options = new ExportOptionsDialog(int(tasks.size()), lastFolder(), dialogParent());
        options->setAttribute(Qt::WA_DeleteOnClose);
        options->setKind(lastKind());
        connect(options, &QDialog::accepted, this, [this, options, tasks] {
            remember(options->folder(), options->kind());
            exportToFolder(tasks, options->kind(), options->folder());
        });
        options->open();
        return;
    }
    const Task task = tasks.first();
    const QList<ExportKind> kinds{ExportKind::Recipe, ExportKind::Backup, ExportKind::Arguments};
    QStringList filters;
    for (const ExportKind kind : kinds)
        filters.append(RecipeFiles::nameFilter(kind));
    auto *dialog = new QFileDialog(dialogParent(),
                                   tr("Export “%1”").arg(task.name()),
                                   lastFolder());
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(filters);
    const auto kindOf = [filters, kinds](const QString &filter) {
        const qsizetype index = filters.indexOf(filter);
        return index >= 0 ? kinds.at(index) : ExportKind::Recipe;
    };
    const auto suggest = [dialog, task](ExportKind kind) {
        dialog->setDefaultSuffix(kind == ExportKind::Arguments ? u"json"_s
                                 : kind == ExportKind::Backup  ? u"backup.json"_s
                                                               : u"recipe.json"_s);
        dialog->selectFile(RecipeFiles::fileName(task.name(), kind));
    };
    dialog->selectNameFilter(RecipeFiles::nameFilter(lastKind()));
    suggest(lastKind());
    // The name follows the choice, so a recipe and a backup never end up with the same name.
    connect(dialog, &QFileDialog::filterSelected, dialog, [suggest, kindOf](const QString &filter) {
        suggest(kindOf(filter));
    });
    connect(dialog,
            &QFileDialog::fileSelected,
            this,
            [this, dialog, task, kindOf](const QString &path) {
                const ExportKind kind = kindOf(dialog->selectedNameFilter());
                remember(QFileInfo(path).absolutePath(), kind);
                exportToFile(task, kind, path);
            });
    dialog->open();
}

RecipeExporter *TaskEditing::exportToFile(const Task &task, ExportKind kind, const QString &path)
{
    auto *exporter = new RecipeExporter(m_session ? m_session->client() : nullptr, this);
    connect(exporter, &RecipeExporter::finished, this, [this, exporter](const auto &outcomes) {
        exporter->deleteLater();
        showExportResults(outcomes, true);
        Q_EMIT exportFinished(outcomes);
    });
    exporter->start({{task, path}}, kind);
    return exporter;
}

RecipeExporter *TaskEditing::exportToFolder(const QList<Task> &tasks,
                                            ExportKind kind,
                                            const QString &folder)
{
    auto *exporter = new RecipeExporter(m_session ? m_session->client() : nullptr, this);
    connect(exporter, &RecipeExporter::progress, this, [this](int done, int total) {
        showStatus(tr("Exporting %1 of %2…").arg(done + 1).arg(total));
    });
    connect(exporter, &RecipeExporter::finished, this, [this, exporter](const auto &outcomes) {
        exporter->deleteLater();
        showExportResults(outcomes, false);
        Q_EMIT exportFinished(outcomes);
    });
    exporter->start(RecipeExporter::plan(tasks, kind, folder), kind);
    return exporter;
}

ResultListDialog *TaskEditing::openResultList(const QString &title)
{
    if (m_results)
        m_results->close();
    auto *dialog = new ResultListDialog(title, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_results = dialog;
    return dialog;
}

void TaskEditing::showExportResults(const QList<RecipeExporter::Outcome> &outcomes, bool single)
{
    if (single && outcomes.size() == 1) {
        const RecipeExporter::Outcome &outcome = outcomes.first();
        if (outcome.ok) {
            showStatus(outcome.message);
            return;
        }
        QMessageBox::warning(dialogParent(), tr("Export"), outcome.message);
        return;
    }
    ResultListDialog *dialog = openResultList(tr("Export"));
    for (const RecipeExporter::Outcome &outcome : outcomes)
        dialog->addResult(outcome.taskName,
                          outcome.ok ? ResultListDialog::Outcome::Done
                                     : ResultListDialog::Outcome::Failed,
                          outcome.message);
    dialog->open();
}

ImportPreviewDialog *TaskEditing::importFiles(const QStringList &paths)
{
    const QList<RecipeFiles::Source> sources = RecipeFiles::load(paths);
    if (sources.isEmpty())
        return nullptr;
    const bool anyReadable = std::any_of(sources.cbegin(),
                                         sources.cend(),
                                         [](const RecipeFiles::Source &source) {
                                             return source.recipe.has_value();
                                         });
    if (!anyReadable) {
        QList<ImportPreviewDialog::Entry> entries;
        for (const RecipeFiles::Source &source : sources)
            entries.append(
                {source.displayName, ImportPreviewDialog::State::Unreadable, source.error, {}});
        showImportResults(entries);
        Q_EMIT importFinished(entries);
        return nullptr;
    }
    auto *dialog = new ImportPreviewDialog(m_session ? m_session->client() : nullptr,
                                           sources,
                                           m_session ? m_session->hosts() : QList<Host>(),
                                           m_session ? m_session->knownRunAs() : QStringList(),
                                           dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportPreviewDialog::taskImported, this, [this](const Task &task) {
        showStatus(tr("Imported “%1”.").arg(task.name()));
        if (m_window)
            m_window->selectTask(task.id());
    });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const auto entries = dialog->entries();
        showImportResults(entries);
        Q_EMIT importFinished(entries);
    });
    dialog->open();
    return dialog;
}

void TaskEditing::showImportResults(const QList<ImportPreviewDialog::Entry> &entries)
{
    // One recipe that went in needs no list: the status bar says it.
    if (entries.size() == 1 && entries.first().state == ImportPreviewDialog::State::Imported)
        return;
    ResultListDialog *dialog = openResultList(tr("Import"));
    for (const ImportPreviewDialog::Entry &entry : entries) {
        ResultListDialog::Outcome outcome = ResultListDialog::Outcome::Failed;
        if (entry.state == ImportPreviewDialog::State::Imported)
            outcome = ResultListDialog::Outcome::Done;
        else if (entry.state == ImportPreviewDialog::State::Skipped)
            outcome = ResultListDialog::Outcome::Skipped;
        dialog->addResult(entry.displayName, outcome, entry.message);
    }
    dialog->open();
}

} // namespace TheEye
