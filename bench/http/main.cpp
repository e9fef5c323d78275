// A server for bench/http/run.sh: the real HttpServer and Router with a trivial handler on a core
// QThread, answering GET /:customer/task/:task with a pre-serialized task as the real supervisor
// returns it (tests/data/real-supervisor/02-task-get.json), so that only the transport is measured.
//
//   bench_http --write-body FILE     write the body that is served, for nginx to serve too
//   bench_http [--port N] [--threads N] [--memory-limit KiB]
//                                    serve until SIGINT/SIGTERM; prints "listening PORT" first
#include "supervisor/http/httpserver.h"
#include "supervisor/http/router.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QThread>

#include <csignal>
#include <cstdio>

#include <unistd.h>

using namespace TheEye::Http;
using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

QByteArray taskBody()
{
    QFile capture(QStringLiteral(THEEYE_TESTDATA_DIR "/real-supervisor/02-task-get.json"));
    if (!capture.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(capture.fileName()));
    const QJsonObject exchange = QJsonDocument::fromJson(capture.readAll()).object();
    const QJsonObject task = exchange.value("response"_L1).toObject().value("body"_L1).toObject();
    return QJsonDocument(task).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption writeBody(u"write-body"_s,
                                       u"Write the served body to a file."_s,
                                       u"file"_s);
    const QCommandLineOption port(u"port"_s, u"Port (0: any free one)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption threads(u"threads"_s, u"Transport threads."_s, u"n"_s, u"2"_s);
    const QCommandLineOption memory(u"memory-limit"_s,
                                    u"Connection memory limit in KiB (default: the server's)."_s,
                                    u"KiB"_s);
    parser.addOptions({writeBody, port, threads, memory});
    parser.process(app);

    const QByteArray body = taskBody();
    if (parser.isSet(writeBody)) {
        QFile out(parser.value(writeBody));
        if (!out.open(QIODevice::WriteOnly) || out.write(body) != body.size())
            qFatal("cannot write %s", qPrintable(out.fileName()));
        return 0;
    }

    QThread coreThread;
    coreThread.setObjectName(u"core"_s);
    QObject core;
    core.moveToThread(&coreThread);
    coreThread.start();

    Router router;
    router.add("GET",
               u"/:customer/task/:task"_s,
               [body](const Request &, const PathParams &, Responder responder) {
                   responder.send(Response::text(200, body, "application/json"));
               });

    ServerOptions options;
    options.port = parser.value(port).toUShort();
    options.threads = parser.value(threads).toUInt();
    if (parser.isSet(memory))
        options.connectionMemoryLimit = parser.value(memory).toLongLong() * 1024;
    HttpServer server(options, &core, [&router](Request request, Responder responder) {
        router.dispatch(request, std::move(responder));
    });
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    std::printf("listening %u\n", unsigned(server.port()));
    std::fflush(stdout);

    if (::pipe(g_signalPipe) != 0)
        qFatal("pipe failed");
    std::signal(SIGINT, &onSignal);
    std::signal(SIGTERM, &onSignal);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    const int result = app.exec();

    server.stop();
    coreThread.quit();
    coreThread.wait();
    return result;
}
