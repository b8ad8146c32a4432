#pragma once

#include "run/runconfig.h"
#include "trace/recorder.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sockscope {

// What every server model gets from the run.
struct ServerContext
{
    Recorder &recorder;
    // Maps an accepted peer address to the client actor on the other end: a scripted client
    // (known by its local address), or a new "external" client lane for nc, telnet or a
    // student's script. The server stores it on accept_end as Event::childActor.
    std::function<std::uint32_t(Endpoint peer)> actorForPeer;
    // Raised by the run before it stops anything (clients go first, and their sockets closing
    // can wake the server): calls that return then are marked as stopped by the run.
    const std::atomic<bool> *runStopping = nullptr;
};

// A server under one concurrency model (core/models/<model>server.cpp, one file each).
class Server
{
public:
    virtual ~Server() = default;

    // socket(), bind(), listen() on the calling thread, recorded; then the model's main
    // thread starts and blocks where the model blocks. On failure (EADDRINUSE, ...) the failed
    // call is recorded, everything opened is closed, and `error` says what happened.
    virtual bool start(QString *error) = 0;
    virtual Endpoint address() const = 0;

    // Wakes every blocked call from outside (shutdown() of the listening and connected
    // sockets, a wake pipe), joins every thread, ends and reaps every child, closes every
    // descriptor. Within 1 s, from any state. Idempotent.
    virtual void stop() = 0;

    // Connections still being served (worker threads alive, children not yet exited,
    // clients still in a readiness loop's set). The run waits for 0 before it stops.
    virtual int activeConnections() const = 0;

    // select-stdin: a console line for models that watch a console pipe, written into the
    // pipe with write() (a newline is added when missing). False when nothing was written:
    // the model watches no console, or its loop has ended.
    virtual bool typeConsoleLine(const QByteArray &line)
    {
        Q_UNUSED(line);
        return false;
    }
    // Whether the server watches a console pipe (the models that can, with watchConsole).
    virtual bool watchesConsole() const { return false; }

    // True from start() until the model's main loop has ended (by stop(), or by itself: a
    // console line ends a readiness loop).
    virtual bool isServing() const = 0;
};

std::unique_ptr<Server> createServer(const ServerOptions &options, ServerContext context);

} // namespace sockscope
