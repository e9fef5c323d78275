# One INTERFACE target carries the strict defines and warnings; every target of ours links it.
add_library(theeye_strict INTERFACE)
target_compile_features(theeye_strict INTERFACE cxx_std_20)
target_compile_definitions(theeye_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    THEEYE_VERSION="${PROJECT_VERSION}")
target_compile_options(theeye_strict INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wimplicit-fallthrough
    # A local that hides another local. gcc only: clang (the fuzz build) has no `=local` form, and
    # its -Wshadow also flags every parameter named like a field; the gcc builds keep the check.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(THEEYE_WERROR)
    target_compile_options(theeye_strict INTERFACE -Werror)
endif()
if(THEEYE_SANITIZE)
    set(_theeye_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(theeye_strict INTERFACE ${_theeye_san})
    target_link_options(theeye_strict INTERFACE ${_theeye_san})
    target_compile_definitions(theeye_strict INTERFACE THEEYE_SANITIZED=1)
endif()
