#pragma once

#include "peerdirectory.h"
#include "releasegate.h"
#include "run/runconfig.h"
#include "trace/recorder.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace sockscope {

using ClientClock = std::chrono::steady_clock;

// Raised once when the run stops; every client sleep and hold ends at once.
class StopSignal
{
public:
    void raise();
    bool isRaised() const { return m_raised.load(std::memory_order_acquire); }
    const std::atomic<bool> *flag() const { return &m_raised; } // for Syscalls::setStopFlag
    // False when the signal was raised before `deadline`.
    bool sleepUntil(ClientClock::time_point deadline);

private:
    std::atomic<bool> m_raised{false};
    std::mutex m_mutex;
    std::condition_variable m_raisedChanged;
};

// What every client of a run shares.
struct ClientEnvironment
{
    Recorder &recorder;
    Endpoint server;
    const ServerOptions &serverOptions; // the protocol, for framed sends
    double speed = 1.0;                 // script times are divided by this
    bool stepByHand = false;
    PeerDirectory &peers;
    ReleaseGate &gate;
    StopSignal &stop;
    ClientClock::time_point startedAt; // the server was listening from here on
    Endpoint closedPort;               // ConnectTarget::ClosedPort: bound, nobody listens

    ClientClock::duration scaled(int ms) const;
    Endpoint targetOf(const ClientScript &script) const
    {
        return script.target == ConnectTarget::ClosedPort ? closedPort : server;
    }
};

// One scripted client's progress, readable from any thread (the GUI asks for the next step).
struct ClientProgress
{
    const ClientScript *script = nullptr;
    std::uint32_t actor = 0;
    std::atomic<int> nextStep{0};
    std::atomic<bool> done{false};
    QString failure; // written by the client's own thread before `done`, read after it
    std::function<void()> onDone;

    void finish(const QString &why = {});
};

} // namespace sockscope
