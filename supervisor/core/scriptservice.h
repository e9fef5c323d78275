#pragma once

#include "supervisor/core/serviceerror.h"
#include "supervisor/core/session.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace TheEye::Supervisor {

class Store;

struct ScriptEntry
{
    QString id;
    QString organizationId;
    QJsonObject document; // TheEye's File JSON: _id, id, _type "Script", filename, md5, size, …
};

// Script files: metadata in memory, content in the store. md5 and size always describe the
// content actually stored, whatever a client claimed.
class ScriptService final
{
public:
    explicit ScriptService(Store &store);
    ScriptService(const ScriptService &) = delete;
    ScriptService &operator=(const ScriptService &) = delete;

    Outcome<bool> load();

    const ScriptEntry *find(const QString &organizationId, const QString &id) const;
    QList<QJsonObject> list(const QString &organizationId) const;
    std::optional<QByteArray> content(const QString &organizationId, const QString &id);

    // `{filename, description?, data}` where data is a data URL or raw base64; E3 list when a
    // member is missing or does not decode.
    Outcome<ScriptEntry> create(const Organization &organization, const QJsonObject &input);
    // Any of filename, description, data; new content recomputes md5 and size.
    Outcome<ScriptEntry> update(const Organization &organization,
                                const QString &id,
                                const QJsonObject &input);

    // A task's inline script (`{filename, …, data}`, as recipes carry it): the same script again
    // when this organization has it (its source_model_id with the same md5, else the same md5,
    // size, extension and mime type), else a new one. Part of the caller's transaction.
    // `created` tells whether a new script was added (see discard()).
    Outcome<ScriptEntry> resolveInline(const Organization &organization,
                                       const QJsonObject &script,
                                       const QString &field,
                                       bool *created);
    // Forgets a script added inside a transaction that was then rolled back.
    void discard(const QString &id);

    // What a task embeds: {_type, _id, filename, id}.
    static QJsonObject reference(const ScriptEntry &script);

private:
    const ScriptEntry *findSame(const QString &organizationId,
                                const QJsonObject &candidate,
                                const QString &sourceId) const;
    Outcome<ScriptEntry> insert(const Organization &organization,
                                QJsonObject metadata,
                                const QByteArray &content);

    Store &m_store;
    QHash<QString, ScriptEntry> m_scripts;
    QList<QString> m_order;
};

} // namespace TheEye::Supervisor
