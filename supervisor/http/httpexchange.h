#pragma once

#include "supervisor/http/httprequest.h"
#include "supervisor/http/httpresponse.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

struct MHD_Connection;

namespace TheEye::Http {

// One request handed to the application, shared by the connection (MHD threads), the Responder
// (any thread) and the stream's wake-up. Its mutex pairs every MHD_suspend_connection with one
// MHD_resume_connection: `suspended` is true exactly while the connection is suspended.
//
// Lock order: Exchange::mutex, then the ResponseStream's and MHD's internal locks. Nothing that
// holds a ResponseStream lock takes an Exchange lock.
class Exchange final
{
public:
    Exchange(MHD_Connection *connection, std::shared_ptr<std::atomic<unsigned>> waiting);
    Exchange(const Exchange &) = delete;
    Exchange &operator=(const Exchange &) = delete;

    // On the MHD thread, inside the access handler: suspends until answer().
    void suspendForAnswer();
    // Any thread. The first answer wins and resumes the connection; a later one is dropped (and
    // its stream closed, so its producer stops).
    void answer(Response response);
    // After the resume, on the MHD thread: the published answer (once).
    std::optional<Response> takeAnswer();

    // Streaming, on the MHD thread, inside the content reader: the next bytes, or a suspension
    // until the stream wakes us. Returns what MHD's content reader must return.
    long long readStream(char *buffer, std::size_t max);
    // From ResponseStream::write/finish/close on any thread.
    void wakeUp();

    // The server is stopping: answer 503 if nobody did, and end the stream if there is one.
    void abandon();
    // MHD finished with the connection (notify-completed): nothing may touch it any more.
    void connectionClosed();

private:
    std::mutex m_mutex;
    MHD_Connection *m_connection = nullptr;
    std::shared_ptr<std::atomic<unsigned>> m_waiting; // the server's count of unanswered hand-offs
    bool m_suspended = false;
    bool m_answered = false;
    bool m_closed = false;
    std::optional<Response> m_answer;
    std::shared_ptr<ResponseStream> m_stream;
};

// The E2 error shape of the real supervisor, {"statusCode":413,"message":"…"}, for the answers
// the transport gives itself.
Response transportError(int status, const QString &message);
// 503 with Connection: close, for requests that arrive or wait while the server stops.
Response shuttingDownError();
Response bodyTooLargeError(qsizetype limit);

} // namespace TheEye::Http
