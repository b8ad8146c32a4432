#pragma once

#include "timelinepaintcontext.h"

#include <QPointF>
#include <QRectF>

class QPainter;

namespace sockscope {

// Arrows between lanes: a spawn or fork from the parent down to the new lane, and a wake-up
// from the client's call to the server call it let return. Only when both lanes are on
// screen; when too many are in view, none (zoom in to see them).
namespace arrowpainter {

void paint(QPainter &p, const TimelinePaintContext &ctx);

// Cuts the line to `rect` (Liang-Barsky); false when nothing of it is inside.
bool clipLine(QPointF &a, QPointF &b, const QRectF &rect);

} // namespace arrowpainter
} // namespace sockscope
