#include "supervisor/bot/scriptfiles.h"

#include "supervisor/core/supervisortr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

Result<QString> ensurePrivateDirectory(const QString &path)
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path))
        return Result<QString>::failure(
            SupervisorTr::tr("The local bot cannot create the folder %1.").arg(path));
    if (!QFile::setPermissions(path,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                   | QFileDevice::ExeOwner))
        return Result<QString>::failure(
            SupervisorTr::tr("The local bot cannot make the folder %1 private.").arg(path));
    return path;
}

ScriptFiles::ScriptFiles(QString root)
    : m_root(std::move(root))
{}

QString ScriptFiles::safeFileName(const QString &filename, const QString &fallback)
{
    QString name = filename;
    name.replace(u'/', u'_');
    name.replace(u'\\', u'_');
    name.remove(QChar(0));
    name = name.trimmed();
    if (name.isEmpty() || name == "."_L1 || name == ".."_L1)
        return fallback;
    if (name.size() > 200)
        name = name.right(200);
    return name;
}

Result<QString> ScriptFiles::materialize(const QString &scriptId,
                                         const QString &filename,
                                         const QByteArray &content)
{
    const QString folder = QDir(m_root).filePath(safeFileName(scriptId, u"script"_s));
    const QString path = QDir(folder).filePath(safeFileName(filename, u"script"_s));
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    if (m_written.value(path) == digest && QFile::exists(path))
        return path; // its folder was made private when it was written
    if (const auto made = ensurePrivateDirectory(folder); !made)
        return made;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                | QFileDevice::ExeOwner)
        || !file.commit())
        return Result<QString>::failure(
            SupervisorTr::tr("The local bot cannot write the script %1: %2")
                .arg(path, file.errorString()));
    m_written.insert(path, digest);
    return path;
}

} // namespace TheEye::Supervisor
