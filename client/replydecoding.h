#pragma once

#include "client/call.h"
#include "client/clienterror.h"
#include "client/replyfacts.h"
#include "models/jsonutil.h"
#include "models/result.h"

#include <utility>

namespace TheEye {

// The second half of every exchange: a failed one becomes its ClientError; a successful one is
// parsed as JSON and handed to `decode` (QJsonValue → Result<T, QString>), whose complaint
// becomes an UnexpectedShape error. Internal to the client layer.
template<typename T, typename Decoder>
Result<T, ClientError> decodeJsonReply(ReplyFacts &facts, Decoder &&decode)
{
    using R = Result<T, ClientError>;
    if (!facts.isSuccessStatus())
        return R::failure(describeFailure(facts));
    const auto json = Json::parse(facts.body);
    if (!json) {
        facts.decoding = ReplyFacts::Decoding::NotJson;
        facts.problem = json.error();
        return R::failure(describeFailure(facts));
    }
    auto value = decode(*json);
    if (!value) {
        facts.decoding = ReplyFacts::Decoding::WrongShape;
        facts.problem = value.error();
        return R::failure(describeFailure(facts));
    }
    facts.decoding = ReplyFacts::Decoding::Ok;
    return R(std::move(value).value());
}

// For answers whose body does not matter (204, `{}`): only the status counts.
inline Result<Done, ClientError> decodeStatusReply(ReplyFacts &facts)
{
    if (!facts.isSuccessStatus())
        return Result<Done, ClientError>::failure(describeFailure(facts));
    facts.decoding = ReplyFacts::Decoding::Ok;
    return Done{};
}

} // namespace TheEye
