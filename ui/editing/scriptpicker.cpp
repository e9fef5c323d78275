#include "ui/editing/scriptpicker.h"

#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "ui/appicons.h"
#include "ui/scripteditordialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NewRole = Qt::UserRole + 1;

const QByteArray NewScriptTemplate = "#!/bin/bash\n# Arguments arrive as $1, $2, …\n"
                                     "echo \"Hello from TheEye\"\n";

QString dateText(const Script &script)
{
    const QDateTime date = script.lastUpdate().isValid() ? script.lastUpdate()
                                                         : script.creationDate();
    return date.isValid() ? date.toLocalTime().toString(u"yyyy/MM/dd HH:mm"_s) : QString();
}

} // namespace

ScriptPicker::ScriptPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_newButton(new QPushButton(tr("&New Script…"), this))
    , m_editButton(new QPushButton(tr("Edit Scr&ipt…"), this))
    , m_info(new QLabel(this))
    , m_usage(new QLabel(this))
{
    setObjectName(QStringLiteral("scriptPicker"));
    m_combo->setObjectName(QStringLiteral("scriptCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(28);
    m_newButton->setObjectName(QStringLiteral("newScriptButton"));
    m_newButton->setIcon(AppIcons::icon(QStringLiteral("add")));
    m_newButton->setAutoDefault(false);
    m_editButton->setObjectName(QStringLiteral("editScriptButton"));
    m_editButton->setIcon(AppIcons::icon(QStringLiteral("script")));
    m_editButton->setAutoDefault(false);
    m_info->setObjectName(QStringLiteral("scriptInfoLabel"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usage->setObjectName(QStringLiteral("scriptUsageLabel"));
    m_usage->setWordWrap(true);
    m_usage->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_newButton);
    row->addWidget(m_editButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_info);
    layout->addWidget(m_usage);
    setFocusProxy(m_combo);

    connect(m_newButton, &QPushButton::clicked, this, &ScriptPicker::newScript);
    connect(m_editButton, &QPushButton::clicked, this, &ScriptPicker::editScript);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateInfo();
        Q_EMIT changed();
    });
    connect(m_combo, &QComboBox::activated, this, [this] {
        Q_EMIT scriptChosen(currentFileName());
    });
    rebuild({}, false);
}

void ScriptPicker::setClient(SupervisorClient *client)
{
    m_client = client;
    if (!client) {
        setLoadError(tr("Not connected to a supervisor."));
        return;
    }
    m_info->setText(tr("Loading scripts…"));
    client->scripts().list(this, [this](const Result<QList<Script>, ClientError> &result) {
        if (result)
            setScripts(*result);
        else
            setLoadError(result.error().message);
    });
}

void ScriptPicker::setScripts(const QList<Script> &scripts)
{
    m_scripts = scripts;
    std::stable_sort(m_scripts.begin(), m_scripts.end(), [](const Script &a, const Script &b) {
        return a.filename().localeAwareCompare(b.filename()) < 0;
    });
    m_loaded = true;
    const bool newSelected = m_combo->currentData(NewRole).toBool();
    rebuild(newSelected ? QString() : currentScriptId(), newSelected);
    Q_EMIT loaded();
}

void ScriptPicker::setLoadError(const QString &message)
{
    m_loaded = true;
    m_info->setText(tr("The scripts could not be loaded: %1").arg(message));
    Q_EMIT loaded();
}

void ScriptPicker::setTasks(const QList<Task> &tasks, const QString &ownTaskId)
{
    m_tasks = tasks;
    m_ownTaskId = ownTaskId;
    updateInfo();
}

void ScriptPicker::setCurrent(const QString &scriptId, const QString &fileName)
{
    m_initialId = scriptId;
    m_initialName = fileName;
    rebuild(scriptId, false);
}

QString ScriptPicker::currentScriptId() const
{
    return m_combo->currentData(IdRole).toString();
}

QString ScriptPicker::currentFileName() const
{
    if (m_combo->currentData(NewRole).toBool())
        return m_new ? m_new->script.filename() : QString();
    const QString id = currentScriptId();
    if (m_edits.contains(id))
        return m_edits.value(id).script.filename();
    const Script script = scriptById(id);
    if (!script.filename().isEmpty())
        return script.filename();
    return id == m_initialId ? m_initialName : QString();
}

bool ScriptPicker::hasSelection() const
{
    return m_combo->currentData(NewRole).toBool() || !currentScriptId().isEmpty();
}

std::optional<ScriptPicker::Pending> ScriptPicker::pending() const
{
    if (m_combo->currentData(NewRole).toBool())
        return m_new;
    const auto it = m_edits.constFind(currentScriptId());
    if (it == m_edits.cend())
        return std::nullopt;
    return *it;
}

void ScriptPicker::markUploaded(const Script &stored)
{
    const bool wasNew = m_combo->currentData(NewRole).toBool();
    if (wasNew)
        m_new.reset();
    else
        m_edits.remove(currentScriptId());
    bool replaced = false;
    for (Script &script : m_scripts) {
        if (script.id() == stored.id()) {
            script = stored;
            replaced = true;
        }
    }
    if (!replaced)
        m_scripts.append(stored);
    rebuild(stored.id(), false);
}

QStringList ScriptPicker::otherTasksUsing(const QString &scriptId) const
{
    QStringList names;
    if (scriptId.isEmpty())
        return names;
    for (const Task &task : m_tasks) {
        if (task.id() != m_ownTaskId && task.scriptId() == scriptId)
            names.append(task.name());
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Script ScriptPicker::scriptById(const QString &id) const
{
    for (const Script &script : m_scripts) {
        if (script.id() == id)
            return script;
    }
    return {};
}

void ScriptPicker::newScript()
{
    if (m_new) {
        openEditor(m_new->script, m_new->content, true);
        return;
    }
    openEditor(Script(), NewScriptTemplate, true);
}

void ScriptPicker::editScript()
{
    if (m_combo->currentData(NewRole).toBool()) {
        newScript();
        return;
    }
    const QString id = currentScriptId();
    if (id.isEmpty())
        return;
    if (const auto it = m_edits.constFind(id); it != m_edits.cend()) {
        openEditor(it->script, it->content, false);
        return;
    }
    if (!m_client || m_downloading)
        return;
    Script script = scriptById(id);
    if (script.id().isEmpty())
        script = Script(QJsonObject{{"id"_L1, id}, {"filename"_L1, currentFileName()}});
    m_downloading = true;
    m_editButton->setEnabled(false);
    m_info->setText(tr("Downloading %1…").arg(script.filename()));
    m_client->scripts().download(id,
                                 this,
                                 [this, script](const Result<QByteArray, ClientError> &result) {
                                     m_downloading = false;
                                     updateInfo();
                                     if (!result) {
                                         m_info->setText(
                                             tr("%1 could not be downloaded: %2")
                                                 .arg(script.filename(), result.error().message));
                                         return;
                                     }
                                     openEditor(script, *result, false);
                                 });
}

void ScriptPicker::openEditor(const Script &script, const QByteArray &content, bool isNew)
{
    auto *dialog = new ScriptEditorDialog(script, content, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QStringList others = isNew ? QStringList() : otherTasksUsing(script.id());
    if (!others.isEmpty())
        dialog->setWindowTitle(dialog->windowTitle() + u" — "_s
                               + tr("also used by %n other task(s)", nullptr, int(others.size())));
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew, id = script.id()] {
        Pending pending{dialog->script(), dialog->content(), isNew};
        if (isNew) {
            m_new = pending;
            rebuild({}, true);
        } else {
            m_edits.insert(id, pending);
            rebuild(id, false);
        }
        Q_EMIT changed();
        Q_EMIT scriptChosen(pending.script.filename());
    });
    dialog->open();
}

void ScriptPicker::rebuild(const QString &selectId, bool selectNew)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("(choose a script)"), QString());
    if (m_new) {
        m_combo
            ->addItem(AppIcons::icon(QStringLiteral("add")),
                      tr("%1 (new, uploaded when the task is saved)").arg(m_new->script.filename()),
                      QString());
        m_combo->setItemData(m_combo->count() - 1, true, NewRole);
    }
    bool listed = false;
    for (const Script &script : std::as_const(m_scripts)) {
        QString text = script.filename();
        const QString date = dateText(script);
        if (!date.isEmpty())
            text += u" — "_s + date;
        if (m_edits.contains(script.id()))
            text = tr("%1 (edited, uploaded when the task is saved)").arg(text);
        m_combo->addItem(AppIcons::icon(QStringLiteral("script")), text, script.id());
        listed |= script.id() == selectId;
    }
    if (!selectId.isEmpty() && !listed) {
        // The task's script before the list arrives, or one the list does not show.
        const QString name = selectId == m_initialId && !m_initialName.isEmpty() ? m_initialName
                                                                                 : selectId;
        m_combo->addItem(AppIcons::icon(QStringLiteral("script")),
                         m_loaded ? tr("%1 (not listed by the supervisor)").arg(name) : name,
                         selectId);
    }
    int index = 0;
    for (int i = 1; i < m_combo->count(); ++i) {
        if (selectNew
                ? m_combo->itemData(i, NewRole).toBool()
                : (!m_combo->itemData(i, NewRole).toBool()
                   && m_combo->itemData(i, IdRole).toString() == selectId && !selectId.isEmpty())) {
            index = i;
            break;
        }
    }
    m_combo->setCurrentIndex(index);
    updateInfo();
}

void ScriptPicker::updateInfo()
{
    m_editButton->setEnabled(hasSelection() && !m_downloading
                             && (m_combo->currentData(NewRole).toBool() || m_client
                                 || m_edits.contains(currentScriptId())));
    QLocale locale;
    QString info;
    if (const auto current = pending()) {
        info = tr("%1 · md5 %2 · not uploaded yet")
                   .arg(locale.formattedDataSize(current->content.size()),
                        Script::md5Hex(current->content));
    } else if (const Script script = scriptById(currentScriptId()); !script.id().isEmpty()) {
        info = script.md5().isEmpty()
                   ? locale.formattedDataSize(script.size())
                   : tr("%1 · md5 %2").arg(locale.formattedDataSize(script.size()), script.md5());
    } else if (!hasSelection()) {
        info = m_loaded ? tr("Choose a script, or write a new one.") : tr("Loading scripts…");
    }
    m_info->setText(info);

    const QStringList others = m_combo->currentData(NewRole).toBool()
                                   ? QStringList()
                                   : otherTasksUsing(currentScriptId());
    QString usage;
    if (!others.isEmpty()) {
        const QString names = others.mid(0, 5).join(u", "_s)
                              + (others.size() > 5 ? u", …"_s : QString());
        usage = m_edits.contains(currentScriptId())
                    ? tr("Your edits change %n other task(s) too: %1.", nullptr, int(others.size()))
                          .arg(names)
                    : tr("Also used by %n other task(s): %1.", nullptr, int(others.size()))
                          .arg(names);
    }
    m_usage->setText(usage);
    m_usage->setVisible(!usage.isEmpty());
    m_usage->setStyleSheet(m_edits.contains(currentScriptId()) ? u"color: #b5630b;"_s : QString());
}

} // namespace TheEye
