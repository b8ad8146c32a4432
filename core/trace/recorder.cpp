#include "recorder.h"

#include "trace.h"

#include <algorithm>
#include <ctime>

namespace sockscope {

Recorder::Recorder() : m_originNs(monotonicNs())
{
    m_pending.reserve(4096);
    m_spare.reserve(4096);
}

std::int64_t Recorder::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

std::uint32_t Recorder::addActor(Actor actor)
{
    std::lock_guard lock(m_mutex);
    actor.id = std::uint32_t(m_actors.size() + 1);
    m_actors.push_back(actor);
    m_dirtyActors.push_back(actor.id);
    return actor.id;
}

void Recorder::updateActor(const Actor &actor)
{
    std::lock_guard lock(m_mutex);
    if (actor.id == 0 || actor.id > m_actors.size())
        return;
    m_actors[actor.id - 1] = actor;
    m_dirtyActors.push_back(actor.id);
}

Actor Recorder::actorSnapshot(std::uint32_t id) const
{
    std::lock_guard lock(m_mutex);
    if (id == 0 || id > m_actors.size())
        return {};
    return m_actors[id - 1];
}

void Recorder::push(const Event &event, QByteArrayView payload)
{
    m_pending.push_back(event);
    if (!payload.isEmpty()) {
        Event &stored = m_pending.back();
        stored.payload = std::uint32_t(m_pendingPayload.size());
        stored.payloadSize = std::uint16_t(std::min<qsizetype>(payload.size(), 0xffff));
        m_pendingPayload.insert(m_pendingPayload.end(), payload.data(),
                                payload.data() + stored.payloadSize);
    } else {
        m_pending.back().payload = kNoPayload;
        m_pending.back().payloadSize = 0;
    }
}

void Recorder::record(Event event, QByteArrayView payload)
{
    if (!isEnabled())
        return;
    std::lock_guard lock(m_mutex);
    event.tNs = now();
    push(event, payload);
    m_recorded.fetch_add(1, std::memory_order_relaxed);
}

void Recorder::recordStamped(const Event &event, QByteArrayView payload)
{
    if (!isEnabled())
        return;
    std::lock_guard lock(m_mutex);
    push(event, payload);
    m_recorded.fetch_add(1, std::memory_order_relaxed);
}

void Recorder::recordFromChild(const ChildRecord &r, std::uint32_t actor)
{
    Event e;
    e.tNs = r.monotonicNs - m_originNs;
    e.actor = actor;
    e.kind = r.kind < kEventKindCount ? EventKind(r.kind) : EventKind::Error;
    e.call = r.call;
    e.fd = r.fd;
    e.newFd = r.newFd;
    e.bytes = r.bytes;
    if (e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap)
        e.status = r.status;
    e.err = r.err;
    e.line = r.line;
    const int previewSize = std::min<int>(r.previewSize, ChildRecord::kPreviewBytes);
    recordStamped(e, QByteArrayView(r.preview, previewSize));
}

qsizetype Recorder::pendingEvents() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_pending.size());
}

qsizetype Recorder::drainInto(Trace &trace)
{
    std::vector<Actor> actors;
    {
        std::lock_guard lock(m_mutex);
        m_spare.swap(m_pending);
        m_sparePayload.swap(m_pendingPayload);
        std::sort(m_dirtyActors.begin(), m_dirtyActors.end());
        m_dirtyActors.erase(std::unique(m_dirtyActors.begin(), m_dirtyActors.end()),
                            m_dirtyActors.end());
        actors.reserve(m_dirtyActors.size());
        for (auto id : m_dirtyActors)
            actors.push_back(m_actors[id - 1]);
        m_dirtyActors.clear();
    }
    for (const auto &a : actors)
        trace.addActor(a);

    // Stamped events (forked children) may be earlier than what was recorded before them;
    // a stable sort restores time order and keeps each actor's order.
    std::stable_sort(m_spare.begin(), m_spare.end(),
                     [](const Event &a, const Event &b) { return a.tNs < b.tNs; });
    for (const auto &e : m_spare) {
        QByteArrayView bytes;
        if (e.payload != kNoPayload)
            bytes = QByteArrayView(m_sparePayload.data() + e.payload, e.payloadSize);
        trace.append(e, bytes);
    }
    const auto moved = qsizetype(m_spare.size());
    m_spare.clear();
    m_sparePayload.clear();
    return moved;
}

} // namespace sockscope
