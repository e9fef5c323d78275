#include "models/script.h"

#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QCryptographicHash>

namespace TheEye {

using namespace Qt::StringLiterals;

Script::Script(const QJsonObject &json)
    : m_json(json)
{}

Result<Script> Script::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Result<Script>::failure(ModelsTr::tr("The script is not a JSON object."));
    const QJsonValue filename = json.toObject().value("filename"_L1);
    if (!filename.isUndefined() && !filename.isString())
        return Result<Script>::failure(ModelsTr::tr("The script's filename must be text."));
    return Script(json.toObject());
}

Script Script::forContent(const QString &filename, const QByteArray &content)
{
    const QString extension = extensionOf(filename);
    return Script(QJsonObject{
        {"_type"_L1, u"Script"_s},
        {"filename"_L1, filename},
        {"extension"_L1, extension},
        {"mimetype"_L1, mimeTypeForExtension(extension)},
        {"size"_L1, content.size()},
        {"md5"_L1, md5Hex(content)},
        {"description"_L1, QString()},
    });
}

QString Script::id() const
{
    const QString id = Json::string(m_json, "id"_L1);
    return id.isEmpty() ? Json::string(m_json, "_id"_L1) : id;
}

QString Script::filename() const
{
    return Json::string(m_json, "filename"_L1);
}

void Script::setFilename(const QString &filename)
{
    m_json.insert("filename"_L1, filename);
    const QString extension = extensionOf(filename);
    m_json.insert("extension"_L1, extension);
    m_json.insert("mimetype"_L1, mimeTypeForExtension(extension));
}

QString Script::extension() const
{
    const QString extension = Json::string(m_json, "extension"_L1);
    return extension.isEmpty() ? extensionOf(filename()) : extension;
}

QString Script::mimeType() const
{
    const QString type = Json::string(m_json, "mimetype"_L1);
    return type.isEmpty() ? mimeTypeForExtension(extension()) : type;
}

qint64 Script::size() const
{
    return Json::integer(m_json, "size"_L1, 0);
}

QString Script::md5() const
{
    return Json::string(m_json, "md5"_L1);
}

QString Script::description() const
{
    return Json::string(m_json, "description"_L1);
}

void Script::setDescription(const QString &description)
{
    m_json.insert("description"_L1, description);
}

QDateTime Script::creationDate() const
{
    return Json::date(m_json, "creation_date"_L1);
}

QDateTime Script::lastUpdate() const
{
    return Json::date(m_json, "last_update"_L1);
}

QString Script::extensionOf(const QString &filename)
{
    const qsizetype dot = filename.lastIndexOf(u'.');
    if (dot <= 0 || dot == filename.size() - 1)
        return {};
    return filename.sliced(dot + 1).toLower();
}

QString Script::mimeTypeForExtension(const QString &extension)
{
    static const QHash<QString, QString> types{
        {u"sh"_s, u"application/x-sh"_s},
        {u"bash"_s, u"application/x-sh"_s},
        {u"py"_s, u"text/x-python"_s},
        {u"js"_s, u"application/javascript"_s},
        {u"ps1"_s, u"application/x-powershell"_s},
        {u"bat"_s, u"application/x-bat"_s},
        {u"cmd"_s, u"application/x-bat"_s},
        {u"pl"_s, u"text/x-perl"_s},
        {u"rb"_s, u"text/x-ruby"_s},
        {u"php"_s, u"application/x-php"_s},
    };
    return types.value(extension, u"text/plain"_s);
}

QString Script::md5Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex());
}

QString Script::runAsForExtension(const QString &extension)
{
    if (extension == u"js")
        return u"node %script%"_s;
    if (extension == u"sh" || extension == u"bash")
        return u"bash %script%"_s;
    if (extension == u"py")
        return u"python3 %script%"_s;
    if (extension == u"bat" || extension == u"cmd")
        return u"%script%"_s;
    if (extension == u"ps1")
        return u"powershell.exe -NonInteractive -ExecutionPolicy ByPass -File \"%script%\""_s;
    return {};
}

} // namespace TheEye
