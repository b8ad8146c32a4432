#pragma once

#include "analysis/folding.h"
#include "analysis/labelplacement.h"
#include "timelinepaintcontext.h"

#include <QString>

#include <vector>

class QPainter;

namespace sockscope {

// Calls that did not block, as marks on their lane (timelinemarks.h), with a short label under
// them where there is room up to the next mark and on the strip under the bars (`strip`: a
// wait's cells are there first); marks closer than a few pixels fold into one block that says
// how many it holds.
namespace markpainter {

std::vector<FoldedItem> visible(const TimelinePaintContext &ctx, const LaneRow &row);
void paint(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top,
           const std::vector<FoldedItem> &items, StripOccupancy &strip);
// "close(fd 8)", "send 12 B", "EAGAIN" ...
QString instantLabel(const Event &e);

} // namespace markpainter
} // namespace sockscope
