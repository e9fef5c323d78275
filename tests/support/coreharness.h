#pragma once

#include "supervisor/core/directory.h"
#include "supervisor/core/jobservice.h"
#include "supervisor/core/scriptservice.h"
#include "supervisor/core/taskrecipes.h"
#include "supervisor/core/taskservice.h"
#include "supervisor/store/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace TheEye::Testing {

// The supervisor's domain services on a real SQLite file, without HTTP, on the calling thread:
// for tests of the core itself. reopen() drops everything held in memory and loads it again
// from the file, as a restart does.
class CoreHarness final
{
public:
    struct Parts
    {
        Supervisor::Store store;
        Supervisor::Directory directory{store};
        Supervisor::ScriptService scripts{store};
        Supervisor::TaskService tasks{store, directory, scripts};
        Supervisor::TaskRecipes recipes{tasks, scripts, directory};
        Supervisor::JobService jobs{store, directory, tasks, scripts};
    };

    // Opens the store and creates organization "acme" with an admin session.
    bool open()
    {
        if (!m_directory.isValid() || !load())
            return false;
        const auto organization = d->directory.createOrganization(QStringLiteral("acme"));
        if (!organization)
            return false;
        organizationId = organization->id;
        const auto issued = d->directory.issueToken(organizationId,
                                                    Supervisor::Role::Admin,
                                                    QStringLiteral("admin"),
                                                    true);
        if (!issued)
            return false;
        admin = issued->session;
        adminToken = issued->token;
        return true;
    }

    bool reopen()
    {
        d.reset();
        return load();
    }

    Parts *operator->() { return d.get(); }
    const Supervisor::Organization &organization() const
    {
        return *d->directory.organization(organizationId);
    }
    QString localBotId() const { return d->directory.localBot(organizationId)->id; }
    QString path() const { return m_directory.path(); }

    // A stored script with `content`; its id.
    QString addScript(const QByteArray &content, const QString &filename = QStringLiteral("s.sh"))
    {
        const auto script = d->scripts.create(organization(),
                                              QJsonObject{{QLatin1StringView("filename"), filename},
                                                          {QLatin1StringView("data"),
                                                           QString::fromLatin1(
                                                               content.toBase64())}});
        return script ? script->id : QString();
    }

    // The argument definitions of tests/data/real-supervisor's "Echo args" task: a fixed "FIXED"
    // at order 0, then input "Name" and select "Choice".
    static QJsonArray echoArguments()
    {
        const auto argument =
            [](int order, const char *type, const char *label, const char *value) {
                return QJsonObject{{QLatin1StringView("id"), order + 1},
                                   {QLatin1StringView("order"), order},
                                   {QLatin1StringView("type"), QString::fromLatin1(type)},
                                   {QLatin1StringView("label"), QString::fromLatin1(label)},
                                   {QLatin1StringView("value"), QString::fromLatin1(value)},
                                   {QLatin1StringView("required"), true}};
            };
        return {argument(0, "fixed", "Fixed", "FIXED"),
                argument(1, "input", "Name", ""),
                argument(2, "select", "Choice", "")};
    }

    // A runnable script task on the local bot; extra members override the defaults.
    QJsonObject scriptTaskBody(const QJsonObject &extra = {})
    {
        QJsonObject body{{QLatin1StringView("name"), QStringLiteral("Echo args")},
                         {QLatin1StringView("type"), QStringLiteral("script")},
                         {QLatin1StringView("host"), localBotId()},
                         {QLatin1StringView("script"), addScript("echo hi\n")},
                         {QLatin1StringView("script_runas"), QStringLiteral("bash %script%")},
                         {QLatin1StringView("timeout"), 60000},
                         {QLatin1StringView("env"),
                          QJsonObject{{QLatin1StringView("GREETING"), QStringLiteral("hola")}}},
                         {QLatin1StringView("task_arguments"), echoArguments()}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return body;
    }

    QString organizationId;
    Supervisor::Session admin;
    QString adminToken;

private:
    bool load()
    {
        d = std::make_unique<Parts>();
        return d->store.open(m_directory.path()).ok() && d->directory.load().ok()
               && d->scripts.load().ok() && d->tasks.load().ok();
    }

    QTemporaryDir m_directory;
    std::unique_ptr<Parts> d;
};

} // namespace TheEye::Testing
