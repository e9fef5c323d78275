#include "viastatic.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The names the GUI loads as :/icons/<name>.svg (resources/icons/README.md). Renaming one
// breaks the GUI, so each is checked here.
const QStringList requiredIcons = {
    u"app"_s,
    u"task"_s,
    u"task-new"_s,
    u"task-edit"_s,
    u"task-copy"_s,
    u"task-delete"_s,
    u"run"_s,
    u"run-again"_s,
    u"stop"_s,
    u"export"_s,
    u"import"_s,
    u"credentials"_s,
    u"refresh"_s,
    u"search"_s,
    u"filter-clear"_s,
    u"settings"_s,
    u"connection-local"_s,
    u"connection-remote"_s,
    u"connection-lost"_s,
    u"bot"_s,
    u"bot-offline"_s,
    u"script"_s,
    u"tag"_s,
    u"schedule"_s,
    u"trigger"_s,
    u"environment"_s,
    u"arguments"_s,
    u"move-up"_s,
    u"move-down"_s,
    u"add"_s,
    u"remove"_s,
    u"follow-tail"_s,
    u"wrap"_s,
    u"save"_s,
    u"copy"_s,
    u"warning"_s,
    u"info"_s,
    u"error"_s,
    u"state-success"_s,
    u"state-failure"_s,
    u"state-timeout"_s,
    u"state-canceled"_s,
    u"state-error"_s,
    u"state-queued"_s,
    u"state-running"_s,
    u"state-onhold"_s,
    u"state-syncing"_s,
    u"state-locked"_s,
    u"state-unknown"_s,
};

// Mid-tone colours, each with at least 3:1 contrast (WCAG 2.1 for graphics) on both the light
// and the dark palette's background, so an icon reads the same on either.
const QStringList paletteColours = {
    u"#7d8590"_s, // ink: neutral tools
    u"#3b82d6"_s, // blue: objects, information, syncing
    u"#2f9e44"_s, // green: add, run, success
    u"#e5484d"_s, // red: remove, stop, failure, timeout, canceled
    u"#b8860b"_s, // amber: warning, error state, on hold, credentials, trigger
    u"#0e9384"_s, // teal: bots, running
    u"#6e7f99"_s, // slate: queued
    u"#9a6ee0"_s, // purple: scripts
};
// White is drawn only on top of a palette-coloured shape (the marks inside badges).
const QString markColour = u"#ffffff"_s;
// The application icon brings its own plate, which must read on both backgrounds like the
// palette; the eye on it has colours of its own (iris, pupil, white).
const QStringList appPlateColours = {u"#1f9aa8"_s, u"#3b82d6"_s};
const QStringList appIconColours = appPlateColours
                                   + QStringList{u"#2f64c8"_s, u"#10243f"_s, u"#ffffff"_s};

const QColor lightBackground(0xff, 0xff, 0xff);
const QColor darkBackground(0x2b, 0x2b, 0x2b);
constexpr double minimumContrast = 3.0;

double linearChannel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &colour)
{
    return 0.2126 * linearChannel(colour.redF()) + 0.7152 * linearChannel(colour.greenF())
           + 0.0722 * linearChannel(colour.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QString iconPath(const QString &name)
{
    return u":/icons/"_s + name + u".svg"_s;
}

QStringList svgBaseNames(const QDir &dir)
{
    QStringList names = dir.entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(4);
    return names;
}

// QSvgRenderer reports what it cannot render only as qt.svg warnings, then draws the rest.
QStringList g_svgWarnings;
QtMessageHandler g_previousHandler = nullptr;

void collectSvgWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category).startsWith("qt.svg")) {
        g_svgWarnings.append(message);
        return;
    }
    g_previousHandler(type, context, message);
}

QImage render(const QString &path, int size, const QColor &background, int margin = 0)
{
    QSvgRenderer renderer(path);
    QImage image(size + 2 * margin, size + 2 * margin, QImage::Format_ARGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(margin, margin, size, size));
    return image;
}

// Pixels that stand out from the background at least as much as the palette demands; the
// antialiased rim of a stroke does not count.
int visiblePixels(const QImage &image, const QColor &background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (contrastRatio(image.pixelColor(x, y), background) >= minimumContrast)
                ++count;
    return count;
}

// The largest difference of any channel of any pixel of two same-sized images.
int maxChannelDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest,
                                std::abs(qRed(p) - qRed(q)),
                                std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)),
                                std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

struct SvgFacts
{
    QString viewBox;
    QStringList colours;
    QStringList problems;
};

// Reads the attributes that decide how an icon looks. Icons use presentation attributes only
// (no style="" or <style>), so every colour is visible to this check.
SvgFacts readSvg(const QString &path)
{
    SvgFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        facts.problems.append(u"cannot open"_s);
        return facts;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == "svg"_L1 && facts.viewBox.isNull())
            facts.viewBox = attributes.value("viewBox"_L1).toString();
        if (xml.name() == "style"_L1 || attributes.hasAttribute("style"_L1))
            facts.problems.append(u"uses CSS styling in <%1>"_s.arg(xml.name()));
        for (const auto key : {"fill"_L1, "stroke"_L1, "stop-color"_L1, "color"_L1}) {
            const QString value = attributes.value(key).toString();
            if (value.isEmpty() || value == "none"_L1 || value.startsWith("url(#"_L1))
                continue;
            if (value.compare("currentColor"_L1, Qt::CaseInsensitive) == 0)
                facts.problems.append(u"uses currentColor"_s);
            else
                facts.colours.append(value.toLower());
        }
    }
    if (xml.hasError())
        facts.problems.append(u"XML error: "_s + xml.errorString());
    facts.colours.removeDuplicates();
    return facts;
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(collectSvgWarnings); }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init() { g_svgWarnings.clear(); }

    void iconsArriveThroughAStaticLibrary()
    {
        // Nothing in this test links theeye_resources directly (see CMakeLists.txt).
        QCOMPARE(iconsViaStaticLibraryMarker(), 1);
        QVERIFY(QFile::exists(iconPath(u"app"_s)));
    }

    void requiredIconExists_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : requiredIcons)
            QTest::newRow(qPrintable(name)) << name;
    }

    void requiredIconExists()
    {
        QFETCH(QString, name);
        QVERIFY2(QFile::exists(iconPath(name)), qPrintable(iconPath(name) + u" is missing"_s));
    }

    void resourceHoldsExactlyTheSourceIcons()
    {
        const QStringList inResource = svgBaseNames(QDir(u":/icons"_s));
        const QStringList inSources = svgBaseNames(QDir(QStringLiteral(THEEYE_ICON_SOURCE_DIR)));
        QVERIFY(!inSources.isEmpty());
        QCOMPARE(inResource, inSources);
    }

    void iconIsCleanSvg_data() { addIconRows(); }

    void iconIsCleanSvg()
    {
        QFETCH(QString, name);
        const SvgFacts facts = readSvg(iconPath(name));
        QVERIFY2(facts.problems.isEmpty(), qPrintable(facts.problems.join(u"; "_s)));
        QCOMPARE(facts.viewBox, name == "app"_L1 ? u"0 0 256 256"_s : u"0 0 16 16"_s);
        QSvgRenderer renderer(iconPath(name));
        QVERIFY(renderer.isValid());
        render(iconPath(name), 16, Qt::transparent);
        QVERIFY2(g_svgWarnings.isEmpty(), qPrintable(g_svgWarnings.join(u"; "_s)));
    }

    void iconUsesOnlyPaletteColours_data() { addIconRows(); }

    void iconUsesOnlyPaletteColours()
    {
        QFETCH(QString, name);
        const SvgFacts facts = readSvg(iconPath(name));
        QVERIFY(!facts.colours.isEmpty());
        const QStringList allowed = name == "app"_L1 ? appIconColours
                                                     : paletteColours + QStringList{markColour};
        for (const QString &colour : facts.colours)
            QVERIFY2(allowed.contains(colour), qPrintable(colour + u" is not in the palette"_s));
        // A mark needs a coloured shape under it; an icon that is only white vanishes on white.
        QVERIFY(facts.colours != QStringList{markColour});
    }

    void paletteColourReadsOnBothBackgrounds_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("background");
        for (const QString &colour : paletteColours) {
            QTest::addRow("%s on light", qPrintable(colour)) << QColor(colour) << lightBackground;
            QTest::addRow("%s on dark", qPrintable(colour)) << QColor(colour) << darkBackground;
        }
        for (const QString &colour : appPlateColours) {
            QTest::addRow("app plate %s on light", qPrintable(colour))
                << QColor(colour) << lightBackground;
            QTest::addRow("app plate %s on dark", qPrintable(colour))
                << QColor(colour) << darkBackground;
        }
    }

    void paletteColourReadsOnBothBackgrounds()
    {
        QFETCH(QColor, colour);
        QFETCH(QColor, background);
        QVERIFY2(contrastRatio(colour, background) >= minimumContrast,
                 qPrintable(u"contrast %1"_s.arg(contrastRatio(colour, background))));
        // The white marks sit on these colours, so they must stand out from white as well.
        QVERIFY(contrastRatio(colour, QColor(markColour)) >= minimumContrast);
    }

    void iconIsVisibleOnBothBackgrounds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<int>("size");
        for (const QString &name : svgBaseNames(QDir(u":/icons"_s))) {
            for (int size : {16, 24}) {
                QTest::addRow("%s %d light", qPrintable(name), size)
                    << name << lightBackground << size;
                QTest::addRow("%s %d dark", qPrintable(name), size)
                    << name << darkBackground << size;
            }
        }
    }

    void iconIsVisibleOnBothBackgrounds()
    {
        QFETCH(QString, name);
        QFETCH(QColor, background);
        QFETCH(int, size);
        const QImage image = render(iconPath(name), size, background);
        // The thinnest icon, remove, is one line across most of the box; with its stroke on the
        // pixel grid that line is at full contrast. A colour that fades into the background, or
        // a line smeared over two half-covered pixel rows, does not get there.
        const int minimum = size / 2;
        const int visible = visiblePixels(image, background);
        QVERIFY2(visible >= minimum,
                 qPrintable(u"%1 of %2 pixels stand out"_s.arg(visible).arg(size * size)));
    }

    void iconStaysInsideItsBox_data() { addIconRows(); }

    void iconStaysInsideItsBox()
    {
        QFETCH(QString, name);
        constexpr int size = 16;
        constexpr int margin = 8;
        const QImage image = render(iconPath(name), size, Qt::transparent, margin);
        const QRect box(margin, margin, size, size);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (!box.contains(x, y) && qAlpha(image.pixel(x, y)) != 0)
                    QFAIL(qPrintable(
                        u"ink outside the box at %1,%2: it would be cut off"_s.arg(x - margin)
                            .arg(y - margin)));
            }
        }
    }

    void loadsAsQIcon_data() { addIconRows(); }

    void loadsAsQIcon()
    {
        // What the GUI does; needs the SVG icon engine plugin (libqt6svg6).
        QFETCH(QString, name);
        const QIcon icon(iconPath(name));
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(24, 24)).toImage();
        QCOMPARE(image.size(), QSize(24, 24));
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 127 ? 1 : 0;
        QVERIFY2(inked >= 24 * 24 / 16, qPrintable(u"only %1 pixels drawn"_s.arg(inked)));
    }

    void iconRenderWritesTheRequestedSize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {1, 16, 22, 256, 1024})
            QTest::addRow("%d", size) << size;
    }

    void iconRenderWritesTheRequestedSize()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"nested/folder/icon.png"_s);
        const QString appSvg = QStringLiteral(THEEYE_ICON_SOURCE_DIR "/app.svg");
        const auto [exitCode, errors] = runIconRender(
            {u"icon"_s, appSvg, QString::number(size), out});
        QVERIFY2(exitCode == 0, qPrintable(errors));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
        // The same picture the app gets from QSvgRenderer, up to rounding in the PNG round trip.
        // Compared premultiplied: a nearly transparent pixel's colour is meaningless.
        const int difference = maxChannelDifference(image.convertToFormat(
                                                        QImage::Format_ARGB32_Premultiplied),
                                                    render(appSvg, size, Qt::transparent)
                                                        .convertToFormat(
                                                            QImage::Format_ARGB32_Premultiplied));
        QVERIFY2(difference <= 2, qPrintable(u"differs by %1"_s.arg(difference)));
    }

    void iconRenderRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QByteArray good = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
                                "<rect width=\"8\" height=\"8\" fill=\"#3b82d6\"/></svg>";
        QTest::newRow("not svg") << QByteArray("hello") << u"16"_s << 1 << u"not a readable"_s;
        QTest::newRow("empty file") << QByteArray() << u"16"_s << 1 << u"not a readable"_s;
        QTest::newRow("truncated") << good.left(40) << u"16"_s << 1 << u"not a readable"_s;
        QTest::newRow("unresolved gradient")
            << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">"
                          "<rect width=\"8\" height=\"8\" fill=\"url(#missing)\"/></svg>")
            << u"16"_s << 1 << u"cannot render"_s;
        QTest::newRow("size zero") << good << u"0"_s << 2 << u"whole number"_s;
        QTest::newRow("size negative") << good << u"-16"_s << 2 << u"whole number"_s;
        QTest::newRow("size not a number") << good << u"16px"_s << 2 << u"whole number"_s;
        QTest::newRow("size too large") << good << u"100000"_s << 2 << u"whole number"_s;
    }

    void iconRenderRefusesBadInput()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, size);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile input(dir.filePath(u"in.svg"_s));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(svg);
        input.close();
        const QString out = dir.filePath(u"out.png"_s);
        const auto [code, errors] = runIconRender({u"icon"_s, input.fileName(), size, out});
        QCOMPARE(code, exitCode);
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QVERIFY(!QFile::exists(out));
    }

    void iconRenderReportsAnUnwritableOutput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto [code, errors] = runIconRender(
            {u"icon"_s,
             QStringLiteral(THEEYE_ICON_SOURCE_DIR "/app.svg"),
             u"16"_s,
             dir.filePath(u"file/below/a/file.png"_s)});
        QCOMPARE(code, 1);
        QVERIFY2(errors.contains(u"cannot create the folder"_s), qPrintable(errors));
    }

private:
    static void addIconRows()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : svgBaseNames(QDir(u":/icons"_s)))
            QTest::newRow(qPrintable(name)) << name;
    }

    struct ToolResult
    {
        int exitCode = -1;
        QString errors;
    };

    static ToolResult runIconRender(const QStringList &arguments)
    {
        QProcess tool;
        tool.start(QStringLiteral(THEEYE_ICONRENDER), arguments);
        if (!tool.waitForFinished(60'000) || tool.exitStatus() != QProcess::NormalExit)
            return {-1, u"theeye_iconrender did not finish: "_s + tool.errorString()};
        return {tool.exitCode(), QString::fromLocal8Bit(tool.readAllStandardError())};
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
