#include "supervisor/http/handlergate.h"

namespace TheEye::Http {

HandlerGate::HandlerGate(Handler handler)
    : m_handler(std::move(handler))
{}

void HandlerGate::run(Request request, Responder responder)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        ++m_running;
        m_runningOn = std::this_thread::get_id();
    }
    struct Leave
    {
        HandlerGate *gate;
        ~Leave()
        {
            std::lock_guard lock(gate->m_mutex);
            if (--gate->m_running == 0)
                gate->m_idle.notify_all();
        }
    } leave{this};
    m_handler(std::move(request), std::move(responder));
}

void HandlerGate::close()
{
    std::unique_lock lock(m_mutex);
    m_closed = true;
    if (m_running > 0 && m_runningOn == std::this_thread::get_id())
        return;
    m_idle.wait(lock, [this] { return m_running == 0; });
}

} // namespace TheEye::Http
