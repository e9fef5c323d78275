#include "ui/editing/exportoptionsdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;
using RecipeFiles::ExportKind;

ExportOptionsDialog::ExportOptionsDialog(int taskCount, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_kinds(new QButtonGroup(this))
    , m_folder(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("exportOptionsDialog"));
    setWindowTitle(tr("Export %n Task(s)", nullptr, taskCount));

    auto *layout = new QVBoxLayout(this);
    const auto addKind = [this, layout](ExportKind kind,
                                        const QString &objectName,
                                        const QString &text,
                                        const QString &help) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(objectName);
        m_kinds->addButton(radio, int(kind));
        auto *note = new QLabel(help, this);
        note->setWordWrap(true);
        note->setIndent(24);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(radio);
        layout->addWidget(note);
    };
    addKind(ExportKind::Recipe,
            u"recipeRadio"_s,
            tr("&Recipe (shallow), <name>.recipe.json"),
            tr("A task template to share: fixed argument values and environment values are "
               "left empty, and the bot, ACL and triggers are not included."));
    addKind(ExportKind::Backup,
            u"backupRadio"_s,
            tr("&Backup (deep), <name>.backup.json"),
            tr("Everything, including fixed argument values and environment values (which may "
               "be secrets). Keep backups safe."));
    addKind(ExportKind::Arguments,
            u"argumentsRadio"_s,
            tr("&Arguments, <name>_arguments.json"),
            tr("The argument definitions only; fixed values are left empty."));
    m_kinds->button(int(ExportKind::Recipe))->setChecked(true);

    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setText(folder);
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("browseFolderButton"));
    browse->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    layout->addSpacing(8);
    layout->addLayout(folderRow);
    auto *note = new QLabel(tr("One file per task. A file of the same name in the folder is "
                               "replaced; tasks with the same name get -2, -3, …"),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem->setObjectName(QStringLiteral("exportProblemLabel"));
    m_problem->setStyleSheet(u"color: #c01c28;"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportOptionsDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this,
                                                                 tr("Export to Folder"),
                                                                 m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    validate();
}

RecipeFiles::ExportKind ExportOptionsDialog::kind() const
{
    return static_cast<ExportKind>(m_kinds->checkedId());
}

void ExportOptionsDialog::setKind(RecipeFiles::ExportKind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
}

QString ExportOptionsDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void ExportOptionsDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportOptionsDialog::validate()
{
    QString problem;
    const QFileInfo info(folder());
    if (folder().isEmpty())
        problem = tr("Choose the folder that receives the files.");
    else if (!info.exists())
        problem = tr("The folder does not exist.");
    else if (!info.isDir())
        problem = tr("This is a file, not a folder.");
    else if (!info.isWritable())
        problem = tr("The folder cannot be written to.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace TheEye
