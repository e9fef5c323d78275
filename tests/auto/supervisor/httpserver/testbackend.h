#pragma once

#include "supervisor/http/httpserver.h"
#include "supervisor/http/router.h"

#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>

// The application side of the server tests: a Router whose handlers run on the "core" thread, as
// the supervisor core's will. Routes:
//   GET  /hello         {"hello":"world"}
//   GET|POST /echo/:x   the request as the handler saw it, body parsed (400 if it does not parse)
//   GET  /park          keeps the Responder (a long-poll); the test answers it later
//   GET  /stream        a streamed text/plain answer; the test writes to it
//   GET  /drop          drops the Responder without answering
//   GET  /stop          stops the server from inside the handler
class TestBackend final
{
public:
    explicit TestBackend(QThread *coreThread);

    TheEye::Http::HttpServer::Handler handler();
    void setServer(TheEye::Http::HttpServer *server) { m_server = server; }

    int parkedCount();
    QList<TheEye::Http::Responder> takeParked();
    int streamCount();
    std::shared_ptr<TheEye::Http::ResponseStream> stream(int index);

    std::atomic<int> handled = 0;
    std::atomic<int> handledOffCoreThread = 0;
    std::atomic<int> streamsClosed = 0;
    std::atomic<bool> stoppedInHandler = false;

private:
    QThread *const m_coreThread;
    TheEye::Http::HttpServer *m_server = nullptr;
    TheEye::Http::Router m_router;
    std::mutex m_mutex;
    QList<TheEye::Http::Responder> m_parked;
    QList<std::shared_ptr<TheEye::Http::ResponseStream>> m_streams;
};
