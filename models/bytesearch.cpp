#include "models/bytesearch.h"

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
    const qsizetype needleSize = needle.size();
    if (needleSize == 0)
        return true;
    if (needleSize > haystack.size())
        return false;
    const char *text = haystack.data();
    if (needleSize == 1)
        return std::memchr(text, needle.front(), static_cast<size_t>(haystack.size())) != nullptr;

    const qsizetype lastOffset = needleSize - 1;
    const qsizetype starts = haystack.size() - lastOffset; // candidate positions
    qsizetype start = 0;
    const Bytes first = broadcast(needle.front());
    const Bytes last = broadcast(needle.back());
    for (; start + 16 <= starts; start += 16) {
        const auto agree = (load(text + start) == first)
                           & (load(text + start + lastOffset) == last);
        std::uint64_t halves[2];
        std::memcpy(halves, &agree, sizeof halves);
        if ((halves[0] | halves[1]) == 0)
            continue;
        for (int lane = 0; lane < 16; ++lane) {
            if (agree[lane] && middleMatches(text + start + lane, needle))
                return true;
        }
    }
    for (; start < starts; ++start) {
        if (text[start] == needle.front() && text[start + lastOffset] == needle.back()
            && middleMatches(text + start, needle))
            return true;
    }
    return false;
}

} // namespace TheEye
