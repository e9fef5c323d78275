#include "ui/jobs/jobwaitpanel.h"

#include "ui/appicons.h"
#include "ui/runargumentsform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace TheEye {

using namespace Qt::StringLiterals;

JobWaitPanel::JobWaitPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"jobWaitPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcons::icon(u"info"_s).pixmap(20, 20));
    m_text = new QLabel(this);
    m_text->setObjectName(u"waitReason"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);

    m_form = new RunArgumentsForm(this);
    m_submit = new QPushButton(AppIcons::icon(u"run"_s), tr("&Submit Input"), this);
    m_submit->setObjectName(u"submitInputButton"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"inputError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c01c28;"_s);
    connect(m_form, &RunArgumentsForm::validityChanged, this, &JobWaitPanel::updateInput);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (m_form->isValid() && !m_submitting)
            Q_EMIT inputSubmitted(m_form->values());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_submit, 0, Qt::AlignRight);
    updateInput();
    hide();
}

void JobWaitPanel::setReason(const WaitReason &reason)
{
    m_reason = reason;
    m_text->setText(reason.text);
    setVisible(reason.kind != WaitReason::Kind::NotWaiting);
    updateInput();
}

QString JobWaitPanel::text() const
{
    return m_text->text();
}

void JobWaitPanel::setInputArguments(const QList<TaskArgument> &arguments)
{
    m_form->setArguments(arguments);
    m_hasInputArguments = m_form->fieldCount() > 0;
    updateInput();
}

void JobWaitPanel::setSubmitting(bool submitting)
{
    m_submitting = submitting;
    if (submitting)
        m_error->clear();
    updateInput();
}

void JobWaitPanel::setInputError(const QString &message)
{
    m_error->setText(message);
    updateInput();
}

void JobWaitPanel::updateInput()
{
    const bool asking = m_reason.kind == WaitReason::Kind::WaitingForInput && m_hasInputArguments;
    m_form->setVisible(asking);
    m_submit->setVisible(asking);
    m_error->setVisible(asking && !m_error->text().isEmpty());
    m_form->setEnabled(!m_submitting);
    m_submit->setEnabled(asking && !m_submitting && m_form->isValid());
}

} // namespace TheEye
