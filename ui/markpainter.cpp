#include "markpainter.h"

#include "timelinemarks.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>

namespace sockscope::markpainter {

QString instantLabel(const Event &e)
{
    if (isInterruptedByStop(e))
        return QCoreApplication::translate("sockscope::TimelineView", "stopped");
    switch (e.kind) {
    case EventKind::Socket:
        return QCoreApplication::translate("sockscope::TimelineView", "socket → %1").arg(e.fd);
    case EventKind::Bind:
        return QCoreApplication::translate("sockscope::TimelineView", "bind %1")
            .arg(e.peer().toString());
    case EventKind::Listen:
        return QCoreApplication::translate("sockscope::TimelineView", "listen(fd %1)").arg(e.fd);
    case EventKind::Close:
        return QCoreApplication::translate("sockscope::TimelineView", "close(fd %1)").arg(e.fd);
    case EventKind::Shutdown:
        return QCoreApplication::translate("sockscope::TimelineView", "shutdown(fd %1)").arg(e.fd);
    case EventKind::Send:
    case EventKind::Sendto:
        return QCoreApplication::translate("sockscope::TimelineView", "send %1 B").arg(e.bytes);
    case EventKind::WouldBlock:
        return QCoreApplication::translate("sockscope::TimelineView", "EAGAIN");
    case EventKind::ThreadSpawn:
        return QCoreApplication::translate("sockscope::TimelineView", "spawn");
    case EventKind::ThreadExit:
        return QCoreApplication::translate("sockscope::TimelineView", "exit");
    case EventKind::Fork:
        return QCoreApplication::translate("sockscope::TimelineView", "fork → %1").arg(e.childPid);
    case EventKind::ProcessExit:
        return QCoreApplication::translate("sockscope::TimelineView", "exit(%1)").arg(e.status);
    case EventKind::Reap:
        return QCoreApplication::translate("sockscope::TimelineView", "reap %1").arg(e.childPid);
    case EventKind::EpollCtl:
        return QCoreApplication::translate("sockscope::TimelineView", "epoll_ctl %1")
            .arg(QLatin1String(epollOpName(EpollOp(e.call))));
    case EventKind::Error:
        return QCoreApplication::translate("sockscope::TimelineView", "error");
    case EventKind::TaskCreate:
        return QCoreApplication::translate("sockscope::TimelineView", "new task");
    case EventKind::TaskDone:
        return QCoreApplication::translate("sockscope::TimelineView", "task done");
    default:
        return QString::fromLatin1(eventKindName(e.kind));
    }
}

std::vector<FoldedItem> visible(const TimelinePaintContext &ctx, const LaneRow &row)
{
    std::vector<FoldedItem> items;
    const auto &instants = row.instants;
    auto timeOf = [&](std::size_t i) { return ctx.trace.at(instants[i]).tNs; };
    const double w = ctx.m.markerWidth;
    foldVisible(instants.size(), timeOf, timeOf, ctx.scale, ctx.scale.plotLeft - w,
                ctx.plotRight() + w, w + 1.0,
                [&](const FoldedItem &item) { items.push_back(item); });
    return items;
}

void paint(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top,
           const std::vector<FoldedItem> &items, StripOccupancy &strip)
{
    const TimelineMetrics &m = ctx.m;
    const TimelinePalette &palette = ctx.palette;
    const QFont labelFont = ctx.font(m.instantPx, true);
    const QFontMetrics labelMetrics(labelFont);
    const double cy = top + m.barTop + m.barHeight / 2.0;
    p.setFont(labelFont);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const FoldedItem &item = items[k];
        ++ctx.stats->itemsDrawn;
        const double nextX = k + 1 < items.size() ? items[k + 1].x0 : ctx.plotRight() + 1000;
        if (item.isFold()) {
            ++ctx.stats->foldedBlocks;
            // An outlined block, not a mark: several calls too close to tell apart.
            const QRectF block(item.x0 - m.markerWidth / 2.0, cy - m.markerWidth * 0.7,
                               std::max(item.x1 - item.x0, 0.0) + m.markerWidth,
                               m.markerWidth * 1.4);
            p.fillRect(block, palette.fold);
            p.setPen(QPen(palette.marker, 1));
            p.drawRect(block);
            const QString count = QStringLiteral("×%1").arg(item.count);
            const int countWidth = labelMetrics.horizontalAdvance(count);
            if (nextX - item.x1 > countWidth + 10 &&
                strip.claim(item.x0, item.x0 + countWidth, m.px(3))) {
                p.setPen(palette.marker);
                p.drawText(QPointF(item.x0, top + m.stripTop + labelMetrics.ascent()), count);
            }
            continue;
        }
        const Event &e = ctx.trace.at(row.instants[item.first]);
        const MarkKind kind = markKindOf(e);
        drawMark(p, kind, QPointF(item.x0, cy), m.markerWidth, palette);
        const QString label = instantLabel(e);
        const int width = labelMetrics.horizontalAdvance(label);
        const double labelLeft = item.x0 - m.markerWidth / 2.0;
        if (nextX - item.x0 > width + m.px(12) &&
            strip.claim(labelLeft, labelLeft + width, m.px(3))) {
            const bool marked = kind == MarkKind::Error || kind == MarkKind::WouldBlock ||
                                kind == MarkKind::Stopped;
            p.setPen(marked ? markColor(kind, palette) : palette.marker);
            p.drawText(QPointF(labelLeft, top + m.stripTop + labelMetrics.ascent()), label);
        }
    }
}

} // namespace sockscope::markpainter
