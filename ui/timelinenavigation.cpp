// TimelineView: where the view looks (zoom, fit, the story, following the live edge, bringing
// an event into view).
#include "storyframe.h"
#include "timelinepaintcontext.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {
constexpr std::int64_t kFollowWindowNs = 10000000000; // live: fit up to 10 s, then scroll
} // namespace

std::int64_t TimelineView::displayExtentEndNs() const
{
    return std::max<std::int64_t>({m_document->liveEdgeNs(), m_document->trace().endNs(), 1000000});
}

void TimelineView::followLiveEdge()
{
    if (!m_document->isLive() && !m_document->trace().isEmpty()) {
        // Not live (a finished run, an opened trace): the story.
        fitStory();
        return;
    }
    const std::int64_t edge = displayExtentEndNs();
    if (edge <= kFollowWindowNs || !m_document->isLive()) {
        // The whole run fits: show all of it, with a little room at the live edge.
        fitRange(0, edge + edge / 20);
    } else {
        fitRange(edge - kFollowWindowNs, edge + kFollowWindowNs / 20);
    }
}

void TimelineView::fitRange(std::int64_t beginNs, std::int64_t endNs)
{
    const double width = plotRight() - metrics().labelWidth;
    m_scale.plotLeft = metrics().labelWidth;
    if (width <= 10)
        return;
    m_scale.fit(beginNs, endNs, width);
    m_fitPending = false;
    updateScrollBars();
    viewport()->update();
    Q_EMIT viewChanged();
}

void TimelineView::userMovedView()
{
    m_holdViewForCursor = false;
    if (m_followLive && m_document->isLive())
        setFollowLive(false);
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    m_scale.zoomAround(anchorX, factor);
    userMovedView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT viewChanged();
}

void TimelineView::setTimeWindow(double displayStartNs, double nsPerPx)
{
    m_scale.plotLeft = metrics().labelWidth;
    m_scale.displayStartNs = displayStartNs;
    m_scale.nsPerPx = std::clamp(nsPerPx, TimeScale::kMinNsPerPx, TimeScale::kMaxNsPerPx);
    m_fitPending = false;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::zoomIn()
{
    double anchor = (m_scale.plotLeft + plotRight()) / 2;
    if (m_document->cursor() >= 0) {
        const double x = m_scale.xOf(m_document->cursorTimeNs());
        if (x >= m_scale.plotLeft && x <= plotRight())
            anchor = x;
    }
    zoomBy(1.5, anchor);
}

void TimelineView::zoomOut()
{
    zoomBy(1 / 1.5, (m_scale.plotLeft + plotRight()) / 2);
}

void TimelineView::zoomToFit()
{
    const double width = plotRight() - metrics().labelWidth;
    m_scale.plotLeft = metrics().labelWidth;
    const std::int64_t edge = displayExtentEndNs();
    // Room on the right so that the last event is not on the edge (nor scrolled to by the
    // cursor's keep-in-view margin).
    const double margin = std::min(110 * m_scaleFactor, width / 4);
    m_scale.fit(0, edge, std::max(width - margin, 10.0));
    m_scale.panByPixels(std::min(12 * m_scaleFactor, margin / 4));
    updateScrollBars();
    viewport()->update();
    Q_EMIT viewChanged();
}

void TimelineView::zoomToStory()
{
    if (m_document->trace().isEmpty()) {
        zoomToFit();
        return;
    }
    fitStory();
    m_holdViewForCursor = true;
}

void TimelineView::fitStory()
{
    const TimelineMetrics m = metrics();
    const double width = plotRight() - m.labelWidth;
    m_scale.plotLeft = m.labelWidth;
    if (width <= 10)
        return;
    const StoryFrame frame =
        storyFrame(m_document->trace(), m_data.story(m_document->trace()), m_data, m,
                   QFontMetricsF(timelineFont(font(), m.callPx, true)), width);
    m_scale.fit(frame.beginNs, frame.endNs,
                std::max(width - frame.leftRoomPx - frame.rightRoomPx, 10.0));
    m_scale.panByPixels(frame.leftRoomPx);
    if (m_scale.displayStartNs < 0) {
        // Nothing before the trace's start: the story from 0.
        m_scale.fit(0, frame.endNs, std::max(width - frame.rightRoomPx, 10.0));
    }
    m_fitPending = false;
    updateScrollBars();
    viewport()->update();
    Q_EMIT viewChanged();
}

// The socket lane an event is about: a kernel sample's own lane, or the lane of the socket the
// actor's descriptor held at that moment (same process and fd). -1 for none.
int TimelineView::socketLaneOfEvent(qsizetype index) const
{
    const Trace &trace = m_document->trace();
    const Event &e = trace.at(index);
    const auto &lanes = m_data.socketLanes();
    const bool sample = isKernelSampleKind(e.kind);
    const Actor *actor = trace.actor(e.actor);
    if (!sample && (e.fd < 0 || !actor || actor->pid <= 0))
        return -1;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        for (const SocketStateSpan &span : lanes[i].states) {
            if (sample) {
                if (span.event == index)
                    return int(i);
                continue;
            }
            const bool during = span.beginNs <= e.tNs && (span.open || e.tNs < span.endNs);
            if (during && span.pid == actor->pid && span.fd == e.fd)
                return int(i);
        }
        if (sample) {
            for (const QueueLevel &level : lanes[i].levels) {
                if (level.event == index)
                    return int(i);
            }
        }
    }
    return -1;
}

void TimelineView::ensureEventVisible(qsizetype index)
{
    if (index < 0 || index >= m_document->trace().size())
        return;
    const Event &e = m_document->trace().at(index);
    const double before = m_scale.displayStartNs;
    m_scale.ensureVisible(e.tNs, plotRight(), 60 * m_scaleFactor);
    keepEventRowsInView(index);
    if (before != m_scale.displayStartNs) {
        updateScrollBars();
        Q_EMIT viewChanged();
    }
    viewport()->update();
}

std::pair<int, int> TimelineView::eventRows(qsizetype index) const
{
    const int actorRow = m_layout.rowOfLane(m_data.rowOfActor(m_document->trace().at(index).actor));
    return {actorRow, m_layout.rowOfSocket(socketLaneOfEvent(index))};
}

void TimelineView::keepEventRowsInView(qsizetype index)
{
    // The lane, vertically; then the lane of the event's socket (a sample's own, or the socket
    // the call's descriptor held then) as far as it fits with the actor's lane in view.
    const TimelineMetrics m = metrics();
    const auto [layoutRow, socketRow] = eventRows(index);
    const int visibleHeight = viewport()->height() - m.axisHeight;
    if (layoutRow >= 0) {
        const TimelineLayout::Row &r = m_layout.rows()[std::size_t(layoutRow)];
        const int visibleTop = verticalScrollBar()->value();
        if (r.top < visibleTop)
            verticalScrollBar()->setValue(r.top - m.headerHeight);
        else if (r.top + r.height > visibleTop + visibleHeight)
            verticalScrollBar()->setValue(r.top + r.height - visibleHeight);
    }
    if (socketRow >= 0) {
        const TimelineLayout::Row &s = m_layout.rows()[std::size_t(socketRow)];
        int top = verticalScrollBar()->value();
        if (s.top + s.height > top + visibleHeight)
            top = s.top + s.height - visibleHeight;
        if (s.top < top)
            top = s.top - m.headerHeight;
        if (layoutRow >= 0) { // the actor's lane stays in view
            const TimelineLayout::Row &r = m_layout.rows()[std::size_t(layoutRow)];
            top = std::min(top, r.top);
            top = std::max(top, r.top + r.height - visibleHeight);
        }
        verticalScrollBar()->setValue(top);
    }
}

void TimelineView::keepCursorRowsAfterShrink(int oldViewportHeight)
{
    // The view grew shorter (the caption took a longer text, the window was made smaller):
    // the cursor's lanes stay whole if they were in view before, not if the user had scrolled
    // them away.
    const qsizetype cursor = m_document->cursor();
    if (cursor < 0 || cursor >= m_document->trace().size() || m_document->isLive() ||
        oldViewportHeight <= viewport()->height())
        return;
    const int top = verticalScrollBar()->value();
    const int bottom = top + oldViewportHeight - metrics().axisHeight;
    const auto [actorRow, socketRow] = eventRows(cursor);
    bool wasInView = false;
    for (int row : {actorRow, socketRow}) {
        if (row < 0)
            continue;
        const TimelineLayout::Row &r = m_layout.rows()[std::size_t(row)];
        wasInView = wasInView || (r.top < bottom && r.top + r.height > top);
    }
    if (wasInView)
        keepEventRowsInView(cursor);
}

} // namespace sockscope
