#pragma once

#include "timelinemarkkind.h"
#include "timelinepalette.h"
#include "trace/event.h"

#include <QPointF>

class QPainter;

namespace sockscope {

// Each kind of mark has its own shape and its own colour, so that they can be told apart in
// grey scale and by colour-blind viewers: a diamond for an instant call, a triangle for bytes
// sent, a thin bar for an end (close, exit), a ring for EAGAIN, a cross for an error and a
// hollow square for a call that returned because the user stopped the run.
// True when the call returned because the user stopped the run (the stop wakes a blocked
// accept or recvfrom), not because of anything a client did.
bool isInterruptedByStop(const Event &e);

// The mark of an instant event, or of the end of a blocked call (Error or Stopped; an end
// that succeeded has no mark of its own, the bar ends there).
MarkKind markKindOf(const Event &e);
bool endNeedsMark(const Event &e);

QColor markColor(MarkKind kind, const TimelinePalette &palette);
// Draws the mark centred on `center`, `size` pixels wide (a little taller for some shapes).
void drawMark(QPainter &p, MarkKind kind, QPointF center, double size,
              const TimelinePalette &palette);

} // namespace sockscope
