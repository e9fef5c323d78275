#include "supervisor/core/scriptservice.h"

#include "models/dataurl.h"
#include "models/jsonutil.h"
#include "models/script.h"
#include "supervisor/core/objectid.h"
#include "supervisor/store/store.h"

#include <QDateTime>
#include <QJsonArray>

namespace TheEye::Supervisor {

using namespace Qt::StringLiterals;

namespace {

QString nowIso()
{
    return Json::isoDate(QDateTime::currentDateTimeUtc());
}

// Decodes `data`; nullopt when it is neither a data URL nor base64.
std::optional<QByteArray> decode(const QJsonValue &data)
{
    if (!data.isString())
        return std::nullopt;
    return decodeScriptData(data.toString());
}

bool isValidFilename(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString name = value.toString();
    return !name.trimmed().isEmpty() && name.size() <= 255 && !name.contains(u'/')
           && !name.contains(QChar(0)) && name != u"." && name != u"..";
}

void describeContent(QJsonObject &metadata, const QByteArray &content)
{
    metadata.insert("md5"_L1, Script::md5Hex(content));
    metadata.insert("size"_L1, content.size());
}

} // namespace

ScriptService::ScriptService(Store &store)
    : m_store(store)
{}

Outcome<bool> ScriptService::load()
{
    m_scripts.clear();
    m_order.clear();
    for (const ScriptRow &row : m_store.scripts()) {
        m_scripts.insert(row.id, {row.id, row.organizationId, row.document});
        m_order.append(row.id);
    }
    return true;
}

const ScriptEntry *ScriptService::find(const QString &organizationId, const QString &id) const
{
    const auto it = m_scripts.constFind(id);
    if (it == m_scripts.cend() || it->organizationId != organizationId)
        return nullptr;
    return &it.value();
}

QList<QJsonObject> ScriptService::list(const QString &organizationId) const
{
    QList<QJsonObject> list;
    for (const QString &id : m_order) {
        const ScriptEntry &entry = *m_scripts.constFind(id);
        if (entry.organizationId == organizationId)
            list.append(entry.document);
    }
    return list;
}

std::optional<QByteArray> ScriptService::content(const QString &organizationId, const QString &id)
{
    if (!find(organizationId, id))
        return std::nullopt;
    return m_store.scriptContent(id);
}

QJsonObject ScriptService::reference(const ScriptEntry &script)
{
    return {{"_type"_L1, u"Script"_s},
            {"_id"_L1, script.id},
            {"filename"_L1, Json::string(script.document, "filename"_L1)},
            {"id"_L1, script.id}};
}

Outcome<ScriptEntry> ScriptService::insert(const Organization &organization,
                                           QJsonObject metadata,
                                           const QByteArray &content)
{
    const QString id = ObjectId::generate();
    const QString filename = Json::string(metadata, "filename"_L1);
    const QString extension = Script::extensionOf(filename);
    const QString now = nowIso();
    QJsonObject document{
        {"order"_L1, 0},
        {"enable"_L1, true},
        {"acl"_L1, QJsonArray()},
        {"tags"_L1, QJsonArray()},
        {"description"_L1, Json::string(metadata, "description"_L1)},
        {"_id"_L1, id},
        {"id"_L1, id},
        {"_type"_L1, u"Script"_s},
        {"filename"_L1, filename},
        {"extension"_L1, extension},
        {"mimetype"_L1, Script::mimeTypeForExtension(extension)},
        {"customer"_L1, organization.id},
        {"customer_id"_L1, organization.id},
        {"customer_name"_L1, organization.name},
        {"keyname"_L1,
         QString(filename + u"[ts:"_s + QString::number(QDateTime::currentMSecsSinceEpoch())
                 + u"]"_s)},
        {"creation_date"_L1, now},
        {"last_update"_L1, now},
    };
    if (metadata.value("tags"_L1).isArray())
        document.insert("tags"_L1, metadata.value("tags"_L1));
    describeContent(document, content);

    ScriptEntry entry{id, organization.id, document};
    if (const Done done = m_store.insertScript({id, organization.id, document}, content); !done)
        return Outcome<ScriptEntry>::failure(ServiceError::internal(done.error()));
    m_scripts.insert(id, entry);
    m_order.append(id);
    return entry;
}

Outcome<ScriptEntry> ScriptService::create(const Organization &organization,
                                           const QJsonObject &input)
{
    QList<FieldError> errors;
    if (!input.contains("filename"_L1))
        errors.append(FieldError::required(u"filename"_s));
    else if (!isValidFilename(input.value("filename"_L1)))
        errors.append(FieldError::invalid(u"filename"_s, input.value("filename"_L1)));
    const QJsonValue description = input.value("description"_L1);
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        errors.append(FieldError::invalid(u"description"_s, description));
    std::optional<QByteArray> content;
    if (!input.contains("data"_L1)) {
        errors.append(FieldError::required(u"data"_s));
    } else {
        content = decode(input.value("data"_L1));
        if (!content)
            errors.append(FieldError::invalid(u"data"_s));
    }
    if (!errors.isEmpty())
        return Outcome<ScriptEntry>::failure(ServiceError::validation(errors));

    Transaction transaction(m_store.database());
    auto created = insert(organization, input, *content);
    if (!created)
        return created;
    if (const Done done = transaction.commit(); !done) {
        m_scripts.remove(created->id);
        m_order.removeAll(created->id);
        return Outcome<ScriptEntry>::failure(ServiceError::internal(done.error()));
    }
    return created;
}

Outcome<ScriptEntry> ScriptService::update(const Organization &organization,
                                           const QString &id,
                                           const QJsonObject &input)
{
    const ScriptEntry *existing = find(organization.id, id);
    if (!existing)
        return Outcome<ScriptEntry>::failure(ServiceError::withStatus(404, u"script not found"_s));

    QList<FieldError> errors;
    QJsonObject document = existing->document;
    if (input.contains("filename"_L1)) {
        if (!isValidFilename(input.value("filename"_L1))) {
            errors.append(FieldError::invalid(u"filename"_s, input.value("filename"_L1)));
        } else {
            const QString filename = input.value("filename"_L1).toString();
            const QString extension = Script::extensionOf(filename);
            document.insert("filename"_L1, filename);
            document.insert("extension"_L1, extension);
            document.insert("mimetype"_L1, Script::mimeTypeForExtension(extension));
        }
    }
    if (input.contains("description"_L1)) {
        const QJsonValue description = input.value("description"_L1);
        if (!description.isString() && !description.isNull())
            errors.append(FieldError::invalid(u"description"_s, description));
        else
            document.insert("description"_L1, description.toString());
    }
    if (input.value("tags"_L1).isArray())
        document.insert("tags"_L1, input.value("tags"_L1));
    std::optional<QByteArray> content;
    if (input.contains("data"_L1)) {
        content = decode(input.value("data"_L1));
        if (!content)
            errors.append(FieldError::invalid(u"data"_s));
        else
            describeContent(document, *content);
    }
    if (!errors.isEmpty())
        return Outcome<ScriptEntry>::failure(ServiceError::validation(errors));
    document.insert("last_update"_L1, nowIso());

    Transaction transaction(m_store.database());
    if (const Done done = m_store.updateScript({id, organization.id, document},
                                               content ? &*content : nullptr);
        !done)
        return Outcome<ScriptEntry>::failure(ServiceError::internal(done.error()));
    if (const Done done = transaction.commit(); !done)
        return Outcome<ScriptEntry>::failure(ServiceError::internal(done.error()));
    ScriptEntry &entry = m_scripts[id];
    entry.document = document;
    return entry;
}

const ScriptEntry *ScriptService::findSame(const QString &organizationId,
                                           const QJsonObject &candidate,
                                           const QString &sourceId) const
{
    const QString md5 = Json::string(candidate, "md5"_L1);
    if (const ScriptEntry *source = find(organizationId, sourceId);
        source && Json::string(source->document, "md5"_L1) == md5)
        return source;
    for (const QString &id : m_order) {
        const ScriptEntry &entry = *m_scripts.constFind(id);
        if (entry.organizationId != organizationId)
            continue;
        const QJsonObject &doc = entry.document;
        if (Json::string(doc, "md5"_L1) == md5
            && doc.value("size"_L1).toInteger() == candidate.value("size"_L1).toInteger()
            && Json::string(doc, "extension"_L1) == Json::string(candidate, "extension"_L1)
            && Json::string(doc, "mimetype"_L1) == Json::string(candidate, "mimetype"_L1))
            return &entry;
    }
    return nullptr;
}

Outcome<ScriptEntry> ScriptService::resolveInline(const Organization &organization,
                                                  const QJsonObject &script,
                                                  const QString &field,
                                                  bool *created)
{
    *created = false;
    if (!isValidFilename(script.value("filename"_L1)))
        return Outcome<ScriptEntry>::failure(
            ServiceError::validation({FieldError::invalid(field + u".filename"_s)}));
    const auto content = decode(script.value("data"_L1));
    if (!content)
        return Outcome<ScriptEntry>::failure(
            ServiceError::validation({FieldError::invalid(field + u".data"_s)}));

    QJsonObject candidate = script;
    const QString extension = Script::extensionOf(script.value("filename"_L1).toString());
    candidate.insert("extension"_L1, extension);
    candidate.insert("mimetype"_L1, Script::mimeTypeForExtension(extension));
    describeContent(candidate, *content);
    if (const ScriptEntry *same = findSame(organization.id,
                                           candidate,
                                           Json::string(script, "source_model_id"_L1)))
        return *same;
    auto inserted = insert(organization, script, *content);
    *created = inserted.ok();
    return inserted;
}

void ScriptService::discard(const QString &id)
{
    m_scripts.remove(id);
    m_order.removeAll(id);
}

} // namespace TheEye::Supervisor
