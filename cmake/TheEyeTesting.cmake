# theeye_add_test(<tst_name> [SOURCES …] [LIBRARIES …] [TIMEOUT s] [LABELS …])
#
# Registers tests/auto/<layer>/<unit>/tst_<unit>.cpp as a CTest test that runs on the offscreen
# platform with a private XDG_RUNTIME_DIR and private HOME/XDG dirs, and links the test support
# object library, which switches QStandardPaths to test mode before the test starts. A test never
# sees the developer's own settings, keychain entries or data.
set(THEEYE_TEST_ROOT ${PROJECT_BINARY_DIR}/test-env)
set(THEEYE_LSAN_SUPPRESSIONS ${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp)

function(theeye_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_SOURCES)
        set(ARG_SOURCES ${name}.cpp)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(THEEYE_SANITIZE)
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()

    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE theeye_strict theeye_testsupport Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        THEEYE_TESTDATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        THEEYE_TEST_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}")

    set(home ${THEEYE_TEST_ROOT}/${name})
    set(runtime ${home}/runtime)
    file(MAKE_DIRECTORY ${runtime} ${home}/config ${home}/data ${home}/cache)
    # XDG_RUNTIME_DIR must be private to the user, or Qt warns and ignores it.
    file(CHMOD ${runtime} DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)

    add_test(NAME ${name} COMMAND ${name})
    set(env
        QT_QPA_PLATFORM=offscreen
        XDG_RUNTIME_DIR=${runtime}
        HOME=${home}
        XDG_CONFIG_HOME=${home}/config
        XDG_DATA_HOME=${home}/data
        XDG_CACHE_HOME=${home}/cache
        LANG=C.UTF-8
        LC_ALL=C.UTF-8
        QT_LOGGING_RULES=qt.qpa.*=false
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1
        LSAN_OPTIONS=suppressions=${THEEYE_LSAN_SUPPRESSIONS}:print_suppressions=0
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1)
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()

# Adds every direct subfolder that has a CMakeLists.txt, so a new unit's test folder is all it
# takes to register it (and parallel work does not collide in a list).
function(theeye_add_subdirectories_with_cmake)
    file(GLOB children LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT children)
    foreach(child IN LISTS children)
        if(IS_DIRECTORY ${child} AND EXISTS ${child}/CMakeLists.txt)
            add_subdirectory(${child})
        endif()
    endforeach()
endfunction()
