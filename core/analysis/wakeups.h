#pragma once

#include "../trace/trace.h"

#include <QHash>

#include <deque>
#include <memory>
#include <vector>

namespace sockscope {

// A client call that let a server call return: connect() -> accept(), send() -> recv() or
// the select/poll/epoll_wait that reported the socket ready, close() -> recv() of 0 bytes.
struct WakeUp
{
    qsizetype from = -1;    // index of the client's event
    qsizetype to = -1;      // index of the server's *_end event
    bool unblocked = false; // the server call was already blocked when the client acted
    // The two events' actors and times, for whoever no longer holds the events (a streamed
    // export).
    std::uint32_t fromActor = 0;
    std::uint32_t toActor = 0;
    std::int64_t fromNs = 0;
    std::int64_t toNs = 0;
};

// Matches client and server by the client's own address (connect_end's "local") and the
// server's view of its connection (accept_end's peer, inherited by forked children), one
// event at a time: what it keeps is per connection and per descriptor (the acts not answered
// yet), never per event, so it can follow a trace that is forgotten as it is read.
class WakeUpMatcher
{
public:
    WakeUpMatcher();
    ~WakeUpMatcher();
    WakeUpMatcher(const WakeUpMatcher &) = delete;
    WakeUpMatcher &operator=(const WakeUpMatcher &) = delete;

    // The event at `index` of the trace, which `trace` holds (its actors, its payload), after
    // every event before it. Wake-ups it completes are appended to `out`.
    void add(const Trace &trace, const Event &event, qsizetype index, std::vector<WakeUp> &out);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Every wake-up of the trace, in the order they complete, in one pass.
std::vector<WakeUp> findWakeUps(const Trace &trace);

} // namespace sockscope
