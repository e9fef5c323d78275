#include "ui/editing/importpreviewdialog.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "ui/appicons.h"
#include "ui/editing/importpreviewpage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {
const QString SizeKey = u"ImportPreviewDialog/size"_s;
}

ImportPreviewDialog::ImportPreviewDialog(SupervisorClient *client,
                                         const QList<RecipeFiles::Source> &sources,
                                         const QList<Host> &hosts,
                                         const QStringList &knownRunAs,
                                         QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_position(new QLabel(this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %n Recipe(s)", nullptr, int(sources.size())));
    setSizeGripEnabled(true);
    m_list->setObjectName(QStringLiteral("importFileList"));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setMinimumWidth(200);
    m_stack->setObjectName(QStringLiteral("importPages"));
    m_position->setObjectName(QStringLiteral("importPositionLabel"));

    for (const RecipeFiles::Source &source : sources) {
        Entry entry;
        entry.displayName = source.displayName;
        if (source.recipe) {
            auto *page = new ImportPreviewPage(source.displayName,
                                               *source.recipe,
                                               hosts,
                                               knownRunAs,
                                               m_stack);
            connect(page, &ImportPreviewPage::changed, this, &ImportPreviewDialog::updateButtons);
            m_pages.append(page);
            m_stack->addWidget(page);
        } else {
            entry.state = State::Unreadable;
            entry.message = source.error;
            auto *error = new QLabel(source.error, m_stack);
            error->setObjectName(QStringLiteral("importUnreadableLabel"));
            error->setWordWrap(true);
            error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            error->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_pages.append(nullptr);
            m_stack->addWidget(error);
        }
        m_entries.append(entry);
        m_list->addItem(source.displayName);
        updateListItem(int(m_entries.size() - 1));
    }

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_skip->setAutoDefault(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_import, &QPushButton::clicked, this, &ImportPreviewDialog::importCurrent);
    connect(m_skip, &QPushButton::clicked, this, &ImportPreviewDialog::skipCurrent);
    connect(m_close, &QPushButton::clicked, this, &ImportPreviewDialog::reject);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_position, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
        updateButtons();
    });
    // Start on the first recipe that can be imported.
    int first = 0;
    while (first < count() && !m_pages.at(first))
        ++first;
    m_list->setCurrentRow(first < count() ? first : 0);
    resize(QSettings().value(SizeKey, QSize(920, 680)).toSize());
    updateButtons();
}

ImportPreviewDialog::~ImportPreviewDialog()
{
    if (m_call)
        m_call->cancel();
    QSettings().setValue(SizeKey, size());
}

int ImportPreviewDialog::currentIndex() const
{
    return m_list->currentRow();
}

void ImportPreviewDialog::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

ImportPreviewPage *ImportPreviewDialog::page(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : nullptr;
}

void ImportPreviewDialog::updateListItem(int index)
{
    const Entry &entry = m_entries.at(index);
    QListWidgetItem *item = m_list->item(index);
    const char *icon = "state-queued";
    switch (entry.state) {
    case State::Pending:
        icon = entry.message.isEmpty() ? "task" : "warning";
        break;
    case State::Imported:
        icon = "state-success";
        break;
    case State::Skipped:
        icon = "state-canceled";
        break;
    case State::Failed:
    case State::Unreadable:
        icon = "state-failure";
        break;
    }
    item->setIcon(AppIcons::icon(QString::fromLatin1(icon)));
    item->setToolTip(entry.message);
}

void ImportPreviewDialog::updateButtons()
{
    const int index = currentIndex();
    ImportPreviewPage *current = page(index);
    const bool pending = index >= 0 && m_entries.at(index).state == State::Pending;
    const QStringList problems = current ? current->problems() : QStringList();
    m_import->setEnabled(current && pending && problems.isEmpty() && !isBusy());
    m_import->setToolTip(problems.join(u'\n'));
    m_skip->setEnabled(current && pending && !isBusy());
    int done = 0;
    for (const Entry &entry : std::as_const(m_entries))
        done += entry.state == State::Pending ? 0 : 1;
    m_position->setText(tr("Recipe %1 of %2 · %3 handled").arg(index + 1).arg(count()).arg(done));
}

void ImportPreviewDialog::importCurrent()
{
    const int index = currentIndex();
    ImportPreviewPage *current = page(index);
    if (!current || isBusy() || m_entries.at(index).state != State::Pending
        || !current->problems().isEmpty())
        return;
    if (!m_client) {
        current->setStatus(tr("Not connected to a supervisor: connect, then import again."), true);
        return;
    }
    current->setBusy(true);
    current->setStatus(tr("Creating the task…"), false);
    auto *call = m_client->tasks().create(current->task());
    m_call = call;
    updateButtons();
    call->then(this, [this, index, current](const Result<Task, ClientError> &result) {
        m_call.clear();
        current->setBusy(false);
        Entry &entry = m_entries[index];
        if (!result) {
            const ClientError &error = result.error();
            QString message = tr("The supervisor did not create the task: %1").arg(error.message);
            if (!error.fieldProblems.isEmpty()) {
                QStringList fields;
                for (const FieldProblem &problem : error.fieldProblems)
                    fields.append(tr("%1 (%2)").arg(problem.field, problem.code));
                message += u' ' + tr("Refused: %1.").arg(fields.join(u", "_s));
            }
            entry.message = message;
            current->setStatus(message, true);
            updateListItem(index);
            updateButtons();
            return;
        }
        entry.state = State::Imported;
        entry.created = *result;
        entry.message = tr("Created “%1”.").arg(result->name());
        current->setStatus(entry.message, false);
        current->setEnabled(false);
        updateListItem(index);
        Q_EMIT taskImported(*result);
        advance();
    });
}

void ImportPreviewDialog::skipCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !page(index) || m_entries.at(index).state != State::Pending || isBusy())
        return;
    m_entries[index].state = State::Skipped;
    m_entries[index].message = tr("Skipped.");
    page(index)->setStatus(m_entries[index].message, false);
    updateListItem(index);
    advance();
}

void ImportPreviewDialog::advance()
{
    for (int step = 1; step <= count(); ++step) {
        const int index = (currentIndex() + step) % count();
        if (m_entries.at(index).state == State::Pending && page(index)) {
            setCurrentIndex(index);
            return;
        }
    }
    // Everything is handled.
    updateButtons();
    QDialog::accept();
}

void ImportPreviewDialog::reject()
{
    int left = 0;
    for (int i = 0; i < count(); ++i)
        left += m_entries.at(i).state == State::Pending && page(i) ? 1 : 0;
    if (left > 0 || isBusy()) {
        QMessageBox box(QMessageBox::Question,
                        tr("Stop Importing"),
                        tr("%n recipe(s) not imported yet. Close anyway?", nullptr, left),
                        QMessageBox::Close | QMessageBox::Cancel,
                        this);
        box.setObjectName(QStringLiteral("stopImportBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Close)
            return;
        if (m_call)
            m_call->cancel();
        m_call.clear();
        for (int i = 0; i < count(); ++i) {
            if (m_entries.at(i).state != State::Pending || !page(i))
                continue;
            // A recipe the supervisor refused keeps its reason.
            if (m_entries.at(i).message.isEmpty()) {
                m_entries[i].state = State::Skipped;
                m_entries[i].message = tr("Not imported: the import was closed.");
            } else {
                m_entries[i].state = State::Failed;
            }
        }
    }
    QDialog::reject();
}

} // namespace TheEye
