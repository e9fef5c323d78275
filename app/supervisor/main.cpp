// theeye-supervisor: the local supervisor without a window. It serves TheEye's task and job API
// on this machine, so curl, scripts and TheEye Desktop can use it.

#include "supervisor/core/localsupervisor.h"
#include "supervisor/core/role.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using TheEye::Supervisor::LocalSupervisor;
using TheEye::Supervisor::Role;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorApp)
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so the server stops cleanly: parked requests answered,
// the database closed.
bool watchTerminationSignals(QCoreApplication &app)
{
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char buffer[16];
        while (::read(signalPipe[0], buffer, sizeof buffer) > 0) {
        }
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0
           && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "theeye-supervisor: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"TheEye"_s);
    QCoreApplication::setApplicationName(u"theeye-supervisor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(THEEYE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The local TheEye supervisor: TheEye's task and job API on this machine, with "
               "SQLite storage and a local bot."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     Tr::tr("Keep the data in <dir>."),
                                     u"dir"_s,
                                     LocalSupervisor::defaultDataDirectory());
    const QCommandLineOption port(u"port"_s,
                                  Tr::tr("Listen on <port>; 0 picks a free one (default 60080)."),
                                  u"port"_s,
                                  u"60080"_s);
    const QCommandLineOption
        bind(u"bind"_s,
             Tr::tr("Listen on <address> only (default 127.0.0.1: this machine only)."),
             u"address"_s,
             u"127.0.0.1"_s);
    const QCommandLineOption organization(u"organization"_s,
                                          Tr::tr("The organization's name (default local)."),
                                          u"name"_s,
                                          u"local"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s,
                                     Tr::tr("Serve HTTPS with this PEM certificate."),
                                     u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s,
                                    Tr::tr("The PEM private key of --tls-cert."),
                                    u"file"_s);
    const QCommandLineOption maxBody(u"max-body-mb"_s,
                                     Tr::tr("Refuse request bodies over <mb> MiB (default 16)."),
                                     u"mb"_s,
                                     u"16"_s);
    const QCommandLineOption createToken(
        u"create-token"_s,
        Tr::tr("Print a new access token with <role> (viewer, user, agent, manager, admin, "
               "integration) and exit."),
        u"role"_s);
    const QCommandLineOption label(u"label"_s, Tr::tr("A label for --create-token."), u"text"_s);
    parser.addOptions(
        {dataDir, port, bind, organization, tlsCert, tlsKey, maxBody, createToken, label});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(Tr::tr("unexpected argument \"%1\"; see --help.")
                        .arg(parser.positionalArguments().constFirst()));

    LocalSupervisor::Options options;
    options.dataDirectory = QFileInfo(parser.value(dataDir)).absoluteFilePath();
    options.organization = parser.value(organization);

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(Tr::tr("--port must be a number from 0 to 65535."));
    options.server.port = static_cast<quint16>(portNumber);
    if (!options.server.address.setAddress(parser.value(bind)))
        return fail(Tr::tr("--bind needs an IP address, such as 127.0.0.1 or 0.0.0.0."));
    const int megabytes = parser.value(maxBody).toInt(&ok);
    if (!ok || megabytes < 1 || megabytes > 4096)
        return fail(Tr::tr("--max-body-mb must be a number from 1 to 4096."));
    options.server.maxBodyBytes = qsizetype(megabytes) * 1024 * 1024;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(Tr::tr("--tls-cert and --tls-key go together."));
    options.server.tlsCertificateFile = parser.value(tlsCert);
    options.server.tlsKeyFile = parser.value(tlsKey);

    std::optional<Role> tokenRole;
    if (parser.isSet(createToken)) {
        tokenRole = TheEye::Supervisor::roleFromName(parser.value(createToken));
        if (!tokenRole || *tokenRole == Role::Owner || *tokenRole == Role::Root)
            return fail(Tr::tr("--create-token takes viewer, user, agent, manager, admin or "
                               "integration."));
        options.listen = false;
    }

    LocalSupervisor supervisor(options);
    if (!supervisor.start())
        return fail(supervisor.error());

    if (tokenRole) {
        const QString firstAdmin = supervisor.takeFirstAdminToken();
        if (!firstAdmin.isEmpty())
            err() << Tr::tr("Created organization %1; its first admin token: %2")
                         .arg(supervisor.organization(), firstAdmin)
                  << Qt::endl;
        const auto token = supervisor.createToken(*tokenRole, parser.value(label));
        if (!token)
            return fail(token.error());
        out() << *token << Qt::endl;
        return 0;
    }

    if (!watchTerminationSignals(app))
        err() << Tr::tr("warning: cannot watch SIGINT/SIGTERM; stop with SIGKILL loses nothing "
                        "committed")
              << Qt::endl;

    const QString url = supervisor.baseUrl();
    const QString token = supervisor.takeFirstAdminToken();
    out() << Tr::tr("TheEye local supervisor %1").arg(QCoreApplication::applicationVersion())
          << Qt::endl;
    out() << Tr::tr("URL:          %1").arg(url) << Qt::endl;
    out() << Tr::tr("Organization: %1").arg(supervisor.organization()) << Qt::endl;
    out() << Tr::tr("Data:         %1").arg(supervisor.dataDirectory()) << Qt::endl;
    if (!token.isEmpty()) {
        out() << Tr::tr("Admin token:  %1").arg(token) << Qt::endl;
        out() << Tr::tr("(Shown once: only its hash is stored. More with --create-token ROLE.)")
              << Qt::endl;
        out() << Tr::tr("Try:          curl -sS \"%1/%2/task?access_token=%3\"")
                     .arg(url, supervisor.organization(), token)
              << Qt::endl;
    } else {
        out() << Tr::tr("Admin token:  shown on the first start only; make another with "
                        "--create-token admin")
              << Qt::endl;
    }
    out().flush();

    const int code = app.exec();
    supervisor.stop();
    return code;
}
