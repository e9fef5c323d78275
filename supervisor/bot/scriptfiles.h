#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace TheEye::Supervisor {

// The local bot's copies of stored scripts, in a private folder (0700) of the data directory:
// `<root>/<script id>/<file name>`, mode 0700. A copy is rewritten only when its content
// changed, and then by rename, so a job still reading the old file keeps reading it whole.
class ScriptFiles final
{
public:
    explicit ScriptFiles(QString root);
    ScriptFiles(const ScriptFiles &) = delete;
    ScriptFiles &operator=(const ScriptFiles &) = delete;

    // The path of the script's copy with exactly `content`; a translated error when the folder
    // or file cannot be written.
    Result<QString> materialize(const QString &scriptId,
                                const QString &filename,
                                const QByteArray &content);

    // A file name that stays inside its folder: no separators, no "." or "..", no NUL.
    static QString safeFileName(const QString &filename, const QString &fallback);

private:
    QString m_root;
    QHash<QString, QByteArray> m_written; // path → SHA-256 of what was written there
};

// Creates `path` (and its parents) and makes it private to this user.
Result<QString> ensurePrivateDirectory(const QString &path);

} // namespace TheEye::Supervisor
