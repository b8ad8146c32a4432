#pragma once

#include "handler.h"
#include "lab/syscalls.h"
#include "server.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace sockscope {

// What every model shares: the listening (or UDP) socket opened and recorded by start(),
// the "main" actor and its thread, the stop flag, and the connections that a stop must wake.
// A model implements serve(): the body of its main thread, which returns once stopping()
// (or when the model ends by itself, e.g. a console line).
//
// Stopping is honest: stop() sets the flag and shuts down, from outside, the sockets the
// model's threads may be blocked on, so the blocked accept()/recv() returns and records
// what it returned (accept: EINVAL, recv: 0). Sleeps are napUnlessStopped().
class ServerBase : public Server
{
public:
    ServerBase(const ServerOptions &options, ServerContext context, int socketType);
    ~ServerBase() override;

    bool start(QString *error) override;
    Endpoint address() const override { return m_address; }
    void stop() override;
    int activeConnections() const override { return m_active.load(); }
    bool isServing() const override { return m_serving.load(); }

    // How long accept() rests when out of descriptors with nobody waiting (acceptFailed()).
    static constexpr int kOutOfDescriptorsPauseMs = 50;

protected:
    // The main thread's body. `sys` records as the "main" actor.
    virtual void serve(Syscalls &sys) = 0;
    // After listen(), before the main thread starts (e.g. the forking server's watcher).
    virtual bool prepare(QString *error)
    {
        Q_UNUSED(error);
        return true;
    }
    // Wakes every call a thread of this model may be blocked in. The default shuts down the
    // listening socket and every tracked connection.
    virtual void wakeBlocked();
    // After the main thread was joined: join workers, end children, close what is left.
    virtual void finishStop() {}

    bool stopping() const { return m_stopping.load(); }
    const std::atomic<bool> *stopFlag() const { return &m_stopping; }
    int listenFd() const { return m_listenFd; }
    std::uint32_t mainActor() const { return m_mainActor; }
    Recorder &recorder() const { return m_context.recorder; }
    const ServerOptions &options() const { return m_options; }
    const HandlerConfig &handlerConfig() const { return m_handler; }
    Syscalls syscallsFor(std::uint32_t actor) const;

    // A new thread lane ("worker 3") whose parent is `parent`; the thread fills in its tid.
    std::uint32_t addThreadActor(const QString &name, std::uint32_t parent);
    static void claimActorForThisThread(Recorder &recorder, std::uint32_t actor);

    // Connections a stop must shut down (blocking models). Track before serving, untrack
    // before close(), so that a stop never shuts down a descriptor number already reused.
    // track() returns false when a stop has begun: the caller closes and leaves.
    bool track(int fd);
    void untrack(int fd);

    // After accept() on the listening socket failed with `err`. Out of descriptors (EMFILE,
    // ENFILE) the connection stays in the backlog and the listener stays readable, so the
    // loop would fail again at once, forever (the classic EMFILE busy loop). Instead the
    // reserve descriptor is given up for one accept() that takes the connection and closes
    // it at once (the client sees its connection end), then taken again; an `error` event
    // says so. With nobody waiting (a blocking accept() fails at once without a descriptor)
    // it pauses kOutOfDescriptorsPauseMs, recorded as an `error` too. EAGAIN: nothing.
    // Anything else: a short nap, so the loop cannot spin.
    void acceptFailed(Syscalls &sys, int err);

    // --max-clients (ServerOptions::maxClients): when that many connections are being served,
    // `connection` (just accepted) is refused: an `error` event for `call` (thread_spawn or
    // fork) with errno 0 and the reason, then close(). True when it was refused.
    bool refuseOverCap(Syscalls &sys, int connection, EventKind call);
    // A resource the model needed for `connection` was not there (a thread, a process, memory
    // for its buffers): an `error` event for `call` with `err` and `explanation`, then the
    // connection is closed (untracked first). The server goes on.
    void dropForLackOf(Syscalls &sys, int connection, EventKind call, int err,
                       const char *explanation);
    static constexpr const char *kNoMemoryForConnection =
        "out of memory for this connection's buffers: it is closed at once and the server goes "
        "on";

    // accept_delay_ms: a real sleep before the first accept() (napUnlessStopped, at the
    // listing's sleep line), while the kernel completes handshakes into the accept queue.
    void sleepBeforeAccepting(Syscalls &sys);
    // send_buffer: SO_SNDBUF on an accepted connection (not recorded, like SO_REUSEADDR).
    void setSendBuffer(int connection) const;

    void setActive(int n) { m_active.store(n); }
    void addActive(int delta) { m_active.fetch_add(delta); }

private:
    void runMainThread();
    void closeListener(Syscalls &sys);
    void closeReserve();

    const ServerOptions m_options;
    ServerContext m_context;
    const int m_socketType;
    const HandlerConfig m_handler;

    std::uint32_t m_mainActor = 0;
    Endpoint m_address;
    int m_listenFd = -1;
    std::thread m_mainThread;
    std::atomic<bool> m_stopping{false};
    int m_reserveFd = -1; // /dev/null, held so that EMFILE can be met; main thread only
    std::atomic<int> m_active{0};
    std::atomic<bool> m_serving{false}; // the main thread is in serve()

    std::mutex m_stopMutex; // one stop at a time; stop is idempotent
    bool m_stopped = false;

    std::mutex m_trackMutex; // guards m_tracked and the listening descriptor's lifetime
    std::vector<int> m_tracked;
    bool m_listenerOpen = false;
};

} // namespace sockscope
