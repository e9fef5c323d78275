#include "ui/ansitext.h"

#include <array>

namespace TheEye {
namespace {

// The 16 basic colours, tuned per background so "black" and "white" text stay visible.
QColor basicColor(int index, bool dark)
{
    static const std::array<QRgb, 16> onLight{0x000000,
                                              0xc01c28,
                                              0x26a269,
                                              0xa2734c,
                                              0x12488b,
                                              0xa347ba,
                                              0x2a7bde,
                                              0x5e5c64,
                                              0x5e5c64,
                                              0xf66151,
                                              0x33a069,
                                              0xb58900,
                                              0x2a7bde,
                                              0xc061cb,
                                              0x1c8a96,
                                              0x77767b};
    static const std::array<QRgb, 16> onDark{0x77767b,
                                             0xf66151,
                                             0x57e389,
                                             0xf8e45c,
                                             0x62a0ea,
                                             0xdc8add,
                                             0x5bc8af,
                                             0xdeddda,
                                             0x9a9996,
                                             0xff7b63,
                                             0x8ff0a4,
                                             0xf9f06b,
                                             0x99c1f1,
                                             0xf0a8f0,
                                             0x93ddc2,
                                             0xffffff};
    return QColor((dark ? onDark : onLight)[static_cast<size_t>(index & 15)]);
}

QColor color256(int index, bool dark)
{
    if (index < 16)
        return basicColor(index, dark);
    if (index < 232) {
        const int i = index - 16;
        const auto level = [](int v) {
            return v == 0 ? 0 : 55 + v * 40;
        };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int gray = 8 + (index - 232) * 10;
    return QColor(gray, gray, gray);
}

} // namespace

QList<AnsiSpan> parseAnsi(QStringView line, bool dark)
{
    QList<AnsiSpan> spans;
    AnsiSpan current;
    bool inverse = false;
    const auto flush = [&] {
        if (current.text.isEmpty())
            return;
        AnsiSpan span = current;
        if (inverse) {
            std::swap(span.foreground, span.background);
            if (!span.background.isValid())
                span.background = dark ? QColor(0xdeddda) : QColor(0x241f31);
            if (!span.foreground.isValid())
                span.foreground = dark ? QColor(0x241f31) : QColor(0xffffff);
        }
        spans.append(span);
        current.text.clear();
    };

    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c != QChar(0x1b)) {
            current.text.append(c);
            continue;
        }
        if (i + 1 >= line.size() || line.at(i + 1) != u'[') { // not CSI: drop ESC and one char
            ++i;
            continue;
        }
        qsizetype end = i + 2;
        while (end < line.size() && !(line.at(end) >= u'@' && line.at(end) <= u'~'))
            ++end;
        if (end >= line.size())
            break;                  // truncated sequence at the end of the line
        if (line.at(end) != u'm') { // cursor movement etc.: ignored
            i = end;
            continue;
        }
        flush();
        const QStringView parameters = line.sliced(i + 2, end - i - 2);
        QList<int> codes;
        for (const QStringView part : parameters.split(u';'))
            codes.append(part.isEmpty() ? 0 : part.toInt());
        if (codes.isEmpty())
            codes.append(0);
        for (qsizetype k = 0; k < codes.size(); ++k) {
            const int code = codes.at(k);
            if (code == 0) {
                current = AnsiSpan();
                inverse = false;
            } else if (code == 1) {
                current.bold = true;
            } else if (code == 3) {
                current.italic = true;
            } else if (code == 4) {
                current.underline = true;
            } else if (code == 7) {
                inverse = true;
            } else if (code == 22) {
                current.bold = false;
            } else if (code == 23) {
                current.italic = false;
            } else if (code == 24) {
                current.underline = false;
            } else if (code == 27) {
                inverse = false;
            } else if (code >= 30 && code <= 37) {
                current.foreground = basicColor(code - 30, dark);
            } else if (code >= 90 && code <= 97) {
                current.foreground = basicColor(code - 90 + 8, dark);
            } else if (code >= 40 && code <= 47) {
                current.background = basicColor(code - 40, dark);
            } else if (code >= 100 && code <= 107) {
                current.background = basicColor(code - 100 + 8, dark);
            } else if (code == 39) {
                current.foreground = QColor();
            } else if (code == 49) {
                current.background = QColor();
            } else if ((code == 38 || code == 48) && k + 1 < codes.size()) {
                QColor color;
                if (codes.at(k + 1) == 5 && k + 2 < codes.size()) {
                    color = color256(std::clamp(codes.at(k + 2), 0, 255), dark);
                    k += 2;
                } else if (codes.at(k + 1) == 2 && k + 4 < codes.size()) {
                    color = QColor(std::clamp(codes.at(k + 2), 0, 255),
                                   std::clamp(codes.at(k + 3), 0, 255),
                                   std::clamp(codes.at(k + 4), 0, 255));
                    k += 4;
                }
                (code == 38 ? current.foreground : current.background) = color;
            }
        }
        i = end;
    }
    flush();
    return spans;
}

} // namespace TheEye
