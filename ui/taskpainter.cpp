#include "taskpainter.h"

#include "analysis/folding.h"
#include "arrowpainter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sockscope::taskpainter {

namespace {
constexpr double kMinItemPx = 2.0;
constexpr int kMaxArrows = 600;

QColor awaitColor(const TimelinePalette &palette, TaskWait wait)
{
    switch (wait) {
    case TaskWait::Read:
        return palette.recvWait;
    case TaskWait::Write:
        return palette.sendWait;
    case TaskWait::Timer:
        return palette.taskSleep;
    case TaskWait::None:
        break;
    }
    return palette.alive;
}
} // namespace

void paint(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top)
{
    const auto &spans = row.tasks;
    if (spans.empty())
        return;
    const TimelineMetrics &m = ctx.m;
    const QFont font = ctx.font(m.callPx, false);
    const QFontMetrics fm(font);
    const double left = ctx.scale.plotLeft, right = ctx.plotRight();
    std::vector<FoldedItem> items;
    foldVisible(
        spans.size(), [&](std::size_t i) { return spans[i].beginNs; },
        [&](std::size_t i) { return spans[i].endAt(ctx.liveEdgeNs); }, ctx.scale, left, right,
        kMinItemPx, [&](const FoldedItem &item) { items.push_back(item); });
    p.save();
    for (const FoldedItem &item : items) {
        ++ctx.stats->itemsDrawn;
        const double width = std::max(item.x1 - item.x0, 2.0);
        if (item.isFold()) {
            p.fillRect(QRectF(item.x0, top + m.barTop + m.px(6), width, m.barHeight - m.px(12)),
                       ctx.palette.fold);
            continue;
        }
        const TaskSpan &span = spans[item.first];
        if (span.running) {
            // On the loop thread: a short solid slice, as tall as a thread's call.
            p.fillRect(QRectF(item.x0, top + m.barTop, width, m.barHeight),
                       ctx.palette.taskRunning);
            continue;
        }
        // Suspended: see-through, dashed, thinner than a blocked call. Nothing waits here.
        const QColor color = awaitColor(ctx.palette, span.wait);
        QColor fill = color;
        fill.setAlpha(48);
        const QRectF bar(item.x0, top + m.barTop + m.px(4), width, m.barHeight - m.px(8));
        p.fillRect(bar, fill);
        p.setPen(QPen(color, std::max(1.0, m.px(2)), Qt::DashLine, Qt::FlatCap));
        p.drawRect(bar);
        const QString label = taskSpanLabel(span);
        const double textLeft = std::max(bar.left(), left) + m.px(6);
        const double room = std::min(bar.right(), right) - textLeft - m.px(4);
        if (fm.horizontalAdvance(label) <= room) {
            ++ctx.stats->labelsInside;
            p.setFont(font);
            p.setPen(ctx.palette.labelText);
            p.drawText(QRectF(textLeft, bar.top(), room, bar.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }
    p.restore();
}

void paintResumes(QPainter &p, const TimelinePaintContext &ctx, const QRectF &bounds)
{
    const TimelineMetrics &m = ctx.m;
    const QRect &plot = ctx.plot;
    const std::int64_t t0 = ctx.scale.timeAt(plot.left());
    const std::int64_t t1 = ctx.scale.timeAt(plot.right());
    auto visibleY = [&](int y) { return y != INT_MIN && y >= plot.top() && y <= plot.bottom(); };
    int drawn = 0;
    const auto &rows = ctx.data.rows();
    for (std::size_t lane = 0; lane < rows.size() && drawn < kMaxArrows; ++lane) {
        const LaneRow &row = rows[lane];
        if (row.tasks.empty() || ctx.isFolded(int(lane)))
            continue;
        const int toY = ctx.laneCenterY(int(lane));
        if (!visibleY(toY))
            continue;
        for (const TaskSpan &span : row.tasks) {
            if (span.running || span.isOpen() || span.wokenBy < 0)
                continue;
            if (span.endNs < t0)
                continue;
            const Event &wait = ctx.trace.at(span.wokenBy);
            if (wait.tNs > t1)
                break;
            const int fromLane = ctx.data.rowOfActor(wait.actor);
            if (ctx.isFolded(fromLane))
                continue;
            const int fromY = ctx.laneCenterY(fromLane);
            if (!visibleY(fromY))
                continue;
            const double dir = toY > fromY ? 1 : -1;
            QPointF a(ctx.scale.xOf(wait.tNs), fromY + dir * m.barHeight / 2.0);
            const QPointF tip(ctx.scale.xOf(span.endNs), toY - dir * (m.barHeight / 2.0 - m.px(4)));
            QPointF b = tip;
            if (!arrowpainter::clipLine(a, b, bounds))
                continue;
            const QColor color = awaitColor(ctx.palette, span.wait);
            p.setPen(QPen(color.darker(120), m.line, Qt::DotLine, Qt::RoundCap));
            p.drawLine(a, b);
            if (b == tip) {
                const double angle = std::atan2(b.y() - a.y(), b.x() - a.x());
                const double size = m.px(9);
                QPainterPath head;
                head.moveTo(b);
                head.lineTo(b -
                            QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size));
                head.lineTo(b -
                            QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size));
                head.closeSubpath();
                p.fillPath(head, color.darker(120));
            }
            ++ctx.stats->arrowsDrawn;
            if (++drawn >= kMaxArrows)
                break;
        }
    }
}

} // namespace sockscope::taskpainter
