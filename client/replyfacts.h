#pragma once

#include "client/clienterror.h"

#include <QByteArray>
#include <QJsonValue>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace TheEye {

// Everything one exchange taught the client, success or not: what the transport reported, the
// HTTP answer, and (for a success status) what decoding the body found. describeFailure() turns
// it into the one ClientError the caller gets.
struct ReplyFacts
{
    enum class Decoding {
        NotAttempted,
        Ok,
        NotJson,
        WrongShape,  // `problem` says what was wrong, translated
        JobRejected, // `decodedBody` is the job
    };

    QUrl url;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;        // no progress within the transfer timeout
    bool tooLarge = false;        // the body passed the client's size limit
    qint64 sizeLimit = 0;         // bytes, for the message
    int timeoutMs = 0;            // for the message
    QString configurationProblem; // not sent: the profile is unusable
    QString inputProblem;         // not sent: what the caller gave is unusable

    int httpStatus = 0;
    QByteArray reasonPhrase;
    QByteArray contentType;
    QByteArray body;
    QUrl redirectTarget;

    Decoding decoding = Decoding::NotAttempted;
    QString problem;
    QJsonValue decodedBody;

    // What the request authenticated with, so a 401 can say what to fix.
    enum class Credentials { None, Token, Password, Secret };
    Credentials credentials = Credentials::Token;
    QString organization; // of the profile, for the organization messages

    // The transport delivered a whole answer with a 2xx status.
    bool isSuccessStatus() const;
    bool hasHttpAnswer() const { return httpStatus != 0; }
};

// The one place that maps a failed exchange to a typed, translated error: transport failures,
// every HTTP status class, the six error body shapes of supervisor-api.md §1.1, bodies that are
// not JSON or not of the expected shape, and the 200-with-an-error-job quirk.
ClientError describeFailure(const ReplyFacts &facts);

// The error body shape and the message the server put in it.
struct ErrorBody
{
    ClientError::BodyShape shape = ClientError::BodyShape::None;
    QString message;
    QString details;
    QList<FieldProblem> fields;
    QJsonValue json;
};
ErrorBody parseErrorBody(const QByteArray &body);

} // namespace TheEye
