#pragma once

#include "analysis/timelinedata.h"
#include "timelinegeometry.h"

#include <QFontMetricsF>

#include <cstdint>

namespace sockscope {

// The first picture of a finished run: the story (storyView()) and, in pixels, the room to
// leave on either side of it so that the calls at its edges carry their labels. On the left,
// a call that began before the story (the server waiting for its first client) shows its
// label inside the part of it in view; on the right, the calls the stop ended show theirs
// beside them, past their end marks, or, when the picture ends before the stop, inside the
// part of them in view.
struct StoryFrame
{
    std::int64_t beginNs = 0;
    std::int64_t endNs = 0;
    double leftRoomPx = 0;
    double rightRoomPx = 0;
};

// `story` is the trace's (findStorySpan(), or TimelineData::story()); `callFont` measures bar
// labels (the painters' call font); each room is at most a quarter of `plotWidth`.
StoryFrame storyFrame(const Trace &trace, const std::optional<StorySpan> &story,
                      const TimelineData &data, const TimelineMetrics &m,
                      const QFontMetricsF &callFont, double plotWidth);

} // namespace sockscope
