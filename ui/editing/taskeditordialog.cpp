#include "ui/editing/taskeditordialog.h"

#include "client/catalogapi.h"
#include "client/changefeed.h"
#include "client/supervisorclient.h"
#include "models/tasktablemodel.h"
#include "ui/editing/scriptpicker.h"
#include "ui/editing/taskeditorform.h"
#include "ui/editing/triggerpicker.h"
#include "ui/session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {
const QString SizeKey = u"TaskEditorDialog/size"_s;
const QString ErrorStyle = u"color: #c01c28;"_s;
} // namespace

TaskEditorDialog::TaskEditorDialog(Session *session, const Task &task, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_taskId(mode == Mode::Edit ? task.id() : QString())
    , m_original(mode == Mode::Copy ? copyOf(task) : task)
{
    setObjectName(QStringLiteral("taskEditorDialog"));
    setSizeGripEnabled(true);

    m_form = new TaskEditorForm(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("taskEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    m_elsewhere = new QLabel(this);
    m_elsewhere->setObjectName(QStringLiteral("changedElsewhereLabel"));
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setStyleSheet(u"color: #b5630b;"_s);
    m_elsewhere->hide();
    m_saveMessage = new QLabel(this);
    m_saveMessage->setObjectName(QStringLiteral("saveMessageLabel"));
    m_saveMessage->setWordWrap(true);
    m_saveMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveMessage->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_createAsNew = m_buttons->addButton(tr("Create as &New Task"), QDialogButtonBox::ActionRole);
    m_createAsNew->setObjectName(QStringLiteral("createAsNewButton"));
    m_createAsNew->setAutoDefault(false);
    m_createAsNew->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskEditorDialog::reject);
    connect(m_createAsNew, &QPushButton::clicked, this, [this] {
        m_mode = Mode::Create;
        m_taskId.clear();
        m_createAsNew->hide();
        updateTitle();
        save();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_elsewhere);
    layout->addWidget(m_saveMessage);
    layout->addWidget(m_buttons);

    SupervisorClient *client = session ? session->client() : nullptr;
    if (session) {
        m_form->setHosts(session->hosts());
        m_form->setKnownTags(session->knownTags());
        m_form->setKnownRunAs(session->knownRunAs());
        m_form->setFlavor(session->profile().kind == ConnectionProfile::Kind::Local
                              ? RunAs::Flavor::LocalBot
                              : RunAs::Flavor::TheEyeAgent);
    }
    m_form->load(m_original, m_taskId);
    if (session) {
        m_form->setTasks(session->taskModel()->tasks());
        connect(session, &Session::hostsChanged, m_form, [this] {
            if (m_session)
                m_form->setHosts(m_session->hosts());
        });
    }
    m_form->scriptPicker()->setClient(client);
    if (client) {
        client->catalog().events(this, [this](const Result<QList<Event>, ClientError> &result) {
            if (result)
                m_form->triggerPicker()->setEvents(*result, m_taskId);
            else
                m_form->triggerPicker()->setLoadError(result.error().message);
        });
    } else {
        m_form->triggerPicker()->setLoadError(tr("not connected to a supervisor"));
    }
    if (ChangeFeed *feed = session ? session->feed() : nullptr) {
        connect(feed, &ChangeFeed::taskChanged, this, [this](const Task &changed) {
            if (m_mode != Mode::Edit || m_saving || changed.id() != m_taskId)
                return;
            if (changed.version() == m_original.version()
                && changed.lastUpdate() == m_original.lastUpdate())
                return;
            m_elsewhere->setText(tr("This task was changed elsewhere since you opened it. Saving "
                                    "keeps those changes and applies yours on top of them."));
            m_elsewhere->show();
        });
        connect(feed, &ChangeFeed::taskRemoved, this, [this](const QString &id) {
            if (m_mode != Mode::Edit || id != m_taskId)
                return;
            m_elsewhere->setText(tr("This task was deleted elsewhere. Your changes are still "
                                    "here: Create as New Task keeps them."));
            m_elsewhere->show();
            m_createAsNew->show();
        });
    }
    connect(m_form, &TaskEditorForm::changed, this, &TaskEditorDialog::updateState);

    updateTitle();
    m_initial = this->task();
    resize(QSettings().value(SizeKey, QSize(780, 860)).toSize());
    updateState();
}

TaskEditorDialog::~TaskEditorDialog() = default;

Task TaskEditorDialog::copyOf(const Task &task)
{
    QJsonObject json = task.toJson();
    for (const auto key : {"id"_L1,
                           "_id"_L1,
                           "secret"_L1,
                           "creation_date"_L1,
                           "last_update"_L1,
                           "fingerprint"_L1,
                           "execution_count"_L1,
                           "schedules"_L1,
                           "version"_L1,
                           "workflow"_L1,
                           "workflow_id"_L1,
                           "template"_L1,
                           "template_id"_L1,
                           "source_model_id"_L1})
        json.remove(key);
    Task copy(json);
    copy.setTriggers({});
    copy.setName(tr("%1 (copy)").arg(task.name()));
    return copy;
}

Task TaskEditorDialog::task() const
{
    return m_form->applyTo(m_original);
}

bool TaskEditorDialog::isModified() const
{
    return task() != m_initial || m_form->scriptPicker()->pending().has_value();
}

void TaskEditorDialog::updateTitle()
{
    switch (m_mode) {
    case Mode::Create:
        setWindowTitle(m_original.name().isEmpty() ? tr("New Task")
                                                   : tr("New Task “%1”").arg(m_original.name()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Task"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Task “%1”").arg(m_original.name()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
        break;
    case Mode::Copy:
        setWindowTitle(tr("Copy of Task “%1”").arg(m_original.name()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Copy"));
        break;
    }
}

void TaskEditorDialog::updateState()
{
    const auto problems = m_form->problems();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problems.isEmpty() && !m_saving);
    QStringList lines;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        lines.append(TaskFields::label(it.key()) + u": "_s + it.value());
    lines.sort();
    ok->setToolTip(lines.isEmpty() ? QString()
                                   : tr("Fix these first:") + u'\n' + lines.join(u'\n'));
}

void TaskEditorDialog::accept()
{
    save();
}

void TaskEditorDialog::save()
{
    if (m_saving)
        return;
    const auto problems = m_form->problems();
    if (!problems.isEmpty()) {
        auto first = problems.keyBegin();
        for (auto it = problems.keyBegin(); it != problems.keyEnd(); ++it) {
            if (*it < *first)
                first = it;
        }
        m_form->focusField(*first);
        updateState();
        return;
    }
    Task target = m_original;
    // Edits go on top of the newest copy the app has: a full replace must not undo what others
    // changed meanwhile in fields this user did not touch.
    if (m_mode == Mode::Edit && m_session) {
        if (const Task *latest = m_session->taskModel()->taskById(m_taskId))
            target = *latest;
    }
    Task toSend = m_form->applyTo(target);
    if (m_mode != Mode::Edit)
        toSend.setId({});
    std::optional<TaskSaver::ScriptUpload> script = m_form->scriptPicker()->pending();

    delete m_saver;
    m_saver = new TaskSaver(m_session ? m_session->client() : nullptr, this);
    connect(m_saver,
            &TaskSaver::scriptUploaded,
            m_form->scriptPicker(),
            &ScriptPicker::markUploaded);
    connect(m_saver, &TaskSaver::saved, this, &TaskEditorDialog::onSaved);
    connect(m_saver, &TaskSaver::failed, this, &TaskEditorDialog::onSaveFailed);
    setSaving(true);
    m_saver->save(toSend, m_mode != Mode::Edit, script);
}

void TaskEditorDialog::onSaved(const Task &task)
{
    setSaving(false);
    m_saved = task;
    m_taskId = task.id();
    Q_EMIT taskSaved(task);
    QDialog::accept();
}

void TaskEditorDialog::onSaveFailed(const ClientError &error, TaskSaver::Step step)
{
    setSaving(false);
    const bool scriptStep = step == TaskSaver::Step::Script;
    if (error.kind == ClientError::Kind::ValidationFailed && !error.fieldProblems.isEmpty()) {
        QStringList unplaced;
        int placed = 0;
        for (const FieldProblem &problem : error.fieldProblems) {
            const auto field = scriptStep ? std::optional(TaskFields::Field::Script)
                                          : TaskFields::fromWireName(problem.field);
            const QString text = problem.code == u"EREQ"
                                     ? tr("The supervisor requires a value here.")
                                     : tr("The supervisor does not accept this value.");
            if (field) {
                m_form->setServerProblem(*field, text);
                ++placed;
            } else {
                unplaced.append(tr("%1 (%2)").arg(problem.field, problem.code));
            }
        }
        QString message = scriptStep ? tr("The supervisor refused the script.")
                                     : tr("The supervisor refused the task.");
        if (placed > 0)
            message += u' ' + tr("See the marks beside the fields.");
        if (!unplaced.isEmpty())
            message += u' ' + tr("Refused: %1.").arg(unplaced.join(u", "_s));
        showSaveMessage(message, true);
        return;
    }
    if (!scriptStep && m_mode == Mode::Edit && error.kind == ClientError::Kind::NotFound) {
        showSaveMessage(tr("“%1” no longer exists on the supervisor: it was deleted while you "
                           "were editing it. Your changes are still here; Create as New Task "
                           "keeps them.")
                            .arg(m_original.name()),
                        true);
        m_createAsNew->show();
        return;
    }
    const QString message = scriptStep ? tr("The script could not be uploaded: %1")
                                       : tr("The task could not be saved: %1");
    QString text = message.arg(error.message);
    if (error.kind == ClientError::Kind::Forbidden)
        text += u' ' + tr("Only an administrator's token may create and change tasks.");
    showSaveMessage(text, true);
}

void TaskEditorDialog::showSaveMessage(const QString &message, bool isError)
{
    m_saveMessage->setText(message);
    m_saveMessage->setStyleSheet(isError ? ErrorStyle : QString());
    m_saveMessage->setVisible(!message.isEmpty());
}

void TaskEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_form->setEnabled(!saving);
    m_createAsNew->setEnabled(!saving);
    if (saving)
        showSaveMessage(tr("Saving…"), false);
    else
        showSaveMessage({}, false);
    updateState();
}

void TaskEditorDialog::reject()
{
    if (m_saving) {
        const auto answer = QMessageBox::question(
            this,
            tr("Still Saving"),
            tr("The task is still being saved. Close without waiting? The supervisor may still "
               "apply the change."),
            QMessageBox::Close | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
        if (m_saver)
            m_saver->cancel();
        m_saving = false;
    } else if (isModified()) {
        QMessageBox box(QMessageBox::Question,
                        tr("Discard Changes"),
                        m_mode == Mode::Edit
                            ? tr("Discard your changes to “%1”?").arg(m_original.name())
                            : tr("Discard this new task?"),
                        QMessageBox::Discard | QMessageBox::Cancel,
                        this);
        box.setObjectName(QStringLiteral("discardChangesBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void TaskEditorDialog::done(int result)
{
    QSettings().setValue(SizeKey, size());
    QDialog::done(result);
}

} // namespace TheEye
