#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace TheEye {

// A bot (TheEye host). "Stopped reporting" is the host resource's `updates_stopped` state, as the
// web UI shows it.
class Host
{
public:
    Host() = default;
    explicit Host(const QJsonObject &json);

    const QJsonObject &toJson() const { return m_json; }

    QString id() const;
    QString hostname() const;
    QString state() const;
    bool isReporting() const;
    QDateTime lastUpdate() const;
    QString agentVersion() const;

    bool operator==(const Host &other) const { return m_json == other.m_json; }

private:
    QJsonObject m_json;
};

// A task's success/failure event, what "Triggered by" refers to (supervisor-api.md §8).
class Event
{
public:
    Event() = default;
    explicit Event(const QJsonObject &json);

    const QJsonObject &toJson() const { return m_json; }

    QString id() const;
    QString name() const;      // success, failure, …
    QString emitterId() const; // the task that fires it
    QString emitterName() const;
    QString emitterHostname() const;
    // "Echo args (desk-bot) success", as TheEye's picker lists events. Translated.
    QString displayName() const;

    bool operator==(const Event &other) const { return m_json == other.m_json; }

private:
    QJsonObject m_json;
};

} // namespace TheEye
