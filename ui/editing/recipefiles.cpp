#include "ui/editing/recipefiles.h"

#include "ui/editing/editingtr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace TheEye::RecipeFiles {

using namespace Qt::StringLiterals;

QString baseName(const QString &taskName)
{
    QString name;
    name.reserve(taskName.size());
    bool lastWasUnderscore = false;
    for (const QChar c : taskName.trimmed()) {
        const bool keep = c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_';
        const QChar out = keep ? c : u'_';
        if (out == u'_' && lastWasUnderscore)
            continue;
        lastWasUnderscore = out == u'_';
        name.append(out);
    }
    // No hidden files, no "..".
    while (name.startsWith(u'.') || name.startsWith(u'_'))
        name.remove(0, 1);
    while (name.endsWith(u'.') || name.endsWith(u'_'))
        name.chop(1);
    if (name.size() > 120)
        name.truncate(120);
    return name.isEmpty() ? u"task"_s : name;
}

QString fileName(const QString &taskName, ExportKind kind)
{
    const QString base = baseName(taskName);
    switch (kind) {
    case ExportKind::Recipe:
        return base + u".recipe.json"_s;
    case ExportKind::Backup:
        return base + u".backup.json"_s;
    case ExportKind::Arguments:
        return base + u"_arguments.json"_s;
    }
    return base + u".json"_s;
}

QString withSuffix(const QString &fileName, int number)
{
    const QString suffix = u'-' + QString::number(number);
    for (const QString &ending : {u".recipe.json"_s, u".backup.json"_s, u"_arguments.json"_s}) {
        if (fileName.endsWith(ending))
            return fileName.chopped(ending.size()) + suffix + ending;
    }
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot > 0)
        return fileName.left(dot) + suffix + fileName.mid(dot);
    return fileName + suffix;
}

QString kindName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Recipe:
        return EditingTr::tr("recipe");
    case ExportKind::Backup:
        return EditingTr::tr("backup");
    case ExportKind::Arguments:
        return EditingTr::tr("arguments file");
    }
    return {};
}

QString nameFilter(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Recipe:
        return EditingTr::tr("Recipe, shallow: no fixed or env values (*.recipe.json)");
    case ExportKind::Backup:
        return EditingTr::tr("Backup, deep: everything, values included (*.backup.json)");
    case ExportKind::Arguments:
        return EditingTr::tr("Arguments only (*_arguments.json)");
    }
    return {};
}

QHash<QString, QString> distinctFileNames(const QList<Named> &tasks, ExportKind kind)
{
    QHash<QString, QList<Named>> byName;
    for (const Named &task : tasks)
        byName[fileName(task.taskName, kind).toLower()].append(task);
    QHash<QString, QString> names;
    QSet<QString> taken;
    for (const Named &task : tasks)
        taken.insert(fileName(task.taskName, kind).toLower());
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QList<Named> &group = it.value();
        std::sort(group.begin(), group.end(), [](const Named &a, const Named &b) {
            return a.taskId < b.taskId;
        });
        names.insert(group.first().taskId, fileName(group.first().taskName, kind));
        int number = 2;
        for (qsizetype i = 1; i < group.size(); ++i) {
            QString candidate;
            do {
                candidate = withSuffix(fileName(group.at(i).taskName, kind), number++);
            } while (taken.contains(candidate.toLower()));
            taken.insert(candidate.toLower());
            names.insert(group.at(i).taskId, candidate);
        }
    }
    return names;
}

Source loadFile(const QString &path, const QString &displayName, qint64 maxBytes)
{
    Source source{path, displayName, std::nullopt, {}};
    const auto fail = [&source](const QString &problem) {
        source.error = EditingTr::tr("%1: %2").arg(source.displayName, problem);
        return source;
    };
    QFile file(path);
    if (!file.exists())
        return fail(EditingTr::tr("the file does not exist."));
    if (file.size() > maxBytes)
        return fail(EditingTr::tr("the file is %1; a recipe may be at most %2.")
                        .arg(QLocale().formattedDataSize(file.size()),
                             QLocale().formattedDataSize(maxBytes)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(EditingTr::tr("the file cannot be read (%1).").arg(file.errorString()));
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return fail(EditingTr::tr("the file is larger than %1.")
                        .arg(QLocale().formattedDataSize(maxBytes)));
    auto parsed = Recipe::parse(bytes);
    if (!parsed)
        return fail(parsed.error());
    source.recipe = std::move(parsed).value();
    return source;
}

QList<Source> load(const QStringList &paths, qint64 maxBytes)
{
    QList<Source> sources;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            sources.append(loadFile(path, info.fileName(), maxBytes));
            continue;
        }
        const QDir folder(path);
        const QFileInfoList files = folder.entryInfoList({u"*.json"_s},
                                                         QDir::Files | QDir::Readable,
                                                         QDir::Name | QDir::IgnoreCase);
        if (files.isEmpty()) {
            sources.append(
                {path,
                 info.fileName(),
                 std::nullopt,
                 EditingTr::tr("%1: the folder holds no .json files.").arg(info.fileName())});
            continue;
        }
        QSet<QString> seen;
        for (const QFileInfo &file : files) {
            if (seen.contains(file.absoluteFilePath()))
                continue;
            seen.insert(file.absoluteFilePath());
            sources.append(loadFile(file.absoluteFilePath(),
                                    info.fileName() + u'/' + file.fileName(),
                                    maxBytes));
        }
    }
    return sources;
}

} // namespace TheEye::RecipeFiles
