target_sources(theeye_supervisor PRIVATE
    engine/engineoptions.h
    engine/enginejson.h
    engine/jobengine.cpp engine/jobengine.h
    engine/jobengineagents.cpp
    engine/jobqueue.cpp engine/jobqueue.h
    engine/localrun.cpp engine/localrun.h
    engine/logfollowers.cpp engine/logfollowers.h
    engine/triggers.cpp engine/triggers.h
    engine/verdict.cpp engine/verdict.h
)
