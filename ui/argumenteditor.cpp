#include "ui/argumenteditor.h"

#include "models/argumenttablemodel.h"
#include "models/recipe.h"
#include "ui/argumentdialog.h"
#include "ui/editing/problemdelegate.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

namespace {

QToolButton *toolButton(const QString &objectName,
                        const QString &text,
                        const QString &icon,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(text);
    button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QString safeFileName(QString name)
{
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("task") : name;
}

} // namespace

ArgumentEditor::ArgumentEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArgumentTableModel(this))
{
    setObjectName(QStringLiteral("argumentEditor"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("argumentTable"));
    m_view->setModel(m_model);
    // A fixed argument without its value, a bad pattern, … is tinted where it is.
    m_view->setItemDelegate(new ProblemDelegate(ArgumentTableModel::ProblemsRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // DragDrop rather than InternalMove: the model accepts only its own rows, and performs the
    // move itself (see ArgumentTableModel::dropMimeData).
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ArgumentTableModel::OrderColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(120);

    m_add = toolButton(QStringLiteral("addArgumentButton"),
                       tr("&Add"),
                       QStringLiteral("add"),
                       this);
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    for (const TaskArgument::Type type : TaskArgument::creatableTypes()) {
        QAction *action = addMenu->addAction(TaskArgument::typeDisplayName(type),
                                             this,
                                             [this, type] { addArgument(type); });
        action->setObjectName(QStringLiteral("add-") + TaskArgument::typeName(type));
    }
    m_add->setMenu(addMenu);
    m_edit = toolButton(QStringLiteral("editArgumentButton"),
                        tr("&Edit…"),
                        QStringLiteral("task-edit"),
                        this);
    m_remove = toolButton(QStringLiteral("removeArgumentButton"),
                          tr("&Delete"),
                          QStringLiteral("remove"),
                          this);
    m_up = toolButton(QStringLiteral("moveArgumentUpButton"),
                      tr("Move &Up"),
                      QStringLiteral("move-up"),
                      this);
    m_down = toolButton(QStringLiteral("moveArgumentDownButton"),
                        tr("Move Do&wn"),
                        QStringLiteral("move-down"),
                        this);
    m_more = toolButton(QStringLiteral("moreArgumentsButton"),
                        tr("&More"),
                        QStringLiteral("arguments"),
                        this);
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_more);
    moreMenu->addAction(tr("&Copy from Another Task…"), this, &ArgumentEditor::chooseTaskToCopy)
        ->setObjectName(QStringLiteral("copyArgumentsAction"));
    moreMenu->addAction(tr("&Import Arguments File…"), this, &ArgumentEditor::chooseImportFile)
        ->setObjectName(QStringLiteral("importArgumentsAction"));
    moreMenu->addAction(tr("&Export Arguments File…"), this, &ArgumentEditor::chooseExportFile)
        ->setObjectName(QStringLiteral("exportArgumentsAction"));
    m_more->setMenu(moreMenu);

    connect(m_edit, &QToolButton::clicked, this, &ArgumentEditor::editCurrent);
    connect(m_remove, &QToolButton::clicked, this, &ArgumentEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            editCurrent();
    });

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("argumentNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {m_add, m_edit, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_notice);

    const auto onChange = [this] {
        updateButtons();
        Q_EMIT changed();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, onChange);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, onChange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, onChange);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, onChange);
    connect(m_model, &QAbstractItemModel::modelReset, this, onChange);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ArgumentEditor::updateButtons);
    updateButtons();
}

void ArgumentEditor::setArguments(const QList<TaskArgument> &arguments)
{
    m_model->setArguments(arguments);
}

QList<TaskArgument> ArgumentEditor::arguments() const
{
    return m_model->arguments();
}

void ArgumentEditor::setTasksForCopy(const QList<Task> &tasks)
{
    m_tasksForCopy = tasks;
}

void ArgumentEditor::setTaskName(const QString &name)
{
    m_taskName = name;
}

QStringList ArgumentEditor::problems() const
{
    return m_model->problems();
}

int ArgumentEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void ArgumentEditor::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void ArgumentEditor::addArgument(TaskArgument::Type type)
{
    auto *dialog = new ArgumentDialog(TaskArgument::create(type, 0, 0, QString()), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int row = m_model->addArgument(dialog->argument());
        m_view->setCurrentIndex(m_model->index(row, ArgumentTableModel::LabelColumn));
    });
    dialog->open();
}

void ArgumentEditor::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new ArgumentDialog(m_model->argument(row), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Hold the argument's id, not the row: the table may be reordered while the dialog is open.
    const int id = m_model->argument(row).id();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const QList<TaskArgument> current = m_model->arguments();
        for (int i = 0; i < current.size(); ++i) {
            if (current.at(i).id() == id) {
                m_model->replaceArgument(i, dialog->argument());
                return;
            }
        }
    });
    dialog->open();
}

void ArgumentEditor::removeCurrent()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

void ArgumentEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const bool moved = delta < 0 ? m_model->moveUp(row) : m_model->moveDown(row);
    if (moved)
        m_view->setCurrentIndex(m_model->index(row + delta, ArgumentTableModel::LabelColumn));
}

bool ArgumentEditor::importFile(const QString &path, bool replace)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_notice->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        m_notice->show();
        return false;
    }
    const auto parsed = Recipe::parseArguments(file.read(16 * 1024 * 1024));
    if (!parsed) {
        m_notice->setText(tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error()));
        m_notice->show();
        return false;
    }
    QList<TaskArgument> arguments = replace ? QList<TaskArgument>() : m_model->arguments();
    bool fixedWithoutValue = false;
    const int offset = static_cast<int>(arguments.size());
    for (TaskArgument argument : *parsed) {
        argument.setOrder(offset + argument.order());
        fixedWithoutValue |= argument.isFixed() && argument.value().isEmpty();
        arguments.append(argument);
    }
    m_model->setArguments(arguments);
    // Fresh ids, so merged arguments never share one.
    QList<TaskArgument> renumbered = m_model->arguments();
    for (int i = 0; i < renumbered.size(); ++i)
        renumbered[i].setId(i + 1);
    m_model->setArguments(renumbered);
    m_notice->setText(fixedWithoutValue
                          ? tr("Fixed values are not exported: fill them in the Value column.")
                          : QString());
    m_notice->setVisible(fixedWithoutValue);
    return true;
}

bool ArgumentEditor::exportFile(const QString &path)
{
    bool hadFixed = false;
    const QByteArray bytes = Recipe::argumentsFileBytes(m_model->arguments(), &hadFixed);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_notice->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        m_notice->show();
        return false;
    }
    m_notice->setText(hadFixed ? tr("For security, fixed values were exported empty.") : QString());
    m_notice->setVisible(hadFixed);
    return true;
}

void ArgumentEditor::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Arguments"), QString(), tr("Arguments or recipe (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    bool replace = true;
    if (m_model->rowCount() > 0) {
        QMessageBox box(QMessageBox::Question,
                        tr("Import Arguments"),
                        tr("This task already has arguments."),
                        QMessageBox::Cancel,
                        this);
        QPushButton *override = box.addButton(tr("&Replace Them"), QMessageBox::AcceptRole);
        box.addButton(tr("&Add After Them"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == box.button(QMessageBox::Cancel))
            return;
        replace = box.clickedButton() == static_cast<QAbstractButton *>(override);
    }
    importFile(path, replace);
}

void ArgumentEditor::chooseExportFile()
{
    const QString suggested = safeFileName(m_taskName) + QStringLiteral("_arguments.json");
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Arguments"),
                                                      suggested,
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportFile(path);
}

void ArgumentEditor::chooseTaskToCopy()
{
    QStringList names;
    QList<Task> candidates;
    for (const Task &task : std::as_const(m_tasksForCopy)) {
        if (task.arguments().isEmpty())
            continue;
        names.append(
            tr("%1 (%n argument(s))", nullptr, int(task.arguments().size())).arg(task.name()));
        candidates.append(task);
    }
    if (candidates.isEmpty()) {
        QMessageBox::information(this,
                                 tr("Copy Arguments"),
                                 tr("No other task has arguments to copy."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this,
                                                 tr("Copy Arguments"),
                                                 tr("Replace the arguments with those of:"),
                                                 names,
                                                 0,
                                                 false,
                                                 &ok);
    if (!ok)
        return;
    setArguments(candidates.at(names.indexOf(chosen)).arguments());
}

} // namespace TheEye
