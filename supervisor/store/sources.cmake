target_sources(theeye_supervisor PRIVATE
    store/database.cpp store/database.h
    store/jobrowcache.cpp store/jobrowcache.h
    store/jobtable.cpp store/jobtable.h
    store/records.h
    store/schema.cpp store/schema.h
    store/store.cpp store/store.h
    store/walcheckpointer.cpp store/walcheckpointer.h
)
