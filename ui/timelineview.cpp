#include "timelineview.h"

#include "analysis/eventtext.h"
#include "analysis/preparedanalysis.h"
#include "arrowpainter.h"
#include "axispainter.h"
#include "lanepainter.h"
#include "plaintooltip.h"
#include "socketlanepainter.h"
#include "trace/kernelsample.h"
#include "tracedocument.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace sockscope {

namespace {
constexpr std::int64_t kIdleGapNs = 100000000; // 100 ms without any event is "idle"
constexpr std::int64_t kShownGapNs = 15000000; // ... and is drawn as if it took 15 ms
} // namespace

TimelineView::TimelineView(TraceDocument *document, QWidget *parent)
    : QAbstractScrollArea(parent), m_document(document), m_toolTip(new PlainToolTip(this))
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(200);
    connect(document, &TraceDocument::traceReset, this, &TimelineView::rebuild);
    connect(document, &TraceDocument::eventsAppended, this, &TimelineView::onAppended);
    connect(document, &TraceDocument::actorsChanged, this, [this] { invalidateStaticLayer(); });
    connect(document, &TraceDocument::liveChanged, this, &TimelineView::onLiveChanged);
    connect(document, &TraceDocument::liveEdgeChanged, this, &TimelineView::onLiveEdgeChanged);
    connect(document, &TraceDocument::cursorChanged, this, &TimelineView::onCursorChanged);
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this, [this] { userMovedView(); });
    rebuild();
}

TimelineView::~TimelineView() = default;

double TimelineView::plotRight() const
{
    return viewport()->width() - 4;
}

void TimelineView::rebuild()
{
    PreparedAnalysis *prepared = m_document->prepared();
    if (prepared && !prepared->timelineTaken) {
        m_data = std::move(prepared->timeline); // analysed where the trace was read
        prepared->timelineTaken = true;
    } else {
        m_data.rebuild(m_document->trace());
    }
    updateWarp();
    relayout();
    m_fitPending = true;
    if (m_followLive || m_document->trace().isEmpty())
        followLiveEdge();
    viewport()->update();
}

void TimelineView::onAppended()
{
    // The analysis takes in the new events only: a drain costs what it adds.
    const std::size_t lanesBefore = m_data.rows().size();
    const std::size_t socketsBefore = m_data.socketLanes().size();
    m_data.update(m_document->trace());
    if (m_compressIdleGaps)
        updateWarp();
    if (m_data.rows().size() != lanesBefore || m_data.socketLanes().size() != socketsBefore)
        relayout();
    else if (showsSockets(m_socketView))
        invalidateStaticLayer(); // a socket lane's holder may have become known
    if (m_followLive)
        followLiveEdge();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::onLiveChanged(bool live)
{
    // The run is over: show where its story happened, unless the user has moved away.
    if (!live && m_followLive)
        zoomToStory();
}

void TimelineView::onLiveEdgeChanged()
{
    if (m_followLive && m_document->isLive())
        followLiveEdge();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::onCursorChanged()
{
    const qsizetype cursor = m_document->cursor();
    // Right after an automatic fit the program may put the cursor on the last step (the
    // stop, long after the story; the kernel's last samples may follow it): the story stays in
    // view; stepping scrolls as usual.
    const bool hold =
        std::exchange(m_holdViewForCursor, false) && cursor == lastStepIndex(m_document->trace());
    if (cursor >= 0 && !m_document->isLive() && !hold)
        ensureEventVisible(cursor);
    viewport()->update();
}

void TimelineView::relayout()
{
    m_layout.build(m_data.rows(), metrics(), m_expanded, TimelineLayout::kDefaultMaxLanes,
                   m_socketView, int(m_data.socketLanes().size()));
    invalidateStaticLayer();
    updateScrollBars();
}

bool TimelineView::toggleGroupAt(const QPoint &pos)
{
    const int r = rowAtY(pos.y());
    if (r < 0)
        return false;
    const TimelineLayout::Row &row = m_layout.rows()[std::size_t(r)];
    if (row.sockets)
        return false;
    const bool onAggregate = row.isAggregate();
    const bool onHeader = row.isHeader && m_layout.isFoldable(row.group);
    if (!onAggregate && !onHeader)
        return false;
    if (m_expanded.count(row.group))
        m_expanded.erase(row.group);
    else
        m_expanded.insert(row.group);
    relayout();
    return true;
}

void TimelineView::invalidateStaticLayer()
{
    m_staticKey.clear();
    viewport()->update();
}

void TimelineView::updateWarp()
{
    std::shared_ptr<const TimeWarp> warp;
    if (m_compressIdleGaps) {
        auto gaps = m_data.idleGapsOver(m_document->trace(), kIdleGapNs);
        // While live, the stretch after the last event is not a gap yet.
        if (!gaps.empty()) {
            // A squeezed gap takes a fixed share of the busy time, so the busy stretches
            // get most of the width however long the run idled.
            std::int64_t idle = 0;
            for (const auto &g : gaps)
                idle += g.endNs - g.beginNs;
            const std::int64_t busy = std::max<std::int64_t>(m_document->trace().endNs() - idle, 0);
            const std::int64_t shown =
                std::clamp<std::int64_t>(busy / 6, kShownGapNs / 30, kShownGapNs);
            warp = std::make_shared<TimeWarp>(std::move(gaps), shown);
        }
    }
    m_scale.setWarp(warp, metrics().labelWidth);
}

void TimelineView::setSocketView(SocketView view)
{
    if (view == m_socketView)
        return;
    m_socketView = view;
    relayout();
    Q_EMIT socketViewChanged(view);
}

int TimelineView::socketLaneRows() const
{
    int n = 0;
    for (const TimelineLayout::Row &row : m_layout.rows())
        n += row.isSocketLane() ? 1 : 0;
    return n;
}

void TimelineView::setCompressIdleGaps(bool on)
{
    if (on == m_compressIdleGaps)
        return;
    m_compressIdleGaps = on;
    updateWarp();
    zoomToFit();
}

void TimelineView::setFollowLive(bool on)
{
    if (on == m_followLive)
        return;
    m_followLive = on;
    if (on)
        followLiveEdge();
    Q_EMIT followLiveChanged(on);
    viewport()->update();
}

void TimelineView::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    invalidateStaticLayer();
    viewport()->update();
}

void TimelineView::setScaleFactor(double factor)
{
    factor = std::clamp(factor, 0.5, 4.0);
    if (qFuzzyCompare(factor, m_scaleFactor))
        return;
    const double anchor = m_scale.timeAt(m_scale.plotLeft);
    m_scaleFactor = factor;
    relayout();
    m_scale.plotLeft = metrics().labelWidth;
    m_scale.displayStartNs = m_scale.displayOf(anchor);
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    m_updatingScrollBars = true;
    const TimelineMetrics m = metrics();
    const int pageV = std::max(0, viewport()->height() - m.axisHeight);
    verticalScrollBar()->setRange(0, std::max(0, m_layout.contentHeight() - pageV));
    verticalScrollBar()->setPageStep(pageV);
    verticalScrollBar()->setSingleStep(m.laneHeight / 2);

    // Horizontal: the scroll bar counts pixels of display time from 0 to the live edge.
    const double width = std::max(1.0, plotRight() - m.labelWidth);
    const double total = m_scale.displayOf(double(displayExtentEndNs())) / m_scale.nsPerPx;
    const double value = m_scale.displayStartNs / m_scale.nsPerPx;
    const double maxValue = std::max(total - width * 0.5, value);
    constexpr double kLimit = 1e9;
    horizontalScrollBar()->setRange(int(std::clamp(std::min(0.0, value), -kLimit, kLimit)),
                                    int(std::clamp(maxValue, 0.0, kLimit)));
    horizontalScrollBar()->setPageStep(int(width));
    horizontalScrollBar()->setSingleStep(int(std::max(1.0, width / 20)));
    horizontalScrollBar()->setValue(int(std::clamp(value, -kLimit, kLimit)));
    m_updatingScrollBars = false;
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    if (m_updatingScrollBars)
        return;
    if (dx != 0) {
        m_scale.panByPixels(dx);
        Q_EMIT viewChanged();
    }
    if (dy != 0)
        invalidateStaticLayer();
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_scale.plotLeft = metrics().labelWidth;
    if (m_followLive || m_fitPending)
        followLiveEdge();
    updateScrollBars();
    if (!m_fitPending && event->oldSize().isValid())
        keepCursorRowsAfterShrink(viewport()->height() + event->oldSize().height() -
                                  event->size().height());
    invalidateStaticLayer();
}

int TimelineView::rowAtY(int viewportY) const
{
    const int axis = metrics().axisHeight;
    if (viewportY < axis)
        return -1;
    return m_layout.rowAt(viewportY - axis + verticalScrollBar()->value());
}

int TimelineView::laneCenterY(int lane) const
{
    const int row = m_layout.rowOfLane(lane);
    if (row < 0)
        return INT_MIN;
    const TimelineMetrics m = metrics();
    return m_layout.rows()[std::size_t(row)].top - verticalScrollBar()->value() + m.axisHeight +
           m.barTop + m.barHeight / 2;
}

// ---------------------------------------------------------------------------------------
// Painting: the painters draw; the view hands them what they need.

TimelinePaintContext TimelineView::paintContext(const QRect &rect)
{
    const TimelineMetrics m = metrics();
    m_scale.plotLeft = m.labelWidth;
    const QRect plot(m.labelWidth, m.axisHeight, int(plotRight()) - m.labelWidth,
                     rect.height() - m.axisHeight);
    const TimelinePaintContext ctx{m_document->trace(),
                                   m_data,
                                   m_palette,
                                   m_scale,
                                   m_layout,
                                   m,
                                   font(),
                                   plot,
                                   m_document->liveEdgeNs(),
                                   m_document->cursor(),
                                   m_document->isLive(),
                                   m_followLive,
                                   verticalScrollBar()->value(),
                                   &m_stats};
    return ctx;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    paintTimeline(p, viewport()->rect());
}

void TimelineView::paintTimeline(QPainter &p, const QRect &rect)
{
    QElapsedTimer timer;
    timer.start();
    m_stats = {};
    const TimelinePaintContext ctx = paintContext(rect);
    p.setRenderHint(QPainter::Antialiasing, false);
    paintStaticLayer(p, ctx, rect);
    const QRect clip(ctx.m.labelWidth, ctx.m.axisHeight, rect.width() - ctx.m.labelWidth,
                     rect.height() - ctx.m.axisHeight);
    p.save();
    p.setClipRect(clip);
    axispainter::paintGrid(p, ctx);
    // Only the lanes inside the viewport (rows are sorted by y).
    const auto &rows = m_layout.rows();
    for (int r = std::max(0, rowAtY(ctx.m.axisHeight)); r < int(rows.size()); ++r) {
        const TimelineLayout::Row &row = rows[std::size_t(r)];
        const int top = row.top - ctx.scrollY + ctx.m.axisHeight;
        if (top > rect.bottom())
            break;
        if (row.isHeader || top + row.height < ctx.m.axisHeight)
            continue;
        if (row.isSocketLane())
            socketlanepainter::paint(p, ctx, row.socket, top);
        else if (row.isSocketNote())
            socketlanepainter::paintNote(p, ctx, top, row.height);
        else if (row.isAggregate())
            lanepainter::paintAggregate(
                p, ctx, row.group, int(m_layout.aggregates()[std::size_t(row.aggregate)].size()),
                top);
        else
            lanepainter::paintLane(p, ctx, row.lane, top);
        ++m_stats.lanesDrawn;
    }
    arrowpainter::paint(p, ctx);
    axispainter::paintCursor(p, ctx);
    p.restore();
    axispainter::paintAxis(p, ctx, rect);
    m_stats.milliseconds = double(timer.nsecsElapsed()) / 1e6;
}

void TimelineView::paintStaticLayer(QPainter &p, const TimelinePaintContext &ctx, const QRect &rect)
{
    // Lane backgrounds, group headers and lane labels change only with the layout, the size
    // and vertical scrolling, not with time panning or new events.
    const QString key = QStringLiteral("%1x%2/%3/%4/%5/%6/%7")
                            .arg(rect.width())
                            .arg(rect.height())
                            .arg(ctx.scrollY)
                            .arg(m_layout.rows().size())
                            .arg(m_scaleFactor)
                            .arg(int(m_socketView))
                            .arg(m_data.socketTitles().size());
    if (key != m_staticKey || m_staticLayer.size() != rect.size() * devicePixelRatioF()) {
        m_staticKey = key;
        m_staticLayer = QPixmap(rect.size() * devicePixelRatioF());
        m_staticLayer.setDevicePixelRatio(devicePixelRatioF());
        m_staticLayer.fill(m_palette.background);
        QPainter sp(&m_staticLayer);
        lanepainter::paintLabelColumn(sp, ctx, rect);
    }
    p.drawPixmap(rect.topLeft(), m_staticLayer);
}

// ---------------------------------------------------------------------------------------
// Interaction

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        m_toolTip->showText(help->globalPos(), toolTipTextAt(help->pos()));
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::leaveEvent(QEvent *event)
{
    m_toolTip->hide();
    QAbstractScrollArea::leaveEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, delta.y()), event->position().x());
        event->accept();
        return;
    }
    const bool vertical = std::abs(delta.y()) >= std::abs(delta.x());
    const bool canScrollLanes = verticalScrollBar()->maximum() > 0;
    if (vertical && !(event->modifiers() & Qt::ShiftModifier) && canScrollLanes) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Pan time: shift+wheel, a horizontal wheel, or a wheel when every lane is visible.
    const int amount = vertical ? delta.y() : delta.x();
    m_scale.panByPixels(amount / 2.0);
    userMovedView();
    updateScrollBars();
    viewport()->update();
    Q_EMIT viewChanged();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_lastDragPos = m_pressPos;
        m_dragging = false;
        m_toolTip->hide();
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            const QPoint d = pos - m_lastDragPos;
            m_lastDragPos = pos;
            m_scale.panByPixels(d.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
            userMovedView();
            updateScrollBars();
            viewport()->setCursor(Qt::ClosedHandCursor);
            viewport()->update();
            Q_EMIT viewChanged();
        }
        return;
    }
    if (m_toolTip->isVisible())
        m_toolTip->showText(event->globalPosition().toPoint(),
                            toolTipTextAt(event->position().toPoint()));
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        viewport()->unsetCursor();
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && m_stats.cursorTimeBox.contains(pos) && m_document->cursor() >= 0) {
            // The cursor's time on the axis (at an edge, with an arrow, when the cursor is out
            // of view): a click brings the cursor into view.
            ensureEventVisible(m_document->cursor());
        } else if (!m_dragging && !toggleGroupAt(pos)) {
            const qsizetype index = eventAt(pos);
            if (index >= 0)
                m_document->setCursor(index);
        }
        m_dragging = false;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

} // namespace sockscope
