#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"io.theeye.Desktop"_s;
const QString recipeMimeType = u"application/x-theeye-recipe+json"_s;
const QList<int> hicolorSizes = {16, 22, 24, 32, 48, 64, 128, 256};

// Everything `cmake --install` must put under the prefix. Whoever installs something new adds
// its row here: the executables ("bin/theeye-desktop", "bin/theeye-supervisor") and the
// translations ("share/theeye-desktop/translations/…qm") come with the parts that build them.
QStringList expectedInstalledFiles()
{
    QStringList files = {
        u"share/applications/io.theeye.Desktop.desktop"_s,
        u"share/metainfo/io.theeye.Desktop.metainfo.xml"_s,
        u"share/mime/packages/io.theeye.Desktop.xml"_s,
        u"share/icons/hicolor/scalable/apps/io.theeye.Desktop.svg"_s,
        u"share/doc/theeye-desktop/copyright"_s,
        u"bin/theeye-desktop"_s,
        u"bin/theeye-supervisor"_s,
    };
    for (int size : hicolorSizes)
        files.append(u"share/icons/hicolor/%1x%1/apps/io.theeye.Desktop.png"_s.arg(size));
    return files;
}

QString sourceFile(const QString &name)
{
    return QStringLiteral(THEEYE_RESOURCES_DIR) + u'/' + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The tools the checks run. CI installs them (tools/dev.sh), so a missing one is a failure
// that names the Debian package, never a skip.
struct Tool
{
    QString program;
    QString package;
};
const Tool desktopFileValidate{u"desktop-file-validate"_s, u"desktop-file-utils"_s};
const Tool appstreamcli{u"appstreamcli"_s, u"appstream"_s};
const Tool updateMimeDatabase{u"update-mime-database"_s, u"shared-mime-info"_s};
const Tool dpkgDeb{u"dpkg-deb"_s, u"dpkg"_s};
const Tool dpkg{u"dpkg"_s, u"dpkg"_s};

struct Run
{
    QString error; // why the program could not run; empty when it ran to the end
    int exitCode = -1;
    QString output; // stdout and stderr together, as a person would see them
};

Run run(const QString &program,
        const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {program + u" did not start: "_s + process.errorString(), -1, {}};
    if (!process.waitForFinished(300'000))
        return {program + u" did not finish in 5 minutes"_s, -1, {}};
    if (process.exitStatus() != QProcess::NormalExit)
        return {program + u" crashed"_s, -1, {}};
    return {{}, process.exitCode(), QString::fromLocal8Bit(process.readAll())};
}

Run runTool(const Tool &tool,
            const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const QString path = QStandardPaths::findExecutable(tool.program);
    if (path.isEmpty())
        return {u"%1 is not installed (Debian package %2; tools/dev.sh installs it)"_s
                    .arg(tool.program, tool.package),
                -1,
                {}};
    return run(path, arguments, environment);
}

// What a validator said about a file; toolError is set instead when it could not run, so a
// check that expects complaints cannot pass because the tool is missing.
struct Verdict
{
    QString toolError;
    QString problems;
};

// A desktop-file-validate run passes only when it says nothing at all: it reports some errors
// ("will be fatal in the future") and every warning and hint with exit code 0.
Verdict desktopFileVerdict(const QString &path)
{
    const Run result = runTool(desktopFileValidate, {path});
    if (!result.error.isEmpty())
        return {result.error, {}};
    if (result.exitCode != 0 || !result.output.trimmed().isEmpty())
        return {{}, u"exit code %1: %2"_s.arg(result.exitCode).arg(result.output)};
    return {};
}

// --strict turns warnings and infos into failures; pedantic hints (the upper-case letter in
// our reverse-DNS id) stay hints.
Verdict metainfoVerdict(const QString &path)
{
    const Run result = runTool(appstreamcli, {u"validate"_s, u"--no-net"_s, u"--strict"_s, path});
    if (!result.error.isEmpty())
        return {result.error, {}};
    if (result.exitCode != 0)
        return {{}, u"exit code %1: %2"_s.arg(result.exitCode).arg(result.output)};
    return {};
}

// Builds a MIME database from one package file, as dpkg's shared-mime-info trigger does, and
// returns update-mime-database's complaints (it exits 0 even on a file it cannot parse).
struct MimeDatabase
{
    QString toolError;
    QString problems;
    QString globs;
    QString subclasses;
};

MimeDatabase buildMimeDatabase(const QString &packageFile, const QString &dataDir)
{
    MimeDatabase database;
    const QString mimeDir = dataDir + u"/mime"_s;
    if (!QDir().mkpath(mimeDir + u"/packages"_s)
        || !QFile::copy(packageFile, mimeDir + u"/packages/"_s + appId + u".xml"_s)) {
        database.toolError = u"cannot prepare "_s + mimeDir;
        return database;
    }
    // With the folder on the search path update-mime-database has no reason to print anything,
    // so any output is a complaint.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dataDir);
    const Run result = runTool(updateMimeDatabase, {mimeDir}, environment);
    if (!result.error.isEmpty())
        database.toolError = result.error;
    else if (result.exitCode != 0 || !result.output.trimmed().isEmpty())
        database.problems = u"exit code %1: %2"_s.arg(result.exitCode).arg(result.output);
    database.globs = QString::fromUtf8(readAll(mimeDir + u"/globs2"_s));
    database.subclasses = QString::fromUtf8(readAll(mimeDir + u"/subclasses"_s));
    return database;
}

// The [Desktop Entry] keys of a desktop file (localized keys keep their [xx] suffix).
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'['))
            inEntry = line == "[Desktop Entry]"_L1;
        else if (inEntry && line.contains(u'='))
            keys.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return keys;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList mediatypes;
    QStringList releaseVersions;
    QStringList spanishSummaries;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        const QString lang = xml.attributes().value("xml:lang"_L1).toString();
        if (name == "release"_L1) {
            info.releaseVersions.append(xml.attributes().value("version"_L1).toString());
        } else if (name == "id"_L1) {
            info.id = xml.readElementText();
        } else if (name == "launchable"_L1) {
            info.launchable = xml.readElementText();
        } else if (name == "binary"_L1) {
            info.binaries.append(xml.readElementText());
        } else if (name == "mediatype"_L1) {
            info.mediatypes.append(xml.readElementText());
        } else if (name == "summary"_L1 && lang == "es"_L1) {
            info.spanishSummaries.append(xml.readElementText());
        }
    }
    return info;
}

} // namespace

class TestDesktopFiles final : public QObject
{
    Q_OBJECT

private slots:
    void desktopFileIsValid()
    {
        const Verdict verdict = desktopFileVerdict(sourceFile(appId + u".desktop"_s));
        QVERIFY2(verdict.toolError.isEmpty(), qPrintable(verdict.toolError));
        QVERIFY2(verdict.problems.isEmpty(), qPrintable(verdict.problems));
    }

    void desktopFileCheckCatchesMistakes_data() { addMutationColumns(); }

    void desktopFileCheckCatchesMistakes()
    {
        // The check above must be able to fail: each row breaks the real file in one place.
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        const QString path = mutatedCopy(appId + u".desktop"_s, pattern, replacement);
        QVERIFY(!path.isEmpty());
        const Verdict verdict = desktopFileVerdict(path);
        QVERIFY2(verdict.toolError.isEmpty(), qPrintable(verdict.toolError));
        QVERIFY(!verdict.problems.isEmpty());
    }

    void desktopEntryLaunchesTheApp()
    {
        const auto entry = desktopEntry(sourceFile(appId + u".desktop"_s));
        QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
        QCOMPARE(entry.value(u"Exec"_s).section(u' ', 0, 0), u"theeye-desktop"_s);
        QCOMPARE(entry.value(u"Icon"_s), appId);
        QCOMPARE(entry.value(u"MimeType"_s), recipeMimeType + u';');
        for (const QString &key : {u"Name"_s, u"GenericName"_s, u"Comment"_s, u"Keywords"_s}) {
            QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
            const QString spanish = key + u"[es]"_s;
            QVERIFY2(!entry.value(spanish).isEmpty(), qPrintable(spanish));
        }
    }

    void metainfoIsValid()
    {
        const Verdict verdict = metainfoVerdict(sourceFile(appId + u".metainfo.xml"_s));
        QVERIFY2(verdict.toolError.isEmpty(), qPrintable(verdict.toolError));
        QVERIFY2(verdict.problems.isEmpty(), qPrintable(verdict.problems));
    }

    void metainfoCheckCatchesMistakes_data() { addMutationColumns(); }

    void metainfoCheckCatchesMistakes()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        const QString path = mutatedCopy(appId + u".metainfo.xml"_s, pattern, replacement);
        QVERIFY(!path.isEmpty());
        const Verdict verdict = metainfoVerdict(path);
        QVERIFY2(verdict.toolError.isEmpty(), qPrintable(verdict.toolError));
        QVERIFY(!verdict.problems.isEmpty());
    }

    void metainfoMatchesTheDesktopEntryAndTheBuild()
    {
        const Metainfo info = readMetainfo(sourceFile(appId + u".metainfo.xml"_s));
        QCOMPARE(info.id, appId);
        QCOMPARE(info.launchable, appId + u".desktop"_s);
        QCOMPARE(info.binaries, (QStringList{u"theeye-desktop"_s, u"theeye-supervisor"_s}));
        QCOMPARE(info.mediatypes, QStringList{recipeMimeType});
        QCOMPARE(info.spanishSummaries.size(), 1);
        // A version bump in CMakeLists.txt needs its release entry, newest first.
        QVERIFY(!info.releaseVersions.isEmpty());
        QCOMPARE(info.releaseVersions.first(), QStringLiteral(THEEYE_VERSION));
    }

    void mimeTypeRegistersTheRecipeGlobs()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const MimeDatabase database = buildMimeDatabase(sourceFile(appId + u".xml"_s), data.path());
        QVERIFY2(database.toolError.isEmpty(), qPrintable(database.toolError));
        QVERIFY2(database.problems.isEmpty(), qPrintable(database.problems));
        // Weight 60 beats the plain *.json glob (50) of application/json.
        QVERIFY2(database.globs.contains(u"60:%1:*.recipe.json"_s.arg(recipeMimeType)),
                 qPrintable(database.globs));
        QVERIFY2(database.globs.contains(u"60:%1:*.backup.json"_s.arg(recipeMimeType)),
                 qPrintable(database.globs));
        QVERIFY2(database.subclasses.contains(recipeMimeType + u" application/json"_s),
                 qPrintable(database.subclasses));
    }

    void mimeTypeCheckCatchesMistakes_data() { addMutationColumns(); }

    void mimeTypeCheckCatchesMistakes()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, replacement);
        const QString path = mutatedCopy(appId + u".xml"_s, pattern, replacement);
        QVERIFY(!path.isEmpty());
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const MimeDatabase database = buildMimeDatabase(path, data.path());
        QVERIFY2(database.toolError.isEmpty(), qPrintable(database.toolError));
        QVERIFY(!database.problems.isEmpty());
    }

    void installPutsEveryFileInPlace_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : expectedInstalledFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void installPutsEveryFileInPlace()
    {
        QFETCH(QString, file);
        const QString prefix = installedPrefix();
        QVERIFY2(!prefix.isEmpty(), qPrintable(m_installError));
        const QFileInfo info(prefix + u'/' + file);
        QVERIFY2(info.isFile(), qPrintable(file + u" is not installed"_s));
        QVERIFY2(info.size() > 0, qPrintable(file + u" is empty"_s));
    }

    void installedIconHasItsSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : hicolorSizes)
            QTest::addRow("%dx%d", size, size) << size;
    }

    void installedIconHasItsSize()
    {
        QFETCH(int, size);
        const QString prefix = installedPrefix();
        QVERIFY2(!prefix.isEmpty(), qPrintable(m_installError));
        const QImage icon(
            u"%1/share/icons/hicolor/%2x%2/apps/%3.png"_s.arg(prefix).arg(size).arg(appId));
        QCOMPARE(icon.size(), QSize(size, size));
        QVERIFY(icon.hasAlphaChannel());
    }

    void installedFilesAreTheSources_data()
    {
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("source");
        QTest::newRow("desktop") << u"share/applications/%1.desktop"_s.arg(appId)
                                 << sourceFile(appId + u".desktop"_s);
        QTest::newRow("metainfo") << u"share/metainfo/%1.metainfo.xml"_s.arg(appId)
                                  << sourceFile(appId + u".metainfo.xml"_s);
        QTest::newRow("mime") << u"share/mime/packages/%1.xml"_s.arg(appId)
                              << sourceFile(appId + u".xml"_s);
        QTest::newRow("scalable icon") << u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId)
                                       << sourceFile(u"icons/app.svg"_s);
        QTest::newRow("copyright") << u"share/doc/theeye-desktop/copyright"_s
                                   << QStringLiteral(THEEYE_SOURCE_DIR "/LICENSE");
    }

    void installedFilesAreTheSources()
    {
        QFETCH(QString, installed);
        QFETCH(QString, source);
        const QString prefix = installedPrefix();
        QVERIFY2(!prefix.isEmpty(), qPrintable(m_installError));
        const QByteArray expected = readAll(source);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(readAll(prefix + u'/' + installed), expected);
    }

    void installedTreePassesAppstreamChecks()
    {
        // validate-tree also checks that the launchable's desktop file is installed beside it.
        const QString prefix = installedPrefix();
        QVERIFY2(!prefix.isEmpty(), qPrintable(m_installError));
        const Run result = runTool(appstreamcli,
                                   {u"validate-tree"_s,
                                    u"--no-net"_s,
                                    u"--strict"_s,
                                    m_installRoot->path()});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    }

    void debianPackageHoldsTheInstalledTree()
    {
        const QString packageDir = buildDebianPackage();
        QVERIFY2(!packageDir.isEmpty(), qPrintable(m_packageError));
        const QStringList debs = QDir(packageDir).entryList({u"*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = packageDir + u'/' + debs.first();

        const Run architecture = runTool(dpkg, {u"--print-architecture"_s});
        QVERIFY2(architecture.error.isEmpty(), qPrintable(architecture.error));
        QCOMPARE(debs.first(),
                 u"theeye-desktop_%1_%2.deb"_s.arg(QStringLiteral(THEEYE_VERSION),
                                                   architecture.output.trimmed()));

        const auto field = [&deb](const QString &name) {
            const Run result = runTool(dpkgDeb, {u"--field"_s, deb, name});
            return result.error.isEmpty() && result.exitCode == 0 ? result.output.trimmed()
                                                                  : QString();
        };
        QCOMPARE(field(u"Package"_s), u"theeye-desktop"_s);
        QCOMPARE(field(u"Version"_s), QStringLiteral(THEEYE_VERSION));
        QCOMPARE(field(u"Architecture"_s), architecture.output.trimmed());
        QCOMPARE(field(u"Section"_s), u"admin"_s);
        QVERIFY(!field(u"Maintainer"_s).isEmpty());
        QVERIFY(field(u"Description"_s).contains(u"TheEye"_s));
        const QStringList depends = field(u"Depends"_s).split(u", "_s);
        QVERIFY2(depends.contains(u"libqt6svg6"_s), qPrintable(depends.join(u", "_s)));
        QVERIFY2(depends.contains(u"libqt6sql6-sqlite"_s), qPrintable(depends.join(u", "_s)));

        const Run contents = runTool(dpkgDeb, {u"--contents"_s, deb});
        QVERIFY2(contents.error.isEmpty() && contents.exitCode == 0,
                 qPrintable(contents.error + contents.output));
        for (const QString &file : expectedInstalledFiles()) {
            QVERIFY2(contents.output.contains(u" ./usr/"_s + file + u'\n'),
                     qPrintable(file + u" is not in the package"_s));
        }
    }

private:
    static void addMutationColumns()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("replacement");
        const QString test = QString::fromLatin1(QTest::currentTestFunction());
        if (test.startsWith("desktopFile"_L1)) {
            QTest::newRow("no Type") << u"^Type=.*\n"_s << QString();
            QTest::newRow("no Name") << u"^Name=.*\n"_s << QString();
            QTest::newRow("unknown category") << u"^Categories=.*$"_s << u"Categories=Foo;"_s;
            QTest::newRow("bad field code") << u"%F"_s << u"%Q"_s;
            // desktop-file-validate exits 0 for these two; only its output tells.
            QTest::newRow("icon with extension") << u"^Icon=.*$"_s << u"Icon=app.png"_s;
            QTest::newRow("MIME type without subtype")
                << u"^MimeType=.*$"_s << u"MimeType=recipe;"_s;
        } else if (test.startsWith("metainfo"_L1)) {
            QTest::newRow("no summary") << u"^ *<summary>.*\n"_s << QString();
            QTest::newRow("unknown licence") << u">MIT<"_s << u">NotALicence<"_s;
            QTest::newRow("bad release date") << u"2026-11-28"_s << u"2026-13-45"_s;
            QTest::newRow("no content rating") << u"^ *<content_rating.*\n"_s << QString();
            QTest::newRow("truncated") << u"</component>"_s << QString();
        } else {
            QTest::newRow("truncated") << u"</mime-info>"_s << QString();
            QTest::newRow("bad type name")
                << u"type=\"application/x-theeye-recipe\\+json\""_s << u"type=\"recipe\""_s;
        }
    }

    // A copy of the source file named like it, with one regular-expression replacement made.
    QString mutatedCopy(const QString &name, const QString &pattern, const QString &replacement)
    {
        auto dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return {};
        QString text = QString::fromUtf8(readAll(sourceFile(name)));
        const QString before = text;
        text.replace(QRegularExpression(pattern, QRegularExpression::MultilineOption), replacement);
        if (text == before) {
            qWarning("the pattern %s matches nothing in %s", qPrintable(pattern), qPrintable(name));
            return {};
        }
        const QString path = dir->filePath(name);
        if (!writeFile(path, text.toUtf8()))
            return {};
        m_mutationDirs.push_back(std::move(dir));
        return path;
    }

    // Installs the build once into <temporary root>/usr; empty, with m_installError set, when
    // cmake --install fails.
    QString installedPrefix()
    {
        if (m_installRoot)
            return m_installError.isEmpty() ? m_installRoot->filePath(u"usr"_s) : QString();
        m_installRoot = std::make_unique<QTemporaryDir>();
        if (!m_installRoot->isValid()) {
            m_installError = u"cannot create a temporary folder"_s;
            return {};
        }
        const QString prefix = m_installRoot->filePath(u"usr"_s);
        const Run result = run(QStringLiteral(THEEYE_CMAKE_COMMAND),
                               {u"--install"_s,
                                QStringLiteral(THEEYE_BUILD_DIR),
                                u"--prefix"_s,
                                prefix});
        if (!result.error.isEmpty())
            m_installError = result.error;
        else if (result.exitCode != 0)
            m_installError = u"cmake --install failed: "_s + result.output;
        return m_installError.isEmpty() ? prefix : QString();
    }

    QString buildDebianPackage()
    {
        m_packageDir = std::make_unique<QTemporaryDir>();
        if (!m_packageDir->isValid()) {
            m_packageError = u"cannot create a temporary folder"_s;
            return {};
        }
        const Run result = run(QStringLiteral(THEEYE_CPACK_COMMAND),
                               {u"-G"_s,
                                u"DEB"_s,
                                u"--config"_s,
                                QStringLiteral(THEEYE_BUILD_DIR "/CPackConfig.cmake"),
                                u"-B"_s,
                                m_packageDir->path()});
        if (!result.error.isEmpty())
            m_packageError = result.error;
        else if (result.exitCode != 0)
            m_packageError = u"cpack failed: "_s + result.output;
        return m_packageError.isEmpty() ? m_packageDir->path() : QString();
    }

    std::unique_ptr<QTemporaryDir> m_installRoot;
    QString m_installError;
    std::unique_ptr<QTemporaryDir> m_packageDir;
    QString m_packageError;
    std::vector<std::unique_ptr<QTemporaryDir>> m_mutationDirs;
};

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
