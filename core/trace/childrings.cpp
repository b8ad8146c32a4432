#include "childrings.h"

#include "prefetch.h"

#include <sys/mman.h>

#include <algorithm>

namespace sockscope {

ChildRings::~ChildRings()
{
    if (m_rings)
        ::munmap(m_rings, sizeof(ChildRing) * kRings);
}

bool ChildRings::create()
{
    if (m_rings)
        return true;
    // Zero-filled by the kernel: every ring free and empty. Pages are touched as rings are
    // used (a lesson's few children use a few).
    void *p = ::mmap(nullptr, sizeof(ChildRing) * kRings, PROT_READ | PROT_WRITE,
                     MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return false;
    m_rings = static_cast<ChildRing *>(p);
    return true;
}

ChildRing *ChildRings::claim()
{
    if (!m_rings)
        return nullptr;
    for (int k = 0; k < kRings; ++k) {
        ChildRing &ring = m_rings[k];
        if (ring.claimed.load(std::memory_order_acquire) == 0) {
            ring.claimed.store(1, std::memory_order_release);
            return &ring;
        }
    }
    return nullptr;
}

std::size_t ChildRings::read(const std::function<void(const ChildRecord &)> &take)
{
    return readRuns([&](std::span<const ChildRecord> run) {
        for (const ChildRecord &record : run)
            take(record);
    });
}

std::size_t ChildRings::readRuns(const std::function<void(std::span<const ChildRecord>)> &take)
{
    if (!m_rings)
        return 0;
    std::size_t taken = 0;
    for (int k = 0; k < kRings; ++k) {
        ChildRing &ring = m_rings[k];
        if (ring.claimed.load(std::memory_order_acquire) == 0)
            continue;
        const std::uint32_t head = ring.head.load(std::memory_order_acquire);
        std::uint32_t tail = ring.tail.load(std::memory_order_relaxed);
        while (tail != head) {
            const std::uint32_t at = tail & (ChildRing::kRecords - 1);
            const std::uint32_t run = std::min(head - tail, ChildRing::kRecords - at);
            take(std::span<const ChildRecord>(ring.records + at, run));
            tail += run;
            taken += run;
        }
        ring.tail.store(tail, std::memory_order_release);
    }
    return taken;
}

void ChildRings::release(ChildRing *ring)
{
    if (!ring)
        return;
    // Its child has exited: nobody writes here any more.
    ring->head.store(0, std::memory_order_relaxed);
    ring->tail.store(0, std::memory_order_relaxed);
    ring->tailSeen.store(0, std::memory_order_relaxed);
    ring->claimed.store(0, std::memory_order_release);
}

bool reportFromChild(ChildRing *ring, int pipeFd, const ChildRecord &record, const char *data,
                     int dataSize)
{
    return reportFromChild(ring, pipeFd, [&](ChildRecord &r) {
        r = record;
        fillChildRecord(r, data, dataSize);
    });
}

ChildRecord *roomInRing(ChildRing *ring)
{
    if (!ring)
        return nullptr;
    const std::uint32_t head = ring->head.load(std::memory_order_relaxed);
    if (head - ring->tailSeen.load(std::memory_order_relaxed) >= ChildRing::kRecords) {
        // Acquire: the parent's reads of the records it has passed happened before.
        ring->tailSeen.store(ring->tail.load(std::memory_order_acquire), std::memory_order_relaxed);
        if (head - ring->tailSeen.load(std::memory_order_relaxed) >= ChildRing::kRecords)
            return nullptr;
    }
    return &ring->records[head & (ChildRing::kRecords - 1)];
}

void publishInRing(ChildRing *ring)
{
    const std::uint32_t head = ring->head.load(std::memory_order_relaxed) + 1;
    ring->head.store(head, std::memory_order_release);
    // The next record's room, asked for now (as the recorder's own buffers are): its lines were
    // last read by the parent on another processor.
    prefetchRoomForWriting(&ring->records[head & (ChildRing::kRecords - 1)]);
}

bool appendToRing(ChildRing *ring, const ChildRecord &record)
{
    ChildRecord *room = roomInRing(ring);
    if (!room)
        return false;
    *room = record;
    publishInRing(ring);
    return true;
}

} // namespace sockscope
