target_sources(theeye_supervisor PRIVATE
    bot/argumentfiles.cpp bot/argumentfiles.h
    bot/botprocess.cpp bot/botprocess.h
    bot/botthread.cpp bot/botthread.h
    bot/launchspec.cpp bot/launchspec.h
    bot/orphangroups.cpp bot/orphangroups.h
    bot/outputlog.cpp bot/outputlog.h
    bot/scriptfiles.cpp bot/scriptfiles.h
)
