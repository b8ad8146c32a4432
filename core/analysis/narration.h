#pragma once

#include "fdtable.h"

#include <QString>

namespace sockscope {

// One or two plain sentences for one event: what just happened and why, in words a student
// can follow ("accept() returned because the kernel finished the handshake with
// 127.0.0.1:50500 ..."). Written for every event kind under every model; translatable
// (context "Narration"). Network bytes appear escaped (escapeBytes), never as rich text.
//
// `before` is the descriptor tables just before the event (StateReplay::tablesBefore()), so
// that a close() can say what it closed and an accept() which listening socket keeps waiting.
QString narrate(const Trace &trace, qsizetype index, const FdTables &before);

// The same, replaying the tables itself (tests, one-off use; linear in the index).
QString narrate(const Trace &trace, qsizetype index);

} // namespace sockscope
