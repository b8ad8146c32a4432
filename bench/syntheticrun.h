#pragma once

#include "trace/recorder.h"
#include "trace/trace.h"

namespace sockscope::bench {

// Records `events` events shaped like a thread-per-client echo run (accept, spawn, recv with
// a preview, send, close, and the client's side) into `recorder`, draining into `trace`
// every few thousand events as the GUI would. For budgets that concern the trace itself.
void recordEchoLikeRun(Recorder &recorder, Trace &trace, qsizetype events);

} // namespace sockscope::bench
