#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>

namespace TheEye {

// A script file (supervisor-api.md §5.3). Content travels separately (download, or inline as a
// data URL); this is the metadata, JSON-backed like Task.
class Script
{
public:
    Script() = default;
    explicit Script(const QJsonObject &json);
    static Result<Script> fromJson(const QJsonValue &json);
    // Metadata for new content: filename, extension, mimetype, size and md5 computed.
    static Script forContent(const QString &filename, const QByteArray &content);

    const QJsonObject &toJson() const { return m_json; }

    QString id() const;
    QString filename() const;
    void setFilename(const QString &filename);
    QString extension() const;
    QString mimeType() const;
    qint64 size() const;
    QString md5() const;
    QString description() const;
    void setDescription(const QString &description);
    QDateTime creationDate() const;
    QDateTime lastUpdate() const;

    static QString extensionOf(const QString &filename);
    static QString mimeTypeForExtension(const QString &extension);
    static QString md5Hex(const QByteArray &content);
    // The runner TheEye's UI picks for an extension (web-ui.md §6), or an empty string.
    static QString runAsForExtension(const QString &extension);

    bool operator==(const Script &other) const { return m_json == other.m_json; }

private:
    QJsonObject m_json;
};

} // namespace TheEye
