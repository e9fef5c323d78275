#pragma once

#include <QByteArrayView>

namespace TheEye {

// True when needle occurs in haystack (an empty needle occurs everywhere). Byte for byte, so
// lower-case UTF-8 on both sides matches like QString::contains on the lower-case strings.
// It tests 16 candidate positions at a time against the needle's first and last byte and
// compares the rest only where both agree: the task filter runs it over every row on every key,
// and glibc's memmem walks short needles (what typing produces) a byte at a time.
bool containsBytes(QByteArrayView haystack, QByteArrayView needle) noexcept;
// Where needle first occurs in haystack, or -1; 0 for an empty needle. The same search.
qsizetype indexOfBytes(QByteArrayView haystack, QByteArrayView needle) noexcept;

} // namespace TheEye
