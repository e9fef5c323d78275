// The README's screenshots: the real desktop app (DesktopApp, as theeye-desktop composes it) on
// a fresh local supervisor in --data-dir, filled through the supervisor's HTTP API with a handful
// of example tasks (script tasks with tags on three bots, one that ran and failed, one that
// succeeded, one running), then grabs the main window and, unless --main-only,
// the task editor, a job window with output, the import preview of --recipe and the credentials
// dialog into --out. --appearance dark gives main-dark.png instead of main-<lang>.png. Run by
// tools/screenshots.sh; not a benchmark, it only lives with the GUI benches' helpers.
//
//   gui_screenshots --data-dir EMPTY_DIR --out DIR [--lang es] [--main-only]
//                   [--appearance dark] [--recipe RECIPE.json]

#include "app/desktop/desktopapp.h"
#include "client/jobsapi.h"
#include "client/scriptsapi.h"
#include "client/supervisorclient.h"
#include "client/tasksapi.h"
#include "models/tasktablemodel.h"
#include "supervisor/core/localsupervisor.h"
#include "ui/appearance.h"
#include "ui/credentialsdialog.h"
#include "ui/editing/importpreviewdialog.h"
#include "ui/editing/taskediting.h"
#include "ui/editing/taskeditordialog.h"
#include "ui/jobs/jobdialog.h"
#include "ui/jobs/jobrunning.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <optional>

using namespace TheEye;
using namespace Qt::StringLiterals;

namespace {

// Runs the event loop for `ms` (a tool, not a test: it waits for windows to settle).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        pause(20);
    }
    return true;
}

template<typename T>
std::optional<T> await(Call<T> *call)
{
    std::optional<T> value;
    QEventLoop loop;
    call->then(&loop, [&](const Result<T, ClientError> &result) {
        if (result.ok())
            value = result.value();
        else
            std::fprintf(stderr, "request failed: %s\n", qPrintable(result.error().message));
        loop.quit();
    });
    loop.exec();
    return value;
}

// As theeye-desktop's main does; reports whether our own catalog for the language was found.
bool installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale(u"en"_s) : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    const bool found = ours->load(locale, u"theeye"_s, u"_"_s, u":/i18n"_s);
    if (found)
        QApplication::installTranslator(ours);
    return found;
}

// Another bot, registered as a TheEye agent would (POST /<org>/host with an agent token).
bool registerBot(Supervisor::LocalSupervisor &supervisor, const QString &hostname)
{
    const auto token = supervisor.createToken(Supervisor::Role::Agent, u"screenshots"_s);
    if (!token)
        return false;
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(supervisor.baseUrl() + u'/' + supervisor.organization() + u"/host"_s));
    request.setRawHeader("Authorization", "Bearer " + token->toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request,
                                        QJsonDocument(QJsonObject{{u"hostname"_s, hostname}})
                                            .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError;
}

struct Example
{
    QString name;
    QStringList tags;
    QString description;
    QByteArray script;
    QString bot; // hostname; empty: none
    QList<TaskArgument> arguments;
};

bool grab(QWidget *widget, const QString &path)
{
    widget->raise();
    pause(300);
    const bool saved = widget->grab().save(path, "PNG");
    std::printf("%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"TheEye Desktop"_s);
    QApplication::setApplicationDisplayName(u"TheEye Desktop"_s);
    QApplication::setOrganizationName(u"TheEye"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"data-dir"_s, u"An empty dir for the local supervisor."_s, u"dir"_s});
    parser.addOption({u"out"_s, u"Where the PNGs go."_s, u"dir"_s});
    parser.addOption({u"lang"_s, u"Language code (en, es)."_s, u"code"_s, u"en"_s});
    parser.addOption({u"main-only"_s, u"Only the main window."_s});
    parser.addOption({u"appearance"_s, u"system, light or dark (ui/appearance.h)."_s, u"name"_s});
    parser.addOption({u"recipe"_s, u"A recipe to show in the import preview."_s, u"file"_s});
    parser.process(app);
    const Appearance appearance = appearanceFromName(parser.value(u"appearance"_s));
    applyAppearance(appearance);
    const QString language = parser.value(u"lang"_s);
    const QDir out(parser.value(u"out"_s));
    if (!parser.isSet(u"data-dir"_s) || !parser.isSet(u"out"_s) || !out.exists()) {
        std::fprintf(stderr, "gui_screenshots: --data-dir and an existing --out are required\n");
        return 2;
    }
    if (!installTranslations(app, language) && language != u"en"_s)
        std::printf("note: no TheEye translation for \"%s\" yet; its screenshot shows the "
                    "English text (Qt's own strings translated)\n",
                    qPrintable(language));

    DesktopApp::Options options;
    options.dataDirectory = parser.value(u"data-dir"_s);
    options.forceLocal = true;
    options.localPort = 0;
    DesktopApp desktop(options);
    desktop.start();
    MainWindow *window = desktop.mainWindow();
    window->resize(1180, 640);
    Session *session = desktop.session();
    if (!waitUntil([&] { return !session->hosts().isEmpty(); }, 30000)) {
        std::fprintf(stderr, "the app did not connect to its local supervisor\n");
        return 1;
    }
    Supervisor::LocalSupervisor &supervisor = *desktop.localSupervisor();
    SupervisorClient &client = *session->client();
    registerBot(supervisor, u"web-01.prod.example.net"_s);
    registerBot(supervisor, u"db-02.prod.example.net"_s);
    if (!waitUntil([&] { return session->hosts().size() >= 3; }, 30000))
        std::fprintf(stderr, "note: the extra bots are not listed\n");
    QHash<QString, QString> botIds; // hostname → id; the local bot under "local"
    for (const Host &host : session->hosts())
        botIds.insert(host.hostname(), host.id());
    for (const Host &host : session->hosts()) {
        if (!host.hostname().contains(u"example.net"_s))
            botIds.insert(u"local"_s, host.id());
    }

    const TaskArgument target = TaskArgument::create(TaskArgument::Type::Input, 1, 0, u"Target"_s);
    const QList<Example> examples{
        {u"Rotate nginx logs"_s,
         {u"env:prod"_s, u"team:web"_s, u"nightly"_s},
         u"Compresses yesterday's access logs and drops those older than 30 days."_s,
         "echo \"rotating /var/log/nginx/access.log\"\necho \"compressing 14 files\"\n"
         "echo \"logrotate: error: cannot stat /var/log/nginx/old: No such file or directory\" "
         ">&2\n"
         "echo '{\"state\":\"failure\",\"data\":[\"/var/log/nginx/old is missing\"]}'\n"
         "exit 1\n",
         u"local"_s,
         {}},
        {u"Sync inventory to S3"_s,
         {u"env:staging"_s, u"team:data"_s},
         u"Copies the inventory exports to the staging bucket."_s,
         "for i in $(seq 1 600); do echo \"uploaded batch $i of 600 (inventory-$i.csv.gz)\"; "
         "sleep 1; done\n",
         u"local"_s,
         {}},
        {u"Check API health"_s,
         {u"env:prod"_s, u"monitoring"_s},
         u"Calls /health on every API node and fails when one does not answer."_s,
         "echo \"api-1: 200 OK (38 ms)\"\necho \"api-2: 200 OK (41 ms)\"\necho \"all healthy\"\n",
         u"local"_s,
         {}},
        {u"Backup orders database"_s,
         {u"env:prod"_s, u"team:payments"_s, u"nightly"_s},
         u"pg_dump of the orders database to the backup volume."_s,
         "pg_dump --format=custom --file=\"/backup/orders-$(date +%F).dump\" \"$1\"\n",
         u"db-02.prod.example.net"_s,
         {target}},
        {u"Deploy web frontend"_s,
         {u"env:staging"_s, u"team:web"_s},
         u"Pulls the release and restarts the web service."_s,
         "git -C /srv/web pull --ff-only && systemctl restart web\n",
         u"web-01.prod.example.net"_s,
         {}},
        {u"Renew TLS certificates"_s,
         {u"security"_s, u"monthly"_s},
         u"certbot renew for every site behind the load balancer."_s,
         "certbot renew --quiet\n",
         u"web-01.prod.example.net"_s,
         {}},
    };
    QHash<QString, Task> created;
    for (const Example &example : examples) {
        const QString file = example.name.toLower().replace(u' ', u'-') + u".sh"_s;
        const auto script = await(
            client.scripts().create(Script::forContent(file, example.script), example.script));
        if (!script)
            return 1;
        Task task = Task::newScriptTask();
        task.setName(example.name);
        task.setTags(example.tags);
        task.setDescription(example.description);
        if (!example.bot.isEmpty())
            task.setHostId(botIds.value(example.bot));
        task.setScriptId(script->id());
        task.setScriptRunAs(u"bash %script%"_s);
        task.setArguments(example.arguments);
        task.setAutoremoveCompletedJobs(false);
        const auto stored = await(client.tasks().create(task));
        if (!stored)
            return 1;
        created.insert(example.name, *stored);
    }
    const auto runTask = [&](const QString &name) {
        return await(client.tasks().run(created.value(name).id(), {}));
    };
    const auto failed = runTask(u"Rotate nginx logs"_s);
    const auto healthy = runTask(u"Check API health"_s);
    const auto running = runTask(u"Sync inventory to S3"_s);
    if (!failed || !healthy || !running)
        return 1;
    waitUntil(
        [&] {
            const auto a = await(client.jobs().get(failed->id()));
            const auto b = await(client.jobs().get(healthy->id()));
            return a && a->isFinished() && b && b->isFinished();
        },
        30000);
    // Let the change feed bring every task and job state into the table.
    waitUntil([&] { return session->taskModel()->rowCount() >= examples.size() + 1; }, 30000);
    pause(3000);

    bool ok = true;
    window->selectTask(created.value(u"Rotate nginx logs"_s).id());
    pause(500);
    const QString suffix = language.isEmpty() ? u"en"_s : language;
    // main-en.png, main-es.png; main-dark.png for the dark palette in English.
    const QString mainName = appearance == Appearance::Dark
                                 ? (suffix == u"en"_s ? u"main-dark.png"_s
                                                      : u"main-dark-%1.png"_s.arg(suffix))
                                 : u"main-%1.png"_s.arg(suffix);
    ok = grab(window, out.filePath(mainName)) && ok;

    if (!parser.isSet(u"main-only"_s)) {
        if (TaskEditorDialog *editor = desktop.editing()->editTask(
                created.value(u"Backup orders database"_s))) {
            editor->resize(900, 640);
            ok = grab(editor, out.filePath(u"task-editor.png"_s)) && ok;
            editor->close();
        }
        JobDialog *job = desktop.running()->openJob(*running);
        job->resize(900, 560);
        pause(2500); // a few lines of live output
        ok = grab(job, out.filePath(u"job-running.png"_s)) && ok;
        job->close();
        JobDialog *failedJob = desktop.running()->openJob(*failed);
        failedJob->resize(900, 560);
        pause(500);
        ok = grab(failedJob, out.filePath(u"job-failed.png"_s)) && ok;
        failedJob->close();

        if (parser.isSet(u"recipe"_s)) {
            ImportPreviewDialog *preview = desktop.editing()->importFiles(
                {parser.value(u"recipe"_s)});
            if (preview) {
                preview->resize(960, 640);
                pause(1500); // the bots and scripts the preview matches against
                ok = grab(preview, out.filePath(u"import-preview.png"_s)) && ok;
                preview->skipCurrent(); // nothing pending: closing asks nothing
                preview->reject();
            } else {
                ok = false;
            }
        }

        window->showCredentials(created.value(u"Check API health"_s));
        auto *credentials = window->findChild<CredentialsDialog *>();
        if (credentials) {
            credentials->resize(860, 460);
            pause(800);
            ok = grab(credentials, out.filePath(u"credentials.png"_s)) && ok;
            credentials->close();
        } else {
            ok = false;
        }
    }
    await(client.jobs().cancel(running->id(), created.value(u"Sync inventory to S3"_s).id()));
    pause(300);
    return ok ? 0 : 1;
}
