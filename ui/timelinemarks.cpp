#include "timelinemarks.h"

#include <QPainter>
#include <QPainterPath>

namespace sockscope {

bool isInterruptedByStop(const Event &e)
{
    return e.interruptedByStop();
}

MarkKind markKindOf(const Event &e)
{
    if (isInterruptedByStop(e))
        return MarkKind::Stopped;
    if (e.kind == EventKind::WouldBlock)
        return MarkKind::WouldBlock;
    if (e.err != 0 || e.kind == EventKind::Error)
        return MarkKind::Error;
    switch (e.kind) {
    case EventKind::Send:
    case EventKind::Sendto:
        return MarkKind::Send;
    case EventKind::Close:
    case EventKind::Shutdown:
    case EventKind::ThreadExit:
    case EventKind::ProcessExit:
        return MarkKind::End;
    default:
        return MarkKind::Instant;
    }
}

bool endNeedsMark(const Event &e)
{
    const MarkKind kind = markKindOf(e);
    return kind == MarkKind::Error || kind == MarkKind::Stopped;
}

QColor markColor(MarkKind kind, const TimelinePalette &palette)
{
    switch (kind) {
    case MarkKind::Instant:
    case MarkKind::Send:
    case MarkKind::End:
        return palette.marker;
    case MarkKind::WouldBlock:
        return palette.wouldBlock;
    case MarkKind::Error:
        return palette.errorMarker;
    case MarkKind::Stopped:
        return palette.stopMarker;
    }
    return palette.marker;
}

void drawMark(QPainter &p, MarkKind kind, QPointF c, double size, const TimelinePalette &palette)
{
    const double r = size / 2.0;
    const QColor color = markColor(kind, palette);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    switch (kind) {
    case MarkKind::Instant: {
        const QPointF pts[4] = {{c.x(), c.y() - r * 1.3},
                                {c.x() + r, c.y()},
                                {c.x(), c.y() + r * 1.3},
                                {c.x() - r, c.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    case MarkKind::Send: {
        // A triangle pointing right: bytes leave.
        const QPointF pts[3] = {
            {c.x() - r, c.y() - r * 1.3}, {c.x() + r, c.y()}, {c.x() - r, c.y() + r * 1.3}};
        p.drawPolygon(pts, 3);
        break;
    }
    case MarkKind::End:
        // A thin upright bar: something is over.
        p.drawRect(QRectF(c.x() - r * 0.35, c.y() - r * 1.4, r * 0.7, r * 2.8));
        break;
    case MarkKind::WouldBlock:
        // A ring: the call came back empty-handed.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, std::max(2.0, size * 0.28)));
        p.drawEllipse(c, r * 0.95, r * 0.95);
        break;
    case MarkKind::Error: {
        // A cross: it failed.
        p.setPen(QPen(color, std::max(2.0, size * 0.3), Qt::SolidLine, Qt::FlatCap));
        p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
        p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
        break;
    }
    case MarkKind::Stopped:
        // A hollow square, like a stop button: the user ended the run here.
        p.setBrush(palette.background);
        p.setPen(QPen(color, std::max(2.0, size * 0.22)));
        p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    }
    p.restore();
}

} // namespace sockscope
