#include "ui/jobs/jobbadge.h"

#include "models/jobtablemodel.h"
#include "ui/appicons.h"
#include "ui/jobs/jobstr.h"

#include <QHBoxLayout>
#include <QLabel>

namespace TheEye {

QString jobStatusText(const Job &job)
{
    const Lifecycle lifecycle = job.lifecycle();
    if (!isFinished(lifecycle))
        return lifecycleDisplayName(lifecycle);
    const JobState state = job.state();
    // A cancel of a running job ends it "terminated": say that it was stopped, not just skipped.
    if (lifecycle == Lifecycle::Terminated && state == JobState::Canceled)
        return JobsTr::tr("Canceled while running");
    if (state == JobState::Unknown && !job.stateName().isEmpty())
        return job.stateName();
    return stateDisplayName(state);
}

QString jobStarterText(const Job &job)
{
    const JobUser user = job.user();
    QString who = user.username.isEmpty() ? user.email : user.username;
    if (!user.username.isEmpty() && !user.email.isEmpty() && user.email != user.username)
        who = JobsTr::tr("%1 (%2)", "user name (email)").arg(user.username, user.email);
    const QString how = JobTableModel::originDisplayName(job.origin());
    if (who.isEmpty())
        return how.isEmpty() ? QString() : JobsTr::tr("Started: %1", "job origin").arg(how);
    return JobsTr::tr("Started by %1 · %2", "user, job origin").arg(who, how);
}

JobBadge::JobBadge(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("jobBadge"));
    m_text->setObjectName(QStringLiteral("jobBadgeText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    QFont bold = m_text->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_text->setFont(bold);
}

void JobBadge::setJob(const Job &job)
{
    const Lifecycle lifecycle = job.lifecycle();
    const JobState state = job.state();
    m_iconName = AppIcons::jobIconName(lifecycle, state);
    const int size = m_text->fontMetrics().height();
    m_icon->setPixmap(AppIcons::jobIcon(lifecycle, state).pixmap(size, size));
    m_text->setText(jobStatusText(job));
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, AppIcons::jobColor(lifecycle, state));
    m_text->setPalette(palette);
    setToolTip(JobsTr::tr("Lifecycle: %1 · State: %2")
                   .arg(lifecycleDisplayName(lifecycle), stateDisplayName(state)));
}

QString JobBadge::text() const
{
    return m_text->text();
}

} // namespace TheEye
