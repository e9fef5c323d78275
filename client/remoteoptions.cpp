#include "client/remoteoptions.h"

#include "client/clienttr.h"
#include "client/replydecoding.h"
#include "client/supervisorclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

// An option list is small; anything near this is not one.
constexpr qint64 MaxOptionsBytes = qint64(8) * 1024 * 1024;

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
    case QJsonValue::Bool:
        return Json::toText(value);
    default:
        return {};
    }
}

} // namespace

namespace RemoteOptions {

QString urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return ClientTr::tr("The options address \"%1\" is not a valid URL.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return ClientTr::tr("The options address must start with http:// or https://, not %1:.")
            .arg(scheme);
    return {};
}

Result<QList<RemoteOption>> decode(const QJsonValue &json,
                                   const QString &idAttribute,
                                   const QString &textAttribute)
{
    using R = Result<QList<RemoteOption>>;
    QJsonArray items;
    if (json.isArray()) {
        items = json.toArray();
    } else if (json.isObject()) {
        const QJsonObject object = json.toObject();
        bool found = false;
        for (const auto key : {"results"_L1, "data"_L1, "items"_L1}) {
            if (object.value(key).isArray()) {
                items = object.value(key).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return R::failure(ClientTr::tr("The options endpoint answered an object without a "
                                           "list of options."));
    } else {
        return R::failure(ClientTr::tr("The options endpoint did not answer a list."));
    }

    QList<RemoteOption> options;
    options.reserve(items.size());
    for (const QJsonValue &item : std::as_const(items)) {
        RemoteOption option;
        if (item.isObject()) {
            const QJsonObject object = item.toObject();
            option.value = scalarText(object.value(idAttribute));
            option.text = scalarText(object.value(textAttribute));
        } else {
            option.value = scalarText(item);
        }
        if (option.value.isEmpty())
            continue;
        if (option.text.isEmpty())
            option.text = option.value;
        options.append(option);
    }
    if (options.isEmpty() && !items.isEmpty())
        return R::failure(ClientTr::tr("None of the %n option(s) the endpoint answered has a "
                                       "\"%1\" member.",
                                       nullptr,
                                       static_cast<int>(items.size()))
                              .arg(idAttribute));
    return options;
}

} // namespace RemoteOptions

Call<QList<RemoteOption>> *SupervisorClient::fetchRemoteOptions(const QUrl &url,
                                                                const QString &idAttribute,
                                                                const QString &textAttribute)
{
    auto *call = newCall<QList<RemoteOption>>();
    if (const QString problem = RemoteOptions::urlProblem(url); !problem.isEmpty()) {
        ReplyFacts facts;
        facts.url = url;
        facts.inputProblem = problem;
        call->failLater(describeFailure(facts));
        return call;
    }
    RequestSpec spec;
    spec.absoluteUrl = url;
    // The endpoint is somebody else's server: it never gets the supervisor's token.
    spec.credentials = RequestSpec::Credentials::None;
    spec.maxResponseBytes = MaxOptionsBytes;
    exchange(call, spec, [call, idAttribute, textAttribute](ReplyFacts &facts) {
        call->finish(decodeJsonReply<QList<RemoteOption>>(facts, [&](const QJsonValue &json) {
            return RemoteOptions::decode(json, idAttribute, textAttribute);
        }));
    });
    return call;
}

} // namespace TheEye
