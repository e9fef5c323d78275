#pragma once

#include "models/job.h"
#include "models/taskargument.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace TheEye {

// The job's `output` array as people read it: each item that is JSON pretty-printed, the rest as
// it is, items separated by a blank line.
QString formatParsedOutput(const QStringList &output);
// `components.popup` (a string or a list) as safe HTML with its links clickable; empty when
// the job has none or does not ask to show it (`show_result`).
QString popupHtml(const Job &job);

// The Result tab of a job window: the arguments it ran with (masked values hidden), the parsed
// output, and what the runner reported (exit code, signal, killed, last line).
class JobResultView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobResultView)

public:
    explicit JobResultView(QWidget *parent = nullptr);

    void setJob(const Job &job, const QList<TaskArgument> &definitions);
    QString parsedOutput() const;
    QTableWidget *argumentsTable() const { return m_arguments; }

private:
    QTableWidget *m_arguments = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_execution = nullptr;
};

} // namespace TheEye
