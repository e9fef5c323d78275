#include "client/scriptsapi.h"

#include "client/decoders.h"
#include "client/replydecoding.h"
#include "client/supervisorclient.h"
#include "models/dataurl.h"

#include <QRandomGenerator>

namespace TheEye {

using namespace Qt::StringLiterals;

namespace {

QByteArray quotedFormValue(const QString &value)
{
    QByteArray quoted = value.toUtf8();
    quoted.replace('\\', "\\\\").replace('"', "\\\"").replace('\r', ' ').replace('\n', ' ');
    return '"' + quoted + '"';
}

// multipart/form-data with the file in the field `file` and the metadata as fields, as TheEye's
// web UI uploads a script.
RequestSpec multipartUpload(RequestSpec spec, const Script &script, const QByteArray &content)
{
    const QByteArray boundary = "theeye-"
                                + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    QByteArray body;
    const auto field = [&](const char *name, const QString &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value.toUtf8() + "\r\n";
    };
    field("description", script.description());
    if (!script.mimeType().isEmpty())
        field("mimetype", script.mimeType());
    if (!script.extension().isEmpty())
        field("extension", script.extension());
    const QByteArray mimeType = script.mimeType().isEmpty() ? QByteArray("text/plain")
                                                            : script.mimeType().toLatin1();
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename="
            + quotedFormValue(script.filename()) + "\r\nContent-Type: " + mimeType + "\r\n\r\n"
            + content + "\r\n--" + boundary + "--\r\n";
    spec.body = body;
    spec.contentType = "multipart/form-data; boundary=" + boundary;
    return spec;
}

} // namespace

ScriptsApi::ScriptsApi(SupervisorClient &client)
    : m_client(client)
{}

Call<QList<Script>> *ScriptsApi::list()
{
    auto *call = m_client.newCall<QList<Script>>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"script"_s})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<QList<Script>>(facts, Decode::scripts));
                      });
    return call;
}

Call<Script> *ScriptsApi::get(const QString &scriptId)
{
    auto *call = m_client.newCall<Script>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"script"_s, scriptId})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<Script>(facts, Decode::script));
                      });
    return call;
}

Call<QByteArray> *ScriptsApi::download(const QString &scriptId)
{
    auto *call = m_client.newCall<QByteArray>();
    RequestSpec spec = RequestSpec::get(
        m_client.organizationPath({u"script"_s, scriptId, u"download"_s}));
    spec.accept = "*/*";
    m_client.exchange(call, spec, [call](ReplyFacts &facts) {
        // Raw bytes with no Content-Type on a real supervisor: the body is the answer.
        if (!facts.isSuccessStatus())
            call->fail(describeFailure(facts));
        else
            call->succeed(facts.body);
    });
    return call;
}

Call<Script> *ScriptsApi::create(const Script &script, const QByteArray &content)
{
    return upload("POST", {}, script, content);
}

Call<Script> *ScriptsApi::update(const Script &script, const QByteArray &content)
{
    return upload("PUT", script.id(), script, content);
}

Call<Script> *ScriptsApi::upload(const QByteArray &method,
                                 const QString &scriptId,
                                 const Script &script,
                                 const QByteArray &content)
{
    auto *call = m_client.newCall<Script>();
    RequestSpec spec;
    if (m_client.profile().kind == ConnectionProfile::Kind::Remote) {
        spec.method = method;
        spec.path = scriptId.isEmpty() ? m_client.organizationPath({u"file"_s})
                                       : m_client.organizationPath({u"file"_s, scriptId});
        spec = multipartUpload(spec, script, content);
    } else {
        QJsonObject body = script.toJson();
        const Script described = Script::forContent(script.filename(), content);
        for (const auto key : {"filename"_L1, "extension"_L1, "mimetype"_L1, "size"_L1, "md5"_L1})
            body.insert(key, described.toJson().value(key));
        body.insert("data"_L1, DataUrl{u"text/plain"_s, {}, content}.toString());
        spec = RequestSpec::withJson(method,
                                     scriptId.isEmpty()
                                         ? m_client.organizationPath({u"script"_s})
                                         : m_client.organizationPath({u"script"_s, scriptId}),
                                     body);
    }
    m_client.exchange(call, spec, [this, call, scriptId](ReplyFacts &facts) {
        auto result = decodeJsonReply<Script>(facts, Decode::script);
        if (result)
            m_client.announce(
                {Mutation::Subject::Script,
                 scriptId.isEmpty() ? Mutation::Change::Created : Mutation::Change::Updated,
                 result->id(),
                 {}});
        call->finish(std::move(result));
    });
    return call;
}

} // namespace TheEye
