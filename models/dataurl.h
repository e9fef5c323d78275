#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace TheEye {

// RFC 2397 data URLs, as TheEye carries scripts ("data:text/plain;base64,…") and file arguments.
struct DataUrl
{
    QString mimeType;
    QString name; // the optional ";name=" parameter browsers and our app add for files
    QByteArray data;

    bool operator==(const DataUrl &) const = default;

    static std::optional<DataUrl> parse(QStringView text);
    QString toString() const;
    // The decoded size of a data URL without decoding it; nullopt when it is not one.
    static std::optional<qsizetype> decodedSize(QStringView text);
};

// Raw base64 (legacy recipes) or a data URL; nullopt when neither decodes cleanly.
std::optional<QByteArray> decodeScriptData(QStringView text);

} // namespace TheEye
