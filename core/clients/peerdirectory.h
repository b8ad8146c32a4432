#pragma once

#include "trace/event.h"
#include "trace/recorder.h"

#include <QHash>

#include <cstdint>
#include <mutex>
#include <utility>
#include <vector>

namespace sockscope {

// Tells the server which client lane an accepted peer belongs to.
//
// A scripted client learns its own address only when connect() returns, but the server's
// accept() can return first, and a loaded machine can keep the client from running for as long
// as it likes after that. So a client announces its socket before the connect (or the first
// sendto) that gives it an address (beginConnect). A lookup of a peer no client has claimed
// asks the kernel for the address of each socket announced and not yet claimed: the kernel
// gives a socket its port before the first packet leaves, so a connection the server could
// accept (a datagram it could read) from one of them is found there, with no waiting. A peer
// that no scripted client's socket has is an outside program (nc, telnet, a student's
// script): it gets an "external" lane of its own, once per address.
class PeerDirectory
{
public:
    explicit PeerDirectory(Recorder &recorder);

    // `fd` is the client's socket, open until its endConnect().
    void beginConnect(int fd, std::uint32_t actor);
    // `local` is the client's own address, or null when the connect failed.
    void endConnect(int fd, Endpoint local);

    // The server's side: the lane of the client at `peer`.
    std::uint32_t actorForPeer(Endpoint peer);

    // The addresses of every outside peer met so far (actorForPeer gave them an external
    // lane), in no particular order.
    std::vector<Endpoint> externalPeers();

private:
    static std::uint64_t key(Endpoint e) { return (std::uint64_t(e.ipv4) << 16) | e.port; }

    Recorder &m_recorder;
    std::mutex m_mutex;
    QHash<std::uint64_t, std::uint32_t> m_scripted;
    QHash<std::uint64_t, std::uint32_t> m_external;
    // The sockets announced and not yet claimed, with their clients' lanes: each thread
    // client's one call, the driver's one at a time.
    std::vector<std::pair<int, std::uint32_t>> m_inFlight;
};

} // namespace sockscope
