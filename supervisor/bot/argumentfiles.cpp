#include "supervisor/bot/argumentfiles.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "supervisor/bot/scriptfiles.h"
#include "supervisor/core/supervisortr.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QMimeDatabase>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

bool isFileArgument(const QJsonArray &definitions, qsizetype index)
{
    for (const QJsonValue &definition : definitions) {
        const QJsonObject object = definition.toObject();
        if (Json::integer(object, "order"_L1, -1) == index)
            return Json::string(object, "type"_L1) == u"file";
    }
    return false;
}

QString fileNameFor(const DataUrl &url, const QString &prefix, qsizetype index)
{
    QString name = ScriptFiles::safeFileName(url.name, QString());
    if (name.isEmpty()) {
        const QString suffix = QMimeDatabase().mimeTypeForName(url.mimeType).preferredSuffix();
        name = u"file"_s + (suffix.isEmpty() ? QString() : u"."_s + suffix);
    }
    return prefix + u'-' + QString::number(index) + u'-' + name;
}

} // namespace

ArgumentFiles::ArgumentFiles(QString folder)
    : m_folder(std::move(folder))
{}

ArgumentFiles::~ArgumentFiles()
{
    removeAll();
}

void ArgumentFiles::removeAll()
{
    for (const QString &file : std::as_const(m_files))
        QFile::remove(file);
    m_files.clear();
}

Result<QStringList> ArgumentFiles::prepare(const QJsonArray &values,
                                           const QJsonArray &definitions,
                                           const QString &prefix)
{
    QStringList argv;
    argv.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue value = values.at(i);
        if (value.isNull() || value.isUndefined()) {
            argv.append(QString());
            continue;
        }
        const QString text = Json::toText(value);
        const auto url = value.isString() && isFileArgument(definitions, i) ? DataUrl::parse(text)
                                                                            : std::nullopt;
        if (!url) {
            argv.append(text);
            continue;
        }
        if (const auto folder = ensurePrivateDirectory(m_folder); !folder)
            return Result<QStringList>::failure(folder.error());
        const QString path = QDir(m_folder).filePath(fileNameFor(*url, prefix, i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(url->data) != url->data.size()) {
            const QString error = file.errorString();
            file.close();
            QFile::remove(path);
            return Result<QStringList>::failure(
                SupervisorTr::tr("The local bot cannot write the file argument %1: %2")
                    .arg(path, error));
        }
        m_files.append(path);
        argv.append(path);
    }
    return argv;
}

} // namespace TheEye::Supervisor
