#pragma once

#include "fdtable.h"

#include <QString>

namespace sockscope {

// The narration of a kernel sample (tcp_state, queues) in the words of the run, every figure
// marked as sampled: "The server's connection to client 2 (fd 9) is in CLOSE_WAIT (sampled):
// the peer has closed, this process has not.", "2 connections wait in the accept queue of
// fd 3 (backlog 1 + 1, sampled): it is full. Since the previous sample the kernel dropped 1
// more connection request; still in connect(): client 4.", "fd 9 holds 12 unread bytes
// (sampled) ...". Who holds the socket comes from the descriptor tables just before the
// sample (`before`), matched by both ends; a descriptor the sample names but the tables have
// closed by then is named by the accept() or connect() that made it, "already closed"; one the
// tables do not have yet, by the accept() recorded after the sample that returns it; a
// socket no descriptor holds (in the accept queue) is named by its addresses. Context
// "Narration".
QString narrateSample(const Trace &trace, qsizetype index, const FdTables &before);

} // namespace sockscope
