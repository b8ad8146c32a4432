#pragma once

#include "analysis/folding.h"
#include "analysis/labelplacement.h"
#include "timelinepaintcontext.h"

#include <vector>

class QPainter;

namespace sockscope {

// Blocked calls as bars: the call's label inside the bar when it fits, beside it when the lane
// is free up to the next item, otherwise not at all (the cursor and the tooltip show it);
// never cut. Under the end of a select/poll/epoll bar, one cell per watched descriptor.
namespace spanpainter {

// The bars of `row` between the plot's edges, folded where narrower than a few pixels.
std::vector<FoldedItem> visible(const TimelinePaintContext &ctx, const LaneRow &row);

// Something else in the lane: drawn at `anchorX`, taking room from `leftX` to `rightX` on
// the bar's line; a mark (a call that did not block) or not.
struct Obstacle
{
    double anchorX = 0;
    double leftX = 0;
    double rightX = 0;
    bool mark = false;
};

// `obstacles`, sorted by anchorX: the bars and marks of the lane, so that a label beside a bar
// does not run into the next one. A wait's cells take their room in `strip` (the line under
// the bars), where they go first.
void paint(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top,
           const std::vector<FoldedItem> &items, const std::vector<Obstacle> &obstacles,
           StripOccupancy &strip);

// The end of a blocked call that failed or was stopped: its mark at the bar's end.
void paintEndMarks(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top,
                   const std::vector<FoldedItem> &items);

} // namespace spanpainter
} // namespace sockscope
