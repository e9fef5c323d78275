#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace TheEye {

// A non-blocking strip at the top of the window: the supervisor cannot be reached (with Retry),
// or the token was refused (with a button to fix the connection). The window stays usable.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showProblem(const QString &message, bool offerRetry, bool offerConnections);
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void connectionsRequested();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_connections = nullptr;
};

} // namespace TheEye
