#include "ui/connectionbanner.h"

#include "ui/appicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace TheEye {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x3b, 0x00) : QColor(0xff, 0xf1, 0xd6));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe8, 0xb0) : QColor(0x5c, 0x3b, 0x00));
    setPalette(pal);

    m_icon = new QLabel(this);
    m_icon->setPixmap(AppIcons::icon(QStringLiteral("connection-lost")).pixmap(20, 20));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("connectionBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(AppIcons::icon(QStringLiteral("refresh")), tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_connections = new QPushButton(tr("C&onnections…"), this);
    m_connections->setObjectName(QStringLiteral("bannerConnectionsButton"));
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    connect(m_connections, &QPushButton::clicked, this, &ConnectionBanner::connectionsRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_connections);
    hide();
}

void ConnectionBanner::showProblem(const QString &message, bool offerRetry, bool offerConnections)
{
    m_text->setText(message);
    m_retry->setVisible(offerRetry);
    m_connections->setVisible(offerConnections);
    show();
}

QString ConnectionBanner::message() const
{
    return m_text->text();
}

} // namespace TheEye
