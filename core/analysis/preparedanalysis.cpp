#include "preparedanalysis.h"

#include "trace/besidethread.h"
#include "trace/kernelsample.h"

#include <future>

namespace sockscope {

std::shared_ptr<PreparedAnalysis> PreparedAnalysis::prepare(Trace trace)
{
    auto prepared = std::make_shared<PreparedAnalysis>();
    prepared->trace = std::move(trace);
    prepared->lastStep = lastStepIndex(prepared->trace);
    prepared->replay.setTrace(&prepared->trace);
    // The state at the last step and the timeline each only read the trace: made at once, the
    // state on a second thread (of a million events, it takes some two thirds of the
    // timeline's time).
    // Without a thread to be had (a limit), one after the other here.
    std::future<void> replayed =
        startBeside([p = prepared.get()] { p->replay.stateAfter(p->lastStep); });
    prepared->timeline.rebuild(prepared->trace);
    prepared->timeline.story(prepared->trace); // for the first picture's frame
    prepared->sockets = prepared->timeline.socketLaneSet();
    if (replayed.valid())
        replayed.get();
    else
        prepared->replay.stateAfter(prepared->lastStep);
    return prepared;
}

} // namespace sockscope
