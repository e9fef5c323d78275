# A real local supervisor for tests of any layer (supervisorfixture.h), and a small blocking HTTP
# client for them (testhttp.h).
add_library(theeye_testsupport_supervisor STATIC
    supervisorfixture.cpp supervisorfixture.h
    testhttp.cpp testhttp.h)
target_include_directories(theeye_testsupport_supervisor PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(theeye_testsupport_supervisor
    PUBLIC theeye_supervisor Qt6::Network Qt6::Test
    PRIVATE theeye_strict)

# The domain services without HTTP, for tests of the supervisor core (coreharness.h).
add_library(theeye_testsupport_core INTERFACE)
target_include_directories(theeye_testsupport_core INTERFACE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(theeye_testsupport_core INTERFACE theeye_supervisor)
