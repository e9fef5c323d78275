#include "ui/scripteditordialog.h"

#include "ui/codeeditor.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

namespace TheEye {

namespace {
constexpr qint64 MaxScriptBytes = 8 * 1024 * 1024;
}

ScriptEditorDialog::ScriptEditorDialog(const Script &script,
                                       const QByteArray &content,
                                       QWidget *parent)
    : QDialog(parent)
    , m_original(script)
    , m_originalContent(content)
{
    setObjectName(QStringLiteral("scriptEditorDialog"));
    setWindowTitle(script.id().isEmpty() ? tr("New Script")
                                         : tr("Edit Script %1").arg(script.filename()));

    m_filename = new QLineEdit(script.filename(), this);
    m_filename->setObjectName(QStringLiteral("scriptFilenameEdit"));
    m_filename->setPlaceholderText(tr("e.g. check_disk.sh"));
    m_description = new QLineEdit(script.description(), this);
    m_description->setObjectName(QStringLiteral("scriptDescriptionEdit"));
    m_editor = new CodeEditor(this);
    m_editor->setObjectName(QStringLiteral("scriptContentEdit"));
    m_editor->setPlainText(QString::fromUtf8(content));
    m_editor->document()->setModified(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scriptSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scriptProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&File name:"), m_filename);
    form->addRow(tr("&Description:"), m_description);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *load = m_buttons->addButton(tr("&Load from File…"), QDialogButtonBox::ActionRole);
    load->setObjectName(QStringLiteral("loadScriptButton"));
    QPushButton *save = m_buttons->addButton(tr("&Save to File…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveScriptButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ScriptEditorDialog::reject);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Script"));
        if (!path.isEmpty() && !loadFile(path))
            QMessageBox::warning(this, tr("Load Script"), m_problem->text());
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Save Script"),
                                                          m_filename->text());
        if (!path.isEmpty() && !saveFile(path))
            QMessageBox::warning(this, tr("Save Script"), m_problem->text());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_filename, &QLineEdit::textChanged, this, &ScriptEditorDialog::updateState);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScriptEditorDialog::updateState);
    resize(QSettings().value(QStringLiteral("ScriptEditorDialog/size"), QSize(760, 560)).toSize());
    updateState();
}

Script ScriptEditorDialog::script() const
{
    Script script = Script::forContent(m_filename->text().trimmed(), content());
    QJsonObject json = m_original.toJson();
    const QJsonObject fresh = script.toJson();
    for (auto it = fresh.begin(); it != fresh.end(); ++it)
        json.insert(it.key(), it.value());
    json.insert(QStringLiteral("description"), m_description->text());
    return Script(json);
}

QByteArray ScriptEditorDialog::content() const
{
    return m_editor->toPlainText().toUtf8();
}

bool ScriptEditorDialog::isModified() const
{
    return content() != m_originalContent || m_filename->text().trimmed() != m_original.filename()
           || m_description->text() != m_original.description();
}

bool ScriptEditorDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (file.size() > MaxScriptBytes) {
        m_problem->setText(tr("%1 is %2; scripts may be at most %3.")
                               .arg(QFileInfo(path).fileName(),
                                    QLocale().formattedDataSize(file.size()),
                                    QLocale().formattedDataSize(MaxScriptBytes)));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        m_problem->setText(tr("%1 is not a text file.").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(bytes));
    if (m_filename->text().trimmed().isEmpty())
        m_filename->setText(QFileInfo(path).fileName());
    updateState();
    return true;
}

bool ScriptEditorDialog::saveFile(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = content();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_problem->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ScriptEditorDialog::updateState()
{
    const QByteArray bytes = content();
    m_editor->highlighter()->setLanguage(
        ScriptHighlighter::languageForFileName(m_filename->text()));
    m_summary->setText(
        tr("%1 · md5 %2").arg(QLocale().formattedDataSize(bytes.size()), Script::md5Hex(bytes)));
    QString problem;
    const QString name = m_filename->text().trimmed();
    if (name.isEmpty())
        problem = tr("The script needs a file name.");
    else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == u".."
             || name == u".")
        problem = tr("The file name cannot contain a path.");
    else if (bytes.trimmed().isEmpty())
        problem = tr("The script is empty.");
    else if (bytes.size() > MaxScriptBytes)
        problem = tr("Scripts may be at most %1.").arg(QLocale().formattedDataSize(MaxScriptBytes));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ScriptEditorDialog::reject()
{
    if (isModified()
        && QMessageBox::question(this,
                                 tr("Discard Changes"),
                                 tr("Discard the changes to this script?"),
                                 QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void ScriptEditorDialog::done(int result)
{
    // On OK as well as on Cancel.
    QSettings().setValue(QStringLiteral("ScriptEditorDialog/size"), size());
    QDialog::done(result);
}

} // namespace TheEye
