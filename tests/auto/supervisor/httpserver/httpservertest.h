#pragma once

// The fixture of the transport tests: real HTTP on loopback (port 0), with the handler on a "core"
// QThread of the test, as the supervisor core will run it. The tests are split over
// tst_httpserver.cpp (requests, limits, ports, TLS) and streamingandstop.cpp (streams, clients
// that leave, the pending cap, stop()).
#include "testbackend.h"

#include "supervisor/http/httpserver.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

class HttpServerTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void getJsonRoundTripOnTheCoreThread();
    void postBodies_data();
    void postBodies();
    void keepAliveReusesOneSocket();
    void bodyOverTheLimitIsRefusedBeforeItIsSent_data();
    void bodyOverTheLimitIsRefusedBeforeItIsSent();
    void chunkedBodies_data();
    void chunkedBodies();
    void routerErrorsOnTheWire();
    void headerLimits_data();
    void headerLimits();
    void http10();
    void droppedResponderGives500();

    void streamDeliversChunksAsTheyAreWritten();
    void streamOverHttp10IsRawAndCloses();
    void clientLeavesMidRequest();
    void clientLeavesWhileParked();
    void clientLeavesMidStream();
    void pendingCapGives503();

    void stopAnswersParkedRequestsAndCutsStreams();
    void stopOnTheContextThread();
    void stopInsideAHandler();
    void stopWithoutAnEventLoop();
    void contextDestroyedWhileRunning();

    void portZeroReportsTheBoundPort();
    void restartsAfterStop();
    void ipv6Loopback();
    void portInUseFailsClearly();
    void tls();
    void tlsFileErrors_data();
    void tlsFileErrors();

private:
    TheEye::Http::ServerOptions testOptions() const;
    TheEye::Http::HttpServer &startServer(TheEye::Http::ServerOptions options);
    TheEye::Http::HttpServer &startServer() { return startServer(testOptions()); }
    void onCore(std::function<void()> function);

    std::unique_ptr<QThread> m_coreThread;
    QObject *m_core = nullptr; // lives on m_coreThread
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<TheEye::Http::HttpServer> m_server;
};
