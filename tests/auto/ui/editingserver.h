#pragma once

// A real local supervisor (tests/support/supervisorfixture.h) and a Session connected to it, for
// the editing tests that must see what the supervisor stored.

#include "clientwait.h"
#include "supervisorfixture.h"

#include "client/catalogapi.h"
#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/tasktablemodel.h"
#include "ui/session.h"

#include <QTest>

namespace TheEye::Testing {

class ConnectedSession
{
public:
    // Starts the supervisor and opens the session with a token of `role`; waits until the bots
    // are known. Returns what went wrong, or an empty string.
    QString start(Supervisor::Role role = Supervisor::Role::Admin)
    {
        if (!supervisor.start())
            return supervisor.error();
        connect(role);
        if (!QTest::qWaitFor([this] { return !session.hosts().isEmpty(); }, 15'000))
            return QStringLiteral("the session did not list the local bot");
        return {};
    }

    void connect(Supervisor::Role role)
    {
        ConnectionProfile profile;
        profile.kind = ConnectionProfile::Kind::Local;
        profile.name = QStringLiteral("test");
        profile.baseUrl = QUrl(supervisor.baseUrl());
        profile.organization = supervisor.organization();
        profile.token = supervisor.token(role);
        session.open(profile, Session::roleFromName(Supervisor::roleName(role)));
    }

    SupervisorClient &client() { return *session.client(); }
    Host bot() const { return session.hosts().value(0); }

    // The stored task, as the supervisor answers GET /task/:id.
    std::optional<Task> fetch(const QString &taskId)
    {
        const auto result = waitForResult(client().tasks().get(taskId));
        if (!result || !result->ok())
            return std::nullopt;
        return result->value();
    }

    QByteArray scriptContent(const QString &scriptId)
    {
        const auto result = waitForResult(client().scripts().download(scriptId));
        return result && result->ok() ? result->value() : QByteArray();
    }

    // A script task with a fixed argument and an env value, made through the client.
    std::optional<Task> createTask(const QString &name,
                                   const QByteArray &content = "#!/bin/sh\necho \"$@\"\n")
    {
        const auto script = waitForResult(
            client().scripts().create(Script::forContent(QStringLiteral("echo.sh"), content),
                                      content));
        if (!script || !script->ok())
            return std::nullopt;
        Task task = Task::newScriptTask();
        task.setName(name);
        task.setHostId(bot().id());
        task.setScriptId(script->value().id());
        task.setScriptRunAs(QStringLiteral("bash %script%"));
        task.setTags({QStringLiteral("demo"), QStringLiteral("env:test")});
        task.setDescription(QStringLiteral("Made by a test"));
        task.setTimeoutMs(90'000);
        task.setMultitasking(false);
        task.setEnv({{QStringLiteral("GREETING"), QStringLiteral("hello")}});
        TaskArgument fixed = TaskArgument::create(TaskArgument::Type::Fixed,
                                                  1,
                                                  0,
                                                  QStringLiteral("Mount"));
        fixed.setValue(QStringLiteral("/var"));
        task.setArguments(
            {fixed, TaskArgument::create(TaskArgument::Type::Input, 2, 1, QStringLiteral("Unit"))});
        const auto created = waitForResult(client().tasks().create(task));
        if (!created || !created->ok())
            return std::nullopt;
        // The session's table has it before the editors look for it.
        const QString id = created->value().id();
        QTest::qWaitFor([this, id] { return session.taskModel()->taskById(id) != nullptr; },
                        15'000);
        return created->value();
    }

    SupervisorFixture supervisor;
    Session session;
};

// What makes two tasks the same task, ids, dates and versions aside.
inline QJsonObject comparable(const Task &task)
{
    QJsonObject json;
    for (const char *key : {"name",
                            "type",
                            "tags",
                            "task_arguments",
                            "script_runas",
                            "env",
                            "timeout",
                            "multitasking",
                            "cancellable",
                            "description",
                            "grace_time",
                            "default_state_evaluation",
                            "autoremove_completed_jobs_limit",
                            "arguments_type"}) {
        const QLatin1StringView name(key);
        json.insert(name, task.toJson().value(name));
    }
    return json;
}

} // namespace TheEye::Testing
