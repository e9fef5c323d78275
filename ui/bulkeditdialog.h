#pragma once

#include "models/task.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace TheEye {

class Session;

// Changes the bot, the tags or the timeout of several tasks at once: a preview lists what will
// change for each task before anything is sent, and after Apply the same list shows each task's
// result. Tasks are held by id and re-read from the session at apply time, so an edit made
// meanwhile by someone else is not overwritten with a stale copy.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(Session *session, const QList<Task> &tasks, QWidget *parent = nullptr);

    // The task as it would be after the chosen changes (unchanged when none applies).
    Task changed(const Task &task) const;
    QStringList describeChange(const Task &task) const;
    void apply();
    bool isApplying() const { return m_pending > 0; }

Q_SIGNALS:
    void applied(int succeeded, int failed);

private:
    void updatePreview();
    QStringList tagsFrom(const QLineEdit *edit) const;
    qint64 chosenTimeoutMs() const;

    QPointer<Session> m_session;
    QStringList m_taskIds;
    QCheckBox *m_changeBot = nullptr;
    QComboBox *m_bot = nullptr;
    QCheckBox *m_addTags = nullptr;
    QLineEdit *m_tagsToAdd = nullptr;
    QCheckBox *m_removeTags = nullptr;
    QLineEdit *m_tagsToRemove = nullptr;
    QCheckBox *m_changeTimeout = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_timeoutUnit = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_pending = 0;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace TheEye
