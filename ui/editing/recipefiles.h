#pragma once

#include "models/recipe.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace TheEye::RecipeFiles {

// What an export writes (web-ui.md §5a), each with a name of its own so a recipe and a backup of
// the same task can be told apart (TheEye names both <name>.json).
enum class ExportKind {
    Recipe,    // shallow: no ids, bot, ACL, triggers; fixed and env values blanked
    Backup,    // deep: everything but the workflow, including fixed and env values
    Arguments, // the argument definitions only, fixed values removed
};

// The task name as a file name: spaces and characters file systems refuse become "_", letters
// of any script are kept; "task" when nothing is left.
QString baseName(const QString &taskName);
// "<base>.recipe.json", "<base>.backup.json", "<base>_arguments.json".
QString fileName(const QString &taskName, ExportKind kind);
// "Check_disk.recipe.json" → "Check_disk-2.recipe.json".
QString withSuffix(const QString &fileName, int number);
QString kindName(ExportKind kind); // translated, for messages
// The name filter a save dialog offers for the kind, e.g. "Recipe (shallow) (*.recipe.json)".
QString nameFilter(ExportKind kind);

struct Named
{
    QString taskId;
    QString taskName;
};
// One distinct file name per task for a bulk export into one folder: tasks whose names give the
// same file get -2, -3, … in the order of their ids, so exporting again names them the same.
QHash<QString, QString> distinctFileNames(const QList<Named> &tasks, ExportKind kind);

// A recipe file given for import, read and parsed.
struct Source
{
    QString path;
    QString displayName;                    // the file name, or folder/file for folder members
    std::optional<Recipe::Imported> recipe; // set when it parsed
    QString error;                          // translated, names the file; set when it did not
};

constexpr qint64 MaxRecipeBytes = 32 * 1024 * 1024;

// Files as given; folders become every *.json file directly inside them, by name. Each is read
// and parsed on its own, so a bad file never stops the others.
QList<Source> load(const QStringList &paths, qint64 maxBytes = MaxRecipeBytes);
Source loadFile(const QString &path, const QString &displayName, qint64 maxBytes = MaxRecipeBytes);

} // namespace TheEye::RecipeFiles
