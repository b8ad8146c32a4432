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

// What the first picture of a finished run shows: the story, and after it the trace's end
// (the stop) when that comes within `kNearStopFraction` of the story's length; else the story
// alone. The whole trace when there is no story. (The viewer leaves room on both sides for
// the labels of the calls at the edges.)
inline constexpr double kNearStopFraction = 0.25;
StorySpan storyView(const Trace &trace);
// The same from the trace's story, found already (findStorySpan()).
StorySpan storyView(const Trace &trace, const std::optional<StorySpan> &story);

} // namespace sockscope
