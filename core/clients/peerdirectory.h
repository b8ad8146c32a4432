#pragma once

#include "trace/event.h"
#include "trace/recorder.h"

#include <QHash>

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace sockscope {

// Tells the server which client lane an accepted peer belongs to.
//
// A scripted client learns its own address only when connect() returns, but the server's
// accept() can return first. So a client announces the connect before it makes it
// (beginConnect), and a lookup of an unknown peer waits while any announced connect is still
// in flight. A peer that no scripted client claims is an outside program (nc, telnet, a
// student's script): it gets an "external" lane of its own, once per address.
class PeerDirectory
{
public:
    // How long a lookup waits for in-flight connects before calling the peer external.
    static constexpr int kClaimWaitMs = 500;

    explicit PeerDirectory(Recorder &recorder);

    void beginConnect();
    // `local` is the client's own address, or null when the connect failed.
    void endConnect(Endpoint local, std::uint32_t actor);
    // For clients whose address is known without a connect in flight.
    void claim(Endpoint local, std::uint32_t actor);

    // The server's side: the lane of the client at `peer`.
    std::uint32_t actorForPeer(Endpoint peer);

    // Lookups stop waiting (the run is stopping).
    void close();

    // The addresses of every outside peer met so far (actorForPeer gave them an external
    // lane), in no particular order.
    std::vector<Endpoint> externalPeers();

private:
    static std::uint64_t key(Endpoint e) { return (std::uint64_t(e.ipv4) << 16) | e.port; }

    Recorder &m_recorder;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<std::uint64_t, std::uint32_t> m_scripted;
    QHash<std::uint64_t, std::uint32_t> m_external;
    int m_inFlight = 0;
    bool m_closed = false;
};

} // namespace sockscope
