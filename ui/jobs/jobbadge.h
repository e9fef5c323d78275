#pragma once

#include "models/job.h"

#include <QWidget>

class QLabel;

namespace TheEye {

// What a job is doing, in a word or two: its lifecycle while it waits or runs, its state once it
// finished ("Timed out", "Canceled while running").
QString jobStatusText(const Job &job);
// "Started by ana (ana@example.com), by hand" and friends.
QString jobStarterText(const Job &job);

// The lifecycle/state badge of a job window: the web UI's icon and colour (web-ui.md §1d) with
// the status in words, so colour is never the only signal.
class JobBadge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobBadge)

public:
    explicit JobBadge(QWidget *parent = nullptr);

    void setJob(const Job &job);
    QString text() const;
    QString iconName() const { return m_iconName; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QString m_iconName;
};

} // namespace TheEye
