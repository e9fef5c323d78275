target_sources(theeye_supervisor PRIVATE
    http/bodyparser.h
    http/httprequest.h
    http/httpresponse.h
    http/httpserver.h
    http/router.h
)
