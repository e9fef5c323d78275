// theeye-desktop: the TheEye Desktop application.

#include "app/desktop/desktopapp.h"
#include "app/desktop/startupprobe.h"
#include "translations/uilanguage.h"
#include "ui/appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

// QApplication aborts without a display; say what to do instead, before it tries.
bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

// --lang is read before the parser exists, so that --help is already in that language.
QString languageFromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--lang="))
            return QString::fromLocal8Bit(argument.mid(7));
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // For THEEYE_STARTUP_PROBE (bench/gui): the probe reports times since this point.
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!hasDisplay() && !wantsOnlyText(argc, argv)) {
        std::fputs(
            "theeye-desktop: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
            "To run TheEye's supervisor on this machine without a window, use the headless "
            "server instead:\n\n    theeye-supervisor\n\nIt serves the same task and job API "
            "on http://127.0.0.1:60080 (see theeye-supervisor --help).\n",
            stderr);
        return 2;
    }
    if (!hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen"); // --help and --version need no window

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"TheEye Desktop"_s);
    QApplication::setApplicationDisplayName(u"TheEye Desktop"_s);
    QApplication::setOrganizationName(u"TheEye"_s);
    QApplication::setApplicationVersion(QStringLiteral(THEEYE_VERSION));
    QGuiApplication::setDesktopFileName(u"io.theeye.Desktop"_s);

    const QLocale locale = TheEye::resolveUiLocale(languageFromArguments(argc, argv), QSettings());
    QLocale::setDefault(locale);
    TheEye::installTranslators(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("TheEye Desktop: keep, run and follow TheEye tasks, against a TheEye supervisor or "
               "the local supervisor on this computer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s,
                                     Tr::tr("Connect with the saved connection <name>."),
                                     u"name"_s);
    const QCommandLineOption local(u"local"_s,
                                   Tr::tr("Use the local supervisor on this computer."));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     Tr::tr("Keep the local supervisor's data in <dir>."),
                                     u"dir"_s);
    const QCommandLineOption language(u"lang"_s,
                                      Tr::tr("Use the language <code> (en, es)."),
                                      u"code"_s);
    const QCommandLineOption
        port(u"port"_s,
             Tr::tr("Serve the local supervisor on <port> (default 60080; a free one when taken)."),
             u"port"_s,
             u"60080"_s);
    parser.addOptions({profile, local, dataDir, language, port});
    parser.addPositionalArgument(u"recipes"_s,
                                 Tr::tr("Recipe files to import."),
                                 u"[recipe.json…]"_s);
    parser.process(app);

    TheEye::DesktopApp::Options options;
    options.profile = parser.value(profile);
    options.forceLocal = parser.isSet(local);
    options.dataDirectory = parser.value(dataDir);
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        std::fputs(qPrintable(Tr::tr("theeye-desktop: --port needs a number from 0 to 65535.\n")),
                   stderr);
        return 2;
    }
    options.localPort = static_cast<quint16>(portValue);
    options.filesToImport = parser.positionalArguments();

    TheEye::applyAppearance(TheEye::storedAppearance());
    TheEye::DesktopApp desktop(options);
    desktop.start();
    std::unique_ptr<TheEye::StartupProbe> probe;
    if (TheEye::StartupProbe::isWanted())
        probe = std::make_unique<TheEye::StartupProbe>(sinceStart,
                                                       desktop.mainWindow(),
                                                       desktop.session());
    return app.exec();
}
