# The layers of design/architecture.md, enforced: a library may link only the layers below it.
#
#            app
#           /    \
#         ui      supervisor
#         |  \       |
#     client  \      |
#          \   \     |
#            models
#
# theeye_add_layer(<name> DEPENDS <layers…> QT <Qt components…> [LIBS <other libs…>] SOURCES …)
# creates the static library theeye_<name> and fails the configure step when DEPENDS names a
# layer the architecture does not allow, so a wrong dependency cannot creep in.
set(THEEYE_ALLOWED_models "")
set(THEEYE_ALLOWED_client "models")
set(THEEYE_ALLOWED_supervisor "models")
set(THEEYE_ALLOWED_ui "client;models")
set(THEEYE_ALLOWED_app "ui;supervisor;client;models")

function(theeye_add_layer name)
    cmake_parse_arguments(ARG "" "" "DEPENDS;QT;LIBS;SOURCES" ${ARGN})
    foreach(dep IN LISTS ARG_DEPENDS)
        if(NOT dep IN_LIST THEEYE_ALLOWED_${name})
            message(FATAL_ERROR "Layer '${name}' may not depend on '${dep}' "
                                "(allowed: ${THEEYE_ALLOWED_${name}}); see design/architecture.md")
        endif()
    endforeach()
    set(target theeye_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    # Headers are included by layer path ("models/task.h"). Each layer gets an include root of
    # its own that holds only a link to its folder, so another layer's header resolves only when
    # that layer is linked.
    set(include_root ${PROJECT_BINARY_DIR}/layers/${name})
    file(MAKE_DIRECTORY ${include_root})
    if(NOT EXISTS ${include_root}/${name})
        file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${name} ${include_root}/${name} SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${include_root}>)
    set(qt_targets)
    foreach(component IN LISTS ARG_QT)
        list(APPEND qt_targets Qt6::${component})
    endforeach()
    set(layer_targets)
    foreach(dep IN LISTS ARG_DEPENDS)
        list(APPEND layer_targets theeye_${dep})
    endforeach()
    target_link_libraries(${target} PUBLIC ${layer_targets} ${qt_targets} PRIVATE theeye_strict ${ARG_LIBS})
endfunction()
