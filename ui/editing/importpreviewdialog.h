#pragma once

#include "models/host.h"
#include "models/task.h"
#include "ui/editing/recipefiles.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace TheEye {

class ClientCall;
class ImportPreviewPage;
class SupervisorClient;

// Pages through the recipes of one import: the list of files on the left (each with its state:
// to review, imported, skipped, or the reason it cannot be imported), the preview of the chosen
// one on the right. Import creates the task through the client the way TheEye's web UI does
// (POST /task with the script inline), so it works against real and local supervisors; a
// failure stays on its page with the supervisor's reason, and the other recipes go on.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    // Failed: closed after the supervisor refused it.
    enum class State { Pending, Imported, Skipped, Failed, Unreadable };
    Q_ENUM(State)

    struct Entry
    {
        QString displayName;
        State state = State::Pending;
        QString message; // why unreadable, what was created, or the last import error
        Task created;
    };

    ImportPreviewDialog(SupervisorClient *client,
                        const QList<RecipeFiles::Source> &sources,
                        const QList<Host> &hosts,
                        const QStringList &knownRunAs,
                        QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    int count() const { return int(m_entries.size()); }
    Entry entry(int index) const { return m_entries.at(index); }
    QList<Entry> entries() const { return m_entries; }
    int currentIndex() const;
    void setCurrentIndex(int index);
    // The page of a readable recipe; null for a file that could not be read.
    ImportPreviewPage *page(int index) const;
    bool isBusy() const { return !m_call.isNull(); }

    // Creates the current recipe's task.
    void importCurrent();
    void skipCurrent();

    void reject() override;

Q_SIGNALS:
    void taskImported(const TheEye::Task &task);

private:
    void updateButtons();
    void updateListItem(int index);
    void advance();

    QPointer<SupervisorClient> m_client;
    QPointer<ClientCall> m_call;
    QList<Entry> m_entries;
    QList<ImportPreviewPage *> m_pages;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_position = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace TheEye
