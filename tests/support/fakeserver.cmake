# The client tests' fault-injecting HTTP server (fakeserver.h): a library of its own, linked by
# the client tests and the client benchmark.
find_package(ZLIB REQUIRED)
add_library(theeye_testsupport_fakeserver STATIC fakeserver.cpp fakeserver.h)
target_include_directories(theeye_testsupport_fakeserver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
target_link_libraries(theeye_testsupport_fakeserver
    PUBLIC Qt6::Core Qt6::Network
    PRIVATE theeye_strict ZLIB::ZLIB)
