#pragma once

#include "models/taskargument.h"
#include "ui/jobs/waitreason.h"

#include <QFrame>
#include <QHash>
#include <QJsonValue>

class QLabel;
class QPushButton;

namespace TheEye {

class RunArgumentsForm;

// The "why is it waiting" strip of a job window: the reason in words and, for a job on hold for
// its arguments, the form to give them.
class JobWaitPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobWaitPanel)

public:
    explicit JobWaitPanel(QWidget *parent = nullptr);

    void setReason(const WaitReason &reason);
    const WaitReason &reason() const { return m_reason; }
    QString text() const;
    // The arguments the job waits for; the form appears while the reason is WaitingForInput.
    void setInputArguments(const QList<TaskArgument> &arguments);
    RunArgumentsForm *inputForm() const { return m_form; }
    void setSubmitting(bool submitting);
    void setInputError(const QString &message);

Q_SIGNALS:
    void inputSubmitted(const QHash<int, QJsonValue> &values);

private:
    void updateInput();

    WaitReason m_reason;
    QLabel *m_text = nullptr;
    RunArgumentsForm *m_form = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_error = nullptr;
    bool m_hasInputArguments = false;
    bool m_submitting = false;
};

} // namespace TheEye
