#include "arrowpainter.h"

#include "taskpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sockscope::arrowpainter {

namespace {
constexpr int kMaxArrows = 600; // more than that in view: none

void drawArrowHead(QPainter &p, QPointF from, QPointF to, double size)
{
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const QPointF a = to - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size);
    const QPointF b = to - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(a);
    head.lineTo(b);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

void paintSpawns(QPainter &p, const TimelinePaintContext &ctx, std::int64_t t0, std::int64_t t1,
                 const QRectF &bounds)
{
    const TimelineMetrics &m = ctx.m;
    const QRect &plot = ctx.plot;
    auto visibleY = [&](int y) { return y != INT_MIN && y >= plot.top() && y <= plot.bottom(); };
    const auto &links = ctx.data.spawnLinks();
    auto first = std::lower_bound(links.begin(), links.end(), t0,
                                  [](const SpawnLink &l, std::int64_t t) { return l.tNs < t; });
    const auto last =
        std::upper_bound(links.begin(), links.end(), t1,
                         [](std::int64_t t, const SpawnLink &l) { return t < l.tNs; });
    if (last - first > kMaxArrows)
        return;
    for (auto it = first; it != last; ++it) {
        const int fromLane = ctx.data.rowOfActor(it->parent);
        const int toLane = ctx.data.rowOfActor(it->child);
        // A folded group shows counts, not single calls: no arrows into it.
        if (ctx.isFolded(fromLane) || ctx.isFolded(toLane))
            continue;
        const int fromY = ctx.laneCenterY(fromLane);
        const int toY = ctx.laneCenterY(toLane);
        // Both lanes on screen, or the arrow leads nowhere one can follow.
        if (!visibleY(fromY) || !visibleY(toY))
            continue;
        const double x = ctx.scale.xOf(it->tNs);
        p.setPen(QPen(ctx.palette.spawn, m.line * 1.25, it->isFork ? Qt::DashLine : Qt::SolidLine,
                      Qt::RoundCap));
        const double dir = toY > fromY ? 1 : -1;
        QPointF from(x, fromY + dir * m.barHeight / 2.0);
        const QPointF tip(x + m.px(6), toY - dir * m.barHeight / 2.0);
        QPointF to = tip;
        if (!clipLine(from, to, bounds))
            continue;
        p.drawLine(from, to);
        p.setPen(QPen(ctx.palette.spawn, 1));
        if (to == tip)
            drawArrowHead(p, from, to, m.px(10));
        ++ctx.stats->arrowsDrawn;
    }
}

void paintWakeUps(QPainter &p, const TimelinePaintContext &ctx, std::int64_t t0, std::int64_t t1,
                  const QRectF &bounds)
{
    const TimelineMetrics &m = ctx.m;
    const Trace &trace = ctx.trace;
    const QRect &plot = ctx.plot;
    auto visibleY = [&](int y) { return y != INT_MIN && y >= plot.top() && y <= plot.bottom(); };
    // Sorted by the server's time; an arrow is visible when [from, to] meets [t0, t1].
    const auto &wakeUps = ctx.data.wakeUps();
    auto toTime = [&](const WakeUp &w) { return trace.at(w.to).tNs; };
    auto first = std::lower_bound(wakeUps.begin(), wakeUps.end(), t0,
                                  [&](const WakeUp &w, std::int64_t t) { return toTime(w) < t; });
    const std::int64_t limit = t1 + ctx.data.longestWakeUpNs();
    auto last = std::upper_bound(first, wakeUps.end(), limit,
                                 [&](std::int64_t t, const WakeUp &w) { return t < toTime(w); });
    if (last - first > kMaxArrows)
        return; // too dense to read: zoom in to see them
    for (auto it = first; it != last; ++it) {
        const Event &from = trace.at(it->from);
        const Event &to = trace.at(it->to);
        if (from.tNs > t1)
            continue;
        const int fromLane = ctx.data.rowOfActor(from.actor);
        const int toLane = ctx.data.rowOfActor(to.actor);
        if (ctx.isFolded(fromLane) || ctx.isFolded(toLane))
            continue;
        const int fromY = ctx.laneCenterY(fromLane);
        const int toY = ctx.laneCenterY(toLane);
        if (!visibleY(fromY) || !visibleY(toY))
            continue;
        const double dir = toY > fromY ? 1 : -1;
        QPointF a(ctx.scale.xOf(from.tNs), fromY + dir * m.markerWidth);
        const QPointF tip(ctx.scale.xOf(to.tNs), toY - dir * m.barHeight / 2.0);
        QPointF b = tip;
        if (!clipLine(a, b, bounds))
            continue;
        // Solid when the server was already blocked and this call woke it; dashed when the
        // data was already waiting and the server's call returned at once.
        p.setPen(QPen(ctx.palette.wakeUp, m.line * 1.25,
                      it->unblocked ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
        p.drawLine(a, b);
        p.setPen(QPen(ctx.palette.wakeUp, 1));
        if (b == tip)
            drawArrowHead(p, a, b, m.px(11));
        ++ctx.stats->arrowsDrawn;
    }
}
} // namespace

bool clipLine(QPointF &a, QPointF &b, const QRectF &rect)
{
    // A dashed, antialiased line is stroked over its whole length even where clipping hides
    // it, and a spawn arrow to a lane far below the view can be thousands of pixels long.
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                         rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx, dy) * t0;
    b = start + QPointF(dx, dy) * t1;
    return true;
}

void paint(QPainter &p, const TimelinePaintContext &ctx)
{
    const std::int64_t t0 = ctx.scale.timeAt(ctx.plot.left());
    const std::int64_t t1 = ctx.scale.timeAt(ctx.plot.right());
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF bounds = QRectF(ctx.plot).adjusted(-20, -20, 20, 20);
    paintSpawns(p, ctx, t0, t1, bounds);
    paintWakeUps(p, ctx, t0, t1, bounds);
    taskpainter::paintResumes(p, ctx, bounds);
    p.restore();
}

} // namespace sockscope::arrowpainter
