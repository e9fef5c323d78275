#pragma once

// For the job windows' tests against a real local supervisor (tests/support/supervisorfixture.h):
// a started supervisor, a Session connected to it with a token of the role asked for, and
// helpers that create scripts and tasks through the real client. Header-only; a test folder that
// includes it links theeye_testsupport_supervisor.

#include "client/jobsapi.h"
#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/tasktablemodel.h"
#include "supervisorfixture.h"
#include "support/clientwait.h"
#include "ui/session.h"

#include <QTest>

#include <memory>

namespace TheEye::Testing {

class LiveSupervisor
{
public:
    explicit LiveSupervisor(SupervisorFixture::Options options = {})
        : fixture(std::move(options))
    {}

    // Starts the supervisor and connects the session; false with `error` on failure.
    bool start(Supervisor::Role role = Supervisor::Role::Admin)
    {
        if (!fixture.start()) {
            error = fixture.error();
            return false;
        }
        session = std::make_unique<Session>();
        session->open(profile(role), static_cast<Session::Role>(static_cast<int>(role)));
        if (!QTest::qWaitFor([this] { return session->state() == Session::State::Connected; },
                             15000)) {
            error = QStringLiteral("the session did not connect: ") + session->lastError().message;
            return false;
        }
        if (!QTest::qWaitFor([this] { return !session->hosts().isEmpty(); }, 15000)) {
            error = QStringLiteral("the local bot is not listed");
            return false;
        }
        bot = session->hosts().constFirst();
        return true;
    }

    ConnectionProfile profile(Supervisor::Role role) const
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("live-test");
        profile.name = QStringLiteral("Test supervisor");
        profile.kind = ConnectionProfile::Kind::Local;
        profile.baseUrl = QUrl(fixture.baseUrl());
        profile.organization = fixture.organization();
        profile.token = fixture.token(role);
        profile.username = QStringLiteral("tester@example.com");
        return profile;
    }

    SupervisorClient &client() { return *session->client(); }

    // A script task on the local bot running `script` with bash; `tweak` adjusts it before it is
    // created. The task is also put in the session's table, as the change feed would.
    Result<Task, QString> createTask(const QString &name,
                                     const QByteArray &script,
                                     const QList<TaskArgument> &arguments = {},
                                     const std::function<void(Task &)> &tweak = {})
    {
        auto created = waitForResult(
            client().scripts().create(Script::forContent(name + QStringLiteral(".sh"), script),
                                      script));
        if (!created || !created->ok())
            return Result<Task, QString>::failure(
                QStringLiteral("script: ")
                + (created ? created->error().message : QStringLiteral("timeout")));
        Task task = Task::newScriptTask();
        task.setName(name);
        task.setHostId(bot.id());
        task.setScriptId(created->value().id());
        task.setScriptRunAs(QStringLiteral("bash %script%"));
        task.setArguments(arguments);
        task.setAutoremoveCompletedJobs(false);
        if (tweak)
            tweak(task);
        auto stored = waitForResult(client().tasks().create(task));
        if (!stored || !stored->ok())
            return Result<Task, QString>::failure(
                QStringLiteral("task: ")
                + (stored ? stored->error().message : QStringLiteral("timeout")));
        session->taskModel()->upsertTask(stored->value());
        return stored->value();
    }

    // The job as the supervisor stores it now.
    Job job(const QString &id)
    {
        const auto got = waitForResult(client().jobs().get(id));
        return got && got->ok() ? got->value() : Job();
    }

    SupervisorFixture fixture;
    std::unique_ptr<Session> session;
    Host bot;
    QString error;
};

} // namespace TheEye::Testing
