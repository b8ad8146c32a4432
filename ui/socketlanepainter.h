#pragma once

#include "timelinepaintcontext.h"

class QPainter;

namespace sockscope {

// A socket lane ("what the kernel holds"): the socket's TCP states as a bar coloured and named
// by state, and below it its queues as fill levels against their limits (the accept queue of
// a listener with the connections the kernel dropped; the receive and send queues of a
// connection). Culled by binary search like the other painters; states narrower than a few
// pixels fold into one grey block; names and figures only where they fit whole.
namespace socketlanepainter {

// Where the parts of a socket lane are, relative to its top.
struct Bands
{
    double stateTop, stateHeight, gaugeTop, gaugeHeight;
};
Bands bands(const TimelineMetrics &m);

// Everything of socket lane `socket` whose top is at viewport y `top`.
void paint(QPainter &p, const TimelinePaintContext &ctx, int socket, int top);
// In the row of the kernel's part when it has no socket lane: why (whyNoSocketLanes).
void paintNote(QPainter &p, const TimelinePaintContext &ctx, int top, int height);
// The label column's text for a socket lane.
void paintLabel(QPainter &p, const TimelinePaintContext &ctx, int socket, const QRect &label);

} // namespace socketlanepainter
} // namespace sockscope
