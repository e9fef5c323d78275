#pragma once

#include "supervisor/http/httprequest.h"
#include "supervisor/http/httpresponse.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace TheEye::Http {

// Stands between queued hand-offs and the application's handler, so that stop() can promise
// that no handler runs once it returns, without needing the context thread's event loop: hand-offs
// still queued when the gate closes are dropped (their requests were already answered).
class HandlerGate final
{
public:
    using Handler = std::function<void(Request, Responder)>;

    explicit HandlerGate(Handler handler);
    HandlerGate(const HandlerGate &) = delete;
    HandlerGate &operator=(const HandlerGate &) = delete;

    // On the context thread: calls the handler unless the gate is closed.
    void run(Request request, Responder responder);
    // Closes the gate and waits for a handler that runs on another thread to return. A handler
    // running on the calling thread (stop() called from inside it) is not waited for.
    void close();

private:
    Handler m_handler;
    std::mutex m_mutex;
    std::condition_variable m_idle;
    bool m_closed = false;
    int m_running = 0;
    std::thread::id m_runningOn;
};

} // namespace TheEye::Http
