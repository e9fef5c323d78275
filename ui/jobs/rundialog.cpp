#include "ui/jobs/rundialog.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "ui/appicons.h"
#include "ui/runargumentsform.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

QString settingsKey(const ConnectionProfile &profile)
{
    // Per connection: the same person may want to confirm on a production supervisor and not on
    // this computer's own.
    QString who = profile.id;
    if (who.isEmpty())
        who = ConnectionProfile::kindName(profile.kind) + u'-' + profile.organization;
    return u"jobs/confirmBeforeRun/"_s + who;
}

QLabel *messageLabel(QWidget *parent, const QString &objectName, const QString &colour)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(u"color: %1;"_s.arg(colour));
    label->hide();
    return label;
}

} // namespace

RunDialog::RunDialog(Session *session,
                     const Task &task,
                     const QHash<int, QJsonValue> &initial,
                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_task(task)
{
    setObjectName(u"runDialog"_s);
    setWindowTitle(tr("Run Task: %1").arg(task.name()));
    setWindowIcon(AppIcons::icon(u"run"_s));

    m_form = new RunArgumentsForm(this);
    SupervisorClient *client = session ? session->client() : nullptr;
    if (client) {
        QPointer<SupervisorClient> guarded(client);
        m_form->setRemoteOptionsLoader(
            [guarded](const TaskArgument &argument,
                      const QString &url,
                      QObject *context,
                      std::function<void(const QList<RunArgumentsForm::RemoteOption> &,
                                         const QString &)> done) {
                if (!guarded) {
                    done({}, tr("Not connected."));
                    return;
                }
                guarded->fetchRemoteOptions(QUrl(url, QUrl::StrictMode),
                                            argument.idAttribute(),
                                            argument.textAttribute(),
                                            context,
                                            [done](const Result<QList<RemoteOption>, ClientError>
                                                       &result) {
                                                if (!result.ok()) {
                                                    done({}, result.error().message);
                                                    return;
                                                }
                                                QList<RunArgumentsForm::RemoteOption> options;
                                                for (const RemoteOption &option : result.value())
                                                    options.append({option.value, option.text});
                                                done(options, QString());
                                            });
            },
            session->profile().username);
    }
    m_form->setArguments(task.arguments(), initial);
    m_initialValues = m_form->values();

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_form);

    auto *summaryPage = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("You are going to run the task <b>%1</b>.")
                                 .arg(task.name().toHtmlEscaped()),
                             summaryPage);
    intro->setObjectName(u"summaryIntro"_s);
    intro->setWordWrap(true);
    summaryLayout->addWidget(intro);
    m_summary = new QTableWidget(0, 2, summaryPage);
    m_summary->setObjectName(u"summaryTable"_s);
    m_summary->setHorizontalHeaderLabels({tr("Argument"), tr("Value")});
    m_summary->horizontalHeader()->setStretchLastSection(true);
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    summaryLayout->addWidget(m_summary, 1);
    summaryLayout->addWidget(new QLabel(tr("Continue?"), summaryPage));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(formScroll);
    m_pages->addWidget(summaryPage);

    auto *warning = messageLabel(this, u"botWarning"_s, u"#9c6500"_s);
    warning->setText(botWarning(session, task));
    warning->setVisible(!warning->text().isEmpty());
    m_blockReason = blockReason(session, task);
    auto *blocked = messageLabel(this, u"blockReason"_s, u"#c01c28"_s);
    blocked->setText(m_blockReason);
    blocked->setVisible(!m_blockReason.isEmpty());
    m_error = messageLabel(this, u"errorLabel"_s, u"#c01c28"_s);

    m_confirm = new QCheckBox(tr("Ask me to confirm before running"), this);
    m_confirm->setObjectName(u"confirmBox"_s);
    m_confirm->setChecked(session && confirmationWanted(session->profile()));
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool wanted) {
        if (m_session)
            setConfirmationWanted(m_session->profile(), wanted);
        updateButtons();
    });

    auto *buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setObjectName(u"backButton"_s);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"runButton"_s);
    m_run->setIcon(AppIcons::icon(u"run"_s));
    m_run->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Accepting is this dialog's business: it closes only once the job exists.
    connect(m_run, &QPushButton::clicked, this, &RunDialog::proceed);
    connect(m_back, &QPushButton::clicked, this, &RunDialog::back);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &RunArgumentsForm::validityChanged, this, &RunDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(blocked);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);

    showPage(m_form->fieldCount() > 0 ? Page::Arguments : Page::Confirmation);
    resize(520, m_form->fieldCount() > 0 ? 480 : 320);
}

RunDialog::~RunDialog()
{
    if (m_call)
        m_call->cancel();
}

QHash<int, QJsonValue> RunDialog::values() const
{
    return m_form->values();
}

RunDialog::Page RunDialog::page() const
{
    return m_pages->currentIndex() == 0 ? Page::Arguments : Page::Confirmation;
}

bool RunDialog::confirmationWanted(const ConnectionProfile &profile)
{
    return QSettings().value(settingsKey(profile), false).toBool();
}

void RunDialog::setConfirmationWanted(const ConnectionProfile &profile, bool wanted)
{
    QSettings().setValue(settingsKey(profile), wanted);
}

QString RunDialog::blockReason(const Session *session, const Task &task)
{
    if (session && !session->canRun())
        return tr("Your token may not run tasks: %1").arg(session->readOnlyReason());
    const QStringList missing = task.missingConfiguration();
    if (!missing.isEmpty())
        return tr("This task cannot run yet: %1").arg(missing.join(u"; "_s));
    return {};
}

QString RunDialog::botWarning(const Session *session, const Task &task)
{
    if (!session || task.hostId().isEmpty())
        return {};
    const Host host = session->host(task.hostId());
    if (host.id().isEmpty() || host.isReporting())
        return {};
    return tr("The bot %1 is not reporting at the moment. The job will wait in the queue and run "
              "when the bot is back.")
        .arg(host.hostname().isEmpty() ? task.hostname() : host.hostname());
}

QList<JobArguments::DisplayedValue> RunDialog::summary() const
{
    // Fixed arguments show the value the supervisor will use.
    const QList<TaskArgument> definitions = m_task.arguments();
    QJsonArray values = JobArguments::build(definitions, m_form->values());
    for (const TaskArgument &definition : definitions) {
        const int order = definition.order();
        if (definition.isFixed() && order >= 0 && order < values.size())
            values[order] = definition.value();
    }
    return JobArguments::describe(definitions, values);
}

QString RunDialog::errorText() const
{
    // isHidden, not isVisible: the error is there for a dialog not (yet) on screen too.
    return m_error->isHidden() ? QString() : m_error->text();
}

void RunDialog::proceed()
{
    if (m_call || !m_blockReason.isEmpty() || !m_form->isValid())
        return;
    if (page() == Page::Arguments && m_confirm->isChecked()) {
        showPage(Page::Confirmation);
        return;
    }
    submit();
}

void RunDialog::back()
{
    if (m_form->fieldCount() > 0 && !m_call)
        showPage(Page::Arguments);
}

void RunDialog::showPage(Page page)
{
    if (page == Page::Confirmation)
        fillSummary();
    m_pages->setCurrentIndex(page == Page::Arguments ? 0 : 1);
    updateButtons();
}

void RunDialog::fillSummary()
{
    const QList<JobArguments::DisplayedValue> rows = summary();
    m_summary->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto &shown = rows.at(row);
        QString label = shown.definition.label();
        if (shown.definition.isFixed())
            label = tr("%1 (fixed)").arg(label);
        m_summary->setItem(row, 0, new QTableWidgetItem(label));
        auto *value = new QTableWidgetItem(shown.text);
        if (shown.definition.isMasked())
            value->setToolTip(tr("Hidden: this argument is masked."));
        m_summary->setItem(row, 1, value);
    }
    m_summary->resizeColumnToContents(0);
    m_summary->setVisible(!rows.isEmpty());
}

void RunDialog::updateButtons()
{
    const bool onArguments = page() == Page::Arguments;
    m_back->setVisible(!onArguments && m_form->fieldCount() > 0);
    m_back->setEnabled(!m_call);
    m_run->setText(onArguments && m_confirm->isChecked() ? tr("&Continue…") : tr("&Run"));
    m_run->setEnabled(!m_call && m_blockReason.isEmpty() && m_form->isValid());
    if (!m_blockReason.isEmpty())
        m_run->setToolTip(m_blockReason);
    else if (!m_form->isValid())
        m_run->setToolTip(m_form->problems().join(u'\n'));
    else
        m_run->setToolTip({});
    m_form->setEnabled(!m_call);
}

void RunDialog::submit()
{
    if (!m_session || !m_session->client()) {
        showError(tr("Not connected to a supervisor."));
        return;
    }
    m_error->hide();
    auto *call = m_session->client()->tasks().run(m_task, m_form->values());
    m_call = call;
    call->then(this, [this](const Result<Job, ClientError> &result) {
        m_call = nullptr;
        if (!result.ok()) {
            const ClientError &error = result.error();
            QString message = error.message;
            for (const FieldProblem &problem : error.fieldProblems)
                message += u'\n' + tr("%1: %2").arg(problem.field, problem.code);
            showError(message);
            updateButtons();
            return;
        }
        Q_EMIT jobStarted(result.value());
        accept();
    });
    updateButtons();
}

void RunDialog::reject()
{
    if (!m_call && isVisible() && m_form->values() != m_initialValues) {
        const auto answer = QMessageBox::question(this,
                                                  tr("Run Task"),
                                                  tr("Discard the arguments you entered?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void RunDialog::showError(const QString &message)
{
    m_error->setText(tr("The job was not started: %1").arg(message));
    m_error->show();
}

} // namespace TheEye
