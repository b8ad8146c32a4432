#include "peerdirectory.h"

#include "lab/syscalls.h"

#include <algorithm>

namespace sockscope {

namespace {

// A socket bound to the wildcard address (a UDP client's first sendto() binds it so) sends
// from the address its route gives, with its own port.
bool sendsFrom(Endpoint local, Endpoint peer)
{
    return local == peer || (local.ipv4 == 0 && local.port != 0 && local.port == peer.port);
}

} // namespace

PeerDirectory::PeerDirectory(Recorder &recorder) : m_recorder(recorder) {}

void PeerDirectory::beginConnect(int fd, std::uint32_t actor)
{
    std::lock_guard lock(m_mutex);
    m_inFlight.emplace_back(fd, actor);
}

void PeerDirectory::endConnect(int fd, Endpoint local)
{
    std::lock_guard lock(m_mutex);
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [fd](const auto &entry) { return entry.first == fd; });
    if (it == m_inFlight.end())
        return;
    if (!local.isNull())
        m_scripted.insert(key(local), it->second);
    m_inFlight.erase(it);
}

std::uint32_t PeerDirectory::actorForPeer(Endpoint peer)
{
    const auto k = key(peer);
    std::lock_guard lock(m_mutex);
    if (const auto it = m_scripted.constFind(k); it != m_scripted.constEnd())
        return it.value();
    // A client whose connect() has not returned (or not been claimed yet): its socket already
    // has the address. The lock keeps the descriptor open: its client closes it only after
    // endConnect().
    for (const auto &[fd, actor] : m_inFlight) {
        if (sendsFrom(Syscalls::localAddress(fd), peer)) {
            m_scripted.insert(k, actor);
            return actor;
        }
    }
    if (const auto it = m_external.constFind(k); it != m_external.constEnd())
        return it.value();
    Actor actor;
    actor.kind = ActorKind::Client;
    actor.name = QStringLiteral("external %1").arg(peer.toString());
    actor.external = true;
    const auto id = m_recorder.addActor(actor);
    m_external.insert(k, id);
    return id;
}

std::vector<Endpoint> PeerDirectory::externalPeers()
{
    std::lock_guard lock(m_mutex);
    std::vector<Endpoint> peers;
    peers.reserve(std::size_t(m_external.size()));
    for (auto it = m_external.constBegin(); it != m_external.constEnd(); ++it)
        peers.push_back(Endpoint{std::uint32_t(it.key() >> 16), std::uint16_t(it.key() & 0xffff)});
    return peers;
}

} // namespace sockscope
