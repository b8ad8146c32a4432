#include "preparedanalysis.h"

#include "trace/kernelsample.h"

namespace sockscope {

std::shared_ptr<PreparedAnalysis> PreparedAnalysis::prepare(Trace trace)
{
    auto prepared = std::make_shared<PreparedAnalysis>();
    prepared->trace = std::move(trace);
    prepared->timeline.rebuild(prepared->trace);
    prepared->lastStep = lastStepIndex(prepared->trace);
    prepared->replay.setTrace(&prepared->trace);
    prepared->replay.stateAfter(prepared->lastStep);
    return prepared;
}

} // namespace sockscope
