# THEEYE_FUZZ=ON builds the libFuzzer executables of tests/fuzz (tests/fuzz/run.sh configures it).
# libFuzzer needs clang: every target of ours is compiled with coverage instrumentation and
# ASan+UBSan; only the fuzz executables link libFuzzer's main (-fsanitize=fuzzer). Qt stays the
# Debian build (gcc), which links fine. Use a Debug build type: Qt's inline Q_ASSERTs (bounds of
# QList::at, QByteArrayView::sliced, …) are then compiled into our code and catch what ASan cannot
# see inside an allocation; -O1 keeps the fuzzers fast.
if(NOT THEEYE_FUZZ)
    return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "THEEYE_FUZZ=ON needs clang: configure with -DCMAKE_CXX_COMPILER=clang++-14 "
                        "(tests/fuzz/run.sh does)")
endif()
target_compile_options(theeye_strict INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
    -O1)
target_link_options(theeye_strict INTERFACE -fsanitize=address,undefined)
target_compile_definitions(theeye_strict INTERFACE THEEYE_SANITIZED=1 THEEYE_FUZZING=1)
