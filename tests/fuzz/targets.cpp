#include "targets.h"
#include "fuzzcheck.h"

#include <array>

namespace TheEye::Fuzz {

namespace {

// Their run-time options (-max_len, dictionaries) are in run.sh.
constexpr std::array allTargets{
    Target{"codec", &fuzzCodec},
    Target{"recipe", &fuzzRecipe},
    Target{"arguments", &fuzzArguments},
    Target{"router", &fuzzRouter},
    Target{"body", &fuzzBody},
};

} // namespace

std::span<const Target> targets()
{
    return allTargets;
}

const Target *findTarget(QByteArrayView name)
{
    for (const Target &target : allTargets) {
        if (name == target.name)
            return &target;
    }
    return nullptr;
}

} // namespace TheEye::Fuzz
