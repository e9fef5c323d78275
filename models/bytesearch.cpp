#include "models/bytesearch.h"

#include <bit>
#include <cstdint>
#include <cstring>

namespace TheEye {

namespace {

// GCC and Clang vector extensions: plain SSE2 on x86-64, NEON on arm64, scalar code elsewhere.
using Bytes = unsigned char __attribute__((vector_size(16)));

Bytes load(const char *at) noexcept
{
    Bytes bytes;
    std::memcpy(&bytes, at, sizeof bytes);
    return bytes;
}

Bytes broadcast(char byte) noexcept
{
    Bytes bytes;
    std::memset(&bytes, byte, sizeof bytes);
    return bytes;
}

bool middleMatches(const char *candidate, QByteArrayView needle) noexcept
{
    // First and last byte already agree.
    return needle.size() <= 2
           || std::memcmp(candidate + 1, needle.data() + 1, static_cast<size_t>(needle.size() - 2))
                  == 0;
}

} // namespace

bool containsBytes(QByteArrayView haystack, QByteArrayView needle) noexcept
{
    return indexOfBytes(haystack, needle) >= 0;
}

qsizetype indexOfBytes(QByteArrayView haystack, QByteArrayView needle) noexcept
{
    const qsizetype needleSize = needle.size();
    if (needleSize == 0)
        return 0;
    if (needleSize > haystack.size())
        return -1;
    const char *text = haystack.data();
    if (needleSize == 1) {
        const void *found = std::memchr(text, needle.front(), static_cast<size_t>(haystack.size()));
        return found ? static_cast<const char *>(found) - text : -1;
    }

    const qsizetype lastOffset = needleSize - 1;
    const qsizetype starts = haystack.size() - lastOffset; // candidate positions
    qsizetype start = 0;
    const Bytes first = broadcast(needle.front());
    const Bytes last = broadcast(needle.back());
    for (; start + 16 <= starts; start += 16) {
        const auto agree = (load(text + start) == first)
                           & (load(text + start + lastOffset) == last);
        // Lanes are 0x00 or 0xff: visit the agreeing ones by their lowest set bit.
        std::uint64_t halves[2];
        std::memcpy(halves, &agree, sizeof halves);
        for (int half = 0; half < 2; ++half) {
            for (std::uint64_t lanes = halves[half]; lanes != 0;) {
                const int byte = std::countr_zero(lanes) / 8;
                const qsizetype at = start + half * 8 + byte;
                if (middleMatches(text + at, needle))
                    return at;
                lanes &= ~(std::uint64_t{0xff} << (byte * 8));
            }
        }
    }
    for (; start < starts; ++start) {
        if (text[start] == needle.front() && text[start + lastOffset] == needle.back()
            && middleMatches(text + start, needle))
            return start;
    }
    return -1;
}

} // namespace TheEye
