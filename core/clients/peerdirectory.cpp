#include "peerdirectory.h"

#include <chrono>

namespace sockscope {

PeerDirectory::PeerDirectory(Recorder &recorder) : m_recorder(recorder) {}

void PeerDirectory::beginConnect()
{
    std::lock_guard lock(m_mutex);
    ++m_inFlight;
}

void PeerDirectory::endConnect(Endpoint local, std::uint32_t actor)
{
    {
        std::lock_guard lock(m_mutex);
        --m_inFlight;
        if (!local.isNull())
            m_scripted.insert(key(local), actor);
    }
    m_changed.notify_all();
}

void PeerDirectory::claim(Endpoint local, std::uint32_t actor)
{
    {
        std::lock_guard lock(m_mutex);
        m_scripted.insert(key(local), actor);
    }
    m_changed.notify_all();
}

std::uint32_t PeerDirectory::actorForPeer(Endpoint peer)
{
    const auto k = key(peer);
    std::unique_lock lock(m_mutex);
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(kClaimWaitMs);
    m_changed.wait_until(lock, deadline,
                         [&] { return m_closed || m_inFlight <= 0 || m_scripted.contains(k); });
    if (const auto it = m_scripted.constFind(k); it != m_scripted.constEnd())
        return it.value();
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

void PeerDirectory::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
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
