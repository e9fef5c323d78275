// theeye_iconrender: the build-time host tool that turns our SVG icons into PNGs, so the hicolor
// sizes come from the same renderer the app uses (QSvgRenderer) and the build needs no
// ImageMagick or Inkscape. Its messages are for developers reading a build log, so they are
// not translated.
//
//   theeye_iconrender icon <in.svg> <size> <out.png>
//       one square PNG of <size> pixels on a transparent background
//   theeye_iconrender sheet <out.png> <#rrggbb> <size[@zoom],…> <in.svg>…
//       a contact sheet: every icon at every size on the given background, in argument order,
//       eight icons a row, for checking the set by eye on light and dark palettes; "16@4" shows
//       the 16-pixel rendering blown up four times, pixel by pixel
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QLoggingCategory>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxSize = 4096;
constexpr int sheetPadding = 8;
constexpr int sheetColumns = 8;

// QSvgRenderer reports unsupported or broken SVG only as qt.svg warnings and then renders what
// it understood. An icon that renders differently from its source must fail the build, so those
// warnings are collected and turned into an error.
QStringList g_svgWarnings;
QtMessageHandler g_previousHandler = nullptr;

void collectSvgWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category).startsWith("qt.svg")
        && type != QtDebugMsg && type != QtInfoMsg) {
        g_svgWarnings.append(message);
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void printError(const QString &message)
{
    std::fprintf(stderr, "theeye_iconrender: %s\n", qPrintable(message));
}

std::optional<int> parseSize(const QString &text)
{
    bool ok = false;
    const int size = text.toInt(&ok);
    if (!ok || size < 1 || size > maxSize)
        return std::nullopt;
    return size;
}

// Renders the SVG at path into a size×size image on the given background (transparent when
// background is invalid); nullopt, after printing why, when the file is not a clean SVG.
std::optional<QImage> render(const QString &path, int size, const QColor &background)
{
    g_svgWarnings.clear();
    QSvgRenderer renderer(path);
    if (!renderer.isValid()) {
        printError(u"%1: not a readable SVG file"_s.arg(path));
        return std::nullopt;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(background.isValid() ? background : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!g_svgWarnings.isEmpty()) {
        printError(
            u"%1: the SVG uses something Qt cannot render: %2"_s.arg(path,
                                                                     g_svgWarnings.join(u"; "_s)));
        return std::nullopt;
    }
    return image;
}

bool save(const QImage &image, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        printError(u"%1: cannot create the folder"_s.arg(path));
        return false;
    }
    if (!image.save(path, "PNG")) {
        printError(u"%1: cannot write the PNG file"_s.arg(path));
        return false;
    }
    return true;
}

int renderIcon(const QStringList &args)
{
    if (args.size() != 3) {
        printError(u"usage: icon <in.svg> <size> <out.png>"_s);
        return 2;
    }
    const auto size = parseSize(args.at(1));
    if (!size) {
        printError(
            u"size must be a whole number from 1 to %1, got \"%2\""_s.arg(maxSize).arg(args.at(1)));
        return 2;
    }
    const auto image = render(args.at(0), *size, QColor());
    return image && save(*image, args.at(2)) ? 0 : 1;
}

int renderSheet(const QStringList &args)
{
    if (args.size() < 4) {
        printError(u"usage: sheet <out.png> <#rrggbb> <size[@zoom],…> <in.svg>…"_s);
        return 2;
    }
    const QColor background = QColor::fromString(args.at(1));
    if (!background.isValid()) {
        printError(u"\"%1\" is not a colour"_s.arg(args.at(1)));
        return 2;
    }
    struct SheetSize
    {
        int size = 0;
        int zoom = 1;
    };
    QList<SheetSize> sizes;
    for (const QString &text : args.at(2).split(u',')) {
        const QStringList parts = text.split(u'@');
        const auto size = parseSize(parts.at(0));
        const auto zoom = parts.size() == 2 ? parseSize(parts.at(1)) : std::optional<int>(1);
        if (!size || !zoom || parts.size() > 2 || *size * *zoom > maxSize) {
            printError(
                u"\"%1\" is not a size (or size@zoom) up to %2 pixels"_s.arg(text).arg(maxSize));
            return 2;
        }
        sizes.append({*size, *zoom});
    }
    const QStringList icons = args.mid(3);

    int cellWidth = sheetPadding;
    int cellHeight = 0;
    for (const SheetSize &s : std::as_const(sizes)) {
        cellWidth += s.size * s.zoom + sheetPadding;
        cellHeight = std::max(cellHeight, s.size * s.zoom);
    }
    cellHeight += 2 * sheetPadding;
    const int columns = std::min<int>(sheetColumns, int(icons.size()));
    const int rows = (int(icons.size()) + sheetColumns - 1) / sheetColumns;
    QImage sheet(columns * cellWidth, rows * cellHeight, QImage::Format_ARGB32_Premultiplied);
    sheet.fill(background);

    QPainter painter(&sheet);
    for (int i = 0; i < icons.size(); ++i) {
        int x = (i % sheetColumns) * cellWidth + sheetPadding;
        const int y = (i / sheetColumns) * cellHeight + sheetPadding;
        for (const SheetSize &s : std::as_const(sizes)) {
            const auto image = render(icons.at(i), s.size, QColor());
            if (!image)
                return 1;
            const int side = s.size * s.zoom;
            painter.drawImage(x,
                              y + (cellHeight - 2 * sheetPadding - side) / 2,
                              image->scaled(side,
                                            side,
                                            Qt::IgnoreAspectRatio,
                                            Qt::FastTransformation));
            x += side + sheetPadding;
        }
        std::printf("%d: %s\n", i, qPrintable(QFileInfo(icons.at(i)).completeBaseName()));
    }
    painter.end();
    return save(sheet, args.at(0)) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_previousHandler = qInstallMessageHandler(collectSvgWarnings);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == "icon"_L1)
        return renderIcon(args);
    if (mode == "sheet"_L1)
        return renderSheet(args);
    printError(u"usage: theeye_iconrender icon <in.svg> <size> <out.png>\n"
               "       theeye_iconrender sheet <out.png> <#rrggbb> <size[@zoom],…> <in.svg>…"_s);
    return 2;
}
