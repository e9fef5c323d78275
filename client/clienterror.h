#pragma once

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace TheEye {

// One entry of a supervisor validation list (supervisor-api.md §1.1 E3): `code` is EREQ
// (required) or EVALID (invalid).
struct FieldProblem
{
    QString field;
    QString code;
    QJsonValue value;

    bool operator==(const FieldProblem &) const = default;
};

// Every way a request can fail, as data: a kind the GUI can act on (sign in again, retry, mark a
// field), the HTTP status, a translated sentence it can show as it is, and what the server said.
// Built by describeFailure() (client/replyfacts.h) and nowhere else.
struct ClientError
{
    Q_GADGET
public:
    enum class Kind {
        // No HTTP answer.
        NotConfigured,     // the profile has no usable URL or organization
        InvalidInput,      // what the caller gave cannot be sent (a broken recipe)
        HostNotFound,      // DNS
        ConnectionRefused, // nothing listens on that port
        ConnectionClosed,  // closed or reset before the answer was complete
        TlsError,
        Timeout,       // no progress within the transfer timeout
        ProtocolError, // the peer does not speak HTTP
        NetworkError,  // any other transport failure
        // An HTTP answer that is a failure.
        BadRequest,           // 400
        ValidationFailed,     // 400 with a field list (E3)
        Unauthorized,         // 401: no token, or expired or wrong
        Forbidden,            // 403: the role does not allow it
        InvalidSecret,        // 403 "invalid secret" on a secret route
        NotFound,             // 404 of an object
        OrganizationNotFound, // 404 "organization not found"
        UnsupportedRoute,     // 404/405 of a route the server does not have (restify E6)
        OrganizationMismatch, // 409: the token belongs to another organization
        ResultNotReady,       // 408 from the result long-poll
        PayloadTooLarge,      // 413
        ServerError,          // 5xx
        HttpError,            // any other non-success status
        UnexpectedRedirect,   // 3xx the operation does not expect
        // A success status whose body is not what the operation needs.
        ResponseTooLarge, // beyond the client's size limit
        NotJson,
        UnexpectedShape,
        JobRejected, // 200 with a job built as terminated/error (supervisor-api.md §4.1 step 7)
    };
    Q_ENUM(Kind)

    // Which of the error body shapes of supervisor-api.md §1.1 the body had.
    enum class BodyShape {
        None,          // no body
        String,        // E1 (and E5): a bare JSON string
        StatusMessage, // E2: {"statusCode","message"[,"errors"]}
        FieldList,     // E3: [{"name","statusCode","field","code"}…]
        ErrorObject,   // E4: a serialized Error, {"message","statusCode", "stack"|"name"|…}
        RouteError,    // E6: restify {"code","message"}
        OtherJson,     // JSON of none of these shapes
        Text,          // not JSON (an HTML error page of a proxy, plain text)
    };
    Q_ENUM(BodyShape)

    Kind kind = Kind::NetworkError;
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString message;       // translated, complete sentence(s)
    QString serverMessage; // what the supervisor said, as it said it
    QString details;       // transport error text, stack trace or body excerpt, for a details view
    BodyShape bodyShape = BodyShape::None;
    QList<FieldProblem> fieldProblems;
    QJsonValue body; // the parsed error body, or the rejected job
    QUrl url;        // the request URL, without credentials

    // No HTTP answer: the server is unreachable (the change feed's reachability).
    bool isTransportFailure() const;
    // The token must be replaced: sign in again or enter a new one.
    bool needsNewToken() const { return kind == Kind::Unauthorized; }

    static QString kindName(Kind kind);
};

} // namespace TheEye

Q_DECLARE_METATYPE(TheEye::ClientError)
