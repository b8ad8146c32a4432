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
// A folded group of lanes: at each moment, how many of them wait in a call, as the height of
// one bar in the colour of the call they wait in most; and the most that waited at once.
void paintAggregate(QPainter &p, const TimelinePaintContext &ctx, const std::vector<int> &lanes,
                    int top);

} // namespace lanepainter
} // namespace sockscope
