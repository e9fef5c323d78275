#pragma once

#include "client/connectionprofile.h"
#include "models/job.h"
#include "models/jobarguments.h"
#include "models/task.h"

#include <QDialog>
#include <QHash>
#include <QJsonValue>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace TheEye {

class ClientCall;
class RunArgumentsForm;
class Session;

// "Run task: <name>" (web-ui.md §3d): the form generated from the task's dynamic arguments
// (fixed ones are not asked), then, if the user wants it, a summary to confirm with masked values
// hidden. Run is enabled only while the form is valid. The dialog creates the job itself so that
// a refusal (bad arguments, no permission, server away) is shown where the values are and
// nothing typed is lost; jobStarted() reports the new job.
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)

public:
    enum class Page { Arguments, Confirmation };

    // `initial` (by argument order) pre-fills the form: "run again with changes".
    RunDialog(Session *session,
              const Task &task,
              const QHash<int, QJsonValue> &initial = {},
              QWidget *parent = nullptr);
    ~RunDialog() override;

    const Task &task() const { return m_task; }
    QHash<int, QJsonValue> values() const;
    RunArgumentsForm *form() const { return m_form; }
    Page page() const;
    bool isSubmitting() const { return m_call != nullptr; }
    // What the confirmation shows: every argument with its value, masked ones hidden.
    QList<JobArguments::DisplayedValue> summary() const;
    QString errorText() const;

    // Whether this user wants to confirm every run; remembered per connection.
    static bool confirmationWanted(const ConnectionProfile &profile);
    static void setConfirmationWanted(const ConnectionProfile &profile, bool wanted);
    // Why the task cannot be run from here (its configuration, the role); empty when it can.
    static QString blockReason(const Session *session, const Task &task);
    // The warning TheEye's web UI asks about: the task's bot is not reporting.
    static QString botWarning(const Session *session, const Task &task);

public Q_SLOTS:
    // Run, or Continue to the confirmation when the user asked for one.
    void proceed();
    void back();

Q_SIGNALS:
    void jobStarted(const TheEye::Job &job);

protected:
    // Asks before throwing away values the user typed.
    void reject() override;

private:
    void showPage(Page page);
    void fillSummary();
    void submit();
    void updateButtons();
    void showError(const QString &message);

    Session *m_session = nullptr;
    Task m_task;
    RunArgumentsForm *m_form = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableWidget *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_back = nullptr;
    QString m_blockReason;
    QHash<int, QJsonValue> m_initialValues;
    QPointer<ClientCall> m_call;
};

} // namespace TheEye
