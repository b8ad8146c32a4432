#pragma once

#include "../trace/trace.h"

#include <cstdint>
#include <optional>

namespace sockscope {

// Where a scenario's story happens: from the first client's connect to the last client's
// close. Start-up (socket, bind, listen) and the stop are outside it. Empty when the trace
// has no client that connected.
struct StorySpan
{
    std::int64_t beginNs = 0;
    std::int64_t endNs = 0;
};
std::optional<StorySpan> findStorySpan(const Trace &trace);

// The story with a margin of `marginFraction` of its length on each side (at least
// `minMarginNs`), not before 0; the whole trace when there is no story.
StorySpan storyView(const Trace &trace, double marginFraction, std::int64_t minMarginNs);

} // namespace sockscope
