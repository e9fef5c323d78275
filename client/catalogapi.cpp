#include "client/catalogapi.h"

#include "client/decoders.h"
#include "client/replydecoding.h"
#include "client/supervisorclient.h"

namespace TheEye {

using namespace Qt::StringLiterals;

CatalogApi::CatalogApi(SupervisorClient &client)
    : m_client(client)
{}

Call<QList<Host>> *CatalogApi::hosts()
{
    auto *call = m_client.newCall<QList<Host>>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"host"_s})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<QList<Host>>(facts, Decode::hosts));
                      });
    return call;
}

Call<QList<Event>> *CatalogApi::events()
{
    auto *call = m_client.newCall<QList<Event>>();
    m_client.exchange(call,
                      RequestSpec::get(m_client.organizationPath({u"event"_s})),
                      [call](ReplyFacts &facts) {
                          call->finish(decodeJsonReply<QList<Event>>(facts, Decode::events));
                      });
    return call;
}

} // namespace TheEye
