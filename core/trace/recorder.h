#pragma once

#include "actor.h"
#include "childrecord.h"
#include "event.h"
#include "eventstore.h"
#include "stampcounter.h"
#include "unforkedmemory.h"

#include <QByteArray>

#include <atomic>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace sockscope {

class Trace;

// Where events go as they happen. Any thread may record; a forked child writes
// ChildRecords to a pipe and the parent hands them to recordFromChild(). Nothing here
// emits a Qt signal: the GUI (or the command line) drains the recorder on a timer.
//
// Each recording thread appends to a buffer of its own (Tracy-style), so server threads never
// wait for each other to record; the vector's capacity is reused between drains, so the hot
// path does not allocate. Between a thread and the drain is a gate, not a lock: the thread says
// it is inside its buffer with a plain store and checks that no drain is swapping with a plain
// load, and the drain, which closes the gate some thirty times a second, makes the memory
// barrier both sides need on every thread at once with membarrier(2) (an asymmetric Dekker
// gate, as in folly's hazard pointers and liburcu). The drain merges the buffers by time: every
// actor is one thread, so each actor's own order holds.
//
// record() stamps with the processor's time-stamp counter where it runs at one rate and tells
// the same time on every processor (stampcounter::usable(): clocksource "tsc", or "kvm-clock"
// with the counters measured to agree): reading it costs 10 ns here against clock_gettime()'s
// 25 ns, which made recording cost asyncio's loop some 3 points of its echo throughput. The drain
// turns those stamps into CLOCK_MONOTONIC nanoseconds by a straight line between two (counter,
// clock) pairs, one read at the drain before and one at this drain: exact at both, and in order.
// SOCKSCOPE_RECORDER_CLOCK=monotonic stamps with the clock instead (as where the counter is not
// usable). A thread's events are all stamped the same way (record(), or stamp() for
// recordStamped()), so its order never rests on how well the line matches the clock; a forked
// child stamps with the same counter (ChildRecord::Counter), and only a watched program's
// records carry clock time (recordAtClock()).
class Recorder
{
public:
    Recorder();
    // A recorder whose clock began at `originNs` (CLOCK_MONOTONIC), for replaying a stretch
    // of an earlier trace through it (the live-drain benchmark).
    explicit Recorder(std::int64_t originNs);
    ~Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    static std::int64_t monotonicNs();
    std::int64_t originNs() const { return m_originNs; }
    std::int64_t now() const { return monotonicNs() - m_originNs; }

    std::uint32_t addActor(Actor actor);
    void updateActor(const Actor &actor);
    Actor actorSnapshot(std::uint32_t id) const;

    void record(const Event &event, QByteArrayView payload = {});
    // A time taken now, for an event recorded later with recordStamped() (a call stamped
    // before it is made): the counter where record() stamps with it, else now().
    // Inline: the recorded calls stamp with it (recordStamped()).
    std::int64_t stamp() const { return m_counter ? stampcounter::now() : now(); }
    // stamp()'s units in nanoseconds, for budgets that count only differences (the counter's
    // rate is measured once per process, to a part in a thousand or so).
    std::int64_t stampNs(std::int64_t stamp) const;
    // Keeps event.tNs, a stamp() taken earlier by this thread.
    void recordStamped(const Event &event, QByteArrayView payload = {});
    // Keeps event.tNs, clock time since the origin taken elsewhere (a watched program's).
    void recordAtClock(const Event &event, QByteArrayView payload = {});
    // A forked child's record, stamped with CLOCK_MONOTONIC or with the counter (a child of a
    // process whose recorder stamps with it: the same counter, placed on the same lines).
    void recordFromChild(const ChildRecord &record, std::uint32_t actor);
    // The same for several records of one actor (a run of its ring), entering its buffer once
    // for every few hundred records instead of once each.
    void recordFromChild(std::span<const ChildRecord> records, std::uint32_t actor);

    // Whether record() stamps with the time-stamp counter (see above), and the counter's rate
    // roughly (nanoseconds a tick; 0 where record() stamps with the clock).
    bool stampsWithCounter() const { return m_counter; }
    double counterNsPerTick() const { return m_counter ? m_nsPerTickRoughly : 0.0; }

    // Whether the drain makes the gate's barrier for the recording threads (membarrier(2); see
    // above), or each recorded call makes its own (an atomic exchange).
    bool drainMakesTheBarrier() const { return m_expeditedBarrier; }

    // Off: record() returns at once (for measuring the cost of recording).
    void setEnabled(bool on) { m_enabled.store(on, std::memory_order_relaxed); }
    bool isEnabled() const { return m_enabled.load(std::memory_order_relaxed); }

    // Moves what was recorded since the last drain into `trace`, in time order; returns the
    // number of events moved. Only one consumer drains.
    qsizetype drainInto(Trace &trace);
    qsizetype pendingEvents() const;
    std::int64_t recordedEvents() const;

    struct ThreadBuffer; // one per recording thread, owned here

private:
    // The hot path of every recorded call is inline in recorder.cpp (a cached buffer, an open
    // gate, room in the buffer); what is rare is out of line.
    ThreadBuffer &bufferOfThisThread();
    ThreadBuffer &addBufferForThisThread();
    void enter(ThreadBuffer &buffer) const;
    void enterPastADrain(ThreadBuffer &buffer) const;
    class Inside; // enter() to the end of a scope
    void closeGate(const std::vector<ThreadBuffer *> &buffers);
    void openGate();
    // Appends `event` and its payload; returns the stored event.
    static Event &push(UnforkedVector<Event> &events, UnforkedVector<char> &payloadStore,
                       const Event &event, QByteArrayView payload);
    static void grow(UnforkedVector<Event> &events);
    using ClockPair = stampcounter::ClockPair; // a (counter, clock) pair read together
    // Clock time since the origin of a counter stamp, during a drain whose stretch from the
    // last pair has `nsPerTick`.
    std::int64_t counterToNs(std::int64_t ticks, double nsPerTick) const;
    // Merges a drained buffer into m_merged: events stamped with the clock as they are, those
    // stamped with the counter turned into clock time when at or before `upTo`, else carried
    // to the next drain as they are.
    void take(const UnforkedVector<Event> &events, const UnforkedVector<Event> &counted,
              const UnforkedVector<char> &payload, const ClockPair &upTo, double nsPerTick);
    void sortMerged(); // m_merged in time order, its runs merged

    // Read by every recorded call: these share no cache line with anything that is written
    // while recording (a counter here, bumped by every thread, cost the threaded server 1.5%
    // of its throughput in the overhead benchmark: each check of m_enabled missed the cache).
    const std::uint64_t m_id; // never reused, unlike an address: a thread's cache keys on it
    const std::int64_t m_originNs;
    const bool m_counter;          // record() stamps with the time-stamp counter
    const bool m_expeditedBarrier; // the drain makes the gate's barrier (membarrier)
    std::atomic<bool> m_enabled{true};
    // Set while a drain swaps the buffers (closeGate): written some thirty times a second, so
    // each recording thread misses this line once a drain.
    std::atomic<bool> m_draining{false};

    alignas(64) mutable std::mutex m_mutex; // actors and the list of buffers
    std::vector<std::unique_ptr<ThreadBuffer>> m_buffers;
    std::vector<Actor> m_actors; // every actor so far, by id - 1
    std::vector<std::uint32_t> m_dirtyActors;

    mutable std::mutex m_drainMutex;     // one drain at a time; guards the merge and carry
    std::int64_t m_takenFromBuffers = 0; // events the drains swapped out of the buffers
    // Drained events, kept for their room; like m_scratch, an EventStore: huge pages from the
    // first drain (a page fault each 2 MiB instead of each 4 KiB, measured some 1,500 faults in
    // a recorded second of the threaded echo server as these two grew).
    EventStore m_merged;
    UnforkedVector<char> m_mergedPayload;
    std::vector<std::size_t> m_runStarts; // where each run of m_merged begins
    std::vector<std::size_t> m_cutStarts; // the same, cut where a run's time goes back
    EventStore m_scratch;                 // for merging runs, kept for its room
    struct RunHead
    {
        std::int64_t tNs = 0;  // the time of the run's next event
        std::uint32_t run = 0; // the run's place in m_merged
    };
    std::vector<RunHead> m_heads; // the runs being merged, as a heap (sortMerged)
    // Swapped out but stamped after the drain began: released by the next drain, so that
    // each drain hands over a closed stretch of time and nothing lands in the past.
    UnforkedVector<Event> m_carried;
    UnforkedVector<char> m_carriedPayload;
    // Stamped with the counter after the drain's pair was read: turned into clock time by the
    // next drain, on the next stretch of the line.
    UnforkedVector<Event> m_carriedCounted;
    UnforkedVector<char> m_carriedCountedPayload;
    // What the last drain carried, swapped in at this one and merged from: kept with its room
    // (a vector made and dropped at each drain gave its pages back with munmap() each time,
    // and every munmap() in a threaded process flushes the other processors' TLBs).
    UnforkedVector<Event> m_takingCounted;
    UnforkedVector<char> m_takingCountedPayload;
    const double m_nsPerTickRoughly; // for stampNs()
    ClockPair m_lastPair;            // read at the last drain (or at the start)
    // The pairs read before it, at most kPairsKept, oldest first: a call stamped before the last
    // drain and recorded after it (close() during a drain) is placed on the line of the stretch
    // it was stamped in, as the calls stamped beside it were (the lines meet at the pairs, so a
    // thread's order is kept), then inserted at its time by Trace::append. One stamped before
    // all of them goes on the oldest stretch's line drawn back.
    static constexpr std::size_t kPairsKept = 8;
    std::vector<ClockPair> m_pastPairs;
};

} // namespace sockscope
