#include "ui/loadingplaceholder.h"

#include "ui/session.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace TheEye {

LoadingPlaceholder::LoadingPlaceholder(Session *session, QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_session(session)
{
    setObjectName(QStringLiteral("loadingPlaceholder"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *label = new QLabel(tr("Loading tasks…"), this);
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0); // no steps to count: a busy bar
    busy->setTextVisible(false);
    busy->setFixedSize(160, 6);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(label, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(busy, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    view->viewport()->installEventFilter(this);
    setGeometry(view->viewport()->rect());
    connect(session, &Session::stateChanged, this, &LoadingPlaceholder::updateVisibility);
    connect(session, &Session::taskListLoaded, this, &LoadingPlaceholder::updateVisibility);
    updateVisibility();
}

bool LoadingPlaceholder::isWanted() const
{
    return m_session && !m_session->tasksLoaded()
           && m_session->state() != Session::State::Unreachable;
}

bool LoadingPlaceholder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LoadingPlaceholder::updateVisibility()
{
    setVisible(isWanted());
}

} // namespace TheEye
