#pragma once

#include "models/result.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace TheEye::Supervisor {

// A job's argument values as argv: null → "", other non-text values as JSON text, and a `file`
// argument given as a data URL written to a private file (0600) whose path becomes the value.
// The files are removed when this object goes away.
class ArgumentFiles final
{
public:
    explicit ArgumentFiles(QString folder);
    ~ArgumentFiles();
    ArgumentFiles(const ArgumentFiles &) = delete;
    ArgumentFiles &operator=(const ArgumentFiles &) = delete;

    // `definitions` are the task's argument definitions (by `order`); `prefix` names the files
    // (the job id). A translated error when a file cannot be written.
    Result<QStringList> prepare(const QJsonArray &values,
                                const QJsonArray &definitions,
                                const QString &prefix);
    QStringList files() const { return m_files; }
    void removeAll();

private:
    QString m_folder;
    QStringList m_files;
};

} // namespace TheEye::Supervisor
