#pragma once

#include "analysis/stateattime.h"
#include "analysis/timelinedata.h"
#include "trace/trace.h"

#include <memory>

namespace sockscope {

// What the views compute when a whole trace arrives, computed beside it on the thread that
// read it (a file opened in the background): the timeline's lanes, spans and marks, the
// state replayed up to the last step, with its checkpoints on the way, and the socket lanes
// once more for the state inspector, which keeps its own (it reads them at the cursor). The window
// adopts them instead of computing them again on its own thread, which could not answer input
// meanwhile. Each view takes its part once (moved out); what nobody takes is dropped with the rest.
struct PreparedAnalysis
{
    Trace trace;
    TimelineData timeline;
    bool timelineTaken = false;
    StateReplay replay; // replays `trace`; rebound to the trace's new home when taken
    bool replayTaken = false;
    qsizetype lastStep = -1; // lastStepIndex(trace): where the window puts the cursor
    SocketLaneSet sockets;   // the timeline's socket lanes, copied for the state inspector
    bool socketsTaken = false;

    static std::shared_ptr<PreparedAnalysis> prepare(Trace trace);
};

} // namespace sockscope
