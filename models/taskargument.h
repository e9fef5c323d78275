#pragma once

#include "models/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace TheEye {

// Limits a run-time value is checked against beyond its own definition.
struct ArgumentLimits
{
    // TheEye's web UI caps file arguments at config.files.max_upload_size = 5120 KB.
    qsizetype maxFileBytes = 5120 * 1024;
};

// One entry of a task's `task_arguments` (supervisor-api.md §5.2, web-ui.md §3). The JSON it was
// read from is its storage, so properties this class does not know survive a round trip.
class TaskArgument
{
public:
    enum class Type {
        Fixed,
        Input,
        Textarea,
        Boolean,
        Json,
        Select,
        RemoteOptions,
        Date,
        Email,
        Regexp,
        File,
        Unknown,
    };
    enum class Charset { All, Alpha, Numeric, Alphanumeric };

    struct Option
    {
        QString id;
        QString label;
        int order = 0;
        bool operator==(const Option &) const = default;
    };

    TaskArgument() = default;
    explicit TaskArgument(const QJsonObject &json);
    // A new argument with the defaults TheEye's editor gives it.
    static TaskArgument create(Type type, int id, int order, const QString &label);
    // Checks the shape (an object with a known-typed `type`, numeric `order`); the message is
    // translated.
    static Result<TaskArgument> fromJson(const QJsonValue &json);

    const QJsonObject &toJson() const { return m_json; }

    static QString typeName(Type type);
    static Type typeFromName(QStringView name);
    static QString typeDisplayName(Type type);
    static QList<Type> creatableTypes();

    int id() const;
    void setId(int id);
    int order() const;
    void setOrder(int order);
    Type type() const;
    QString rawType() const;
    void setType(Type type);
    bool isFixed() const { return type() == Type::Fixed; }
    QString label() const;
    void setLabel(const QString &label);
    QString value() const; // the fixed value, or the default of other types
    void setValue(const QString &value);
    QString help() const;
    void setHelp(const QString &help);
    bool isRequired() const;
    void setRequired(bool required);
    bool isReadOnly() const;
    void setReadOnly(bool readOnly);
    bool isMultiple() const;
    void setMultiple(bool multiple);
    bool isMasked() const;
    void setMasked(bool masked);
    QList<Option> options() const;
    void setOptions(const QList<Option> &options);
    QString endpointUrl() const;
    void setEndpointUrl(const QString &url);
    QString idAttribute() const;
    void setIdAttribute(const QString &attribute);
    QString textAttribute() const;
    void setTextAttribute(const QString &attribute);
    std::optional<int> charsMin() const;
    void setCharsMin(std::optional<int> min);
    std::optional<int> charsMax() const;
    void setCharsMax(std::optional<int> max);
    Charset charset() const;
    void setCharset(Charset charset);
    QString pattern() const;
    void setPattern(const QString &pattern);

    // Problems with the definition itself, as the argument editor shows them (label missing,
    // fixed value missing, pattern that does not compile, select without options, remote options
    // without endpoint or attributes, min above max). Empty when the definition is usable.
    QStringList definitionProblems() const;

    // Checks a run-time value against this definition. Returns a translated message that names
    // the argument, or an empty string when the value is acceptable. A null value is acceptable
    // only for arguments that are not required.
    QString validate(const QJsonValue &value, const ArgumentLimits &limits = {}) const;

    bool operator==(const TaskArgument &other) const { return m_json == other.m_json; }

private:
    void set(QLatin1StringView key, const QJsonValue &value);

    QJsonObject m_json;
};

} // namespace TheEye
