#include "axispainter.h"

#include "analysis/blockedspans.h"
#include "analysis/eventtext.h"
#include "analysis/labelplacement.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace sockscope::axispainter {

namespace {
QString tickLabel(std::int64_t tNs, double stepNs)
{
    const int decimals = stepNs >= 1e6 ? 0 : stepNs >= 1e5 ? 1 : stepNs >= 1e4 ? 2 : 3;
    return QCoreApplication::translate("sockscope::TimelineView", "%1 ms")
        .arg(double(tNs) / 1e6, 0, 'f', decimals);
}

const std::vector<TimeWarp::Gap> &gapsOf(const TimeScale &scale)
{
    static const std::vector<TimeWarp::Gap> none;
    return scale.warp ? scale.warp->gaps() : none;
}

// The bar the event opens or closes, if any.
const BlockedSpan *spanOf(const TimelinePaintContext &ctx, qsizetype index)
{
    const Event &e = ctx.trace.at(index);
    const int row = ctx.data.rowOfActor(e.actor);
    if (row < 0 || !(isBeginKind(e.kind) || isEndKind(e.kind)))
        return nullptr;
    const auto &spans = ctx.data.rows()[std::size_t(row)].spans;
    auto it = std::upper_bound(spans.begin(), spans.end(), e.tNs,
                               [](std::int64_t t, const BlockedSpan &s) { return t < s.beginNs; });
    for (int k = 0; k < 2 && it != spans.begin(); ++k) {
        --it;
        if (it->begin == std::uint32_t(index) || it->end == std::uint32_t(index))
            return &*it;
    }
    return nullptr;
}
} // namespace

QString durationText(std::int64_t ns)
{
    if (ns >= 1000000000)
        return QCoreApplication::translate("sockscope::TimelineView", "%1 s")
            .arg(double(ns) / 1e9, 0, 'f', 2);
    if (ns >= 1000000)
        return QCoreApplication::translate("sockscope::TimelineView", "%1 ms")
            .arg(double(ns) / 1e6, 0, 'f', 1);
    return QCoreApplication::translate("sockscope::TimelineView", "%1 µs")
        .arg(double(ns) / 1e3, 0, 'f', 0);
}

double tickStep(const TimelinePaintContext &ctx)
{
    return TimeScale::niceStep(ctx.scale.nsPerPx * ctx.m.px(110));
}

void paintGrid(QPainter &p, const TimelinePaintContext &ctx)
{
    const QRect &plot = ctx.plot;
    p.setPen(QPen(ctx.palette.gridLine, 1));
    for (std::int64_t t : ctx.scale.ticks(plot.left(), plot.right(), tickStep(ctx))) {
        const double x = ctx.scale.xOf(t);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    // Squeezed gaps: a band between dashed lines, so no one mistakes it for a short pause.
    for (const TimeWarp::Gap &g : gapsOf(ctx.scale)) {
        const double x0 = ctx.scale.xOf(g.beginNs), x1 = ctx.scale.xOf(g.endNs);
        if (x1 < plot.left() || x0 > plot.right())
            continue;
        p.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), ctx.palette.gapBand);
        p.setPen(QPen(ctx.palette.gapMarker, ctx.m.px(1.5), Qt::DashLine));
        p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        p.drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()));
    }
}

void paintCursor(QPainter &p, const TimelinePaintContext &ctx)
{
    const TimelineMetrics &m = ctx.m;
    const QRect &plot = ctx.plot;
    if (ctx.live) {
        const double x = ctx.scale.xOf(ctx.liveEdgeNs);
        p.setPen(QPen(ctx.palette.cursor.lighter(130), m.px(1.5), Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (ctx.cursor < 0 || ctx.cursor >= ctx.trace.size())
        return;
    const Event &e = ctx.trace.at(ctx.cursor);
    const double x = ctx.scale.xOf(e.tNs);
    p.setPen(QPen(ctx.palette.cursor, m.px(2.5)));
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    const int cy = ctx.laneCenterY(ctx.data.rowOfActor(e.actor));
    if (cy == INT_MIN)
        return;
    // The selected event: a ring around where it is drawn.
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(ctx.palette.selection.darker(115), m.px(4)));
    const double r = m.barHeight * 0.62;
    p.drawEllipse(QPointF(x, cy), r, r);
    p.restore();
    // A bar too narrow for its label: the label beside the ring.
    const BlockedSpan *span = spanOf(ctx, ctx.cursor);
    const auto &hidden = ctx.stats->hiddenLabelSpans;
    if (!span || std::find(hidden.begin(), hidden.end(), span->begin) == hidden.end())
        return;
    const QString text = blockedCallLabel(ctx.trace, *span);
    const QFont font = ctx.font(m.callPx, true);
    const QFontMetrics fm(font);
    const double w = fm.horizontalAdvance(text) + m.px(10);
    // Beside the ring, with a pointer to it: it is the ring's label, not that of the bar it
    // covers (the next call's, often).
    const double gap = m.px(14);
    bool right = true;
    double left = x + r + gap;
    if (left + w > ctx.plotRight()) {
        left = x - r - gap - w;
        right = false;
    }
    const QRectF box(left, cy - m.barHeight / 2.0, w, m.barHeight);
    const QColor color = ctx.palette.colorForBlocked(span->kind);
    const QColor outline = ctx.palette.selection.darker(115);
    const double edge = right ? box.left() : box.right();
    const double tip = right ? x + r : x - r;
    const QPointF pointer[3] = {
        {tip, double(cy)}, {edge, cy - m.barHeight * 0.3}, {edge, cy + m.barHeight * 0.3}};
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(outline);
    p.drawPolygon(pointer, 3);
    p.restore();
    p.fillRect(box, color);
    p.setPen(QPen(outline, m.px(2)));
    p.drawRect(box);
    p.setFont(font);
    p.setPen(ctx.palette.textOn(color));
    p.drawText(box, Qt::AlignCenter, text);
}

void paintAxis(QPainter &p, const TimelinePaintContext &ctx, const QRect &rect)
{
    const TimelineMetrics &m = ctx.m;
    const TimelinePalette &palette = ctx.palette;
    p.fillRect(QRect(0, 0, rect.width(), m.axisHeight), palette.background);
    p.setPen(QPen(palette.axisText, 1));
    p.drawLine(m.labelWidth, m.axisHeight - 1, rect.width(), m.axisHeight - 1);
    p.save();
    p.setClipRect(QRect(m.labelWidth, 0, rect.width() - m.labelWidth, m.axisHeight));

    // Candidates, most important first: the cursor's time, squeezed gaps, ticks.
    struct Label
    {
        QRectF box;
        QString text;
        QFont font;
        QColor fill; // invalid: none
        QColor pen;
    };
    std::vector<Label> labels;
    const double labelTop = 2, labelHeight = m.axisHeight / 2.0 + 2;
    const double minLeft = m.labelWidth + 2;
    if (ctx.cursor >= 0 && ctx.cursor < ctx.trace.size()) {
        const std::int64_t t = ctx.trace.at(ctx.cursor).tNs;
        const double x = ctx.scale.xOf(t);
        // A cursor out of view (the program put it on a stop long after the story, or the
        // user scrolled away) is still told: its time at that edge, with an arrow pointing
        // where it is.
        const bool beforeView = x < minLeft;
        const bool afterView = x > rect.width();
        QString text = eventtext::time(t);
        if (beforeView)
            text = QStringLiteral("← ") + text;
        else if (afterView)
            text += QStringLiteral(" →");
        const QFont font = ctx.font(m.axisPx, true);
        const double w = QFontMetrics(font).horizontalAdvance(text) + 12;
        // Centred on the cursor, but whole when the cursor is near an edge of the plot.
        const double left =
            beforeView  ? minLeft
            : afterView ? std::max(minLeft, rect.width() - w - 1)
                        : std::clamp(x - w / 2, minLeft, std::max(minLeft, rect.width() - w - 1));
        labels.push_back(
            {QRectF(left, labelTop, w, labelHeight), text, font, palette.cursor, palette.barText});
        if (ctx.stats) {
            ctx.stats->cursorTimeBox = labels.back().box;
            ctx.stats->cursorTimeText = text;
            ctx.stats->cursorOutOfView = beforeView || afterView;
        }
    }
    const QFont gapFont = ctx.font(m.gapPx, true);
    for (const TimeWarp::Gap &g : gapsOf(ctx.scale)) {
        const double x0 = ctx.scale.xOf(g.beginNs), x1 = ctx.scale.xOf(g.endNs);
        if (x1 < m.labelWidth || x0 > rect.width())
            continue;
        const QString text = QCoreApplication::translate("sockscope::TimelineView", "≈ %1 idle")
                                 .arg(durationText(g.endNs - g.beginNs));
        const double w = QFontMetrics(gapFont).horizontalAdvance(text) + 8;
        labels.push_back({QRectF((x0 + x1) / 2 - w / 2, labelTop, w, labelHeight), text, gapFont,
                          palette.gapBand, palette.gapText});
    }
    const double step = tickStep(ctx);
    const QFont axisFont = ctx.font(m.axisPx, false);
    const QFontMetrics fm(axisFont);
    const std::vector<std::int64_t> ticks = ctx.scale.ticks(m.labelWidth, rect.width(), step);
    for (std::int64_t t : ticks) {
        const double x = ctx.scale.xOf(t);
        p.drawLine(QPointF(x, m.axisHeight - m.px(8)), QPointF(x, m.axisHeight - 1));
        const QString text = tickLabel(t, step);
        const double w = fm.horizontalAdvance(text);
        // Centred on the tick, but never cut by the label column.
        const double left = std::max(x - w / 2.0, minLeft);
        labels.push_back(
            {QRectF(left, labelTop, w, labelHeight), text, axisFont, QColor(), palette.axisText});
    }
    std::vector<LabelSlot> slots;
    slots.reserve(labels.size());
    for (const Label &l : labels)
        slots.push_back({l.box.left(), l.box.right()});
    const std::vector<bool> kept = placeWithoutOverlap(slots, m.px(6));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!kept[i])
            continue;
        const Label &l = labels[i];
        if (l.fill.isValid())
            p.fillRect(l.box, l.fill);
        p.setFont(l.font);
        p.setPen(l.pen);
        p.drawText(l.box, Qt::AlignCenter, l.text);
    }
    p.restore();

    // The corner above the labels.
    p.fillRect(QRect(0, 0, m.labelWidth, m.axisHeight), palette.background);
    p.setPen(palette.labelSubText);
    p.setFont(ctx.font(m.cornerPx, true));
    const QString corner =
        ctx.live ? (ctx.followLive
                        ? QCoreApplication::translate("sockscope::TimelineView", "LIVE — following")
                        : QCoreApplication::translate("sockscope::TimelineView", "LIVE"))
                 : QCoreApplication::translate("sockscope::TimelineView", "time →");
    p.drawText(QRect(int(m.px(12)), 0, m.labelWidth, m.axisHeight),
               Qt::AlignVCenter | Qt::AlignLeft, corner);
}

} // namespace sockscope::axispainter
