#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemView;

namespace TheEye {

class Session;

// "Loading tasks…" with a busy bar over the task table until the session's first task list is
// in. The window shows before the app connects (DesktopApp), so an empty table must not read as
// "there are no tasks". Hidden when the supervisor cannot be reached: the banner says why.
class LoadingPlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadingPlaceholder)

public:
    // Lies over `view`'s viewport (a child of it, resized with it).
    LoadingPlaceholder(Session *session, QAbstractItemView *view);

    bool isWanted() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();

    QPointer<Session> m_session;
};

} // namespace TheEye
