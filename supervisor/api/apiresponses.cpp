#include "supervisor/api/apiresponses.h"

#include "supervisor/core/supervisortr.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace TheEye::Supervisor::ApiResponses {

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcApi, "theeye.supervisor.api")
}

Http::Response text(int status, const QString &message)
{
    return Http::Response::json(status, message);
}

Http::Response status(int status, const QString &message)
{
    return Http::Response::json(status,
                                QJsonObject{{"statusCode"_L1, status}, {"message"_L1, message}});
}

Http::Response unauthorized()
{
    return text(401, u"Unauthorized"_s);
}

Http::Response forbidden()
{
    return text(403, u"forbidden"_s);
}

Http::Response invalidContent(const QString &message)
{
    return Http::Response::json(400,
                                QJsonObject{{"code"_L1, u"InvalidContent"_s},
                                            {"message"_L1, message}});
}

Http::Response error(const ServiceError &error)
{
    switch (error.shape) {
    case ServiceError::Shape::Text:
        return text(error.status, error.message);
    case ServiceError::Shape::Status:
        return status(error.status, error.message);
    case ServiceError::Shape::Validation: {
        QJsonArray list;
        for (const FieldError &field : error.fields) {
            QJsonObject item{{"name"_L1, u"ExtendedError"_s},
                             {"statusCode"_L1, error.status},
                             {"field"_L1, field.field},
                             {"code"_L1, field.code}};
            if (!field.value.isNull() && !field.value.isUndefined())
                item.insert("value"_L1, field.value);
            list.append(item);
        }
        return Http::Response::json(error.status, list);
    }
    case ServiceError::Shape::Stack:
        // The real supervisor serializes the whole Error, stack included; clients read
        // `message` and `statusCode`, so the stack names only where the check lives.
        return Http::Response::json(
            error.status,
            QJsonObject{{"stack"_L1,
                         QString(u"Error: "_s + error.message
                                 + u"\n    at ensureCustomer (theeye-desktop supervisor)"_s)},
                        {"message"_L1, error.message},
                        {"statusCode"_L1, error.status}});
    case ServiceError::Shape::Internal:
        break;
    }
    if (!error.message.isEmpty())
        qCWarning(lcApi).noquote() << error.message;
    // SQLite's own text for SQLITE_FULL (sqlite3_errstr, the same in every version): the data
    // directory's disk is full. Nothing was saved, and the client can say why and retry later.
    if (error.message.contains("database or disk is full"_L1))
        return status(507,
                      SupervisorTr::tr("Insufficient Storage: the disk holding the supervisor's "
                                       "data is full; nothing was saved. Free some space and "
                                       "try again."));
    return text(500, u"Internal Server Error"_s);
}

} // namespace TheEye::Supervisor::ApiResponses
