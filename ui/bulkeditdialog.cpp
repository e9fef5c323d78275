#include "ui/bulkeditdialog.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/durationformat.h"
#include "models/tasktablemodel.h"
#include "ui/appicons.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TheEye {

namespace {
enum PreviewColumn { TaskColumn, ChangeColumn, ResultColumn };
constexpr qint64 UnitMs[] = {1000, 60000, 3600000};
} // namespace

BulkEditDialog::BulkEditDialog(Session *session, const QList<Task> &tasks, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Change %n Task(s)", nullptr, int(tasks.size())));
    for (const Task &task : tasks)
        m_taskIds.append(task.id());

    m_changeBot = new QCheckBox(tr("Run on &bot:"), this);
    m_changeBot->setObjectName(QStringLiteral("changeBotCheck"));
    m_bot = new QComboBox(this);
    m_bot->setObjectName(QStringLiteral("botCombo"));
    for (const Host &host : session->hosts()) {
        m_bot->addItem(AppIcons::icon(host.isReporting() ? QStringLiteral("bot")
                                                         : QStringLiteral("bot-offline")),
                       host.isReporting() ? host.hostname()
                                          : tr("%1 (stopped reporting)").arg(host.hostname()),
                       host.id());
    }
    m_addTags = new QCheckBox(tr("&Add tags:"), this);
    m_addTags->setObjectName(QStringLiteral("addTagsCheck"));
    m_tagsToAdd = new QLineEdit(this);
    m_tagsToAdd->setObjectName(QStringLiteral("addTagsEdit"));
    m_tagsToAdd->setPlaceholderText(tr("comma-separated, e.g. env:prod, backup"));
    m_removeTags = new QCheckBox(tr("&Remove tags:"), this);
    m_removeTags->setObjectName(QStringLiteral("removeTagsCheck"));
    m_tagsToRemove = new QLineEdit(this);
    m_tagsToRemove->setObjectName(QStringLiteral("removeTagsEdit"));
    m_changeTimeout = new QCheckBox(tr("Execution &timeout:"), this);
    m_changeTimeout->setObjectName(QStringLiteral("changeTimeoutCheck"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 100000);
    m_timeout->setValue(10);
    m_timeoutUnit = new QComboBox(this);
    m_timeoutUnit->setObjectName(QStringLiteral("timeoutUnitCombo"));
    m_timeoutUnit->addItems({tr("seconds"), tr("minutes"), tr("hours")});
    m_timeoutUnit->setCurrentIndex(1);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addWidget(m_timeoutUnit);
    timeoutRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(m_changeBot, m_bot);
    form->addRow(m_addTags, m_tagsToAdd);
    form->addRow(m_removeTags, m_tagsToRemove);
    form->addRow(m_changeTimeout, timeoutRow);

    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("bulkPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Task"), tr("Change"), tr("Result")});
    m_preview->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    connect(m_buttons->button(QDialogButtonBox::Apply),
            &QPushButton::clicked,
            this,
            &BulkEditDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(720, 480);

    for (QCheckBox *check : {m_changeBot, m_addTags, m_removeTags, m_changeTimeout})
        connect(check, &QCheckBox::toggled, this, &BulkEditDialog::updatePreview);
    for (QLineEdit *edit : {m_tagsToAdd, m_tagsToRemove})
        connect(edit, &QLineEdit::textChanged, this, &BulkEditDialog::updatePreview);
    connect(m_bot, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
    connect(m_timeout, &QSpinBox::valueChanged, this, &BulkEditDialog::updatePreview);
    connect(m_timeoutUnit, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updatePreview);
    updatePreview();
}

QStringList BulkEditDialog::tagsFrom(const QLineEdit *edit) const
{
    QStringList tags;
    for (const QString &part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

qint64 BulkEditDialog::chosenTimeoutMs() const
{
    return m_timeout->value() * UnitMs[std::clamp(m_timeoutUnit->currentIndex(), 0, 2)];
}

Task BulkEditDialog::changed(const Task &task) const
{
    Task result = task;
    if (m_changeBot->isChecked() && m_bot->currentIndex() >= 0) {
        const QString hostId = m_bot->currentData().toString();
        if (hostId != task.hostId()) {
            result.setHostId(hostId);
            result.setHostname(m_session ? m_session->host(hostId).hostname() : QString());
        }
    }
    QStringList tags = task.tags();
    if (m_addTags->isChecked()) {
        for (const QString &tag : tagsFrom(m_tagsToAdd)) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
    }
    if (m_removeTags->isChecked()) {
        for (const QString &tag : tagsFrom(m_tagsToRemove))
            tags.removeAll(tag);
    }
    if (tags != task.tags())
        result.setTags(tags);
    if (m_changeTimeout->isChecked() && chosenTimeoutMs() != task.effectiveTimeoutMs())
        result.setTimeoutMs(chosenTimeoutMs());
    return result;
}

QStringList BulkEditDialog::describeChange(const Task &task) const
{
    const Task after = changed(task);
    QStringList changes;
    if (after.hostId() != task.hostId()) {
        const QString before = task.hostname().isEmpty() ? tr("(no bot)") : task.hostname();
        changes.append(tr("bot: %1 → %2").arg(before, after.hostname()));
    }
    if (after.tags() != task.tags())
        changes.append(
            tr("tags: %1 → %2")
                .arg(task.tags().isEmpty() ? tr("(none)") : task.tags().join(QStringLiteral(", ")),
                     after.tags().isEmpty() ? tr("(none)")
                                            : after.tags().join(QStringLiteral(", "))));
    if (after.effectiveTimeoutMs() != task.effectiveTimeoutMs())
        changes.append(tr("timeout: %1 → %2")
                           .arg(formatDuration(task.effectiveTimeoutMs()),
                                formatDuration(after.effectiveTimeoutMs())));
    return changes;
}

void BulkEditDialog::updatePreview()
{
    m_bot->setEnabled(m_changeBot->isChecked());
    m_tagsToAdd->setEnabled(m_addTags->isChecked());
    m_tagsToRemove->setEnabled(m_removeTags->isChecked());
    m_timeout->setEnabled(m_changeTimeout->isChecked());
    m_timeoutUnit->setEnabled(m_changeTimeout->isChecked());
    if (isApplying() || !m_session)
        return;
    m_preview->setRowCount(0);
    int affected = 0;
    for (const QString &id : std::as_const(m_taskIds)) {
        const Task *task = m_session->taskModel()->taskById(id);
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        if (!task) {
            m_preview->setItem(row, TaskColumn, new QTableWidgetItem(id));
            m_preview->setItem(row, ChangeColumn, new QTableWidgetItem(tr("no longer exists")));
            continue;
        }
        const QStringList changes = describeChange(*task);
        if (!changes.isEmpty())
            ++affected;
        m_preview->setItem(row, TaskColumn, new QTableWidgetItem(task->name()));
        m_preview->setItem(row,
                           ChangeColumn,
                           new QTableWidgetItem(changes.isEmpty()
                                                    ? tr("no change")
                                                    : changes.join(QStringLiteral("; "))));
        m_preview->setItem(row, ResultColumn, new QTableWidgetItem());
    }
    m_summary->setText(tr("%n task(s) will change.", nullptr, affected));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(affected > 0);
}

void BulkEditDialog::apply()
{
    if (!m_session || !m_session->client() || isApplying())
        return;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    m_succeeded = m_failed = 0;
    for (int row = 0; row < m_taskIds.size(); ++row) {
        const Task *task = m_session->taskModel()->taskById(m_taskIds.at(row));
        if (!task || describeChange(*task).isEmpty())
            continue;
        ++m_pending;
        m_preview->item(row, ResultColumn)->setText(tr("saving…"));
        m_session->client()
            ->tasks()
            .update(changed(*task), this, [this, row](const Result<Task, ClientError> &result) {
                QTableWidgetItem *item = m_preview->item(row, ResultColumn);
                if (result.ok()) {
                    ++m_succeeded;
                    item->setText(tr("changed"));
                    item->setIcon(AppIcons::icon(QStringLiteral("state-success")));
                } else {
                    ++m_failed;
                    item->setText(result.error().message);
                    item->setToolTip(result.error().message);
                    item->setIcon(AppIcons::icon(QStringLiteral("state-failure")));
                }
                if (--m_pending == 0) {
                    m_summary->setText(tr("%1 changed, %2 failed.").arg(m_succeeded).arg(m_failed));
                    Q_EMIT applied(m_succeeded, m_failed);
                }
            });
    }
}

} // namespace TheEye
