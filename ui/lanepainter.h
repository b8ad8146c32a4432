#pragma once

#include "timelinepaintcontext.h"

class QPainter;

namespace sockscope {

// One lane at a time: its life line, zombie stretches, bars and marks; and, apart, the label
// column with group headers (cached by the view: it changes only with the layout).
namespace lanepainter {

// Backgrounds, group headers and lane names over the whole `rect`.
void paintLabelColumn(QPainter &p, const TimelinePaintContext &ctx, const QRect &rect);
// Everything of lane `lane` whose top is at viewport y `top`.
void paintLane(QPainter &p, const TimelinePaintContext &ctx, int lane, int top);
// A folded group of `lanes` lanes (TimelineData::waitingIn): at each moment, how many of them
// wait in a call, as the height of one bar in the colour of the call most of them are in; and
// the most that waited at once. Its cost follows the pixels, not the calls.
void paintAggregate(QPainter &p, const TimelinePaintContext &ctx, LaneGroup group, int lanes,
                    int top);

} // namespace lanepainter
} // namespace sockscope
