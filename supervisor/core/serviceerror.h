#pragma once

#include "models/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace TheEye::Supervisor {

// One invalid or missing member of a request, for the validation list (E3).
struct FieldError
{
    QString field;
    QString code; // "EREQ" (required) or "EVALID" (invalid)
    QJsonValue value = QJsonValue::Null;

    static FieldError required(const QString &field) { return {field, QStringLiteral("EREQ")}; }
    static FieldError invalid(const QString &field, const QJsonValue &value = QJsonValue::Null)
    {
        return {field, QStringLiteral("EVALID"), value};
    }
};

// Why a request failed, in the shape the real supervisor answers it (supervisor-api.md §1.1): a
// bare JSON string (E1), {statusCode,message} (E2), a validation list (E3), an Error with a stack
// (E4) or the plain 500 (E5). The API layer turns it into the HTTP response.
struct ServiceError
{
    enum class Shape { Text, Status, Validation, Stack, Internal };

    int status = 500;
    Shape shape = Shape::Internal;
    QString message;
    QList<FieldError> fields;

    static ServiceError text(int status, const QString &message)
    {
        return {status, Shape::Text, message, {}};
    }
    static ServiceError withStatus(int status, const QString &message)
    {
        return {status, Shape::Status, message, {}};
    }
    static ServiceError validation(QList<FieldError> fields)
    {
        return {400, Shape::Validation, {}, std::move(fields)};
    }
    static ServiceError stack(int status, const QString &message)
    {
        return {status, Shape::Stack, message, {}};
    }
    // Something on our side (the database) failed; `detail` goes to the log, not to the client.
    static ServiceError internal(const QString &detail = {})
    {
        return {500, Shape::Internal, detail, {}};
    }
};

template<typename T>
using Outcome = Result<T, ServiceError>;

} // namespace TheEye::Supervisor
