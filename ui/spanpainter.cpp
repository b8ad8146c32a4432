#include "spanpainter.h"

#include "analysis/blockedspans.h"
#include "timelinemarks.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace sockscope::spanpainter {

namespace {
constexpr double kMinItemPx = 3.0; // narrower bars fold (Tracy: MinVisSize)

// The room on the bar's line after a bar that ends at `barRight`: from past the marks drawn
// at its end (its stop, a close that came at once: their labels are under them) to where the
// next thing takes room from.
struct BesideRoom
{
    double left = 0;
    double limit = 0;
};
BesideRoom besideRoom(const std::vector<Obstacle> &obstacles, double barLeft, double barRight,
                      const TimelineMetrics &m)
{
    BesideRoom room{barRight + m.markerWidth * 0.7 + m.px(5), 1e12};
    // What comes after the bar's own start: a bar drawn wider than its time (2 px at least)
    // may reach over the next call's beginning, and that call is in the way.
    auto it = std::upper_bound(obstacles.begin(), obstacles.end(), barLeft,
                               [](double v, const Obstacle &o) { return v < o.anchorX; });
    for (; it != obstacles.end() && it->mark && it->anchorX - barRight <= m.markerWidth; ++it)
        room.left = std::max(room.left, it->rightX + m.px(5));
    if (it != obstacles.end())
        room.limit = it->leftX;
    return room;
}

void paintCells(QPainter &p, const TimelinePaintContext &ctx, const BlockedSpan &span,
                const QRectF &bar, int top, StripOccupancy &strip)
{
    const TimelineMetrics &m = ctx.m;
    const WaitSets sets = ctx.trace.waitSets(ctx.trace.at(span.end));
    QVector<int> watched = sets.readSet;
    for (int fd : sets.writeSet) {
        if (!watched.contains(fd))
            watched.append(fd);
    }
    if (watched.isEmpty() || watched.size() > 64)
        return;
    const QFont cellFont = ctx.font(m.cellPx, true);
    const QFontMetrics fm(cellFont);
    // Wide enough for the longest number, so "8 15 3" never run into each other.
    int widest = 0;
    for (int fd : watched)
        widest = std::max(widest, fm.horizontalAdvance(QString::number(fd)));
    const double cell = std::max<double>(m.cell, widest + m.px(6));
    const double width = double(watched.size()) * cell;
    const double cellsLeft = bar.right() - width;
    if (!strip.claim(cellsLeft, bar.right(), m.px(4)))
        return;
    p.setFont(cellFont);
    for (qsizetype k = 0; k < watched.size(); ++k) {
        const int fd = watched[k];
        const bool ready = sets.readyRead.contains(fd) || sets.readyWrite.contains(fd);
        const QRectF box(cellsLeft + double(k) * cell, top + m.stripTop, cell - 2,
                         m.stripHeight - 2);
        p.fillRect(box, ready ? ctx.palette.readyCell : ctx.palette.idleCell);
        p.setPen(QPen(ready ? ctx.palette.readyCell.darker(140) : ctx.palette.marker, 1));
        p.drawRect(box);
        p.setPen(ready ? ctx.palette.textOn(ctx.palette.readyCell) : ctx.palette.marker);
        p.drawText(box, Qt::AlignCenter, QString::number(fd));
    }
}
} // namespace

std::vector<FoldedItem> visible(const TimelinePaintContext &ctx, const LaneRow &row)
{
    std::vector<FoldedItem> items;
    const auto &spans = row.spans;
    foldVisible(
        spans.size(), [&](std::size_t i) { return spans[i].beginNs; },
        [&](std::size_t i) { return spans[i].endAt(ctx.liveEdgeNs); }, ctx.scale,
        ctx.scale.plotLeft, ctx.plotRight(), kMinItemPx,
        [&](const FoldedItem &item) { items.push_back(item); });
    return items;
}

void paint(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top,
           const std::vector<FoldedItem> &items, const std::vector<Obstacle> &obstacles,
           StripOccupancy &strip)
{
    const TimelineMetrics &m = ctx.m;
    const TimelinePalette &palette = ctx.palette;
    const QFont callFont = ctx.font(m.callPx, true);
    const QFont whyFont = ctx.font(m.whyPx, false);
    const QFontMetrics callMetrics(callFont);
    const QFontMetrics whyMetrics(whyFont);
    const double left = ctx.scale.plotLeft, right = ctx.plotRight();
    double lastLabelRight = -1e9; // no label may start on an earlier one in the same lane
    TimelinePaintStats &stats = *ctx.stats;

    for (const FoldedItem &item : items) {
        ++stats.itemsDrawn;
        const QRectF bar(item.x0, top + m.barTop, std::max(item.x1 - item.x0, 2.0), m.barHeight);
        if (item.isFold()) {
            ++stats.foldedBlocks;
            p.fillRect(bar, palette.fold);
            const QString count = QStringLiteral("×%1").arg(item.count);
            if (bar.width() > callMetrics.horizontalAdvance(count) + 6) {
                p.setFont(callFont);
                p.setPen(palette.textOn(palette.fold));
                p.drawText(bar, Qt::AlignCenter, count);
            }
            continue;
        }
        const BlockedSpan &span = row.spans[item.first];
        const QColor color = palette.colorForBlocked(span.kind);
        p.fillRect(bar, color);
        // Each call is a bar of its own: a recv() that follows another at once still shows
        // where it began.
        if (bar.width() > m.px(6))
            p.fillRect(QRectF(bar.left(), bar.top(), m.px(2), bar.height()), palette.background);
        if (span.isOpen()) {
            // Still blocked: a bright edge at the live end.
            p.fillRect(QRectF(bar.right() - m.px(3), bar.top(), m.px(3), bar.height()),
                       color.lighter(150));
        }
        if (bar.right() < left || bar.left() > right)
            continue;
        // The call's label, whole, inside the bar or beside it; else its name alone; else
        // none. Labels stay readable when the bar begins off screen.
        const QString call = blockedCallLabel(ctx.trace, span);
        const double textLeft = std::max({bar.left(), left, lastLabelRight}) + m.px(6);
        const double room = std::min(bar.right(), right) - textLeft - m.px(4);
        auto drawInside = [&](const QString &text, int width) {
            ++stats.labelsInside;
            lastLabelRight = textLeft + width;
            p.setPen(palette.textOn(color));
            p.setFont(callFont);
            p.drawText(QRectF(textLeft, bar.top(), room, bar.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, text);
        };
        const int callWidth = callMetrics.horizontalAdvance(call);
        if (callWidth <= room) {
            drawInside(call, callWidth);
            const double whyRoom = room - callWidth - m.px(14);
            if (whyRoom > m.px(60)) {
                const QString why = whyItWaits(ctx.trace, span);
                const QString text = QStringLiteral("— ") + why;
                if (!why.isEmpty() && whyMetrics.horizontalAdvance(text) <= whyRoom) {
                    p.setFont(whyFont);
                    p.drawText(QRectF(textLeft + callWidth + m.px(14), bar.top(),
                                      room - callWidth - m.px(14), bar.height()),
                               Qt::AlignVCenter | Qt::AlignLeft, text);
                }
            }
        } else {
            // Beside the bar, on the lane, when nothing follows before the label ends; clear
            // of the marks at the call's end.
            const BesideRoom beside = besideRoom(obstacles, bar.left(), bar.right(), m);
            const bool besideFree = beside.left >= left && beside.left >= lastLabelRight;
            const double besideLimit = std::min(beside.limit, right);
            auto fitsBeside = [&](int width) {
                return besideFree && beside.left + width + m.px(4) <= besideLimit;
            };
            auto drawBeside = [&](const QString &text, int width) {
                ++stats.labelsBeside;
                lastLabelRight = beside.left + width + m.px(4);
                const QRectF textRect(beside.left, bar.top() + m.px(2), width + m.px(4),
                                      bar.height() - m.px(4));
                p.fillRect(textRect, palette.background);
                p.setPen(palette.labelText);
                p.setFont(callFont);
                p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
            };
            // Where the whole label fits neither way: the call's name alone, or nothing.
            auto placeName = [&] {
                const QString name = blockedCallName(ctx.trace, span);
                const int nameWidth = callMetrics.horizontalAdvance(name);
                if (nameWidth <= room) {
                    ++stats.labelsShortened;
                    drawInside(name, nameWidth);
                } else if (fitsBeside(nameWidth)) {
                    ++stats.labelsShortened;
                    drawBeside(name, nameWidth);
                } else {
                    ++stats.labelsHidden;
                    stats.widestHiddenBarPx =
                        std::max(stats.widestHiddenBarPx,
                                 std::min(bar.right(), right) - std::max(bar.left(), left));
                    if (stats.hiddenLabelSpans.size() < 4096)
                        stats.hiddenLabelSpans.push_back(span.begin);
                }
            };
            if (fitsBeside(callWidth))
                drawBeside(call, callWidth);
            else
                placeName();
        }
        // The readiness set select/poll/epoll returned.
        if (span.kind == EventKind::WaitBegin && !span.isOpen())
            paintCells(p, ctx, span, bar, top, strip);
    }
}

void paintEndMarks(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top,
                   const std::vector<FoldedItem> &items)
{
    const double cy = top + ctx.m.barTop + ctx.m.barHeight / 2.0;
    for (const FoldedItem &item : items) {
        if (item.isFold())
            continue;
        const BlockedSpan &span = row.spans[item.first];
        if (span.isOpen())
            continue;
        const Event &end = ctx.trace.at(span.end);
        if (!endNeedsMark(end))
            continue;
        drawMark(p, markKindOf(end), QPointF(item.x1, cy), ctx.m.markerWidth * 1.2, ctx.palette);
    }
}

} // namespace sockscope::spanpainter
