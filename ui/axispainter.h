#pragma once

#include "timelinepaintcontext.h"

#include <QString>

class QPainter;

namespace sockscope {

// The time axis and what runs across all lanes: grid lines, squeezed idle gaps, the live edge
// and the cursor. Labels on the axis never overlap: the cursor's time comes first, then the
// real length of each squeezed gap, then as many tick labels as fit.
namespace axispainter {

// Grid lines and squeezed gaps under the lanes (clipped to the plot).
void paintGrid(QPainter &p, const TimelinePaintContext &ctx);
// The live edge, the cursor line, a ring around the selected event and, when that event's bar
// had no room for its label, the label beside the ring.
void paintCursor(QPainter &p, const TimelinePaintContext &ctx);
// The axis above the plot and the corner above the lane labels, within `rect`.
void paintAxis(QPainter &p, const TimelinePaintContext &ctx, const QRect &rect);

// "1.80 s", "3.2 ms", "14 µs".
QString durationText(std::int64_t ns);
// The tick spacing for the current zoom.
double tickStep(const TimelinePaintContext &ctx);

} // namespace axispainter
} // namespace sockscope
