#include "ui/editing/recipeexporter.h"

#include "client/supervisorclient.h"
#include "client/tasksapi.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace TheEye {

RecipeExporter::RecipeExporter(SupervisorClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RecipeExporter::~RecipeExporter()
{
    cancel();
}

QList<RecipeExporter::Item> RecipeExporter::plan(const QList<Task> &tasks,
                                                 RecipeFiles::ExportKind kind,
                                                 const QString &folder)
{
    QList<RecipeFiles::Named> named;
    for (const Task &task : tasks)
        named.append({task.id(), task.name()});
    const QHash<QString, QString> names = RecipeFiles::distinctFileNames(named, kind);
    QList<Item> items;
    const QDir dir(folder);
    for (const Task &task : tasks)
        items.append({task, dir.filePath(names.value(task.id()))});
    return items;
}

void RecipeExporter::start(const QList<Item> &items, RecipeFiles::ExportKind kind)
{
    cancel();
    m_items = items;
    m_kind = kind;
    m_outcomes.clear();
    m_running = true;
    // Never synchronously: the caller connects after start() as well as before.
    QTimer::singleShot(0, this, &RecipeExporter::next);
}

void RecipeExporter::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
    m_running = false;
}

void RecipeExporter::next()
{
    if (!m_running)
        return;
    const int total = int(m_outcomes.size() + m_items.size());
    Q_EMIT progress(int(m_outcomes.size()), total);
    if (m_items.isEmpty()) {
        m_running = false;
        Q_EMIT finished(m_outcomes);
        return;
    }
    const Item item = m_items.takeFirst();
    if (m_kind == RecipeFiles::ExportKind::Arguments) {
        bool hadFixed = false;
        const QByteArray bytes = Recipe::argumentsFileBytes(item.task.arguments(), &hadFixed);
        write(item,
              bytes,
              hadFixed ? tr("Fixed values were written empty, for security.") : QString());
        QTimer::singleShot(0, this, &RecipeExporter::next);
        return;
    }
    if (!m_client) {
        fail(item, tr("not connected to a supervisor."));
        QTimer::singleShot(0, this, &RecipeExporter::next);
        return;
    }
    const Recipe::Mode mode = m_kind == RecipeFiles::ExportKind::Backup ? Recipe::Mode::Deep
                                                                        : Recipe::Mode::Shallow;
    auto *call = m_client->tasks().serialize(item.task.id(), mode);
    m_call = call;
    call->then(this, [this, item](const Result<QJsonObject, ClientError> &result) {
        m_call.clear();
        if (result)
            write(item, Recipe::toFileBytes(*result));
        else
            fail(item, result.error().message);
        next();
    });
}

void RecipeExporter::write(const Item &item, const QByteArray &bytes, const QString &note)
{
    QSaveFile file(item.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(item,
             tr("cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(item.path), file.errorString()));
        return;
    }
    QString message = tr("Wrote %1 (%2).")
                          .arg(QFileInfo(item.path).fileName(), RecipeFiles::kindName(m_kind));
    if (!note.isEmpty())
        message += u' ' + note;
    m_outcomes.append({item.task.id(), item.task.name(), item.path, true, message});
}

void RecipeExporter::fail(const Item &item, const QString &message)
{
    m_outcomes.append({item.task.id(),
                       item.task.name(),
                       item.path,
                       false,
                       tr("“%1” was not exported: %2").arg(item.task.name(), message)});
}

} // namespace TheEye
