#include "ui/editing/taskeditorform.h"

#include "ui/appicons.h"
#include "ui/argumenteditor.h"
#include "ui/editing/enveditor.h"
#include "ui/editing/listedit.h"
#include "ui/editing/scriptpicker.h"
#include "ui/editing/timeoutedit.h"
#include "ui/editing/triggerpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxJobsKept = 100'000;
const QString ErrorStyle = u"color: #c01c28;"_s;

// TheEye's "Trigger on-hold time" choices, in seconds (web-ui.md §2, field 13).
struct GraceChoice
{
    int seconds;
    const char *text;
};
constexpr GraceChoice GraceChoices[] = {
    {0, QT_TRANSLATE_NOOP("TheEye::TaskEditorForm", "No wait")},
    {60, QT_TRANSLATE_NOOP("TheEye::TaskEditorForm", "1 minute")},
    {300, QT_TRANSLATE_NOOP("TheEye::TaskEditorForm", "5 minutes")},
    {600, QT_TRANSLATE_NOOP("TheEye::TaskEditorForm", "10 minutes")},
    {900, QT_TRANSLATE_NOOP("TheEye::TaskEditorForm", "15 minutes")},
};

} // namespace

TaskEditorForm::TaskEditorForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskEditorForm"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Give this task a name"));

    m_bot = new QComboBox(this);
    m_bot->setObjectName(QStringLiteral("botCombo"));
    m_bot->setToolTip(tr("The bot (TheEye agent) that runs the script"));

    m_script = new ScriptPicker(this);

    m_tags = new ListEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma separated, e.g. ops, env:prod"));

    m_arguments = new ArgumentEditor(this);

    m_runAs = new QComboBox(this);
    m_runAs->setObjectName(QStringLiteral("runAsCombo"));
    m_runAs->setEditable(true);
    m_runAs->setInsertPolicy(QComboBox::NoInsert);
    m_runAs->lineEdit()->setPlaceholderText(tr("select a runner, or type a command"));
    m_runAs->setToolTip(tr("The interpreter or command that runs the script. %script% is replaced "
                           "by the script's path; sudo works too."));
    setKnownRunAs({});
    m_runAsPreview = new QLabel(this);
    m_runAsPreview->setObjectName(QStringLiteral("runAsPreviewLabel"));
    m_runAsPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_runAsPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runAsPreview->setWordWrap(true);
    auto *runAsBox = new QWidget(this);
    auto *runAsLayout = new QVBoxLayout(runAsBox);
    runAsLayout->setContentsMargins(0, 0, 0, 0);
    runAsLayout->addWidget(m_runAs);
    runAsLayout->addWidget(m_runAsPreview);
    runAsBox->setFocusProxy(m_runAs);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), withError(m_name, Field::Name));
    form->addRow(tr("&Bot"), withError(m_bot, Field::Bot));
    form->addRow(tr("&Script"), withError(m_script, Field::Script));
    form->addRow(tr("&Tags"), withError(m_tags, Field::Tags));
    form->addRow(tr("Task &Arguments"), withError(m_arguments, Field::Arguments));
    form->addRow(tr("&Run As"), withError(runAsBox, Field::RunAs));

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setText(tr("Ad&vanced Options"));
    buildAdvanced();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle);
    layout->addWidget(m_advanced);
    layout->addStretch();
    setAdvancedVisible(false);

    const auto onUserChange = [this] {
        if (m_loading)
            return;
        m_serverProblems.clear();
        refresh();
    };
    connect(m_name, &QLineEdit::textChanged, this, [this, onUserChange](const QString &name) {
        m_arguments->setTaskName(name);
        onUserChange();
    });
    connect(m_bot, &QComboBox::currentIndexChanged, this, onUserChange);
    connect(m_script, &ScriptPicker::changed, this, onUserChange);
    connect(m_script, &ScriptPicker::scriptChosen, this, &TaskEditorForm::onScriptChosen);
    connect(m_tags, &QLineEdit::textChanged, this, onUserChange);
    connect(m_arguments, &ArgumentEditor::changed, this, onUserChange);
    connect(m_runAs, &QComboBox::currentTextChanged, this, onUserChange);
    connect(m_description, &QPlainTextEdit::textChanged, this, onUserChange);
    connect(m_acl, &QLineEdit::textChanged, this, onUserChange);
    connect(m_triggers, &TriggerPicker::changed, this, [this, onUserChange] {
        updateGraceTime();
        onUserChange();
    });
    connect(m_graceTime, &QComboBox::currentIndexChanged, this, onUserChange);
    connect(m_timeout, &TimeoutEdit::changed, this, onUserChange);
    connect(m_multitasking, &QCheckBox::toggled, this, onUserChange);
    connect(m_cancellable, &QCheckBox::toggled, this, onUserChange);
    connect(m_env, &EnvEditor::changed, this, onUserChange);
    connect(m_defaultState, &QComboBox::currentIndexChanged, this, onUserChange);
    connect(m_jobsKept, &QSpinBox::valueChanged, this, onUserChange);
    connect(m_advancedToggle, &QToolButton::toggled, this, &TaskEditorForm::setAdvancedVisible);
}

void TaskEditorForm::buildAdvanced()
{
    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advancedSection"));

    m_description = new QPlainTextEdit(m_advanced);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);

    m_acl = new ListEdit(m_advanced);
    m_acl->setObjectName(QStringLiteral("aclEdit"));
    m_acl->setPlaceholderText(tr("Emails, roles or key:value tags, comma separated"));
    m_acl->setToolTip(tr("Who besides administrators may see and run this task: a member's "
                         "email, a role (viewer, user, manager…) or a member tag key:value."));
    m_acl->setCompletions(
        {u"viewer"_s, u"user"_s, u"manager"_s, u"admin"_s, u"owner"_s, u"agent"_s});

    m_triggers = new TriggerPicker(m_advanced);

    m_graceTime = new QComboBox(m_advanced);
    m_graceTime->setObjectName(QStringLiteral("graceTimeCombo"));
    m_graceTime->setToolTip(tr("Delays a triggered run, so it can be canceled before it starts."));
    for (const GraceChoice &choice : GraceChoices)
        m_graceTime->addItem(tr(choice.text), choice.seconds);

    m_timeout = new TimeoutEdit(m_advanced);
    m_timeout->setObjectName(QStringLiteral("timeoutEdit"));
    m_timeout->setToolTip(tr("The bot stops the script after this long (default 10 minutes)."));

    m_multitasking = new QCheckBox(tr("Allow &several jobs of this task to run at once"),
                                   m_advanced);
    m_multitasking->setObjectName(QStringLiteral("multitaskingCheck"));
    m_cancellable = new QCheckBox(tr("Users may &cancel running jobs"), m_advanced);
    m_cancellable->setObjectName(QStringLiteral("cancellableCheck"));

    m_env = new EnvEditor(m_advanced);

    m_defaultState = new QComboBox(m_advanced);
    m_defaultState->setObjectName(QStringLiteral("defaultStateCombo"));
    m_defaultState->addItem(tr("Success"), u"success"_s);
    m_defaultState->addItem(tr("Failure"), u"failure"_s);
    m_defaultState->setToolTip(tr("The job's state when the script's output names neither "
                                  "success nor failure."));

    m_jobsKept = new QSpinBox(m_advanced);
    m_jobsKept->setObjectName(QStringLiteral("jobsKeptSpin"));
    m_jobsKept->setRange(0, MaxJobsKept);
    m_jobsKept->setToolTip(tr("How many finished jobs the supervisor keeps for this task."));

    auto *form = new QFormLayout(m_advanced);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Description"), withError(m_description, Field::Description));
    form->addRow(tr("AC&L's"), withError(m_acl, Field::Acl));
    form->addRow(tr("Tri&ggered by"), withError(m_triggers, Field::Triggers));
    form->addRow(tr("Trigger on-&hold time"), withError(m_graceTime, Field::GraceTime));
    form->addRow(tr("Execution T&imeout"), withError(m_timeout, Field::Timeout));
    form->addRow(tr("Multitasking"), withError(m_multitasking, Field::Multitasking));
    form->addRow(tr("Cancellable"), withError(m_cancellable, Field::Cancellable));
    form->addRow(tr("&Environment (env)"), withError(m_env, Field::Env));
    form->addRow(tr("Default &final state"), withError(m_defaultState, Field::DefaultState));
    form->addRow(tr("&Jobs kept in history"), withError(m_jobsKept, Field::JobsKept));
}

QWidget *TaskEditorForm::withError(QWidget *field, Field key)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(TaskFields::errorObjectName(key));
    error->setStyleSheet(ErrorStyle);
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    box->setFocusProxy(field);
    m_errors.insert(key, error);
    return box;
}

void TaskEditorForm::load(const Task &task, const QString &ownTaskId)
{
    m_loading = true;
    m_loaded = task;
    m_ownTaskId = ownTaskId;
    m_serverProblems.clear();
    m_name->setText(task.name());
    fillBots(task.hostId());
    m_script->setCurrent(task.scriptId(), task.scriptName());
    m_tags->setEntries(task.tags());
    m_arguments->setArguments(task.arguments());
    m_arguments->setTaskName(task.name());
    m_runAs->setCurrentText(task.scriptRunAs());
    m_description->setPlainText(task.description());
    m_acl->setEntries(task.acl());
    m_triggers->setSelected(task.triggers());
    const int grace = task.graceTimeSeconds();
    if (m_graceTime->findData(grace) < 0)
        m_graceTime->addItem(tr("%n second(s)", nullptr, grace), grace);
    m_graceTime->setCurrentIndex(m_graceTime->findData(grace));
    m_timeout->setMilliseconds(task.effectiveTimeoutMs());
    m_multitasking->setChecked(task.multitasking());
    m_cancellable->setChecked(task.isCancellable());
    m_env->setEnv(task.env());
    m_defaultState->setCurrentIndex(
        task.defaultStateEvaluation() == u"failure" ? m_defaultState->findData(u"failure"_s) : 0);
    m_jobsKept->setValue(std::clamp(task.autoremoveCompletedJobsLimit(), 0, MaxJobsKept));
    updateGraceTime();
    m_loading = false;
    // Problems in a collapsed section would block OK without a visible reason.
    const auto current = problems();
    const bool advancedProblem = std::any_of(current.keyBegin(),
                                             current.keyEnd(),
                                             TaskFields::isAdvanced);
    setAdvancedVisible(advancedProblem || !task.triggers().isEmpty()
                       || m_advancedToggle->isChecked());
    refresh();
}

Task TaskEditorForm::applyTo(Task target) const
{
    const Task &loaded = m_loaded;
    const QString name = m_name->text().trimmed();
    if (name != loaded.name())
        target.setName(name);
    const QString host = selectedHostId();
    if (host != loaded.hostId()) {
        target.setHostId(host);
        QString hostname;
        for (const Host &candidate : m_hosts) {
            if (candidate.id() == host)
                hostname = candidate.hostname();
        }
        target.setHostname(hostname);
    }
    const QString scriptId = m_script->currentScriptId();
    if (!scriptId.isEmpty() && scriptId != loaded.scriptId()) {
        target.setScriptId(scriptId);
        target.setScriptName(m_script->currentFileName());
    }
    if (m_tags->entries() != loaded.tags())
        target.setTags(m_tags->entries());
    if (m_arguments->arguments() != loaded.arguments())
        target.setArguments(m_arguments->arguments());
    if (runAs() != loaded.scriptRunAs())
        target.setScriptRunAs(runAs());
    if (m_description->toPlainText() != loaded.description())
        target.setDescription(m_description->toPlainText());
    if (m_acl->entries() != loaded.acl())
        target.setAcl(m_acl->entries());
    if (m_triggers->selected() != loaded.triggers())
        target.setTriggers(m_triggers->selected());
    if (graceTime() != loaded.graceTimeSeconds())
        target.setGraceTimeSeconds(graceTime());
    // Compared with what the form showed, so a value it rounds (1500 ms) is kept untouched.
    const auto [amount, unit] = TimeoutEdit::split(loaded.effectiveTimeoutMs());
    if (m_timeout->milliseconds() != amount * TimeoutEdit::unitMilliseconds(unit))
        target.setTimeoutMs(m_timeout->milliseconds());
    if (m_multitasking->isChecked() != loaded.multitasking())
        target.setMultitasking(m_multitasking->isChecked());
    if (m_cancellable->isChecked() != loaded.isCancellable())
        target.setCancellable(m_cancellable->isChecked());
    if (m_env->env() != loaded.env())
        target.setEnv(m_env->env());
    const QString loadedState = loaded.defaultStateEvaluation() == u"failure" ? u"failure"_s
                                                                              : u"success"_s;
    if (defaultState() != loadedState)
        target.setDefaultStateEvaluation(defaultState());
    if (m_jobsKept->value() != loaded.autoremoveCompletedJobsLimit())
        target.setAutoremoveCompletedJobsLimit(m_jobsKept->value());
    return target;
}

void TaskEditorForm::setHosts(const QList<Host> &hosts)
{
    m_hosts = hosts;
    std::stable_sort(m_hosts.begin(), m_hosts.end(), [](const Host &a, const Host &b) {
        return a.hostname().localeAwareCompare(b.hostname()) < 0;
    });
    fillBots(selectedHostId().isEmpty() && m_bot->count() == 0 ? m_loaded.hostId()
                                                               : selectedHostId());
    refresh();
}

void TaskEditorForm::fillBots(const QString &selectId)
{
    const QSignalBlocker blocker(m_bot);
    m_bot->clear();
    m_bot->addItem(tr("(choose a bot)"), QString());
    int select = 0;
    for (const Host &host : std::as_const(m_hosts)) {
        const bool reporting = host.isReporting();
        m_bot->addItem(AppIcons::icon(reporting ? QStringLiteral("bot")
                                                : QStringLiteral("bot-offline")),
                       reporting ? host.hostname()
                                 : tr("%1 (stopped reporting)").arg(host.hostname()),
                       host.id());
        if (host.id() == selectId)
            select = m_bot->count() - 1;
    }
    if (!selectId.isEmpty() && select == 0) {
        const QString name = m_loaded.hostId() == selectId && !m_loaded.hostname().isEmpty()
                                 ? m_loaded.hostname()
                                 : selectId;
        m_bot->addItem(AppIcons::icon(QStringLiteral("warning")),
                       tr("%1 (not listed by the supervisor)").arg(name),
                       selectId);
        select = m_bot->count() - 1;
    }
    m_bot->setCurrentIndex(select);
}

QString TaskEditorForm::selectedHostId() const
{
    return m_bot->currentData().toString();
}

void TaskEditorForm::setKnownTags(const QStringList &tags)
{
    m_tags->setCompletions(tags);
}

void TaskEditorForm::setKnownRunAs(const QStringList &runAs)
{
    const QString current = m_runAs->currentText();
    const QSignalBlocker blocker(m_runAs);
    m_runAs->clear();
    QStringList choices = RunAs::builtInRunners();
    for (const QString &used : runAs) {
        if (!used.trimmed().isEmpty() && !choices.contains(used))
            choices.append(used);
    }
    m_runAs->addItems(choices);
    m_runAs->setCurrentIndex(-1);
    m_runAs->setCurrentText(current);
}

void TaskEditorForm::setTasks(const QList<Task> &tasks)
{
    QList<Task> others;
    for (const Task &task : tasks) {
        if (task.id() != m_ownTaskId)
            others.append(task);
    }
    m_arguments->setTasksForCopy(others);
    m_script->setTasks(tasks, m_ownTaskId);
}

void TaskEditorForm::setFlavor(RunAs::Flavor flavor)
{
    m_flavor = flavor;
    updatePreview();
}

QString TaskEditorForm::runAs() const
{
    return m_runAs->currentText().trimmed();
}

QString TaskEditorForm::defaultState() const
{
    return m_defaultState->currentData().toString();
}

int TaskEditorForm::graceTime() const
{
    return m_graceTime->currentData().toInt();
}

void TaskEditorForm::onScriptChosen(const QString &fileName)
{
    if (m_loading)
        return;
    const QString suggested = RunAs::suggestFor(fileName, runAs());
    if (suggested != runAs())
        m_runAs->setCurrentText(suggested);
}

void TaskEditorForm::updateGraceTime()
{
    const bool triggered = !m_triggers->selected().isEmpty();
    m_graceTime->setEnabled(triggered);
    // TheEye clears it with the last trigger: a delay means nothing without one.
    if (!triggered && !m_loading && graceTime() != 0)
        m_graceTime->setCurrentIndex(m_graceTime->findData(0));
}

QString TaskEditorForm::sampleScriptPath(const QString &fileName)
{
    return u"/tmp/theeye/"_s + (fileName.isEmpty() ? u"script.sh"_s : fileName);
}

QString TaskEditorForm::commandLinePreview() const
{
    QStringList arguments;
    for (const TaskArgument &argument : m_arguments->arguments()) {
        if (argument.isFixed() && !argument.isMasked() && !argument.value().isEmpty())
            arguments.append(argument.value());
        else
            arguments.append(RunAs::placeholder(argument.label()));
    }
    return RunAs::commandLine(runAs(),
                              sampleScriptPath(m_script->currentFileName()),
                              arguments,
                              m_flavor);
}

void TaskEditorForm::updatePreview()
{
    const QString line = commandLinePreview();
    if (line.isEmpty()) {
        m_runAsPreview->clear();
        m_runAsPreview->hide();
        return;
    }
    QString text = tr("Runs as: %1").arg(line);
    if (!runAs().contains(u"%script%"_s))
        text += u'\n' + tr("(%script% is added at the end, as TheEye does.)");
    m_runAsPreview->setText(text);
    m_runAsPreview->show();
}

QHash<TaskEditorForm::Field, QString> TaskEditorForm::problems() const
{
    QHash<Field, QString> problems;
    if (m_name->text().trimmed().isEmpty())
        problems.insert(Field::Name, tr("Give the task a name."));
    if (selectedHostId().isEmpty())
        problems.insert(Field::Bot,
                        m_hosts.isEmpty() ? tr("No bot is registered with the supervisor yet.")
                                          : tr("Choose the bot that runs the task."));
    if (!m_script->hasSelection())
        problems.insert(Field::Script, tr("Choose a script, or write a new one."));
    if (const QStringList list = m_arguments->problems(); !list.isEmpty())
        problems.insert(Field::Arguments, list.join(u'\n'));
    if (runAs().isEmpty())
        problems.insert(Field::RunAs, tr("Say how the script runs, e.g. bash %script%."));
    QStringList acl;
    for (const QString &entry : m_acl->entries()) {
        if (const QString problem = TaskFields::aclEntryProblem(entry); !problem.isEmpty())
            acl.append(problem);
    }
    if (!acl.isEmpty())
        problems.insert(Field::Acl, acl.join(u'\n'));
    if (const QStringList list = m_env->problems(); !list.isEmpty())
        problems.insert(Field::Env, list.join(u'\n'));
    for (auto it = m_serverProblems.cbegin(); it != m_serverProblems.cend(); ++it) {
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    }
    return problems;
}

void TaskEditorForm::setServerProblem(Field field, const QString &message)
{
    m_serverProblems.insert(field, message);
    if (TaskFields::isAdvanced(field))
        setAdvancedVisible(true);
    refresh();
}

void TaskEditorForm::clearServerProblems()
{
    m_serverProblems.clear();
    refresh();
}

QWidget *TaskEditorForm::fieldWidget(Field field) const
{
    const QLabel *error = m_errors.value(field);
    return error ? error->parentWidget() : nullptr;
}

void TaskEditorForm::focusField(Field field)
{
    if (TaskFields::isAdvanced(field))
        setAdvancedVisible(true);
    if (QWidget *widget = fieldWidget(field))
        widget->setFocus(Qt::OtherFocusReason);
}

void TaskEditorForm::setAdvancedVisible(bool visible)
{
    const QSignalBlocker blocker(m_advancedToggle);
    m_advancedToggle->setChecked(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advanced->setVisible(visible);
    refresh();
}

bool TaskEditorForm::isAdvancedVisible() const
{
    return m_advancedToggle->isChecked();
}

void TaskEditorForm::refresh()
{
    if (m_loading)
        return;
    const QHash<Field, QString> current = problems();
    QStringList advanced;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = current.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        if (!text.isEmpty() && TaskFields::isAdvanced(it.key()))
            advanced.append(TaskFields::label(it.key()));
    }
    if (!advanced.isEmpty() && !isAdvancedVisible()) {
        advanced.sort();
        m_advancedToggle->setText(
            tr("Ad&vanced Options — needs attention: %1").arg(advanced.join(u", "_s)));
        m_advancedToggle->setStyleSheet(ErrorStyle);
    } else {
        m_advancedToggle->setText(tr("Ad&vanced Options"));
        m_advancedToggle->setStyleSheet(QString());
    }
    updatePreview();
    Q_EMIT changed();
}

} // namespace TheEye
