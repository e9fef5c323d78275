target_sources(theeye_supervisor PRIVATE
    api/apirequest.h
    api/apiresponses.cpp api/apiresponses.h
    api/apiroutes.cpp api/apiroutes.h
    api/healthcontroller.cpp api/healthcontroller.h
    api/hostscontroller.cpp api/hostscontroller.h
    api/jobresultcontroller.cpp api/jobresultcontroller.h
    api/jobscontroller.cpp api/jobscontroller.h
    api/lookup.cpp api/lookup.h
    api/scriptscontroller.cpp api/scriptscontroller.h
    api/taskscontroller.cpp api/taskscontroller.h
    api/tokenscontroller.cpp api/tokenscontroller.h
)
target_sources(theeye_supervisor PRIVATE
    api/joblogcontroller.cpp api/joblogcontroller.h
)
target_sources(theeye_supervisor PRIVATE
    api/agentcontroller.cpp api/agentcontroller.h
)
