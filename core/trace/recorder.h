#pragma once

#include "actor.h"
#include "childrecord.h"
#include "event.h"

#include <QByteArray>

#include <atomic>
#include <mutex>
#include <vector>

namespace sockscope {

class Trace;

// Where events go as they happen. Any thread may record; a forked child writes
// ChildRecords to a pipe and the parent hands them to recordFromChild(). Nothing here
// emits a Qt signal: the GUI (or the command line) drains the recorder on a timer.
//
// Recording takes one uncontended mutex and copies a 56-byte record into a vector whose
// capacity is reused between drains, so the hot path does not allocate. The time is taken
// under the lock, so the recording order is the time order and each actor's order holds.
class Recorder
{
public:
    Recorder();
    Recorder(const Recorder &) = delete;
    Recorder &operator=(const Recorder &) = delete;

    static std::int64_t monotonicNs();
    std::int64_t originNs() const { return m_originNs; }
    std::int64_t now() const { return monotonicNs() - m_originNs; }

    std::uint32_t addActor(Actor actor);
    void updateActor(const Actor &actor);
    Actor actorSnapshot(std::uint32_t id) const;

    void record(Event event, QByteArrayView payload = {});
    // Keeps event.tNs: for events whose time was taken elsewhere.
    void recordStamped(const Event &event, QByteArrayView payload = {});
    void recordFromChild(const ChildRecord &record, std::uint32_t actor);

    // Off: record() returns at once (for measuring the cost of recording).
    void setEnabled(bool on) { m_enabled.store(on, std::memory_order_relaxed); }
    bool isEnabled() const { return m_enabled.load(std::memory_order_relaxed); }

    // Moves what was recorded since the last drain into `trace`; returns the number of
    // events moved. Only one consumer drains.
    qsizetype drainInto(Trace &trace);
    qsizetype pendingEvents() const;
    std::int64_t recordedEvents() const { return m_recorded.load(std::memory_order_relaxed); }

private:
    void push(const Event &event, QByteArrayView payload);

    const std::int64_t m_originNs;
    std::atomic<bool> m_enabled{true};
    std::atomic<std::int64_t> m_recorded{0};

    mutable std::mutex m_mutex;
    std::vector<Event> m_pending;
    std::vector<char> m_pendingPayload;
    std::vector<Actor> m_actors; // every actor so far, by id - 1
    std::vector<std::uint32_t> m_dirtyActors;

    // Drained buffers, kept for their capacity.
    std::vector<Event> m_spare;
    std::vector<char> m_sparePayload;
};

} // namespace sockscope
