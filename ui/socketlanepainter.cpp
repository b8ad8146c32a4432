#include "socketlanepainter.h"

#include "analysis/folding.h"
#include "timelinemarks.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace sockscope::socketlanepainter {

namespace {
constexpr double kFoldPx = 3.0; // narrower than this: folded with its neighbours

std::int64_t laneEnd(const TimelinePaintContext &ctx, const SocketLane &lane)
{
    const std::int64_t end = socketLaneEndNs(lane);
    return end >= 0 ? end : std::max(ctx.liveEdgeNs, lane.firstNs);
}

// A finished run whose last sample still found the socket (a TIME_WAIT lasts a minute, far
// beyond the run): the lane's end is where sampling stopped, not where the socket ended. An
// arrow at the end says so, with the words where they fit.
void paintStillThere(QPainter &p, const TimelinePaintContext &ctx, const SocketLane &lane,
                     std::int64_t end, const QRectF &band)
{
    if (ctx.live || lane.states.empty() || !lane.states.back().open)
        return;
    const double x = ctx.scale.xOf(end);
    if (x < ctx.scale.plotLeft || x > ctx.plotRight() + 1)
        return;
    const TcpState state = lane.states.back().state;
    const QColor color = ctx.palette.colorForState(state);
    const double h = band.height();
    const double mid = band.top() + h / 2;
    const double w = std::max(4.0, h * 0.45);
    // The arrow points on, past the run's end.
    QPolygonF arrow;
    arrow << QPointF(x - w, band.top() + 1) << QPointF(x, mid) << QPointF(x - w, band.bottom() - 1);
    p.setPen(QPen(ctx.palette.textOn(color), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(arrow);
    const double beginX = std::max(ctx.scale.xOf(lane.states.back().beginNs), ctx.scale.plotLeft);
    const QString text =
        state == TcpState::TimeWait
            ? QCoreApplication::translate("sockscope::TimelineView",
                                          "still TIME_WAIT at the last sample: the kernel keeps "
                                          "it about a minute")
            : QCoreApplication::translate("sockscope::TimelineView", "still %1 at the last sample")
                  .arg(QLatin1String(tcpStateName(state)));
    const QFont font = ctx.font(ctx.m.instantPx * 0.95, false);
    const QFontMetrics fm(font);
    const double textW = fm.horizontalAdvance(text);
    const double right = x - w - ctx.m.px(4);
    // Whole or not at all, and clear of the state's own name at the span's start.
    const double nameW = fm.horizontalAdvance(QLatin1String(tcpStateName(state))) * 1.2;
    if (right - textW < beginX + nameW + ctx.m.px(12))
        return;
    const QRectF textRect(right - textW - 2, band.top(), textW + 4, h);
    p.fillRect(textRect.adjusted(-2, ctx.m.px(2), 2, -ctx.m.px(2)), color);
    p.setFont(font);
    p.setPen(ctx.palette.textOn(color));
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, text);
}

void paintStates(QPainter &p, const TimelinePaintContext &ctx, const SocketLane &lane, int top)
{
    const Bands b = bands(ctx.m);
    const auto &states = lane.states;
    const std::int64_t end = laneEnd(ctx, lane);
    auto beginAt = [&](std::size_t i) { return states[i].beginNs; };
    auto endAt = [&](std::size_t i) { return states[i].open ? end : states[i].endNs; };
    const QFont font = ctx.font(ctx.m.instantPx * 1.1, true);
    const QFontMetrics fm(font);
    p.setFont(font);
    const double y = top + b.stateTop;
    foldVisible(states.size(), beginAt, endAt, ctx.scale, ctx.scale.plotLeft, ctx.plotRight(),
                kFoldPx, [&](const FoldedItem &item) {
                    const double x0 = std::max(item.x0, ctx.scale.plotLeft - 2);
                    const double x1 = std::min(std::max(item.x1, item.x0 + 2), ctx.plotRight() + 2);
                    const QRectF rect(x0, y, x1 - x0, b.stateHeight);
                    ++ctx.stats->itemsDrawn;
                    if (item.isFold()) {
                        ++ctx.stats->foldedBlocks;
                        p.fillRect(rect, ctx.palette.fold);
                        return;
                    }
                    const SocketStateSpan &s = states[item.first];
                    const QColor color = ctx.palette.colorForState(s.state);
                    p.fillRect(rect, color);
                    if (s.state == TcpState::TimeWait)
                        p.fillRect(rect, QBrush(color.darker(150), Qt::BDiagPattern));
                    // The state's name, whole or not at all.
                    const QString name = QLatin1String(tcpStateName(s.state));
                    const double room = rect.width() - ctx.m.px(8);
                    if (room < fm.horizontalAdvance(name))
                        return;
                    const QRectF textRect(rect.left() + ctx.m.px(4), rect.top(),
                                          fm.horizontalAdvance(name) + 2, rect.height());
                    if (s.state == TcpState::TimeWait) // a solid backing over the hatch
                        p.fillRect(textRect.adjusted(-2, ctx.m.px(2), 2, -ctx.m.px(2)), color);
                    p.setPen(ctx.palette.textOn(color));
                    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, name);
                    ++ctx.stats->labelsInside;
                });
    paintStillThere(p, ctx, lane, end, QRectF(0, y, 0, b.stateHeight));
}

// The figure in words, long or short: "accept queue 2 of 2", "2 of 2".
QString gaugeText(GaugeKind kind, const GaugeStep &s, bool shortForm)
{
    if (shortForm) {
        if (kind == GaugeKind::AcceptQueue && s.capacity > 0)
            return QCoreApplication::translate("sockscope::TimelineView", "%1 of %2")
                .arg(s.value)
                .arg(s.capacity);
        return kind == GaugeKind::AcceptQueue
                   ? QString::number(s.value)
                   : QCoreApplication::translate("sockscope::TimelineView", "%1 B").arg(s.value);
    }
    switch (kind) {
    case GaugeKind::AcceptQueue:
        return s.capacity > 0
                   ? QCoreApplication::translate("sockscope::TimelineView", "accept queue %1 of %2")
                         .arg(s.value)
                         .arg(s.capacity)
                   : QCoreApplication::translate("sockscope::TimelineView", "accept queue %1")
                         .arg(s.value);
    case GaugeKind::RecvQueue:
        return QCoreApplication::translate("sockscope::TimelineView", "%1 B unread").arg(s.value);
    case GaugeKind::SendQueue:
        return QCoreApplication::translate("sockscope::TimelineView", "%1 B unsent").arg(s.value);
    }
    return {};
}

void paintGauge(QPainter &p, const TimelinePaintContext &ctx, GaugeKind kind,
                const std::vector<GaugeStep> &steps, std::int64_t end, const QRectF &band)
{
    if (steps.empty())
        return;
    auto beginAt = [&](std::size_t i) { return steps[i].beginNs; };
    auto endAt = [&](std::size_t i) { return steps[i].open ? end : steps[i].endNs; };
    const double left = ctx.scale.plotLeft, right = ctx.plotRight();
    // The limit: a frame around the band from the first sample to the lane's end.
    const double fx0 = std::max(ctx.scale.xOf(steps.front().beginNs), left - 2);
    const double fx1 = std::min(ctx.scale.xOf(endAt(steps.size() - 1)), right + 2);
    if (fx1 < left || fx0 > right)
        return;
    p.setPen(QPen(ctx.palette.gaugeFrame, std::max(1.0, ctx.m.px(1)), Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(fx0, band.top(), std::max(fx1 - fx0, 1.0), band.height()));
    const QFont font = ctx.font(ctx.m.instantPx, true);
    const QFontMetrics fm(font);
    p.setFont(font);
    foldVisible(
        steps.size(), beginAt, endAt, ctx.scale, left, right, 1.0, [&](const FoldedItem &item) {
            // A run of samples within one pixel: the fullest of them (a peak stays).
            double fraction = 0;
            int value = 0;
            for (std::size_t i = item.first; i < item.first + item.count; ++i) {
                fraction = std::max(fraction, steps[i].fraction);
                value = std::max(value, steps[i].value);
            }
            if (value <= 0)
                return;
            // Something waits: at least two pixels, however big the buffer.
            const double h = std::max(2.0, fraction * band.height());
            const double x0 = std::max(item.x0, left - 2);
            const double x1 = std::min(std::max(item.x1, item.x0 + 1), right + 2);
            p.fillRect(QRectF(x0, band.bottom() - h, x1 - x0, h), ctx.palette.gaugeFill);
            ++ctx.stats->itemsDrawn;
            if (item.isFold())
                return;
            // Whole or not at all: the long form, else the short one.
            QString text = gaugeText(kind, steps[item.first], false);
            if (x1 - x0 < fm.horizontalAdvance(text) + ctx.m.px(8))
                text = gaugeText(kind, steps[item.first], true);
            if (x1 - x0 < fm.horizontalAdvance(text) + ctx.m.px(8) || band.height() < fm.height())
                return;
            // Over the fill when it is tall enough, else above it on the background.
            const bool inside = h >= fm.height();
            const QRectF textRect(x0 + ctx.m.px(4), inside ? band.bottom() - h : band.top(),
                                  x1 - x0 - ctx.m.px(8), inside ? h : band.height() - h);
            p.setPen(inside ? ctx.palette.textOn(ctx.palette.gaugeFill) : ctx.palette.labelText);
            // At the bottom: the top of the band is the drops' row.
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, text);
        });
}

void paintDrops(QPainter &p, const TimelinePaintContext &ctx, const std::vector<ListenDrop> &drops,
                const QRectF &band)
{
    const double left = ctx.scale.plotLeft, right = ctx.plotRight();
    auto it = std::lower_bound(drops.begin(), drops.end(), ctx.scale.timeAt(left - 20),
                               [](const ListenDrop &d, std::int64_t t) { return d.tNs < t; });
    const QFont font = ctx.font(ctx.m.instantPx, true);
    const QFontMetrics fm(font);
    p.setFont(font);
    const double size = ctx.m.markerWidth * 1.2;
    double lastX = -1e9;
    for (; it != drops.end(); ++it) {
        const double x = ctx.scale.xOf(it->tNs);
        if (x > right + 20)
            break;
        if (x - lastX < size) // one mark per few pixels: the first stands for them
            continue;
        const QPointF center(x, band.top() + size / 2 + 1);
        // On a backing of the background: a red cross on a full queue's fill stays visible.
        p.fillRect(QRectF(center.x() - size * 0.7, center.y() - size * 0.7, size * 1.4, size * 1.4),
                   ctx.palette.background);
        drawMark(p, MarkKind::Error, center, size, ctx.palette);
        ++ctx.stats->itemsDrawn;
        const QString text =
            QCoreApplication::translate("sockscope::TimelineView", "+%1 dropped").arg(it->added);
        const auto next = std::next(it);
        const double nextX = next == drops.end() ? right : ctx.scale.xOf(next->tNs);
        if (nextX - x > fm.horizontalAdvance(text) + size + ctx.m.px(6)) {
            const QPointF at(x + size / 2 + ctx.m.px(3), center.y() + fm.ascent() / 2.0 - 1);
            // On the background, like the cross: red on a full queue's fill would not read.
            p.fillRect(QRectF(at.x() - 2, center.y() - fm.height() / 2.0,
                              fm.horizontalAdvance(text) + 4, fm.height()),
                       ctx.palette.background);
            p.setPen(ctx.palette.errorMarker);
            p.drawText(at, text);
        }
        lastX = x;
    }
}
} // namespace

Bands bands(const TimelineMetrics &m)
{
    const double stateTop = m.barTop;
    const double stateHeight = std::round(m.barHeight * 0.6);
    const double gaugeTop = stateTop + stateHeight + m.px(3);
    const double gaugeHeight = m.laneHeight - gaugeTop - m.px(5);
    return {stateTop, stateHeight, gaugeTop, gaugeHeight};
}

void paint(QPainter &p, const TimelinePaintContext &ctx, int socket, int top)
{
    const SocketLane &lane = ctx.data.socketLanes()[std::size_t(socket)];
    const SocketLaneGauges &gauges = ctx.data.socketGauges()[std::size_t(socket)];
    const Bands b = bands(ctx.m);
    const std::int64_t end = laneEnd(ctx, lane);
    const std::int64_t made = ctx.data.socketTitles()[std::size_t(socket)].madeNs;
    const std::int64_t begin = made >= 0 ? std::min(made, lane.firstNs) : lane.firstNs;
    if (ctx.scale.xOf(end) < ctx.scale.plotLeft || ctx.scale.xOf(begin) > ctx.plotRight())
        return;
    // From the call that made the socket to the first sample: it exists, the kernel's state
    // of it was not sampled yet (a client's socket before connect() has none on the port).
    if (made >= 0 && made < lane.firstNs) {
        const double y = top + b.stateTop + b.stateHeight / 2;
        p.setPen(QPen(ctx.palette.alive, ctx.m.px(3), Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(std::max(ctx.scale.xOf(made), ctx.scale.plotLeft - 5), y),
                   QPointF(std::min(ctx.scale.xOf(lane.firstNs), ctx.plotRight() + 5), y));
    }
    paintStates(p, ctx, lane, top);
    const std::size_t n = gauges.kinds.size();
    const double gap = n > 1 ? ctx.m.px(2) : 0;
    const double each = (b.gaugeHeight - gap * double(n - 1)) / double(std::max<std::size_t>(n, 1));
    for (std::size_t k = 0; k < n; ++k) {
        const QRectF band(ctx.scale.plotLeft, top + b.gaugeTop + double(k) * (each + gap),
                          ctx.plotRight() - ctx.scale.plotLeft, each);
        paintGauge(p, ctx, gauges.kinds[k], gauges.steps[k], end, band);
    }
    if (!gauges.drops.empty())
        paintDrops(p, ctx, gauges.drops,
                   QRectF(ctx.scale.plotLeft, top + b.gaugeTop, 0, b.gaugeHeight));
}

void paintNote(QPainter &p, const TimelinePaintContext &ctx, int top, int height)
{
    const QString why = ctx.data.whyNoSockets();
    const QString text =
        QCoreApplication::translate("sockscope::TimelineView", "No socket lanes: %1.").arg(why);
    p.setFont(ctx.font(ctx.m.whyPx, true));
    p.setPen(ctx.palette.labelText);
    p.drawText(QRectF(ctx.scale.plotLeft + ctx.m.px(10), top,
                      ctx.plotRight() - ctx.scale.plotLeft - ctx.m.px(20), height),
               Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, text);
}

void paintLabel(QPainter &p, const TimelinePaintContext &ctx, int socket, const QRect &label)
{
    const SocketLaneTitle &t = ctx.data.socketTitles()[std::size_t(socket)];
    const QFont nameFont = ctx.font(ctx.m.laneNamePx * 0.9, true);
    const QFont idFont = ctx.font(ctx.m.laneIdPx, false);
    p.setPen(ctx.palette.labelText);
    p.setFont(nameFont);
    p.drawText(label.adjusted(0, int(ctx.m.px(6)), 0, 0), Qt::AlignLeft | Qt::AlignTop,
               QFontMetrics(nameFont).elidedText(t.title, Qt::ElideRight, label.width()));
    p.setPen(ctx.palette.labelSubText);
    p.setFont(idFont);
    p.drawText(label.adjusted(0, 0, 0, -int(ctx.m.px(8))), Qt::AlignLeft | Qt::AlignBottom,
               QFontMetrics(idFont).elidedText(t.subtitle, Qt::ElideRight, label.width()));
}

} // namespace sockscope::socketlanepainter
