#include "ui/jobs/bulkrundialog.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "ui/appicons.h"
#include "ui/jobs/rundialog.h"
#include "ui/session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

BulkRunDialog::BulkRunDialog(Session *session, const QList<Task> &tasks, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"bulkRunDialog"_s);
    setWindowTitle(tr("Run %n Task(s)", nullptr, static_cast<int>(tasks.size())));
    setWindowIcon(AppIcons::icon(u"run"_s));

    for (const Task &task : tasks) {
        Entry entry;
        entry.task = task;
        const QString blocked = RunDialog::blockReason(session, task);
        if (!blocked.isEmpty()) {
            entry.outcome = Outcome::CannotRun;
            entry.detail = blocked;
        } else if (task.hasDynamicArguments()) {
            entry.outcome = Outcome::NeedsArguments;
            entry.detail = tr("It asks for arguments: run it on its own to fill them in.");
        }
        m_entries.append(entry);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(static_cast<int>(m_entries.size()), 2, this);
    m_table->setObjectName(u"bulkTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Task"), tr("Result")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_entries.size() && m_entries.at(row).outcome == Outcome::Started)
            Q_EMIT openJobRequested(m_entries.at(row).job);
    });
    for (int row = 0; row < m_entries.size(); ++row)
        showEntry(row);
    m_table->resizeColumnToContents(0);

    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Run %n Task(s)", nullptr, runnableCount()),
                               QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"runAllButton"_s);
    m_run->setIcon(AppIcons::icon(u"run"_s));
    m_run->setEnabled(runnableCount() > 0 && (!session || session->client()));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(u"closeButton"_s);
    connect(m_run, &QPushButton::clicked, this, &BulkRunDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    const int skipped = static_cast<int>(m_entries.size()) - runnableCount();
    m_summary->setText(skipped == 0
                           ? tr("Run these %n task(s) now?", nullptr, runnableCount())
                           : tr("Run %1 of these tasks now? %2 will be skipped, as listed.")
                                 .arg(runnableCount())
                                 .arg(skipped));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

int BulkRunDialog::runnableCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return e.outcome == Outcome::WillRun || e.outcome == Outcome::Starting
               || e.outcome == Outcome::Started || e.outcome == Outcome::Failed;
    }));
}

QString BulkRunDialog::outcomeText(const Entry &entry)
{
    switch (entry.outcome) {
    case Outcome::WillRun:
        return tr("Will run");
    case Outcome::NeedsArguments:
        return tr("Skipped: %1").arg(entry.detail);
    case Outcome::CannotRun:
        return tr("Skipped: %1").arg(entry.detail);
    case Outcome::Starting:
        return tr("Starting…");
    case Outcome::Started:
        return tr("Started job #%1").arg(entry.job.id());
    case Outcome::Failed:
        return tr("Failed: %1").arg(entry.detail);
    }
    return {};
}

void BulkRunDialog::showEntry(int row)
{
    const Entry &entry = m_entries.at(row);
    auto *name = new QTableWidgetItem(entry.task.name());
    name->setIcon(AppIcons::icon(u"task"_s));
    m_table->setItem(row, 0, name);
    auto *result = new QTableWidgetItem(outcomeText(entry));
    switch (entry.outcome) {
    case Outcome::Started:
        result->setIcon(AppIcons::icon(u"state-running"_s));
        result->setToolTip(tr("Double-click to open the job"));
        break;
    case Outcome::Failed:
        result->setIcon(AppIcons::icon(u"error"_s));
        break;
    case Outcome::NeedsArguments:
    case Outcome::CannotRun:
        result->setIcon(AppIcons::icon(u"warning"_s));
        break;
    default:
        break;
    }
    m_table->setItem(row, 1, result);
}

void BulkRunDialog::start()
{
    if (m_started || !m_session || !m_session->client())
        return;
    m_started = true;
    m_run->setEnabled(false);
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.outcome != Outcome::WillRun)
            continue;
        entry.outcome = Outcome::Starting;
        showEntry(row);
        ++m_pending;
        m_session->client()->tasks().run(entry.task,
                                         {},
                                         this,
                                         [this, row](const Result<Job, ClientError> &result) {
                                             Entry &done = m_entries[row];
                                             if (result.ok()) {
                                                 done.outcome = Outcome::Started;
                                                 done.job = result.value();
                                                 m_session->noteJob(done.job);
                                                 Q_EMIT jobStarted(done.job);
                                             } else {
                                                 done.outcome = Outcome::Failed;
                                                 done.detail = result.error().message;
                                             }
                                             onResult(row);
                                         });
    }
    if (m_pending == 0)
        onResult(-1);
}

void BulkRunDialog::onResult(int row)
{
    if (row >= 0) {
        showEntry(row);
        --m_pending;
    }
    if (m_pending > 0)
        return;
    m_done = true;
    int started = 0;
    int failed = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        started += entry.outcome == Outcome::Started;
        failed += entry.outcome == Outcome::Failed;
    }
    const int skipped = static_cast<int>(m_entries.size()) - started - failed;
    m_summary->setText(tr("Started %1, failed %2, skipped %3. Double-click a started task to "
                          "open its job.")
                           .arg(started)
                           .arg(failed)
                           .arg(skipped));
    m_close->setText(tr("Close"));
    m_table->resizeColumnToContents(0);
    Q_EMIT allFinished();
}

} // namespace TheEye
