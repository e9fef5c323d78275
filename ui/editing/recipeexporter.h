#pragma once

#include "models/task.h"
#include "ui/editing/recipefiles.h"

#include <QObject>
#include <QPointer>

namespace TheEye {

class ClientCall;
class SupervisorClient;

// Writes recipes, backups or arguments files for one or many tasks, one after the other. The
// recipe and the backup come from the supervisor's own serialize route (supervisor-api.md §7.1),
// so what is written is what that supervisor exports; the bytes are Recipe::toFileBytes(), the
// same for the same task every time. Each file is written whole or not at all (QSaveFile).
class RecipeExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipeExporter)

public:
    struct Item
    {
        Task task;
        QString path;
    };
    struct Outcome
    {
        QString taskId;
        QString taskName;
        QString path;
        bool ok = false;
        QString message; // translated: what was written, or why not
    };

    explicit RecipeExporter(SupervisorClient *client, QObject *parent = nullptr);
    ~RecipeExporter() override;

    // One file per task in `folder`, names made distinct (RecipeFiles::distinctFileNames).
    static QList<Item> plan(const QList<Task> &tasks,
                            RecipeFiles::ExportKind kind,
                            const QString &folder);

    void start(const QList<Item> &items, RecipeFiles::ExportKind kind);
    void cancel();
    bool isRunning() const { return m_running; }
    QList<Outcome> outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void progress(int done, int total);
    // Always after start() returned, once, unless canceled.
    void finished(const QList<TheEye::RecipeExporter::Outcome> &outcomes);

private:
    void next();
    void write(const Item &item, const QByteArray &bytes, const QString &note = {});
    void fail(const Item &item, const QString &message);

    QPointer<SupervisorClient> m_client;
    QPointer<ClientCall> m_call;
    QList<Item> m_items;
    QList<Outcome> m_outcomes;
    RecipeFiles::ExportKind m_kind = RecipeFiles::ExportKind::Recipe;
    bool m_running = false;
};

} // namespace TheEye
