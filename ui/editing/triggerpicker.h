#pragma once

#include "models/host.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace TheEye {

// "Triggered by": the success and failure events of other tasks, searchable, each with a check
// box. The task's own events are never offered (a task cannot trigger itself). A selected event
// the supervisor no longer lists stays selected and says so, so saving never drops it silently.
class TriggerPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerPicker)

public:
    explicit TriggerPicker(QWidget *parent = nullptr);

    // `ownTaskId`: the task being edited (empty for a new one); its events are left out.
    void setEvents(const QList<Event> &events, const QString &ownTaskId);
    void setLoadError(const QString &message);
    void setSelected(const QStringList &eventIds);
    QStringList selected() const;
    // Offered events, after the own task's are removed (for tests and the summary).
    int offeredCount() const;
    QString eventName(const QString &eventId) const;

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void updateStatus();

    QList<Event> m_events;
    QString m_ownTaskId;
    QStringList m_selected;
    int m_offeredCount = 0;
    bool m_loaded = false;
    bool m_rebuilding = false;
    QString m_loadError;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace TheEye
