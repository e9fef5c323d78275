target_sources(theeye_supervisor PRIVATE
    core/acl.cpp core/acl.h
    core/directory.cpp core/directory.h
    core/jobdispatcher.h
    core/jobfactory.cpp core/jobfactory.h
    core/jobrequest.cpp core/jobrequest.h
    core/jobservice.cpp core/jobservice.h
    core/jobviews.cpp core/jobviews.h
    core/localsupervisor.cpp core/localsupervisor.h
    core/objectid.cpp core/objectid.h
    core/role.cpp core/role.h
    core/scriptservice.cpp core/scriptservice.h
    core/secrets.cpp core/secrets.h
    core/serviceerror.h
    core/services.h
    core/session.h
    core/supervisorcore.cpp core/supervisorcore.h
    core/supervisortr.h
    core/taskfields.cpp core/taskfields.h
    core/taskrecipes.cpp core/taskrecipes.h
    core/taskservice.cpp core/taskservice.h
)
