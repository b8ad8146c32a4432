#pragma once

#include "../trace/trace.h"

#include <QHash>
#include <QMap>

#include <cstdint>

namespace sockscope {

enum class FdRole : std::uint8_t
{
    Unknown,   // socket() returned it; not yet bound, listening or connected
    Listening, // listen() was called on it
    Connected, // accept() returned it, or connect() succeeded on it
    Udp        // a datagram socket (recvfrom/sendto seen)
};

struct FdInfo
{
    FdRole role = FdRole::Unknown;
    Endpoint local;              // bind's address, or the client's own address after connect
    Endpoint peer;               // the other end of a connection
    std::uint32_t peerActor = 0; // the client lane on the other end (accept_end), 0 unknown
    bool inherited = false;      // came with fork() from the parent's table
    std::uint32_t socketId = 0;  // the open socket it names; a fork's copy keeps it, so a
                                 // reused fd number is told apart from the inherited one
    std::uint32_t lastUser = 0;  // the actor that last made a call on it (the owner)
};

// Each process's descriptor table as the trace tells it, replayed event by event: server
// threads share their process's table, a forked child starts with a copy of its parent's,
// each client has its own. Feed every event in trace order to apply().
class FdTables
{
public:
    void apply(const Trace &trace, const Event &e);

    // The actor whose table `actor` uses: its process's main actor.
    std::uint32_t processOf(std::uint32_t actor) const { return m_processOf.value(actor, actor); }
    const FdInfo *find(std::uint32_t actor, int fd) const;
    // fd -> info of the process `actor` belongs to, ordered by fd.
    QMap<int, FdInfo> tableOf(std::uint32_t actor) const
    {
        return m_tables.value(processOf(actor));
    }
    // Every process with a table, by its main actor.
    QList<std::uint32_t> processes() const { return m_tables.keys(); }
    // The process a forked child was copied from, 0 for none.
    std::uint32_t forkedFrom(std::uint32_t process) const { return m_forkedFrom.value(process, 0); }
    // An inherited descriptor whose socket the parent no longer holds: the child's copy is the
    // only one left (the forking server's parent closed its copy of the connection).
    bool parentClosed(std::uint32_t process, const FdInfo &info) const;
    // What descriptor `fd` of `process` held when it was last closed (a number used again and
    // closed again replaces it), null if it never was: a kernel sample stamped after a close()
    // can still name the socket it held.
    const FdInfo *findClosed(std::uint32_t process, int fd) const;

    // Where a process other than `exceptProcess` holds (or last held, when `closed` is set) a
    // connection whose other end is `peer`: the server's side of a client's connection, once
    // accept() returned it. `process` and `fd` say which; null when none does.
    struct Holding
    {
        std::uint32_t process = 0;
        int fd = -1;
        const FdInfo *info = nullptr;
        bool closed = false;
    };
    Holding connectionTo(Endpoint peer, std::uint32_t exceptProcess) const;
    // A listening socket of any process at `address` (or at the wildcard address and its port).
    Holding listenerAt(Endpoint address) const;

private:
    void identify(FdInfo &info, std::uint32_t actor);

    QHash<std::uint32_t, std::uint32_t> m_processOf;
    QHash<std::uint32_t, QMap<int, FdInfo>> m_tables; // by process's main actor
    QHash<std::uint32_t, QMap<int, FdInfo>> m_closed; // the same, for closed descriptors
    QHash<std::uint32_t, std::uint32_t> m_forkedFrom; // child process -> parent process
    std::uint32_t m_nextSocketId = 1;
};

} // namespace sockscope
