#include "ui/editing/importpreviewpage.h"

#include "models/dataurl.h"
#include "models/durationformat.h"
#include "ui/appicons.h"
#include "ui/codeeditor.h"
#include "ui/editing/problemdelegate.h"
#include "ui/editing/runas.h"
#include "ui/scripteditordialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {
const QString ErrorStyle = u"color: #c01c28;"_s;

void setHighlighted(QWidget *widget, bool highlighted)
{
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette()
                                              : widget->palette();
    if (highlighted) {
        // Base for line edits, Button for a combo box that is not editable.
        palette.setColor(QPalette::Base, ProblemDelegate::problemBackground(palette));
        palette.setColor(QPalette::Button, ProblemDelegate::problemBackground(palette));
    }
    widget->setPalette(palette);
    widget->setProperty("needsValue", highlighted);
}
} // namespace

ImportPreviewPage::ImportPreviewPage(const QString &displayName,
                                     const Recipe::Imported &recipe,
                                     const QList<Host> &hosts,
                                     const QStringList &knownRunAs,
                                     QWidget *parent)
    : QWidget(parent)
    , m_displayName(displayName)
    , m_recipe(recipe)
    , m_hosts(hosts)
    , m_script(recipe.script)
    , m_content(recipe.scriptContent)
{
    setObjectName(QStringLiteral("importPreviewPage"));

    auto *header = new QLabel(this);
    header->setObjectName(QStringLiteral("importFileLabel"));
    header->setWordWrap(true);
    header->setText(recipe.format == Recipe::Imported::Format::Legacy
                        ? tr("<b>%1</b>: a TheEye recipe in the older {task, file} format.")
                              .arg(displayName.toHtmlEscaped())
                        : tr("<b>%1</b>: a TheEye recipe.").arg(displayName.toHtmlEscaped()));

    m_name = new QLineEdit(recipe.task.name(), this);
    m_name->setObjectName(QStringLiteral("importNameEdit"));

    m_bot = new QComboBox(this);
    m_bot->setObjectName(QStringLiteral("importBotCombo"));
    m_bot->addItem(tr("(choose a bot)"), QString());
    for (const Host &host : hosts) {
        m_bot->addItem(AppIcons::icon(host.isReporting() ? QStringLiteral("bot")
                                                         : QStringLiteral("bot-offline")),
                       host.isReporting() ? host.hostname()
                                          : tr("%1 (stopped reporting)").arg(host.hostname()),
                       host.id());
    }
    // With one bot there is nothing to choose.
    if (hosts.size() == 1)
        m_bot->setCurrentIndex(1);

    m_runAs = new QComboBox(this);
    m_runAs->setObjectName(QStringLiteral("importRunAsCombo"));
    m_runAs->setEditable(true);
    m_runAs->setInsertPolicy(QComboBox::NoInsert);
    QStringList runners = RunAs::builtInRunners();
    for (const QString &used : knownRunAs) {
        if (!runners.contains(used))
            runners.append(used);
    }
    m_runAs->addItems(runners);
    m_runAs->setCurrentIndex(-1);
    m_runAs->setCurrentText(recipe.task.scriptRunAs());
    m_runAs->lineEdit()->setPlaceholderText(tr("the recipe has none: select a runner"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Bot"), m_bot);
    form->addRow(tr("&Run As"), m_runAs);
    form->addRow(tr("Will create"), m_summary);

    m_valuesBox = new QGroupBox(tr("Fixed values and environment (blank ones are highlighted)"),
                                this);
    m_valuesBox->setObjectName(QStringLiteral("importValuesBox"));
    buildValues();

    m_scriptInfo = new QLabel(this);
    m_scriptInfo->setObjectName(QStringLiteral("importScriptInfoLabel"));
    m_scriptInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editScript = new QPushButton(AppIcons::icon(QStringLiteral("script")),
                                   tr("&Edit Script Before Import…"),
                                   this);
    m_editScript->setObjectName(QStringLiteral("editImportScriptButton"));
    m_editScript->setAutoDefault(false);
    connect(m_editScript, &QPushButton::clicked, this, &ImportPreviewPage::editScript);
    m_scriptView = new CodeEditor(this);
    m_scriptView->setObjectName(QStringLiteral("importScriptView"));
    m_scriptView->setReadOnly(true);
    m_scriptView->setPlainText(QString::fromUtf8(m_content));
    m_scriptView->highlighter()->setLanguage(
        ScriptHighlighter::languageForFileName(m_script.filename()));
    auto *scriptRow = new QHBoxLayout;
    scriptRow->addWidget(m_scriptInfo, 1);
    scriptRow->addWidget(m_editScript);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("importProblemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(ErrorStyle);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addLayout(form);
    layout->addWidget(m_valuesBox);
    layout->addLayout(scriptRow);
    layout->addWidget(m_scriptView, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);

    const auto onChange = [this] {
        updateHighlights();
        updateSummary();
        Q_EMIT changed();
    };
    connect(m_name, &QLineEdit::textChanged, this, onChange);
    connect(m_bot, &QComboBox::currentIndexChanged, this, onChange);
    connect(m_runAs, &QComboBox::currentTextChanged, this, onChange);
    for (QLineEdit *edit : std::as_const(m_fixedValues))
        connect(edit, &QLineEdit::textChanged, this, onChange);
    for (QLineEdit *edit : std::as_const(m_envValues))
        connect(edit, &QLineEdit::textChanged, this, onChange);
    for (QToolButton *button : std::as_const(m_envRemove))
        connect(button, &QToolButton::toggled, this, onChange);
    updateHighlights();
    updateSummary();
}

void ImportPreviewPage::buildValues()
{
    auto *form = new QFormLayout(m_valuesBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    int rows = 0;
    for (const TaskArgument &argument : m_recipe.task.arguments()) {
        if (!argument.isFixed())
            continue;
        auto *edit = new QLineEdit(argument.value(), m_valuesBox);
        edit->setObjectName(u"fixedValueEdit"_s + QString::number(argument.order()));
        edit->setPlaceholderText(tr("the fixed value of this argument"));
        if (argument.isMasked())
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        m_fixedValues.insert(argument.order(), edit);
        form->addRow(tr("Argument “%1”").arg(argument.label()), edit);
        ++rows;
    }
    const QMap<QString, QString> env = m_recipe.task.env();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        auto *edit = new QLineEdit(it.value(), m_valuesBox);
        edit->setObjectName(u"envValueEdit_"_s + it.key());
        edit->setPlaceholderText(tr("the value of this environment variable"));
        auto *remove = new QToolButton(m_valuesBox);
        remove->setObjectName(u"removeEnv_"_s + it.key());
        remove->setCheckable(true);
        remove->setIcon(AppIcons::icon(QStringLiteral("remove")));
        remove->setToolTip(tr("Leave %1 out of the imported task").arg(it.key()));
        connect(remove, &QToolButton::toggled, edit, &QLineEdit::setDisabled);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(remove);
        m_envValues.insert(it.key(), edit);
        m_envRemove.insert(it.key(), remove);
        form->addRow(tr("Environment %1").arg(it.key()), row);
        ++rows;
    }
    if (rows == 0) {
        auto *none = new QLabel(tr("This recipe has no fixed values or environment variables."),
                                m_valuesBox);
        form->addRow(none);
    }
}

QString ImportPreviewPage::selectedHostId() const
{
    return m_bot->currentData().toString();
}

Task ImportPreviewPage::task() const
{
    Task task = m_recipe.task;
    task.setName(m_name->text().trimmed());
    task.setHostId(selectedHostId());
    task.setScriptRunAs(m_runAs->currentText().trimmed());
    QList<TaskArgument> arguments = task.arguments();
    for (TaskArgument &argument : arguments) {
        if (QLineEdit *edit = m_fixedValues.value(argument.order()); argument.isFixed() && edit)
            argument.setValue(edit->text());
    }
    task.setArguments(arguments);
    QMap<QString, QString> env;
    for (auto it = m_envValues.cbegin(); it != m_envValues.cend(); ++it) {
        if (!m_envRemove.value(it.key())->isChecked())
            env.insert(it.key(), it.value()->text());
    }
    if (!m_recipe.task.toJson().value("env"_L1).isUndefined() || !env.isEmpty())
        task.setEnv(env);
    if (m_scriptEdited) {
        QJsonObject script = m_recipe.task.embeddedScript();
        const QJsonObject fresh = m_script.toJson();
        for (const auto key :
             {"filename"_L1, "extension"_L1, "mimetype"_L1, "size"_L1, "md5"_L1, "description"_L1})
            script.insert(key, fresh.value(key));
        script.insert("data"_L1, DataUrl{u"text/plain"_s, {}, m_content}.toString());
        // The supervisor reuses a file it finds by source_model_id: edited content must not be
        // matched to the original (supervisor-api.md §7.2).
        script.remove("source_model_id"_L1);
        task.setEmbeddedScript(script);
    }
    return task;
}

QStringList ImportPreviewPage::problems() const
{
    QStringList problems;
    if (m_name->text().trimmed().isEmpty())
        problems.append(tr("Give the task a name."));
    if (selectedHostId().isEmpty())
        problems.append(m_hosts.isEmpty() ? tr("No bot is registered with the supervisor yet.")
                                          : tr("Choose the bot that runs the task."));
    if (m_runAs->currentText().trimmed().isEmpty())
        problems.append(tr("The recipe does not say how the script runs: choose a Run As."));
    for (const TaskArgument &argument : m_recipe.task.arguments()) {
        const QLineEdit *edit = m_fixedValues.value(argument.order());
        if (argument.isFixed() && edit && edit->text().isEmpty())
            problems.append(tr("Fill the fixed value of “%1”.").arg(argument.label()));
    }
    for (auto it = m_envValues.cbegin(); it != m_envValues.cend(); ++it) {
        if (!m_envRemove.value(it.key())->isChecked() && it.value()->text().isEmpty())
            problems.append(tr("Fill the environment variable %1, or leave it out.").arg(it.key()));
    }
    return problems;
}

void ImportPreviewPage::updateHighlights()
{
    for (QLineEdit *edit : std::as_const(m_fixedValues))
        setHighlighted(edit, edit->text().isEmpty());
    for (auto it = m_envValues.cbegin(); it != m_envValues.cend(); ++it)
        setHighlighted(it.value(),
                       it.value()->text().isEmpty() && !m_envRemove.value(it.key())->isChecked());
    setHighlighted(m_runAs, m_runAs->currentText().trimmed().isEmpty());
    setHighlighted(m_bot, selectedHostId().isEmpty());
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
}

void ImportPreviewPage::updateSummary()
{
    const QLocale locale;
    const Task task = this->task();
    QStringList arguments;
    for (const TaskArgument &argument : task.arguments())
        arguments.append(
            tr("%1 (%2)").arg(argument.label(), TaskArgument::typeDisplayName(argument.type())));
    const QStringList envKeys = task.env().keys();
    QStringList lines;
    lines.append(tr("Script: %1 · %2 · md5 %3%4")
                     .arg(m_script.filename(),
                          locale.formattedDataSize(m_content.size()),
                          Script::md5Hex(m_content),
                          m_scriptEdited ? tr(" (edited)") : QString()));
    lines.append(arguments.isEmpty() ? tr("Arguments: none")
                                     : tr("Arguments: %1").arg(arguments.join(u", "_s)));
    lines.append(envKeys.isEmpty() ? tr("Environment: none")
                                   : tr("Environment: %1").arg(envKeys.join(u", "_s)));
    lines.append(tr("Timeout: %1 · Multitasking: %2 · Cancellable: %3")
                     .arg(formatDuration(task.effectiveTimeoutMs()),
                          task.multitasking() ? tr("yes") : tr("no"),
                          task.isCancellable() ? tr("yes") : tr("no")));
    if (!task.tags().isEmpty())
        lines.append(tr("Tags: %1").arg(task.tags().join(u", "_s)));
    if (!task.acl().isEmpty())
        lines.append(tr("ACL's: %1").arg(task.acl().join(u", "_s)));
    if (!task.triggers().isEmpty())
        lines.append(tr("Triggered by %n event(s) of the supervisor it came from (kept as they "
                        "are).",
                        nullptr,
                        int(task.triggers().size())));
    m_summary->setText(lines.join(u'\n'));
    m_scriptInfo->setText(tr("Script %1 · %2 · md5 %3")
                              .arg(m_script.filename(),
                                   locale.formattedDataSize(m_content.size()),
                                   Script::md5Hex(m_content)));
}

void ImportPreviewPage::editScript()
{
    auto *dialog = new ScriptEditorDialog(m_script, m_content, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->content() == m_content && dialog->script().filename() == m_script.filename())
            return;
        m_script = dialog->script();
        m_content = dialog->content();
        m_scriptEdited = true;
        m_scriptView->setPlainText(QString::fromUtf8(m_content));
        m_scriptView->highlighter()->setLanguage(
            ScriptHighlighter::languageForFileName(m_script.filename()));
        updateSummary();
        Q_EMIT changed();
    });
    dialog->open();
}

void ImportPreviewPage::setStatus(const QString &message, bool isError)
{
    m_status->setText(message);
    m_status->setStyleSheet(isError ? ErrorStyle : QString());
    m_status->setVisible(!message.isEmpty());
}

void ImportPreviewPage::setBusy(bool busy)
{
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_name, m_bot, m_runAs, m_valuesBox, m_editScript})
        widget->setEnabled(!busy);
}

} // namespace TheEye
