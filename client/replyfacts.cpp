#include "client/replyfacts.h"

#include "client/clienttr.h"
#include "models/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype ExcerptLength = 300;

QString excerpt(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(ExcerptLength * 4)).simplified();
    if (text.size() > ExcerptLength)
        text = text.left(ExcerptLength) + u'…';
    return text;
}

// A proxy's error page says what happened in its <title> ("502 Bad Gateway").
QString htmlTitle(const QByteArray &bytes)
{
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(bytes.left(4096)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

QString hostAndPort(const QUrl &url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers network-layer errors below 100 and proxy errors from 101 to 199.
    return error != QNetworkReply::NoError && error < 200;
}

bool isProtocolError(QNetworkReply::NetworkError error)
{
    return error >= QNetworkReply::ProtocolUnknownError && error <= QNetworkReply::ProtocolFailure;
}

QString describeField(const FieldProblem &problem)
{
    if (problem.code == u"EREQ")
        return ClientTr::tr("%1 is required").arg(problem.field);
    if (problem.code == u"EVALID")
        return ClientTr::tr("%1 is invalid").arg(problem.field);
    if (problem.code.isEmpty())
        return problem.field;
    return ClientTr::tr("%1 (%2)", "field name (error code)").arg(problem.field, problem.code);
}

QList<FieldProblem> fieldsOfList(const QJsonArray &array, bool *isFieldList)
{
    QList<FieldProblem> fields;
    *isFieldList = !array.isEmpty();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || !object.contains("field"_L1)) {
            *isFieldList = false;
            return {};
        }
        fields.append({Json::toText(object.value("field"_L1)),
                       Json::string(object, "code"_L1),
                       object.value("value"_L1)});
    }
    return fields;
}

// Mongoose validation errors arrive inside an E2 body as {"errors":{"<path>":{kind,…}}}.
QList<FieldProblem> fieldsOfMongooseErrors(const QJsonObject &errors)
{
    QList<FieldProblem> fields;
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QJsonObject error = it.value().toObject();
        fields.append({it.key(), Json::string(error, "kind"_L1), error.value("value"_L1)});
    }
    return fields;
}

QString joinedFields(const QList<FieldProblem> &fields)
{
    QStringList parts;
    for (const FieldProblem &field : fields)
        parts.append(describeField(field));
    return parts.join(ClientTr::tr(", ", "list separator"));
}

ErrorBody errorBodyOfObject(const QJsonObject &object)
{
    ErrorBody result;
    const QJsonValue message = object.value("message"_L1);
    result.message = message.isString() ? message.toString() : QString();
    const bool hasStatusCode = object.contains("statusCode"_L1);
    if (object.value("code"_L1).isString() && message.isString() && !hasStatusCode) {
        result.shape = ClientError::BodyShape::RouteError;
        result.details = object.value("code"_L1).toString();
        return result;
    }
    bool onlyStatusMessage = message.isString() && hasStatusCode;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != "statusCode"_L1 && it.key() != "message"_L1 && it.key() != "errors"_L1)
            onlyStatusMessage = false;
    }
    if (onlyStatusMessage) {
        result.shape = ClientError::BodyShape::StatusMessage;
        const QJsonValue errors = object.value("errors"_L1);
        if (errors.isObject())
            result.fields = fieldsOfMongooseErrors(errors.toObject());
        if (!errors.isUndefined())
            result.details = QString::fromUtf8(Json::compact(errors));
        return result;
    }
    if (message.isString()) {
        // A serialized Error: every own property is there, the stack trace too (E4), or the
        // gateway's answer when it refused the token ({name, body, statusCode}).
        result.shape = ClientError::BodyShape::ErrorObject;
        const QJsonValue stack = object.value("stack"_L1);
        const QJsonValue body = object.value("body"_L1);
        if (stack.isString())
            result.details = stack.toString();
        else if (!body.isUndefined())
            result.details = Json::toText(body);
        return result;
    }
    result.shape = ClientError::BodyShape::OtherJson;
    result.details = excerpt(Json::compact(object));
    return result;
}

QString statusText(const ReplyFacts &facts)
{
    const QString reason = QString::fromLatin1(facts.reasonPhrase).trimmed();
    return reason.isEmpty() ? QString::number(facts.httpStatus)
                            : QString::number(facts.httpStatus) + u' ' + reason;
}

// The server's own words, appended where they add something.
QString withServerMessage(const QString &sentence, const QString &serverMessage)
{
    if (serverMessage.isEmpty())
        return sentence;
    return ClientTr::tr("%1 The supervisor said: \"%2\"", "sentence, server message")
        .arg(sentence, serverMessage);
}

void describeTransportFailure(const ReplyFacts &facts, ClientError &error)
{
    using K = ClientError::Kind;
    const QString where = hostAndPort(facts.url);
    error.details = facts.networkErrorText;
    switch (facts.networkError) {
    case QNetworkReply::HostNotFoundError:
        error.kind = K::HostNotFound;
        error.message = ClientTr::tr("The host name \"%1\" could not be resolved. Check the "
                                     "connection's URL and the network.")
                            .arg(facts.url.host());
        return;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = K::ConnectionRefused;
        error.message = ClientTr::tr("Nothing answers at %1: the supervisor is not running there "
                                     "or the port is wrong.")
                            .arg(where);
        return;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = K::ConnectionClosed;
        error.message = facts.hasHttpAnswer()
                            ? ClientTr::tr("The supervisor at %1 closed the connection before "
                                           "its answer was complete.")
                                  .arg(where)
                            : ClientTr::tr("The supervisor at %1 closed the connection without "
                                           "answering.")
                                  .arg(where);
        return;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (facts.networkError == QNetworkReply::SslHandshakeFailedError
            || facts.url.scheme() == u"https") {
            error.kind = K::TlsError;
            error.message = ClientTr::tr("The secure connection to %1 failed: %2")
                                .arg(where, facts.networkErrorText);
            return;
        }
        break;
    default:
        break;
    }
    error.kind = K::NetworkError;
    error.message = ClientTr::tr("The request to %1 failed: %2").arg(where, facts.networkErrorText);
}

void describeHttpFailure(const ReplyFacts &facts, ClientError &error)
{
    using K = ClientError::Kind;
    const ErrorBody body = parseErrorBody(facts.body);
    error.bodyShape = body.shape;
    error.serverMessage = body.message;
    error.details = body.details;
    error.fieldProblems = body.fields;
    error.body = body.json;
    const QString server = body.message;
    const int status = facts.httpStatus;

    if (status >= 300 && status < 400) {
        error.kind = K::UnexpectedRedirect;
        error.message = ClientTr::tr("The server sends this request to %1 instead. If the "
                                     "supervisor moved (for example to https), update the "
                                     "connection's URL.")
                            .arg(facts.redirectTarget.toDisplayString());
        return;
    }
    switch (status) {
    case 400:
        if (!body.fields.isEmpty()) {
            error.kind = K::ValidationFailed;
            error.message = ClientTr::tr("The supervisor refused the values: %1.")
                                .arg(joinedFields(body.fields));
        } else {
            error.kind = K::BadRequest;
            error.message = withServerMessage(ClientTr::tr("The supervisor refused the request."),
                                              server);
        }
        return;
    case 401:
        error.kind = K::Unauthorized;
        if (facts.credentials == ReplyFacts::Credentials::Password)
            error.message = ClientTr::tr("The user name or the password is wrong.");
        else if (facts.credentials == ReplyFacts::Credentials::Token)
            error.message = ClientTr::tr("The supervisor rejected the access token: it has "
                                         "expired or is wrong. Sign in again or enter a new "
                                         "token.");
        else
            error.message = ClientTr::tr("This connection has no access token. Sign in or enter "
                                         "a token first.");
        return;
    case 403:
        if (server.compare(u"invalid secret"_s, Qt::CaseInsensitive) == 0) {
            error.kind = K::InvalidSecret;
            error.message = ClientTr::tr("The task's secret key is wrong.");
        } else if (server.isEmpty() || server.compare(u"forbidden"_s, Qt::CaseInsensitive) == 0) {
            error.kind = K::Forbidden;
            error.message = ClientTr::tr("Your role does not allow this.");
        } else {
            error.kind = K::Forbidden;
            error.message = withServerMessage(ClientTr::tr("The supervisor does not allow this."),
                                              server);
        }
        return;
    case 404:
        if (body.shape == ClientError::BodyShape::RouteError) {
            error.kind = K::UnsupportedRoute;
            error.message = ClientTr::tr("This supervisor does not offer %1; it may be another "
                                         "version.")
                                .arg(facts.url.path());
        } else if (server.contains(u"organization not found"_s, Qt::CaseInsensitive)) {
            error.kind = K::OrganizationNotFound;
            error.message = ClientTr::tr("The organization \"%1\" does not exist on this "
                                         "supervisor.")
                                .arg(facts.organization);
        } else {
            error.kind = K::NotFound;
            error.message = withServerMessage(ClientTr::tr("It does not exist on the supervisor "
                                                           "(any more)."),
                                              server);
        }
        return;
    case 405:
        error.kind = K::UnsupportedRoute;
        error.message = ClientTr::tr("This supervisor does not allow %1 here; it may be another "
                                     "version.")
                            .arg(facts.url.path());
        return;
    case 408:
        error.kind = K::ResultNotReady;
        error.message = ClientTr::tr("The job did not finish while the supervisor waited for its "
                                     "result.");
        return;
    case 409:
        if (server.contains(u"organization"_s, Qt::CaseInsensitive)) {
            error.kind = K::OrganizationMismatch;
            error.message = ClientTr::tr("The access token belongs to another organization than "
                                         "\"%1\". Check the connection's organization.")
                                .arg(facts.organization);
            return;
        }
        break;
    case 413:
        error.kind = K::PayloadTooLarge;
        error.message = ClientTr::tr("The request is larger than the supervisor accepts.");
        return;
    default:
        break;
    }
    if (status >= 500) {
        error.kind = K::ServerError;
        error.message = status == 500
                            ? withServerMessage(ClientTr::tr("The supervisor failed with an "
                                                             "internal error."),
                                                server == u"Internal Server Error" ? QString()
                                                                                   : server)
                            : ClientTr::tr("The supervisor is unavailable (%1).")
                                  .arg(server.isEmpty() ? statusText(facts) : server);
        return;
    }
    error.kind = K::HttpError;
    error.message = withServerMessage(ClientTr::tr("The supervisor answered with HTTP status %1.")
                                          .arg(statusText(facts)),
                                      server);
}

} // namespace

bool ClientError::isTransportFailure() const
{
    switch (kind) {
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::ConnectionClosed:
    case Kind::TlsError:
    case Kind::Timeout:
    case Kind::ProtocolError:
    case Kind::NetworkError:
        return true;
    default:
        return false;
    }
}

QString ClientError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(kind)));
}

bool ReplyFacts::isSuccessStatus() const
{
    return !timedOut && !tooLarge && configurationProblem.isEmpty() && inputProblem.isEmpty()
           && networkError == QNetworkReply::NoError && httpStatus >= 200 && httpStatus < 300;
}

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody result;
    if (body.trimmed().isEmpty())
        return result;
    const auto parsed = Json::parse(body);
    if (!parsed) {
        result.shape = ClientError::BodyShape::Text;
        const QString title = htmlTitle(body);
        result.message = title.isEmpty() ? excerpt(body.left(200)) : title;
        result.details = excerpt(body);
        return result;
    }
    const QJsonValue json = *parsed;
    if (json.isString()) {
        result.shape = ClientError::BodyShape::String;
        result.message = json.toString();
    } else if (json.isArray()) {
        bool isFieldList = false;
        result.fields = fieldsOfList(json.toArray(), &isFieldList);
        result.shape = isFieldList ? ClientError::BodyShape::FieldList
                                   : ClientError::BodyShape::OtherJson;
        if (isFieldList)
            result.message = joinedFields(result.fields);
        else
            result.details = excerpt(Json::compact(json));
    } else if (json.isObject()) {
        result = errorBodyOfObject(json.toObject());
    } else {
        result.shape = ClientError::BodyShape::OtherJson;
        result.details = Json::toText(json);
    }
    result.json = json;
    return result;
}

ClientError describeFailure(const ReplyFacts &facts)
{
    using K = ClientError::Kind;
    ClientError error;
    error.url = facts.url.adjusted(QUrl::RemoveUserInfo);
    error.httpStatus = facts.httpStatus;

    if (!facts.configurationProblem.isEmpty()) {
        error.kind = K::NotConfigured;
        error.message = ClientTr::tr("The connection cannot be used: %1")
                            .arg(facts.configurationProblem);
        return error;
    }
    if (!facts.inputProblem.isEmpty()) {
        error.kind = K::InvalidInput;
        error.message = facts.inputProblem;
        return error;
    }
    if (facts.tooLarge) {
        error.kind = K::ResponseTooLarge;
        error.message = ClientTr::tr("The supervisor's answer is larger than the limit of %1 MiB.")
                            .arg(QString::number(double(facts.sizeLimit) / (1024.0 * 1024.0),
                                                 'g',
                                                 4));
        return error;
    }
    // Our own cancel never reaches here, so a canceled transfer is the transfer timeout.
    if (facts.timedOut || facts.networkError == QNetworkReply::TimeoutError
        || facts.networkError == QNetworkReply::OperationCanceledError) {
        error.kind = K::Timeout;
        error.details = facts.networkErrorText;
        error.message = ClientTr::tr("The supervisor at %1 did not answer within %n second(s).",
                                     nullptr,
                                     (facts.timeoutMs + 999) / 1000)
                            .arg(hostAndPort(facts.url));
        return error;
    }
    if (isTransportError(facts.networkError)) {
        describeTransportFailure(facts, error);
        return error;
    }
    // A success status with an error after it: a body that cannot be decompressed or read.
    const bool successStatus = facts.httpStatus >= 200 && facts.httpStatus < 300;
    if (facts.networkError != QNetworkReply::NoError && (successStatus || !facts.hasHttpAnswer())
        && (facts.hasHttpAnswer() || isProtocolError(facts.networkError))) {
        error.kind = K::ProtocolError;
        error.details = facts.networkErrorText;
        error.message = facts.hasHttpAnswer()
                            ? ClientTr::tr("The answer from %1 could not be read: %2")
                                  .arg(hostAndPort(facts.url), facts.networkErrorText)
                            : ClientTr::tr("The answer from %1 is not HTTP. Is this the address "
                                           "of a TheEye supervisor?")
                                  .arg(hostAndPort(facts.url));
        return error;
    }
    if (!facts.hasHttpAnswer()) {
        error.details = facts.networkErrorText;
        error.kind = K::NetworkError;
        error.message = ClientTr::tr("The request to %1 failed: %2")
                            .arg(hostAndPort(facts.url), facts.networkErrorText);
        return error;
    }
    if (facts.httpStatus >= 200 && facts.httpStatus < 300
        && facts.decoding != ReplyFacts::Decoding::Ok) {
        switch (facts.decoding) {
        case ReplyFacts::Decoding::JobRejected:
            error.kind = K::JobRejected;
            error.serverMessage = facts.problem;
            error.body = facts.decodedBody;
            error.message = ClientTr::tr("The supervisor could not start the job: %1")
                                .arg(facts.problem);
            return error;
        case ReplyFacts::Decoding::NotJson:
            error.kind = K::NotJson;
            error.details = excerpt(facts.body);
            error.message = ClientTr::tr("The answer from %1 is not JSON. Is this the address of "
                                         "a TheEye supervisor?")
                                .arg(hostAndPort(facts.url));
            return error;
        default:
            error.kind = K::UnexpectedShape;
            error.details = excerpt(facts.body);
            error.message = ClientTr::tr("The supervisor's answer does not have the expected "
                                         "form: %1")
                                .arg(facts.problem);
            return error;
        }
    }
    describeHttpFailure(facts, error);
    return error;
}

} // namespace TheEye
