#pragma once

#include "childrecord.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>

namespace sockscope {

// Shared-memory rings through which forked children hand their records to the parent without
// a system call each (a write() to the report pipe per record cost the forking server about a
// fifth of its echo throughput). The mapping is made before the children are forked and is
// shared with each of them (MAP_SHARED): the parent claims a free ring for each child before it
// forks it, the child appends to it; the parent reads every claimed ring, and frees a child's
// ring once the child has exited and its last record is read. A record that does not fit (the ring
// full, no ring free) goes to the pipe as before: nothing is lost, and the recorder puts records in
// time order whichever way they came.
//
// What a child does here is async-signal-safe: plain stores and lock-free atomics on shared
// memory (address-free, so they work across processes), no malloc, no locks.
struct ChildRing
{
    static constexpr std::uint32_t kRecords = 1024; // a power of two

    std::atomic<std::int32_t> claimed{0}; // 1: a child's (or about to be); 0: free
    std::atomic<std::uint32_t> head{0};   // records written, by the child
    // The parent's tail as the child last read it (the child's alone): the child reads `tail`,
    // a line the parent writes, only when this says the ring is full.
    std::atomic<std::uint32_t> tailSeen{0};
    alignas(64) std::atomic<std::uint32_t> tail{0}; // records read, by the parent
    alignas(64) ChildRecord records[kRecords];
};

static_assert(std::atomic<std::int32_t>::is_always_lock_free &&
                  std::atomic<std::uint32_t>::is_always_lock_free,
              "the rings are shared between processes: their atomics must not need a lock");

class ChildRings
{
public:
    static constexpr int kRings = 64;

    ChildRings() = default;
    ~ChildRings(); // unmaps
    ChildRings(const ChildRings &) = delete;
    ChildRings &operator=(const ChildRings &) = delete;

    // Maps the rings (before the first fork). False when the kernel would not: children then
    // report through the pipe only.
    bool create();
    bool isOpen() const { return m_rings != nullptr; }

    // In the parent, before a fork: a free ring for the child, or nullptr (none free, or no
    // rings).
    ChildRing *claim();

    // In the parent, one reader at a time: hands every record the children have written
    // since the last call to `take`, ring by ring, each ring's in its order; returns how many.
    std::size_t read(const std::function<void(const ChildRecord &)> &take);
    // The same, handing each ring's new records as one or two runs (two where they wrap).
    std::size_t readRuns(const std::function<void(std::span<const ChildRecord>)> &take);
    // In the parent, after the ring's child has exited (or was never forked) and read() has
    // taken its last records: free for the next child. Not during a read().
    void release(ChildRing *ring);

private:
    ChildRing *m_rings = nullptr;
};

// In a child: the room for the ring's next record, or nullptr when the ring is full or there is
// none. The room holds an older record: the caller sets every field, then publishInRing().
// Filled in place, a record is not built on the stack and copied (read back wide before its
// narrow stores had landed: most of a ring append's time, perf annotate). Async-signal-safe.
ChildRecord *roomInRing(ChildRing *ring);
// Hands the record filled in roomInRing()'s room to the parent. Async-signal-safe.
void publishInRing(ChildRing *ring);
// Appends `record` to `ring` if it has room (async-signal-safe). False when full or null.
bool appendToRing(ChildRing *ring, const ChildRecord &record);
// In a child: `fill(record)` sets every field of a record in the ring's room and hands it to the
// parent, or, when the ring is full or there is none, of one on the stack written to the pipe in
// one write(). Async-signal-safe if `fill` is. False if the record was lost (the pipe failed).
template <typename Fill> bool reportFromChild(ChildRing *ring, int pipeFd, const Fill &fill)
{
    if (ChildRecord *room = roomInRing(ring)) {
        fill(*room);
        publishInRing(ring);
        return true;
    }
    ChildRecord record;
    fill(record);
    return writeChildRecord(pipeFd, record);
}
// The same for `record` with its time, pid and preview filled in (fillChildRecord).
bool reportFromChild(ChildRing *ring, int pipeFd, const ChildRecord &record,
                     const char *data = nullptr, int dataSize = 0);

} // namespace sockscope
