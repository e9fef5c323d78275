#include "models/host.h"

#include "models/jsonutil.h"
#include "models/modelstr.h"

#include <QJsonArray>

namespace TheEye {

using namespace Qt::StringLiterals;

Host::Host(const QJsonObject &json)
    : m_json(json)
{}

QString Host::id() const
{
    const QString id = Json::string(m_json, "id"_L1);
    return id.isEmpty() ? Json::string(m_json, "_id"_L1) : id;
}

QString Host::hostname() const
{
    return Json::string(m_json, "hostname"_L1);
}

QString Host::state() const
{
    return Json::string(m_json, "state"_L1);
}

bool Host::isReporting() const
{
    return state() != u"updates_stopped";
}

QDateTime Host::lastUpdate() const
{
    return Json::date(m_json, "last_update"_L1);
}

QString Host::agentVersion() const
{
    if (const QString version = Json::string(m_json, "agent_version"_L1); !version.isEmpty())
        return version;
    // The real supervisor keeps it per registration, in `fingerprints`, the newest last.
    const QJsonArray fingerprints = m_json.value("fingerprints"_L1).toArray();
    for (qsizetype i = fingerprints.size() - 1; i >= 0; --i) {
        const QString version = Json::string(fingerprints.at(i).toObject(), "agent_version"_L1);
        if (!version.isEmpty())
            return version;
    }
    // An agent's registration body: {hostname, version, info:{agent_version, …}}.
    const QString version = Json::string(m_json.value("info"_L1).toObject(), "agent_version"_L1);
    return version.isEmpty() ? Json::string(m_json, "version"_L1) : version;
}

Event::Event(const QJsonObject &json)
    : m_json(json)
{}

QString Event::id() const
{
    const QString id = Json::string(m_json, "id"_L1);
    return id.isEmpty() ? Json::string(m_json, "_id"_L1) : id;
}

QString Event::name() const
{
    return Json::string(m_json, "name"_L1);
}

QString Event::emitterId() const
{
    const QString id = Json::string(m_json, "emitter_id"_L1);
    return id.isEmpty() ? Json::referenceId(m_json.value("emitter"_L1)) : id;
}

QString Event::emitterName() const
{
    return Json::string(m_json.value("emitter"_L1).toObject(), "name"_L1);
}

QString Event::emitterHostname() const
{
    const QJsonObject emitter = m_json.value("emitter"_L1).toObject();
    const QString hostname = Json::string(emitter, "hostname"_L1);
    return hostname.isEmpty() ? Json::string(emitter.value("host"_L1).toObject(), "hostname"_L1)
                              : hostname;
}

QString Event::displayName() const
{
    const QString host = emitterHostname();
    const QString task = emitterName().isEmpty() ? emitterId() : emitterName();
    if (name() == u"success")
        return host.isEmpty() ? ModelsTr::tr("%1 succeeds").arg(task)
                              : ModelsTr::tr("%1 (%2) succeeds").arg(task, host);
    if (name() == u"failure")
        return host.isEmpty() ? ModelsTr::tr("%1 fails").arg(task)
                              : ModelsTr::tr("%1 (%2) fails").arg(task, host);
    return host.isEmpty() ? ModelsTr::tr("%1: %2").arg(task, name())
                          : ModelsTr::tr("%1 (%2): %3").arg(task, host, name());
}

} // namespace TheEye
