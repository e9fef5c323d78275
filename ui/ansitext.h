#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace TheEye {

// A run of text with the attributes of ANSI SGR escape sequences (colours 16, 256 and 24-bit,
// bold, italic, underline, inverse). Other escape sequences are dropped.
struct AnsiSpan
{
    QString text;
    QColor foreground; // invalid: the view's default
    QColor background; // invalid: none
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

// Splits one display line into spans. Colours come from a palette readable on both dark and
// light backgrounds (`dark` picks the variant).
QList<AnsiSpan> parseAnsi(QStringView line, bool dark);

} // namespace TheEye
