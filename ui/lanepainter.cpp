#include "lanepainter.h"

#include "markpainter.h"
#include "socketlanepainter.h"
#include "spanpainter.h"
#include "taskpainter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sockscope::lanepainter {

namespace {
void paintLife(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top)
{
    // The lane's life: a line from birth to its end (thread_exit, reap, last close).
    const double x0 = ctx.scale.xOf(row.lane.startNs);
    const double x1 = ctx.scale.xOf(row.lane.endAt(ctx.liveEdgeNs));
    const double cy = top + ctx.m.barTop + ctx.m.barHeight / 2.0;
    if (x1 < ctx.scale.plotLeft || x0 > ctx.plotRight())
        return;
    p.setPen(QPen(ctx.palette.alive, ctx.m.px(3), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(std::max(x0, ctx.scale.plotLeft - 5), cy),
               QPointF(std::min(x1, ctx.plotRight() + 5), cy));
    if (row.lane.ended) {
        // A short end bar: the lane is over.
        p.setPen(QPen(ctx.palette.marker, ctx.m.px(3)));
        p.drawLine(QPointF(x1, cy - ctx.m.px(8)), QPointF(x1, cy + ctx.m.px(8)));
    }
}

void paintZombies(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top)
{
    const TimelineMetrics &m = ctx.m;
    const QFont font = ctx.font(m.callPx, true);
    const QFontMetrics fm(font);
    for (const ZombieSpan &z : row.zombies) {
        const double x0 = ctx.scale.xOf(z.beginNs), x1 = ctx.scale.xOf(z.endAt(ctx.liveEdgeNs));
        if (x1 < ctx.scale.plotLeft || x0 > ctx.plotRight())
            continue;
        const QRectF rect(x0, top + m.barTop - m.px(2), std::max(x1 - x0, 3.0),
                          m.barHeight + m.px(4));
        p.fillRect(rect, ctx.palette.zombie);
        p.fillRect(rect, QBrush(ctx.palette.zombieHatch, Qt::BDiagPattern));
        ++ctx.stats->itemsDrawn;
        const double textLeft = std::max(rect.left(), ctx.scale.plotLeft) + m.px(6);
        const double room = std::min(rect.right(), ctx.plotRight()) - textLeft;
        const QString label = QCoreApplication::translate("sockscope::TimelineView", "zombie");
        if (room <= fm.horizontalAdvance(label) + 8)
            continue;
        QString text = label;
        const QString longer = QCoreApplication::translate("sockscope::TimelineView",
                                                           "zombie: exited, not yet reaped");
        if (room > fm.horizontalAdvance(longer) + 16)
            text = longer;
        const QRectF textRect(textLeft, rect.top(), fm.horizontalAdvance(text) + 10, rect.height());
        // A solid backing so the hatch does not eat the letters.
        p.fillRect(textRect.adjusted(-4, m.px(6), 0, -m.px(6)), ctx.palette.zombie);
        p.setFont(font);
        p.setPen(ctx.palette.barText);
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

QString aggregateTitle(LaneGroup group, int count)
{
    switch (group) {
    case LaneGroup::Server:
        return QCoreApplication::translate("sockscope::TimelineView", "%1 threads").arg(count);
    case LaneGroup::Tasks:
        return QCoreApplication::translate("sockscope::TimelineView", "%1 tasks").arg(count);
    case LaneGroup::Children:
        return QCoreApplication::translate("sockscope::TimelineView", "%1 children").arg(count);
    case LaneGroup::Clients:
    case LaneGroup::External:
        return QCoreApplication::translate("sockscope::TimelineView", "%1 clients").arg(count);
    }
    return QString::number(count);
}
} // namespace

void paintAggregate(QPainter &p, const TimelinePaintContext &ctx, LaneGroup group, int lanes,
                    int top)
{
    const TimelineMetrics &m = ctx.m;
    const double left = ctx.scale.plotLeft, right = ctx.plotRight();
    const int width = std::max(1, int(right - left) + 1);
    const WaitingCount &waiting = ctx.data.waitingIn(group);
    // Nothing is known past the live edge: the columns after it stay empty.
    const std::int64_t lastNs = ctx.liveEdgeNs;
    const EventKind commonest =
        waiting.commonestOver(ctx.scale.timeAt(left), std::min(ctx.scale.timeAt(right), lastNs));
    const QColor color = ctx.palette.colorForBlocked(
        commonest == EventKind::Count ? EventKind::AcceptBegin : commonest);
    const double n = double(std::max(lanes, 1));
    const double base = top + m.barTop + m.barHeight;
    p.setPen(QPen(ctx.palette.alive, 1));
    p.drawLine(QPointF(left, base), QPointF(right, base));
    // Each column's height: the most lanes that waited at once at any moment of its stretch
    // of time (a lane counts once: its calls never overlap). A run of columns with the same
    // count is one rectangle.
    int peak = 0;
    int runStart = 0, runCount = 0;
    const auto flush = [&](int end) {
        if (runCount > 0) {
            const double h = std::max(2.0, double(runCount) / n * m.barHeight);
            p.fillRect(QRectF(left + runStart, base - h, end - runStart, h), color);
            ctx.stats->itemsDrawn++;
        }
    };
    std::int64_t fromNs = ctx.scale.timeAt(left);
    for (int x = 0; x < width; ++x) {
        const std::int64_t nextNs = ctx.scale.timeAt(left + x + 1);
        const int count =
            fromNs > lastNs
                ? 0
                : waiting.mostOver(fromNs, std::min(std::max(fromNs, nextNs - 1), lastNs));
        peak = std::max(peak, count);
        if (count != runCount) {
            flush(x);
            runStart = x;
            runCount = count;
        }
        fromNs = nextNs;
    }
    flush(width);
    const QFont font = ctx.font(m.instantPx * 1.15, true);
    p.setFont(font);
    p.setPen(ctx.palette.labelText);
    const QString text =
        QCoreApplication::translate("sockscope::TimelineView", "at most %1 of %2 waiting at once")
            .arg(peak)
            .arg(lanes);
    p.drawText(QPointF(left + m.px(6), top + m.stripTop + QFontMetrics(font).ascent()), text);
}

void paintLabelColumn(QPainter &p, const TimelinePaintContext &ctx, const QRect &rect)
{
    const TimelineMetrics &m = ctx.m;
    const TimelinePalette &palette = ctx.palette;
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont nameFont = ctx.font(m.laneNamePx, true);
    const QFont idFont = ctx.font(m.laneIdPx, false);
    const QFont headerFont = ctx.font(m.headerPx, true);
    const QFontMetrics nameMetrics(nameFont);
    int stripe = 0;
    for (const TimelineLayout::Row &row : ctx.layout.rows()) {
        const int top = row.top - ctx.scrollY + m.axisHeight;
        if (top > rect.height() || top + row.height < m.axisHeight)
            continue;
        if (row.isHeader) {
            const QRect band(0, top, rect.width(), row.height);
            p.fillRect(band, palette.groupHeader);
            p.setPen(palette.groupHeaderText);
            p.setFont(headerFont);
            QString title =
                row.sockets ? QCoreApplication::translate(
                                  "sockscope::TimelineView",
                                  "Sockets — what the kernel holds, sampled: a state shorter than "
                                  "the sampling period can be missed")
                            : laneGroupTitle(row.group);
            if (!row.sockets && row.group == LaneGroup::Server && !ctx.data.rows().empty()) {
                if (const Actor *a = ctx.trace.actor(ctx.data.rows().front().lane.actor);
                    a && a->pid > 0)
                    title = QCoreApplication::translate("sockscope::TimelineView", "%1 — pid %2")
                                .arg(title)
                                .arg(a->pid);
            }
            // The sockets' caveat whole, or the short title: never a sentence cut in half.
            if (row.sockets &&
                QFontMetrics(headerFont).horizontalAdvance(title) > band.width() - m.px(20))
                title = QCoreApplication::translate("sockscope::TimelineView",
                                                    "Sockets — what the kernel holds (sampled)");
            if (!row.sockets && ctx.layout.isFoldable(row.group) && !ctx.layout.isFolded(row.group))
                title += QCoreApplication::translate("sockscope::TimelineView",
                                                     "  ▾ click here to fold them into one row");
            p.drawText(band.adjusted(int(m.px(10)), 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       title);
            stripe = 0;
            continue;
        }
        const QRect laneRect(0, top, rect.width(), row.height);
        if (stripe++ % 2)
            p.fillRect(laneRect, palette.laneStripe);
        p.setPen(palette.gridLine);
        p.drawLine(0, top + row.height - 1, rect.width(), top + row.height - 1);
        const QRect label(int(m.px(12)), top, m.labelWidth - int(m.px(16)), row.height);
        if (row.isSocketNote())
            continue;
        if (row.isSocketLane()) {
            socketlanepainter::paintLabel(p, ctx, row.socket, label);
            continue;
        }
        if (row.isAggregate()) {
            const int count = int(ctx.layout.aggregates()[std::size_t(row.aggregate)].size());
            p.setPen(palette.labelText);
            p.setFont(nameFont);
            p.drawText(label.adjusted(0, int(m.px(6)), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                       nameMetrics.elidedText(aggregateTitle(row.group, count), Qt::ElideRight,
                                              label.width()));
            p.setPen(palette.labelSubText);
            p.setFont(idFont);
            p.drawText(
                label.adjusted(0, 0, 0, -int(m.px(8))), Qt::AlignLeft | Qt::AlignBottom,
                QCoreApplication::translate("sockscope::TimelineView", "▸ click to show each"));
            continue;
        }
        const LaneRow &lane = ctx.data.rows()[std::size_t(row.lane)];
        const Actor *actor = ctx.trace.actor(lane.lane.actor);
        if (!actor)
            continue;
        // The lane's colour, as the code pane marks this actor's line.
        p.fillRect(QRect(int(m.px(3)), top + int(m.px(4)), std::max(3, int(m.px(5))),
                         row.height - int(m.px(8))),
                   palette.actorColor(row.lane));
        p.setPen(palette.labelText);
        p.setFont(nameFont);
        p.drawText(label.adjusted(0, int(m.px(6)), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   nameMetrics.elidedText(laneTitle(*actor), Qt::ElideRight, label.width()));
        p.setPen(palette.labelSubText);
        p.setFont(idFont);
        p.drawText(label.adjusted(0, 0, 0, -int(m.px(8))), Qt::AlignLeft | Qt::AlignBottom,
                   laneIdText(*actor));
    }
    p.setPen(QPen(palette.gridLine, 2));
    p.drawLine(m.labelWidth - 1, 0, m.labelWidth - 1, rect.height());
}

void paintLane(QPainter &p, const TimelinePaintContext &ctx, int lane, int top)
{
    const LaneRow &row = ctx.data.rows()[std::size_t(lane)];
    paintLife(p, ctx, row, top);
    paintZombies(p, ctx, row, top);
    taskpainter::paint(p, ctx, row, top);
    const std::vector<FoldedItem> spans = spanpainter::visible(ctx, row);
    const std::vector<FoldedItem> marks = markpainter::visible(ctx, row);
    // Where the next thing in the lane starts, for labels beside a bar.
    std::vector<spanpainter::Obstacle> obstacles;
    obstacles.reserve(spans.size() + marks.size());
    for (const FoldedItem &item : spans)
        obstacles.push_back({item.x0, item.x0, item.x1, false});
    const double markHalf = ctx.m.markerWidth * 0.75;
    for (const FoldedItem &item : marks)
        obstacles.push_back({item.x0, item.x0 - markHalf, item.x1 + markHalf, true});
    // A zombie band carries its own label from where it begins.
    for (const ZombieSpan &z : row.zombies) {
        const double x = ctx.scale.xOf(z.beginNs);
        obstacles.push_back({x, x, x, false});
    }
    std::sort(obstacles.begin(), obstacles.end(),
              [](const auto &a, const auto &b) { return a.anchorX < b.anchorX; });
    StripOccupancy strip; // the line under the bars: no text there runs into another
    spanpainter::paint(p, ctx, row, top, spans, obstacles, strip);
    markpainter::paint(p, ctx, row, top, marks, strip);
    spanpainter::paintEndMarks(p, ctx, row, top, spans);
}

} // namespace sockscope::lanepainter
