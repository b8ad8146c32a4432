#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace sockscope {

enum class ActorKind : std::uint8_t
{
    Thread,
    Process,
    Client,
    Task, // a coroutine of an event loop (asyncio): not a thread; its loop thread is its parent
    // SockScope's kernel sampler: an observer thread outside the server, whose events
    // (tcp_state, queues) are what the kernel holds for the run's sockets. It has no lane of
    // its own in "who waits"; its events belong to the sockets they describe.
    Kernel
};
const char *actorKindName(ActorKind kind);
std::optional<ActorKind> actorKindFromName(QStringView name);

// Who makes system calls: a server thread, a forked child process, or a client. A task makes
// none itself: its loop thread makes them while it runs the task (the task's events say when).
// Every actor has one lane on the timeline.
struct Actor
{
    std::uint32_t id = 0; // 1-based; 0 means "no actor"
    ActorKind kind = ActorKind::Thread;
    QString name; // "main", "worker 2", "child 4711", "client 1", "external ..."
    int pid = 0;
    int tid = 0;
    std::uint32_t parent = 0; // the actor that spawned/forked it, 0 for roots
    bool external = false;    // a client from outside (nc, a student's script)

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace sockscope
