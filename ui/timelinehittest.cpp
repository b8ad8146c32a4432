// TimelineView: what is under the pointer (hit testing, tooltips) and where events are drawn.
#include "analysis/eventtext.h"
#include "axispainter.h"
#include "socketlanepainter.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QScrollBar>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sockscope {

qsizetype TimelineView::eventAt(const QPoint &pos) const
{
    const int r = rowAtY(pos.y());
    if (r < 0 || pos.x() < m_scale.plotLeft || m_layout.rows()[std::size_t(r)].isHeader ||
        m_layout.rows()[std::size_t(r)].isAggregate())
        return -1;
    if (m_layout.rows()[std::size_t(r)].sockets)
        return socketSampleAt(m_layout.rows()[std::size_t(r)].socket, pos);
    const LaneRow &row = m_data.rows()[std::size_t(m_layout.rows()[std::size_t(r)].lane)];
    const Trace &trace = m_document->trace();
    const std::int64_t liveEdge = m_document->liveEdgeNs();
    const double tolerance = 8 * m_scaleFactor;
    const std::int64_t t = m_scale.timeAt(pos.x());
    qsizetype best = -1;
    double bestDistance = tolerance + 1;
    auto consider = [&](qsizetype index) {
        const double d = std::abs(m_scale.xOf(trace.at(index).tNs) - pos.x());
        if (d < bestDistance) {
            bestDistance = d;
            best = index;
        }
    };
    // Instants near the pointer.
    const std::int64_t tLow = m_scale.timeAt(pos.x() - tolerance);
    const std::int64_t tHigh = m_scale.timeAt(pos.x() + tolerance);
    auto it =
        std::lower_bound(row.instants.begin(), row.instants.end(), tLow,
                         [&](std::uint32_t i, std::int64_t v) { return trace.at(i).tNs < v; });
    for (; it != row.instants.end() && trace.at(*it).tNs <= tHigh; ++it)
        consider(*it);
    // Span ends near the pointer, or the span the pointer is in.
    auto sp = std::upper_bound(row.spans.begin(), row.spans.end(), tHigh,
                               [](std::int64_t v, const BlockedSpan &s) { return v < s.beginNs; });
    for (int k = 0; k < 3 && sp != row.spans.begin(); ++k) {
        --sp;
        consider(sp->begin);
        if (!sp->isOpen())
            consider(sp->end);
    }
    if (best >= 0)
        return best;
    if (const BlockedSpan *inside = spanAt(row, t, liveEdge))
        return inside->begin; // inside a bar: the blocked call
    return -1;
}

qsizetype TimelineView::socketSampleAt(int socket, const QPoint &pos) const
{
    if (socket < 0 || socket >= int(m_data.socketLanes().size()))
        return -1;
    const SocketLane &lane = m_data.socketLanes()[std::size_t(socket)];
    const SocketLaneGauges &gauges = m_data.socketGauges()[std::size_t(socket)];
    const double tolerance = 8 * m_scaleFactor;
    // A drop mark near the pointer first: it is small.
    for (const ListenDrop &d : gauges.drops) {
        if (std::abs(m_scale.xOf(d.tNs) - pos.x()) <= tolerance)
            return d.event;
    }
    const std::int64_t t = m_scale.timeAt(pos.x());
    const int row = m_layout.rowOfSocket(socket);
    const int top = row < 0 ? 0
                            : m_layout.rows()[std::size_t(row)].top - verticalScrollBar()->value() +
                                  metrics().axisHeight;
    const auto b = socketlanepainter::bands(metrics());
    if (pos.y() >= top + b.gaugeTop) {
        // A queue level: the sample whose step the pointer is in.
        const std::size_t k =
            gauges.kinds.size() > 1 && pos.y() >= top + b.gaugeTop + b.gaugeHeight / 2 ? 1 : 0;
        if (k < gauges.steps.size()) {
            const auto &steps = gauges.steps[k];
            auto it =
                std::upper_bound(steps.begin(), steps.end(), t,
                                 [](std::int64_t v, const GaugeStep &s) { return v < s.beginNs; });
            if (it != steps.begin())
                return std::prev(it)->event;
        }
        return -1;
    }
    auto it =
        std::upper_bound(lane.states.begin(), lane.states.end(), t,
                         [](std::int64_t v, const SocketStateSpan &s) { return v < s.beginNs; });
    if (it == lane.states.begin())
        return -1;
    --it;
    if (!it->open && t > it->endNs)
        return -1;
    return it->event;
}

QPoint TimelineView::eventPosition(qsizetype index) const
{
    if (index < 0 || index >= m_document->trace().size())
        return {-1, -1};
    const Event &e = m_document->trace().at(index);
    const int y = laneCenterY(m_data.rowOfActor(e.actor));
    return {int(std::lround(m_scale.xOf(e.tNs))), y == INT_MIN ? -1 : y};
}

QStringList TimelineView::laneLabels() const
{
    QStringList labels;
    if (showsWaits(m_socketView)) {
        for (const LaneRow &row : m_data.rows())
            labels << eventtext::actor(m_document->trace(), row.lane.actor);
    }
    if (showsSockets(m_socketView)) {
        for (const SocketLaneTitle &t : m_data.socketTitles())
            labels << t.title;
    }
    return labels;
}

QString TimelineView::toolTipTextAt(const QPoint &pos) const
{
    const qsizetype cursor = m_document->cursor();
    if (m_stats.cursorTimeBox.contains(pos) && cursor >= 0 && cursor < m_document->trace().size()) {
        // As the axis painted it: out of view, the time at the edge with an arrow.
        if (m_stats.cursorOutOfView)
            return tr("The cursor is at %1, out of view: click to bring it into view.")
                .arg(eventtext::time(m_document->trace().at(cursor).tNs));
        return {};
    }
    const qsizetype index = eventAt(pos);
    if (index < 0)
        return {};
    const Trace &trace = m_document->trace();
    QString text = eventtext::describe(trace, index);
    // For a blocked call: what it waited for, and for how long.
    const Event &e = trace.at(index);
    const int row = m_data.rowOfActor(e.actor);
    if (row >= 0 && (isBeginKind(e.kind) || isEndKind(e.kind))) {
        for (const BlockedSpan &s : m_data.rows()[std::size_t(row)].spans) {
            if (s.begin != index && s.end != std::uint32_t(index))
                continue;
            text += QLatin1Char('\n') +
                    tr("%1 — %2").arg(blockedCallLabel(trace, s), whyItWaits(trace, s));
            text +=
                QLatin1Char('\n') +
                (s.isOpen()
                     ? tr("blocked for %1 so far")
                           .arg(axispainter::durationText(s.endAt(m_document->liveEdgeNs()) -
                                                          s.beginNs))
                     : tr("blocked for %1").arg(axispainter::durationText(s.endNs - s.beginNs)));
            break;
        }
    }
    return text;
}

} // namespace sockscope
