#pragma once

#include <QByteArrayView>

// The fuzz targets; each file in targets/ defines one. See fuzzcheck.h.
namespace TheEye::Fuzz {

void fuzzCodec(QByteArrayView input);     // targets/codec.cpp
void fuzzRecipe(QByteArrayView input);    // targets/recipe.cpp
void fuzzArguments(QByteArrayView input); // targets/arguments.cpp
void fuzzRouter(QByteArrayView input);    // targets/router.cpp
void fuzzBody(QByteArrayView input);      // targets/body.cpp

} // namespace TheEye::Fuzz
