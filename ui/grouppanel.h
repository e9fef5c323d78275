#pragma once

#include <QTimer>
#include <QTreeWidget>

namespace TheEye {

class Session;

// The side panel: all tasks, then the tasks grouped by bot and by tag, with counts. Choosing a
// group filters the task table.
class GroupPanel final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPanel)

public:
    explicit GroupPanel(Session *session, QWidget *parent = nullptr);

    void selectAll();

Q_SIGNALS:
    // byHost: only the tasks of hostId (an empty id: the tasks without a bot); else tag, or all
    // tasks when tag is empty too.
    void groupChosen(bool byHost, const QString &hostId, const QString &tag);

private:
    void rebuild();

    Session *m_session = nullptr;
    QTimer m_rebuild;
};

} // namespace TheEye
