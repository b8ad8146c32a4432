#include "recorder.h"

#include "prefetch.h"
#include "stampcounter.h"
#include "trace.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <thread>

#include <linux/membarrier.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sockscope {

namespace {

// The drain's half of the gate between the recording threads and the drain (see recorder.h):
// membarrier(2) makes every running thread of this process pass a full memory barrier, so a
// recording thread's own half needs none. Registered once per process; not under
// ThreadSanitizer, which cannot see the barrier, nor where the kernel lacks it, nor with
// SOCKSCOPE_RECORDER_BARRIER=fence: the recording thread then fences (one atomic exchange).
bool expeditedBarrierUsable()
{
#if defined(__SANITIZE_THREAD__)
#define SOCKSCOPE_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define SOCKSCOPE_UNDER_TSAN 1
#endif
#endif
#ifdef SOCKSCOPE_UNDER_TSAN
    return false;
#else
    static const bool registered = [] {
        const long commands = ::syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
        if (commands < 0 || (commands & MEMBARRIER_CMD_PRIVATE_EXPEDITED) == 0)
            return false;
        return ::syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
    }();
    const char *asked = std::getenv("SOCKSCOPE_RECORDER_BARRIER");
    return registered && !(asked && std::strcmp(asked, "fence") == 0);
#endif
}

// Faults in the whole pages of [begin, begin + bytes) for writing, without writing them.
void populate(void *begin, std::size_t bytes)
{
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14
#endif
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t first = (std::uintptr_t(begin) + page - 1) & ~(page - 1);
    const std::uintptr_t last = (std::uintptr_t(begin) + bytes) & ~(page - 1);
    if (last <= first)
        return;
    // An older kernel says EINVAL: the pages then fault in the loop below.
    madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
    // And one write to each page (unused room: nothing is overwritten). Where the hypervisor
    // maps a guest's page only at its first access (measured on this project's VM: 5.8 us a
    // page after MADV_POPULATE_WRITE had returned), that access happens here, not in a
    // recorded call.
    for (std::uintptr_t at = first; at < last; at += page)
        *reinterpret_cast<volatile char *>(at) = 0;
}

} // namespace

// On lines of its own: two recording threads never write to one line.
struct alignas(64) Recorder::ThreadBuffer
{
    // Set by the owning thread while it records (Recorder::enter/leave); the drain waits for
    // it to be clear before it swaps the vectors out.
    std::atomic<bool> inside{false};
    // Written by the owning thread only (inside the gate), read by recordedEvents(). Beside
    // `inside` and the vectors' ends, on the one line a record writes besides its event's.
    std::atomic<std::int64_t> recorded{0};
    // In memory a fork does not copy (unforkedmemory.h): a forked server's children never
    // record here, and each fork would otherwise write-protect these pages.
    UnforkedVector<Event> events;  // stamped with the clock (recordAtClock, or no counter)
    UnforkedVector<Event> counted; // stamped with the time-stamp counter (record, recordStamped)
    UnforkedVector<char> payload;  // of both
    // Drained contents, swapped out with the gate closed and merged after it opened.
    UnforkedVector<Event> drainedEvents;
    UnforkedVector<Event> drainedCounted;
    UnforkedVector<char> drainedPayload;
};

// A recording thread inside its buffer, from construction to the end of the scope.
class Recorder::Inside
{
public:
    Inside(const Recorder &recorder, ThreadBuffer &buffer) : m_buffer(buffer)
    {
        recorder.enter(buffer);
    }
    ~Inside() { m_buffer.inside.store(false, std::memory_order_release); }
    Inside(const Inside &) = delete;
    Inside &operator=(const Inside &) = delete;

private:
    ThreadBuffer &m_buffer;
};

namespace {

std::atomic<std::uint64_t> g_nextRecorderId{1};

// The buffer this thread last recorded into, and for which recorder. Keyed on the recorder's
// id, not its address, so a new recorder at a freed one's address is not mistaken for it.
struct ThreadCache
{
    std::uint64_t recorderId = 0;
    Recorder::ThreadBuffer *buffer = nullptr;
};
thread_local ThreadCache t_cache;

// The shortest stretch between two clock pairs (about 30 us at 3 GHz): over a shorter one the
// pairs' own uncertainty (a few ns each) would tilt the line too much.
constexpr std::int64_t kMinTicksForSlope = 100000;

// The merge's first room: 2 MiB of events, one huge page (EventStore asks for them from there).
constexpr std::size_t kFirstMergeRoom = 2 * 1024 * 1024 / sizeof(Event);

} // namespace

Recorder::Recorder() : Recorder(monotonicNs()) {}

Recorder::Recorder(std::int64_t originNs)
    : m_id(g_nextRecorderId.fetch_add(1)), m_originNs(originNs), m_counter(stampcounter::usable()),
      m_expeditedBarrier(expeditedBarrierUsable()),
      m_nsPerTickRoughly(m_counter ? stampcounter::roughNsPerTick() : 1.0)
{
    if (m_counter)
        m_lastPair = stampcounter::readPair();
}

std::int64_t Recorder::stampNs(std::int64_t stamp) const
{
    return m_counter ? std::int64_t(double(stamp) * m_nsPerTickRoughly) : stamp;
}

Recorder::~Recorder() = default;

std::int64_t Recorder::monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

inline Recorder::ThreadBuffer &Recorder::bufferOfThisThread()
{
    if (t_cache.recorderId == m_id) [[likely]]
        return *t_cache.buffer;
    return addBufferForThisThread();
}

[[gnu::noinline]] Recorder::ThreadBuffer &Recorder::addBufferForThisThread()
{
    std::lock_guard lock(m_mutex);
    m_buffers.push_back(std::make_unique<ThreadBuffer>());
    m_buffers.back()->events.reserve(1024);
    t_cache = {m_id, m_buffers.back().get()};
    return *t_cache.buffer;
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

// The recording thread's half of the gate: a plain store and a load where the drain passes the
// barrier for it (an atomic exchange, a full barrier, was some 80% of record()'s own time in
// a profile of the asyncio loop); outside again at once, and waiting, while a drain swaps.
inline void Recorder::enter(ThreadBuffer &buffer) const
{
    if (m_expeditedBarrier) [[likely]] {
        buffer.inside.store(true, std::memory_order_relaxed);
        std::atomic_signal_fence(std::memory_order_seq_cst); // as below
        if (!m_draining.load(std::memory_order_seq_cst)) [[likely]]
            return;
        buffer.inside.store(false, std::memory_order_release);
    }
    enterPastADrain(buffer);
}

// enter() without the barrier made by the drain, or with a drain swapping the buffers.
[[gnu::noinline]] void Recorder::enterPastADrain(ThreadBuffer &buffer) const
{
    for (;;) {
        if (m_expeditedBarrier) {
            buffer.inside.store(true, std::memory_order_relaxed);
            // The compiler keeps the store before the load; the processor may not, and the
            // drain's membarrier() makes it (closeGate()).
            std::atomic_signal_fence(std::memory_order_seq_cst);
        } else {
            buffer.inside.exchange(true, std::memory_order_seq_cst);
        }
        if (!m_draining.load(std::memory_order_seq_cst))
            return;
        buffer.inside.store(false, std::memory_order_release);
        while (m_draining.load(std::memory_order_acquire))
            std::this_thread::yield();
    }
}

// After it returns, no thread is inside its buffer nor enters one until openGate(). Either a
// thread's store of `inside` is seen here, or its load of m_draining sees the drain's store:
// the full barrier between them on the recording thread's side is the exchange, or the one
// membarrier() makes every running thread of the process pass (a thread not running passed
// one when it was switched out).
void Recorder::closeGate(const std::vector<ThreadBuffer *> &buffers)
{
    m_draining.store(true, std::memory_order_seq_cst);
    // Cannot fail once registered (expeditedBarrierUsable()).
    if (m_expeditedBarrier)
        ::syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
    for (ThreadBuffer *b : buffers) {
        while (b->inside.load(std::memory_order_seq_cst))
            std::this_thread::yield();
    }
}

void Recorder::openGate()
{
    m_draining.store(false, std::memory_order_release);
}

// Grown here, and its new room made ready at once: the page faults of a growing buffer then
// fall on this one call (about one in a thousand) instead of on one call in every 85, which
// made them the recorder's 99th percentile.
[[gnu::noinline]] void Recorder::grow(UnforkedVector<Event> &events)
{
    events.reserve(std::max<std::size_t>(1024, events.capacity() * 2));
    populate(events.data() + events.size(), (events.capacity() - events.size()) * sizeof(Event));
}

[[gnu::always_inline]] inline Event &Recorder::push(UnforkedVector<Event> &events,
                                                    UnforkedVector<char> &payloadStore,
                                                    const Event &event, QByteArrayView payload)
{
    if (events.size() == events.capacity()) [[unlikely]]
        grow(events);
    events.push_back(event);
    Event &stored = events.back();
    if (!payload.isEmpty()) {
        stored.payload = std::uint32_t(payloadStore.size());
        stored.payloadSize = std::uint16_t(std::min<qsizetype>(payload.size(), 0xffff));
        payloadStore.insert(payloadStore.end(), payload.data(),
                            payload.data() + stored.payloadSize);
    } else {
        stored.payload = kNoPayload;
        stored.payloadSize = 0;
    }
    // The room the next record goes to, asked for now: after a drain swapped the buffers, these
    // lines were last read by the drain on another processor, and the first write to each
    // waited for it to give them up (half of push()'s time in the threaded echo server, perf;
    // without this, asyncio's recorded throughput ratio fell by some 0.03). Records come
    // microseconds apart; the line is here by the next one.
    if (events.size() < events.capacity())
        prefetchRoomForWriting(events.data() + events.size());
    if (payloadStore.size() < payloadStore.capacity())
        prefetchForWriting(payloadStore.data() + payloadStore.size());
    return stored;
}

void Recorder::record(const Event &event, QByteArrayView payload)
{
    if (!isEnabled())
        return;
    ThreadBuffer &buffer = bufferOfThisThread();
    const Inside inside(*this, buffer);
    // Stamped inside the gate: this thread's events are in time order in its buffer, and a
    // drain that read its clock pair after the stamp finds the event there. The stamp goes to
    // the stored event: written into `event` just before it was copied, it was read back wide
    // before that store had landed (a sixth of record()'s samples, perf annotate).
    const std::int64_t stamp = m_counter ? stampcounter::now() : now();
    push(m_counter ? buffer.counted : buffer.events, buffer.payload, event, payload).tNs = stamp;
    buffer.recorded.store(buffer.recorded.load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
}

void Recorder::recordStamped(const Event &event, QByteArrayView payload)
{
    if (!isEnabled())
        return;
    ThreadBuffer &buffer = bufferOfThisThread();
    const Inside inside(*this, buffer);
    push(m_counter ? buffer.counted : buffer.events, buffer.payload, event, payload);
    buffer.recorded.store(buffer.recorded.load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
}

void Recorder::recordAtClock(const Event &event, QByteArrayView payload)
{
    if (!isEnabled())
        return;
    ThreadBuffer &buffer = bufferOfThisThread();
    const Inside inside(*this, buffer);
    push(buffer.events, buffer.payload, event, payload);
    buffer.recorded.store(buffer.recorded.load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
}

void Recorder::recordFromChild(const ChildRecord &record, std::uint32_t actor)
{
    recordFromChild(std::span(&record, 1), actor);
}

void Recorder::recordFromChild(std::span<const ChildRecord> records, std::uint32_t actor)
{
    // Inside the buffer for at most this many records at once: a drain waits for the gate.
    constexpr std::size_t kRecordsInside = 256;
    while (!records.empty() && isEnabled()) {
        const auto part = records.first(std::min(records.size(), kRecordsInside));
        records = records.subspan(part.size());
        ThreadBuffer &buffer = bufferOfThisThread();
        const Inside inside(*this, buffer);
        for (const ChildRecord &r : part) {
            Event e;
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
            e.flags = r.flags;
            const int previewSize = std::min<int>(r.previewSize, ChildRecord::kPreviewBytes);
            const QByteArrayView preview(r.preview, previewSize);
            if (r.clock != ChildRecord::Counter) {
                // As recordAtClock().
                e.tNs = r.stamp - m_originNs;
                push(buffer.events, buffer.payload, e, preview);
            } else {
                // Stamped with the counter: placed at the drain on the stretch it was stamped
                // in, like this process's own calls (as recordStamped()). Only the children of
                // a recorder that stamps with it say so; anything else is stamped as it is
                // taken.
                e.tNs = m_counter ? r.stamp : now();
                push(m_counter ? buffer.counted : buffer.events, buffer.payload, e, preview);
            }
        }
        buffer.recorded.store(buffer.recorded.load(std::memory_order_relaxed) +
                                  std::int64_t(part.size()),
                              std::memory_order_relaxed);
    }
}

std::int64_t Recorder::recordedEvents() const
{
    std::lock_guard lock(m_mutex);
    std::int64_t recorded = 0;
    for (const auto &buffer : m_buffers)
        recorded += buffer->recorded.load(std::memory_order_relaxed);
    return recorded;
}

qsizetype Recorder::pendingEvents() const
{
    std::lock_guard drainLock(m_drainMutex);
    const std::int64_t inBuffers = std::max<std::int64_t>(recordedEvents() - m_takenFromBuffers, 0);
    return qsizetype(m_carried.size() + m_carriedCounted.size()) + qsizetype(inBuffers);
}

qsizetype Recorder::drainInto(Trace &trace)
{
    std::lock_guard drainLock(m_drainMutex);
    std::vector<Actor> actors;
    std::vector<ThreadBuffer *> buffers;
    {
        std::lock_guard lock(m_mutex);
        std::sort(m_dirtyActors.begin(), m_dirtyActors.end());
        m_dirtyActors.erase(std::unique(m_dirtyActors.begin(), m_dirtyActors.end()),
                            m_dirtyActors.end());
        actors.reserve(m_dirtyActors.size());
        for (auto id : m_dirtyActors)
            actors.push_back(m_actors[id - 1]);
        m_dirtyActors.clear();
        for (const auto &b : m_buffers)
            buffers.push_back(b.get());
    }
    // Actors first: an event never arrives before the actor it names.
    for (const auto &a : actors)
        trace.addActor(a);

    // Everything stamped up to now is in a buffer already (stamping and pushing happen
    // under the buffer's lock); what gets stamped while we swap is carried to the next drain.
    ClockPair pair = m_counter ? stampcounter::readPair() : ClockPair{0, monotonicNs()};
    // Two drains in a row: wait (at most some 30 us) for a stretch long enough to measure.
    while (m_counter && pair.counter - m_lastPair.counter < kMinTicksForSlope)
        pair = stampcounter::readPair();
    const std::int64_t cutoff = pair.monotonicNs - m_originNs;
    const double nsPerTick = m_counter ? double(pair.monotonicNs - m_lastPair.monotonicNs) /
                                             double(pair.counter - m_lastPair.counter)
                                       : 0.0;
    // Copied, not swapped: the merge vectors keep their capacity from drain to drain (a swap
    // gave them the carried vectors' little room, and the next drains faulted fresh pages in
    // again as they grew it).
    if (m_merged.capacity() == 0)
        m_merged.reserve(kFirstMergeRoom);
    m_merged.clear();
    m_merged.append(m_carried.data(), m_carried.data() + m_carried.size());
    m_mergedPayload.assign(m_carriedPayload.begin(), m_carriedPayload.end());
    m_runStarts.assign(1, 0); // what was carried: in time order already
    m_carried.clear();
    m_carriedPayload.clear();
    m_takingCounted.swap(m_carriedCounted);
    m_takingCountedPayload.swap(m_carriedCountedPayload);
    take({}, m_takingCounted, m_takingCountedPayload, pair, nsPerTick);
    m_takingCounted.clear();
    m_takingCountedPayload.clear();
    // The buffers are swapped out with the gate closed (a moment each); the merge runs after.
    closeGate(buffers);
    for (ThreadBuffer *b : buffers) {
        b->drainedEvents.swap(b->events);
        b->drainedCounted.swap(b->counted);
        b->drainedPayload.swap(b->payload);
    }
    openGate();
    for (ThreadBuffer *b : buffers) {
        m_takenFromBuffers += std::int64_t(b->drainedEvents.size() + b->drainedCounted.size());
        take(b->drainedEvents, b->drainedCounted, b->drainedPayload, pair, nsPerTick);
        b->drainedEvents.clear();
        b->drainedCounted.clear();
        b->drainedPayload.clear();
    }
    if (m_counter) {
        if (m_pastPairs.size() == kPairsKept)
            m_pastPairs.erase(m_pastPairs.begin());
        m_pastPairs.push_back(m_lastPair);
        m_lastPair = pair;
    }
    sortMerged();
    const auto released =
        std::upper_bound(m_merged.begin(), m_merged.end(), cutoff,
                         [](std::int64_t t, const Event &e) { return t < e.tNs; });
    for (auto it = m_merged.begin(); it != released; ++it) {
        QByteArrayView bytes;
        if (it->payload != kNoPayload)
            bytes = QByteArrayView(m_mergedPayload.data() + it->payload, it->payloadSize);
        trace.append(*it, bytes);
    }
    const auto moved = qsizetype(released - m_merged.begin());
    for (auto it = released; it != m_merged.end(); ++it) {
        Event e = *it;
        if (e.payload != kNoPayload) {
            const auto begin = m_mergedPayload.begin() + e.payload;
            e.payload = std::uint32_t(m_carriedPayload.size());
            m_carriedPayload.insert(m_carriedPayload.end(), begin, begin + e.payloadSize);
        }
        m_carried.push_back(e);
    }
    m_merged.clear();
    m_mergedPayload.clear();
    return moved;
}

std::int64_t Recorder::counterToNs(std::int64_t ticks, double nsPerTick) const
{
    // On the line from the last pair to this drain's; stamped before the last pair (a call
    // stamped before a drain and recorded after it), on the line of the stretch it was stamped
    // in, the one its neighbours in time were placed on: the lines meet at the pairs, so a
    // thread's order is kept. (Drawing the last stretch's line back instead placed such a call
    // before the one its thread recorded just ahead of it, where the two stretches' rates
    // differed.)
    double ns;
    if (ticks >= m_lastPair.counter || m_pastPairs.empty()) {
        ns = double(m_lastPair.monotonicNs) + double(ticks - m_lastPair.counter) * nsPerTick;
    } else {
        const auto after =
            std::upper_bound(m_pastPairs.begin(), m_pastPairs.end(), ticks,
                             [](std::int64_t t, const ClockPair &p) { return t < p.counter; });
        // Before every kept pair: the oldest stretch, drawn back.
        const auto from = after == m_pastPairs.begin() ? after : after - 1;
        const ClockPair &to = from + 1 == m_pastPairs.end() ? m_lastPair : *(from + 1);
        const double perTick =
            double(to.monotonicNs - from->monotonicNs) / double(to.counter - from->counter);
        ns = double(from->monotonicNs) + double(ticks - from->counter) * perTick;
    }
    // Rounded to the nearest nanosecond (ns is a clock reading: positive), without a call into
    // libm for every event drained.
    return std::max<std::int64_t>(std::int64_t(ns + 0.5) - m_originNs, 0);
}

void Recorder::take(const UnforkedVector<Event> &events, const UnforkedVector<Event> &counted,
                    const UnforkedVector<char> &payload, const ClockPair &upTo, double nsPerTick)
{
    const auto payloadBase = std::uint32_t(m_mergedPayload.size());
    m_mergedPayload.insert(m_mergedPayload.end(), payload.begin(), payload.end());
    m_runStarts.push_back(m_merged.size());
    for (Event e : events) {
        if (e.payload != kNoPayload)
            e.payload += payloadBase;
        m_merged.push_back(e);
    }
    m_runStarts.push_back(m_merged.size());
    for (Event e : counted) {
        if (e.tNs > upTo.counter) {
            // After the pair: on the next stretch of the line, at the next drain.
            if (e.payload != kNoPayload) {
                const auto begin = payload.begin() + e.payload;
                e.payload = std::uint32_t(m_carriedCountedPayload.size());
                m_carriedCountedPayload.insert(m_carriedCountedPayload.end(), begin,
                                               begin + e.payloadSize);
            }
            m_carriedCounted.push_back(e);
            continue;
        }
        e.tNs = counterToNs(e.tNs, nsPerTick);
        if (e.payload != kNoPayload)
            e.payload += payloadBase;
        m_merged.push_back(e);
    }
}

// The buffers were appended one after another, each in its thread's order: merged by time
// (a stable merge, so events at the same time keep the order they were appended in, and
// every actor's order holds). A run out of order is cut where its time goes back: a record
// stamped before its call, behind a later one; or the forked children's records, which one
// thread takes ring by ring, each ring's in order (a full stable sort of those allocated its
// buffer at every drain). The runs are then merged all at once, into a scratch store that keeps
// its room: the next event is the earliest of the runs' heads, kept in a heap (ties to the run
// appended first). Each event is copied once; merging pairs of runs level by level copied it
// once a level (some two dozen runs a drain with a forking server under load: 61 ns an event).
void Recorder::sortMerged()
{
    std::vector<std::size_t> &starts = m_runStarts;
    starts.push_back(m_merged.size());
    m_cutStarts.clear();
    for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
        m_cutStarts.push_back(starts[i]);
        for (std::size_t k = starts[i] + 1; k < starts[i + 1]; ++k) {
            if (m_merged[k].tNs < m_merged[k - 1].tNs)
                m_cutStarts.push_back(k);
        }
    }
    m_cutStarts.push_back(m_merged.size());
    starts.swap(m_cutStarts);
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end()); // empty runs
    if (starts.size() > 2) {
        // Run r is [starts[r], starts[r + 1]); its head is where m_cutStarts[r] points.
        const std::size_t runs = starts.size() - 1;
        m_cutStarts.assign(starts.begin(), starts.end() - 1);
        m_heads.clear();
        for (std::size_t r = 0; r < runs; ++r)
            m_heads.push_back({m_merged[starts[r]].tNs, std::uint32_t(r)});
        // A heap with the earliest head on top: the earlier event, or at the same time the run
        // appended first. The top's run gives its event, and its next one takes its place and
        // sinks to where it belongs (no pop and push: one walk down).
        const auto before = [](const RunHead &a, const RunHead &b) {
            return a.tNs != b.tNs ? a.tNs < b.tNs : a.run < b.run;
        };
        std::make_heap(m_heads.begin(), m_heads.end(),
                       [&](const RunHead &a, const RunHead &b) { return before(b, a); });
        m_scratch.clear();
        m_scratch.reserve(m_merged.capacity());
        const Event *events = m_merged.begin();
        std::size_t size = m_heads.size();
        RunHead *heap = m_heads.data();
        while (size > 0) {
            std::size_t &next = m_cutStarts[heap[0].run];
            m_scratch.push_back(events[next]);
            if (++next < starts[heap[0].run + 1])
                heap[0].tNs = events[next].tNs;
            else
                heap[0] = heap[--size];
            // Sift the top down.
            std::size_t at = 0;
            const RunHead moving = heap[0];
            for (;;) {
                std::size_t child = 2 * at + 1;
                if (child >= size)
                    break;
                if (child + 1 < size && before(heap[child + 1], heap[child]))
                    ++child;
                if (!before(heap[child], moving))
                    break;
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = moving;
        }
        m_merged.swap(m_scratch);
    }
    starts.clear();
}

} // namespace sockscope
