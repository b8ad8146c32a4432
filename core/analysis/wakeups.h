#pragma once

#include "../trace/trace.h"

#include <vector>

namespace sockscope {

// A client call that let a server call return: connect() -> accept(), send() -> recv() or
// the select/poll/epoll_wait that reported the socket ready, close() -> recv() of 0 bytes.
struct WakeUp
{
    qsizetype from = -1;    // index of the client's event
    qsizetype to = -1;      // index of the server's *_end event
    bool unblocked = false; // the server call was already blocked when the client acted
};

// Matches client and server by the client's own address (connect_end's "local") and the
// server's view of its connection (accept_end's peer, inherited by forked children).
// Runs in one pass over the trace.
std::vector<WakeUp> findWakeUps(const Trace &trace);

} // namespace sockscope
