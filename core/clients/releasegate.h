#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_set>
#include <vector>

namespace sockscope {

// Stepping the clients by hand ("you are the scheduler"): a client holds at the gate before
// a step until someone releases it. Holding is not a system call, so nothing is recorded;
// the GUI shows the hold from waiting().
class ReleaseGate
{
public:
    // Called (outside the gate's lock) whenever a client is released or the gate closes, so
    // that an event-loop driver can wake up and look.
    void setWakeUp(std::function<void()> wakeUp);

    void hold(std::uint32_t actor);
    // Blocks until `actor` is released; false when the gate closed first.
    bool waitForRelease(std::uint32_t actor);
    // Non-blocking: true (once) when `actor` was released since it held.
    bool takeRelease(std::uint32_t actor);

    // Holding clients, the one that has waited longest first.
    std::vector<std::uint32_t> waiting() const;
    bool release(std::uint32_t actor);
    bool releaseNext();

    // Wakes every holder; no hold blocks from now on.
    void close();
    bool isClosed() const;

private:
    void notify();

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::uint32_t> m_holding; // in the order they started holding
    std::unordered_set<std::uint32_t> m_released;
    bool m_closed = false;
    std::function<void()> m_wakeUp;
};

} // namespace sockscope
