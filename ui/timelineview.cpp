#include "timelineview.h"

#include "analysis/eventtext.h"
#include "plaintooltip.h"
#include "tracedocument.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace sockscope {

namespace {

constexpr double kMinItemPx = 3.0;                    // narrower items fold (Tracy: MinVisSize)
constexpr std::int64_t kIdleGapNs = 100000000;        // 100 ms without any event is "idle"
constexpr std::int64_t kShownGapNs = 15000000;        // ... and is drawn as if it took 15 ms
constexpr std::int64_t kFollowWindowNs = 10000000000; // live: fit up to 10 s, then scroll
constexpr int kMaxArrows = 600;                       // more than that in view: a hint instead

QFont pixelFont(const QFont &base, double px, bool bold)
{
    QFont f = base;
    f.setPixelSize(std::max(6, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

// "1 ms", "0.25 ms", "1.5 s" - a step of 1, 2 or 5 times a power of ten.
double niceStep(double rawNs)
{
    const double p = std::pow(10.0, std::floor(std::log10(std::max(rawNs, 1.0))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * p >= rawNs)
            return m * p;
    }
    return 10 * p;
}

QString tickLabel(std::int64_t tNs, double stepNs)
{
    const int decimals = stepNs >= 1e6 ? 0 : stepNs >= 1e5 ? 1 : stepNs >= 1e4 ? 2 : 3;
    return TimelineView::tr("%1 ms").arg(double(tNs) / 1e6, 0, 'f', decimals);
}

QString durationText(std::int64_t ns)
{
    if (ns >= 1000000000)
        return TimelineView::tr("%1 s").arg(double(ns) / 1e9, 0, 'f', 2);
    if (ns >= 1000000)
        return TimelineView::tr("%1 ms").arg(double(ns) / 1e6, 0, 'f', 1);
    return TimelineView::tr("%1 µs").arg(double(ns) / 1e3, 0, 'f', 0);
}

// Cuts the line to `rect` (Liang-Barsky). A dashed, antialiased line is stroked over its
// whole length even where clipping hides it, and a spawn arrow to a lane far below the view
// can be thousands of pixels long. False when nothing of it is inside.
bool clipLine(QPointF &a, QPointF &b, const QRectF &rect)
{
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
    connect(document, &TraceDocument::liveEdgeChanged, this, &TimelineView::onLiveEdgeChanged);
    connect(document, &TraceDocument::cursorChanged, this, &TimelineView::onCursorChanged);
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this, [this] { userMovedView(); });
    rebuild();
}

TimelineView::~TimelineView() = default;

TimelineView::Metrics TimelineView::metrics() const
{
    const double s = m_scaleFactor;
    Metrics m;
    m.axisHeight = int(40 * s);
    m.labelWidth = int(190 * s);
    m.barTop = int(6 * s);
    m.barHeight = int(30 * s);
    m.stripTop = m.barTop + m.barHeight + int(3 * s);
    m.stripHeight = int(19 * s);
    m.laneHeight = m.stripTop + m.stripHeight + int(5 * s);
    m.headerHeight = int(26 * s);
    m.cell = int(18 * s);
    m.markerWidth = int(9 * s);
    m.line = 2.0 * s;
    return m;
}

double TimelineView::plotRight() const
{
    return viewport()->width() - 4;
}

void TimelineView::rebuild()
{
    m_data.rebuild(m_document->trace());
    updateWarp();
    relayout();
    m_fitPending = true;
    if (m_followLive || m_document->trace().isEmpty())
        followLiveEdge();
    viewport()->update();
}

void TimelineView::onAppended()
{
    // Analysis is a few linear passes; while live it is rebuilt at most once per drain.
    const std::size_t lanesBefore = m_data.rows().size();
    m_data.rebuild(m_document->trace());
    if (m_compressIdleGaps)
        updateWarp();
    if (m_data.rows().size() != lanesBefore)
        relayout();
    if (m_followLive)
        followLiveEdge();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::onLiveEdgeChanged()
{
    if (m_followLive)
        followLiveEdge();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::onCursorChanged()
{
    const qsizetype cursor = m_document->cursor();
    if (cursor >= 0 && !m_document->isLive())
        ensureEventVisible(cursor);
    viewport()->update();
}

void TimelineView::relayout()
{
    const Metrics m = metrics();
    m_layout.clear();
    m_layoutOfLane.assign(m_data.rows().size(), -1);
    int y = 0;
    std::optional<LaneGroup> group;
    const auto &rows = m_data.rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!group || *group != rows[i].lane.group) {
            group = rows[i].lane.group;
            m_layout.push_back({true, -1, *group, y, m.headerHeight});
            y += m.headerHeight;
        }
        m_layoutOfLane[i] = int(m_layout.size());
        m_layout.push_back({false, int(i), rows[i].lane.group, y, m.laneHeight});
        y += m.laneHeight;
    }
    m_contentHeight = y;
    invalidateStaticLayer();
    updateScrollBars();
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
        auto gaps = TimelineData::idleGaps(m_document->trace(), kIdleGapNs);
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

std::int64_t TimelineView::displayExtentEndNs() const
{
    return std::max<std::int64_t>({m_document->liveEdgeNs(), m_document->trace().endNs(), 1000000});
}

void TimelineView::followLiveEdge()
{
    const std::int64_t edge = displayExtentEndNs();
    const double width = plotRight() - metrics().labelWidth;
    m_scale.plotLeft = metrics().labelWidth;
    if (width <= 10)
        return;
    if (edge <= kFollowWindowNs || !m_document->isLive()) {
        // The whole run fits: show all of it, with a little room at the live edge.
        m_scale.fit(0, edge + edge / 20, width);
    } else {
        m_scale.fit(edge - kFollowWindowNs, edge + kFollowWindowNs / 20, width);
    }
    m_fitPending = false;
    updateScrollBars();
    Q_EMIT viewChanged();
}

void TimelineView::userMovedView()
{
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

void TimelineView::ensureEventVisible(qsizetype index)
{
    if (index < 0 || index >= m_document->trace().size())
        return;
    const Event &e = m_document->trace().at(index);
    const double before = m_scale.displayStartNs;
    m_scale.ensureVisible(e.tNs, plotRight(), 60 * m_scaleFactor);
    // And the lane, vertically.
    const int row = m_data.rowOfActor(e.actor);
    for (const LayoutRow &r : m_layout) {
        if (r.isHeader || r.lane != row)
            continue;
        const int visibleTop = verticalScrollBar()->value();
        const int visibleHeight = viewport()->height() - metrics().axisHeight;
        if (r.top < visibleTop)
            verticalScrollBar()->setValue(r.top - metrics().headerHeight);
        else if (r.top + r.height > visibleTop + visibleHeight)
            verticalScrollBar()->setValue(r.top + r.height - visibleHeight);
        break;
    }
    if (before != m_scale.displayStartNs) {
        updateScrollBars();
        Q_EMIT viewChanged();
    }
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    m_updatingScrollBars = true;
    const Metrics m = metrics();
    const int pageV = std::max(0, viewport()->height() - m.axisHeight);
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - pageV));
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
    invalidateStaticLayer();
}

int TimelineView::rowAtY(int viewportY) const
{
    const int y = viewportY - metrics().axisHeight + verticalScrollBar()->value();
    if (viewportY < metrics().axisHeight || y < 0)
        return -1;
    auto it = std::upper_bound(m_layout.begin(), m_layout.end(), y,
                               [](int v, const LayoutRow &r) { return v < r.top; });
    if (it == m_layout.begin())
        return -1;
    --it;
    if (y >= it->top + it->height)
        return -1;
    return int(it - m_layout.begin());
}

int TimelineView::laneTop(int lane) const
{
    if (lane < 0 || lane >= int(m_layoutOfLane.size()))
        return INT_MIN;
    const LayoutRow &r = m_layout[std::size_t(m_layoutOfLane[std::size_t(lane)])];
    return r.top - verticalScrollBar()->value() + metrics().axisHeight;
}

int TimelineView::laneCenterY(int lane) const
{
    const int top = laneTop(lane);
    if (top == INT_MIN)
        return INT_MIN;
    const Metrics m = metrics();
    return top + m.barTop + m.barHeight / 2;
}

// ---------------------------------------------------------------------------------------
// Painting

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
    m_scale.plotLeft = metrics().labelWidth;
    p.setRenderHint(QPainter::Antialiasing, false);

    paintStaticLayer(p, rect);
    const Metrics m = metrics();
    const QRect plot(m.labelWidth, m.axisHeight, rect.width() - m.labelWidth,
                     rect.height() - m.axisHeight);
    p.save();
    p.setClipRect(plot);
    paintGrid(p, plot);
    // Only the lanes inside the viewport (rows are sorted by y).
    const int firstRow = std::max(0, rowAtY(m.axisHeight));
    for (int r = firstRow; r < int(m_layout.size()); ++r) {
        const LayoutRow &row = m_layout[std::size_t(r)];
        const int top = row.top - verticalScrollBar()->value() + m.axisHeight;
        if (top > rect.bottom())
            break;
        if (row.isHeader || top + row.height < m.axisHeight)
            continue;
        paintLane(p, row.lane, top);
        ++m_stats.lanesDrawn;
    }
    paintArrows(p, plot);
    paintCursor(p, plot);
    p.restore();
    paintAxis(p, rect);
    m_stats.milliseconds = double(timer.nsecsElapsed()) / 1e6;
}

void TimelineView::paintStaticLayer(QPainter &p, const QRect &rect)
{
    const QString key = QStringLiteral("%1x%2/%3/%4/%5")
                            .arg(rect.width())
                            .arg(rect.height())
                            .arg(verticalScrollBar()->value())
                            .arg(m_layout.size())
                            .arg(m_scaleFactor);
    if (key != m_staticKey || m_staticLayer.size() != rect.size() * devicePixelRatioF()) {
        m_staticKey = key;
        m_staticLayer = QPixmap(rect.size() * devicePixelRatioF());
        m_staticLayer.setDevicePixelRatio(devicePixelRatioF());
        m_staticLayer.fill(m_palette.background);
        QPainter sp(&m_staticLayer);
        sp.setRenderHint(QPainter::TextAntialiasing);
        const Metrics m = metrics();
        const QFont nameFont = pixelFont(font(), 17 * m_scaleFactor, true);
        const QFont idFont = pixelFont(font(), 13 * m_scaleFactor, false);
        const QFont headerFont = pixelFont(font(), 14 * m_scaleFactor, true);
        const Trace &trace = m_document->trace();
        int stripe = 0;
        for (const LayoutRow &row : m_layout) {
            const int top = row.top - verticalScrollBar()->value() + m.axisHeight;
            if (top > rect.height() || top + row.height < m.axisHeight)
                continue;
            if (row.isHeader) {
                const QRect band(0, top, rect.width(), row.height);
                sp.fillRect(band, m_palette.groupHeader);
                sp.setPen(m_palette.groupHeaderText);
                sp.setFont(headerFont);
                QString title = laneGroupTitle(row.group);
                if (row.group == LaneGroup::Server && !m_data.rows().empty()) {
                    if (const Actor *a = trace.actor(m_data.rows().front().lane.actor);
                        a && a->pid > 0)
                        title = tr("%1 — pid %2").arg(title).arg(a->pid);
                }
                sp.drawText(band.adjusted(int(10 * m_scaleFactor), 0, 0, 0),
                            Qt::AlignVCenter | Qt::AlignLeft, title);
                stripe = 0;
                continue;
            }
            const QRect laneRect(0, top, rect.width(), row.height);
            if (stripe++ % 2)
                sp.fillRect(laneRect, m_palette.laneStripe);
            sp.setPen(m_palette.gridLine);
            sp.drawLine(0, top + row.height - 1, rect.width(), top + row.height - 1);
            // The label column.
            const LaneRow &lane = m_data.rows()[std::size_t(row.lane)];
            const Actor *actor = trace.actor(lane.lane.actor);
            if (!actor)
                continue;
            const QRect label(int(12 * m_scaleFactor), top, m.labelWidth - int(16 * m_scaleFactor),
                              row.height);
            // The lane's colour, as the code pane marks this actor's line.
            sp.fillRect(QRect(int(3 * m_scaleFactor), top + int(4 * m_scaleFactor),
                              std::max(3, int(5 * m_scaleFactor)),
                              row.height - int(8 * m_scaleFactor)),
                        m_palette.actorColor(row.lane));
            sp.setPen(m_palette.labelText);
            sp.setFont(nameFont);
            const QFontMetrics nameMetrics(nameFont);
            sp.drawText(label.adjusted(0, int(6 * m_scaleFactor), 0, 0),
                        Qt::AlignLeft | Qt::AlignTop,
                        nameMetrics.elidedText(laneTitle(*actor), Qt::ElideRight, label.width()));
            sp.setPen(m_palette.labelSubText);
            sp.setFont(idFont);
            sp.drawText(label.adjusted(0, 0, 0, -int(8 * m_scaleFactor)),
                        Qt::AlignLeft | Qt::AlignBottom, laneIdText(*actor));
        }
        sp.setPen(QPen(m_palette.gridLine, 2));
        sp.drawLine(m.labelWidth - 1, 0, m.labelWidth - 1, rect.height());
    }
    p.drawPixmap(rect.topLeft(), m_staticLayer);
}

void TimelineView::paintGrid(QPainter &p, const QRect &plot)
{
    const double step = niceStep(m_scale.nsPerPx * 110 * m_scaleFactor);
    p.setPen(QPen(m_palette.gridLine, 1));
    const auto &gaps = m_scale.warp ? m_scale.warp->gaps() : std::vector<TimeWarp::Gap>{};
    std::int64_t t = std::int64_t(std::ceil(double(m_scale.timeAt(plot.left())) / step) * step);
    const std::int64_t end = m_scale.timeAt(plot.right());
    auto gap = gaps.begin();
    for (int guard = 0; t <= end && guard < 2000; ++guard) {
        while (gap != gaps.end() && gap->endNs <= t)
            ++gap;
        if (gap != gaps.end() && gap->beginNs < t) {
            // Inside a squeezed gap: jump over it.
            t = std::int64_t(std::ceil(double(gap->endNs) / step) * step);
            continue;
        }
        const double x = m_scale.xOf(t);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        t += std::int64_t(step);
    }
    // Squeezed gaps: a light band with a zigzag, so no one mistakes it for a short pause.
    for (const TimeWarp::Gap &g : gaps) {
        const double x0 = m_scale.xOf(g.beginNs), x1 = m_scale.xOf(g.endNs);
        if (x1 < plot.left() || x0 > plot.right())
            continue;
        p.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), QColor(0xec, 0xef, 0xf1));
        p.setPen(QPen(m_palette.gapMarker, 1.5 * m_scaleFactor, Qt::DashLine));
        p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
        p.drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()));
    }
}

void TimelineView::paintLane(QPainter &p, int lane, int top)
{
    const LaneRow &row = m_data.rows()[std::size_t(lane)];
    const Metrics m = metrics();
    const std::int64_t liveEdge = m_document->liveEdgeNs();
    // The lane's life: a line from birth to its end (thread_exit, reap, last close).
    const double x0 = m_scale.xOf(row.lane.startNs);
    const double x1 = m_scale.xOf(row.lane.endAt(liveEdge));
    const double cy = top + m.barTop + m.barHeight / 2.0;
    if (x1 >= m_scale.plotLeft && x0 <= plotRight()) {
        p.setPen(QPen(m_palette.alive, 3 * m_scaleFactor, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(std::max(x0, m_scale.plotLeft - 5), cy),
                   QPointF(std::min(x1, plotRight() + 5), cy));
        if (row.lane.ended) {
            // A short end bar: the lane is over.
            p.setPen(QPen(m_palette.marker, 3 * m_scaleFactor));
            p.drawLine(QPointF(x1, cy - 8 * m_scaleFactor), QPointF(x1, cy + 8 * m_scaleFactor));
        }
    }
    paintZombies(p, row, top);
    paintSpans(p, row, top);
    paintInstants(p, row, top);
}

void TimelineView::paintSpans(QPainter &p, const LaneRow &row, int top)
{
    const Metrics m = metrics();
    const Trace &trace = m_document->trace();
    const std::int64_t liveEdge = m_document->liveEdgeNs();
    const auto &spans = row.spans;
    const QFont callFont = pixelFont(font(), 15 * m_scaleFactor, true);
    const QFont whyFont = pixelFont(font(), 14 * m_scaleFactor, false);
    const QFontMetrics callMetrics(callFont);
    const QFontMetrics whyMetrics(whyFont);
    const QFont cellFont = pixelFont(font(), 11 * m_scaleFactor, true);
    const double left = m_scale.plotLeft, right = plotRight();
    double lastCellsRight = -1e9;

    foldVisible(
        spans.size(), [&](std::size_t i) { return spans[i].beginNs; },
        [&](std::size_t i) { return spans[i].endAt(liveEdge); }, m_scale, left, right, kMinItemPx,
        [&](const FoldedItem &item) {
            ++m_stats.itemsDrawn;
            const QRectF bar(item.x0, top + m.barTop, std::max(item.x1 - item.x0, 2.0),
                             m.barHeight);
            if (item.isFold()) {
                ++m_stats.foldedBlocks;
                p.fillRect(bar, m_palette.fold);
                const QString count = QStringLiteral("×%1").arg(item.count);
                if (bar.width() > callMetrics.horizontalAdvance(count) + 6) {
                    p.setFont(callFont);
                    p.setPen(m_palette.barText);
                    p.drawText(bar, Qt::AlignCenter, count);
                }
                return;
            }
            const BlockedSpan &span = spans[item.first];
            const QColor color = m_palette.colorForBlocked(span.kind);
            p.fillRect(bar, color);
            if (span.isOpen()) {
                // Still blocked: a bright edge at the live end.
                p.fillRect(QRectF(bar.right() - 3 * m_scaleFactor, bar.top(), 3 * m_scaleFactor,
                                  bar.height()),
                           color.lighter(150));
            }
            // Labels stay readable when the bar begins off screen.
            const double textLeft = std::max(bar.left(), left) + 6 * m_scaleFactor;
            const double room = std::min(bar.right(), right) - textLeft - 4 * m_scaleFactor;
            if (room > 24 * m_scaleFactor) {
                const QString call = blockedCallLabel(trace, span);
                const int callWidth = callMetrics.horizontalAdvance(call);
                p.setPen(m_palette.barText);
                p.setFont(callFont);
                const QRectF textRect(textLeft, bar.top(), room, bar.height());
                if (callWidth <= room) {
                    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, call);
                    const double whyRoom = room - callWidth - 14 * m_scaleFactor;
                    if (whyRoom > 60 * m_scaleFactor) {
                        const QString why = whyItWaits(trace, span);
                        const QString text = QStringLiteral("— ") + why;
                        if (!why.isEmpty() && whyMetrics.horizontalAdvance(text) <= whyRoom) {
                            p.setFont(whyFont);
                            p.drawText(textRect.adjusted(callWidth + 14 * m_scaleFactor, 0, 0, 0),
                                       Qt::AlignVCenter | Qt::AlignLeft, text);
                        }
                    }
                } else {
                    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                               callMetrics.elidedText(call, Qt::ElideRight, int(room)));
                }
            }
            // The readiness set select/poll/epoll returned: one cell per watched fd, filled
            // when ready, under the end of the bar.
            if (span.kind == EventKind::WaitBegin && !span.isOpen()) {
                const WaitSets sets = trace.waitSets(trace.at(span.end));
                QVector<int> watched = sets.readSet;
                for (int fd : sets.writeSet) {
                    if (!watched.contains(fd))
                        watched.append(fd);
                }
                const double width = double(watched.size()) * m.cell;
                const double cellsLeft = bar.right() - width;
                if (!watched.isEmpty() && watched.size() <= 64 && cellsLeft > lastCellsRight + 4) {
                    p.setFont(cellFont);
                    for (qsizetype k = 0; k < watched.size(); ++k) {
                        const int fd = watched[k];
                        const bool ready =
                            sets.readyRead.contains(fd) || sets.readyWrite.contains(fd);
                        const QRectF cell(cellsLeft + double(k) * m.cell, top + m.stripTop,
                                          m.cell - 2, m.stripHeight - 2);
                        p.fillRect(cell, ready ? m_palette.readyCell : m_palette.idleCell);
                        p.setPen(
                            QPen(ready ? m_palette.readyCell.darker(140) : m_palette.marker, 1));
                        p.drawRect(cell);
                        p.setPen(ready ? m_palette.barText : m_palette.marker);
                        p.drawText(cell, Qt::AlignCenter, QString::number(fd));
                    }
                    lastCellsRight = bar.right();
                }
            }
        });
}

void TimelineView::paintZombies(QPainter &p, const LaneRow &row, int top)
{
    if (row.zombies.empty())
        return;
    const Metrics m = metrics();
    const std::int64_t liveEdge = m_document->liveEdgeNs();
    const QFont font_ = pixelFont(font(), 15 * m_scaleFactor, true);
    for (const ZombieSpan &z : row.zombies) {
        const double x0 = m_scale.xOf(z.beginNs), x1 = m_scale.xOf(z.endAt(liveEdge));
        if (x1 < m_scale.plotLeft || x0 > plotRight())
            continue;
        const QRectF rect(x0, top + m.barTop - 2 * m_scaleFactor, std::max(x1 - x0, 3.0),
                          m.barHeight + 4 * m_scaleFactor);
        p.fillRect(rect, m_palette.zombie);
        p.fillRect(rect, QBrush(m_palette.zombieHatch, Qt::BDiagPattern));
        ++m_stats.itemsDrawn;
        const double textLeft = std::max(rect.left(), m_scale.plotLeft) + 6 * m_scaleFactor;
        const double room = std::min(rect.right(), plotRight()) - textLeft;
        const QString label = tr("zombie");
        const QFontMetrics fm(font_);
        if (room > fm.horizontalAdvance(label) + 8) {
            QString text = label;
            const QString longer = tr("zombie: exited, not yet reaped");
            if (room > fm.horizontalAdvance(longer) + 16)
                text = longer;
            const QRectF textRect(textLeft, rect.top(), fm.horizontalAdvance(text) + 10,
                                  rect.height());
            // A solid backing so the hatch does not eat the letters.
            p.fillRect(textRect.adjusted(-4, 6 * m_scaleFactor, 0, -6 * m_scaleFactor),
                       m_palette.zombie);
            p.setFont(font_);
            p.setPen(m_palette.barText);
            p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
        }
    }
}

QString TimelineView::instantLabel(const Event &e) const
{
    switch (e.kind) {
    case EventKind::Socket:
        return tr("socket → %1").arg(e.fd);
    case EventKind::Bind:
        return tr("bind %1").arg(e.peer().toString());
    case EventKind::Listen:
        return tr("listen(fd %1)").arg(e.fd);
    case EventKind::Close:
        return tr("close(fd %1)").arg(e.fd);
    case EventKind::Shutdown:
        return tr("shutdown(fd %1)").arg(e.fd);
    case EventKind::Send:
    case EventKind::Sendto:
        return tr("send %1 B").arg(e.bytes);
    case EventKind::WouldBlock:
        return tr("EAGAIN");
    case EventKind::ThreadSpawn:
        return tr("spawn");
    case EventKind::ThreadExit:
        return tr("exit");
    case EventKind::Fork:
        return tr("fork → %1").arg(e.childPid);
    case EventKind::ProcessExit:
        return tr("exit(%1)").arg(e.status);
    case EventKind::Reap:
        return tr("reap %1").arg(e.childPid);
    case EventKind::EpollCtl:
        return tr("epoll_ctl %1").arg(QLatin1String(epollOpName(EpollOp(e.call))));
    case EventKind::Error:
        return tr("error");
    default:
        return QString::fromLatin1(eventKindName(e.kind));
    }
}

void TimelineView::paintMarker(QPainter &p, const Event &e, double x, int top)
{
    const Metrics m = metrics();
    const double cy = top + m.barTop + m.barHeight / 2.0;
    const double r = m.markerWidth / 2.0;
    QColor color = m_palette.marker;
    if (e.err != 0 || e.kind == EventKind::Error)
        color = m_palette.errorMarker;
    else if (e.kind == EventKind::WouldBlock)
        color = m_palette.wouldBlock;
    else if (e.kind == EventKind::ProcessExit)
        color = m_palette.zombie;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    switch (e.kind) {
    case EventKind::Send:
    case EventKind::Sendto: {
        // A triangle pointing right: bytes leave.
        const QPointF pts[3] = {{x - r, cy - r * 1.3}, {x + r, cy}, {x - r, cy + r * 1.3}};
        p.drawPolygon(pts, 3);
        break;
    }
    case EventKind::Close:
    case EventKind::Shutdown:
    case EventKind::ThreadExit:
    case EventKind::ProcessExit:
        p.drawRect(QRectF(x - r, cy - r, 2 * r, 2 * r));
        break;
    default: {
        const QPointF pts[4] = {{x, cy - r * 1.3}, {x + r, cy}, {x, cy + r * 1.3}, {x - r, cy}};
        p.drawPolygon(pts, 4);
        break;
    }
    }
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineView::paintInstants(QPainter &p, const LaneRow &row, int top)
{
    const Metrics m = metrics();
    const Trace &trace = m_document->trace();
    const auto &instants = row.instants;
    const QFont labelFont = pixelFont(font(), 12 * m_scaleFactor, true);
    const QFontMetrics labelMetrics(labelFont);
    // Collected first: a label may use the room up to the next marker.
    std::vector<FoldedItem> items;
    auto timeOf = [&](std::size_t i) { return trace.at(instants[i]).tNs; };
    foldVisible(instants.size(), timeOf, timeOf, m_scale, m_scale.plotLeft - m.markerWidth,
                plotRight() + m.markerWidth, m.markerWidth + 1.0,
                [&](const FoldedItem &item) { items.push_back(item); });
    p.setFont(labelFont);
    for (std::size_t k = 0; k < items.size(); ++k) {
        const FoldedItem &item = items[k];
        ++m_stats.itemsDrawn;
        const double nextX = k + 1 < items.size() ? items[k + 1].x0 : plotRight() + 1000;
        if (item.isFold()) {
            ++m_stats.foldedBlocks;
            const double cy = top + m.barTop + m.barHeight / 2.0;
            const QRectF block(item.x0 - m.markerWidth / 2.0, cy - m.markerWidth * 0.7,
                               std::max(item.x1 - item.x0, 0.0) + m.markerWidth,
                               m.markerWidth * 1.4);
            p.fillRect(block, m_palette.marker);
            const QString count = QStringLiteral("×%1").arg(item.count);
            if (nextX - item.x1 > labelMetrics.horizontalAdvance(count) + 10) {
                p.setPen(m_palette.marker);
                p.drawText(QPointF(item.x0, top + m.stripTop + labelMetrics.ascent()), count);
            }
            continue;
        }
        const Event &e = trace.at(instants[item.first]);
        paintMarker(p, e, item.x0, top);
        const QString label = instantLabel(e);
        const int width = labelMetrics.horizontalAdvance(label);
        if (nextX - item.x0 > width + 12 * m_scaleFactor) {
            p.setPen(e.err ? m_palette.errorMarker : m_palette.marker);
            p.drawText(
                QPointF(item.x0 - m.markerWidth / 2.0, top + m.stripTop + labelMetrics.ascent()),
                label);
        }
    }
}

void TimelineView::paintArrows(QPainter &p, const QRect &plot)
{
    const Trace &trace = m_document->trace();
    const Metrics m = metrics();
    const std::int64_t t0 = m_scale.timeAt(plot.left()), t1 = m_scale.timeAt(plot.right());
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF bounds = QRectF(plot).adjusted(-20, -20, 20, 20);
    auto visibleY = [&](int y) { return y != INT_MIN && y >= plot.top() && y <= plot.bottom(); };

    // Spawn and fork: from the parent's lane down to the new lane, at the same time.
    const auto &links = m_data.spawnLinks();
    auto firstLink = std::lower_bound(links.begin(), links.end(), t0,
                                      [](const SpawnLink &l, std::int64_t t) { return l.tNs < t; });
    const auto lastLink =
        std::upper_bound(links.begin(), links.end(), t1,
                         [](std::int64_t t, const SpawnLink &l) { return t < l.tNs; });
    if (lastLink - firstLink <= kMaxArrows) {
        for (auto it = firstLink; it != lastLink; ++it) {
            const int fromY = laneCenterY(m_data.rowOfActor(it->parent));
            const int toY = laneCenterY(m_data.rowOfActor(it->child));
            // Both lanes on screen, or the arrow leads nowhere one can follow.
            if (!visibleY(fromY) || !visibleY(toY))
                continue;
            const double x = m_scale.xOf(it->tNs);
            p.setPen(QPen(m_palette.spawn, m.line * 1.25, it->isFork ? Qt::DashLine : Qt::SolidLine,
                          Qt::RoundCap));
            const double dir = toY > fromY ? 1 : -1;
            QPointF from(x, fromY + dir * m.barHeight / 2.0);
            const QPointF tip(x + 6 * m_scaleFactor, toY - dir * m.barHeight / 2.0);
            QPointF to = tip;
            if (!clipLine(from, to, bounds))
                continue;
            p.drawLine(from, to);
            p.setPen(QPen(m_palette.spawn, 1));
            if (to == tip)
                drawArrowHead(p, from, to, 10 * m_scaleFactor);
            ++m_stats.arrowsDrawn;
        }
    }

    // Wake-ups: from the client's call to the server call it let return. Sorted by the
    // server's time; an arrow is visible when [from, to] meets [t0, t1].
    const auto &wakeUps = m_data.wakeUps();
    auto toTime = [&](const WakeUp &w) { return trace.at(w.to).tNs; };
    auto first = std::lower_bound(wakeUps.begin(), wakeUps.end(), t0,
                                  [&](const WakeUp &w, std::int64_t t) { return toTime(w) < t; });
    const std::int64_t limit = t1 + m_data.longestWakeUpNs();
    auto last = std::upper_bound(first, wakeUps.end(), limit,
                                 [&](std::int64_t t, const WakeUp &w) { return t < toTime(w); });
    if (last - first > kMaxArrows) {
        p.setRenderHint(QPainter::Antialiasing, false);
        return; // too dense to read: zoom in to see them
    }
    for (auto it = first; it != last; ++it) {
        const Event &from = trace.at(it->from);
        const Event &to = trace.at(it->to);
        if (from.tNs > t1)
            continue;
        const int fromY = laneCenterY(m_data.rowOfActor(from.actor));
        const int toY = laneCenterY(m_data.rowOfActor(to.actor));
        if (!visibleY(fromY) || !visibleY(toY))
            continue;
        const double dir = toY > fromY ? 1 : -1;
        QPointF a(m_scale.xOf(from.tNs), fromY + dir * m.markerWidth);
        const QPointF tip(m_scale.xOf(to.tNs), toY - dir * m.barHeight / 2.0);
        QPointF b = tip;
        if (!clipLine(a, b, bounds))
            continue;
        // Solid when the server was already blocked and this call woke it; dashed when the
        // data was already waiting and the server's call returned at once.
        p.setPen(QPen(m_palette.wakeUp, m.line * 1.25, it->unblocked ? Qt::SolidLine : Qt::DashLine,
                      Qt::RoundCap));
        p.drawLine(a, b);
        p.setPen(QPen(m_palette.wakeUp, 1));
        if (b == tip)
            drawArrowHead(p, a, b, 11 * m_scaleFactor);
        ++m_stats.arrowsDrawn;
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineView::paintCursor(QPainter &p, const QRect &plot)
{
    const Metrics m = metrics();
    if (m_document->isLive()) {
        const double x = m_scale.xOf(m_document->liveEdgeNs());
        p.setPen(QPen(m_palette.cursor.lighter(130), 1.5 * m_scaleFactor, Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    const qsizetype cursor = m_document->cursor();
    if (cursor < 0 || cursor >= m_document->trace().size())
        return;
    const Event &e = m_document->trace().at(cursor);
    const double x = m_scale.xOf(e.tNs);
    p.setPen(QPen(m_palette.cursor, 2.5 * m_scaleFactor));
    p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    // The selected event: a ring around where it is drawn.
    const int cy = laneCenterY(m_data.rowOfActor(e.actor));
    if (cy != INT_MIN) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(m_palette.selection.darker(115), 4 * m_scaleFactor));
        const double r = m.barHeight * 0.62;
        p.drawEllipse(QPointF(x, cy), r, r);
        p.setRenderHint(QPainter::Antialiasing, false);
    }
}

void TimelineView::paintAxis(QPainter &p, const QRect &rect)
{
    const Metrics m = metrics();
    const QRect axis(0, 0, rect.width(), m.axisHeight);
    p.fillRect(axis, m_palette.background);
    p.setPen(QPen(m_palette.axisText, 1));
    p.drawLine(m.labelWidth, m.axisHeight - 1, rect.width(), m.axisHeight - 1);
    const QFont axisFont = pixelFont(font(), 14 * m_scaleFactor, false);
    const QFontMetrics fm(axisFont);
    p.setFont(axisFont);
    p.save();
    p.setClipRect(QRect(m.labelWidth, 0, rect.width() - m.labelWidth, m.axisHeight));
    const double step = niceStep(m_scale.nsPerPx * 110 * m_scaleFactor);
    const auto &gaps = m_scale.warp ? m_scale.warp->gaps() : std::vector<TimeWarp::Gap>{};
    std::int64_t t = std::int64_t(std::ceil(double(m_scale.timeAt(m.labelWidth)) / step) * step);
    const std::int64_t end = m_scale.timeAt(rect.width());
    auto gap = gaps.begin();
    double lastLabelRight = -1e9;
    for (int guard = 0; t <= end && guard < 2000; ++guard) {
        while (gap != gaps.end() && gap->endNs <= t)
            ++gap;
        if (gap != gaps.end() && gap->beginNs < t) {
            t = std::int64_t(std::ceil(double(gap->endNs) / step) * step);
            continue;
        }
        const double x = m_scale.xOf(t);
        p.drawLine(QPointF(x, m.axisHeight - 8 * m_scaleFactor), QPointF(x, m.axisHeight - 1));
        const QString label = tickLabel(t, step);
        const int w = fm.horizontalAdvance(label);
        // Centred on the tick, but never cut by the label column.
        const double labelLeft = std::max(x - w / 2.0, double(m.labelWidth) + 2);
        if (labelLeft > lastLabelRight + 6) {
            p.drawText(QPointF(labelLeft, m.axisHeight - 12 * m_scaleFactor), label);
            lastLabelRight = labelLeft + w;
        }
        t += std::int64_t(step);
    }
    // Squeezed gaps say how long they really were.
    const QFont gapFont = pixelFont(font(), 12 * m_scaleFactor, true);
    p.setFont(gapFont);
    for (const TimeWarp::Gap &g : gaps) {
        const double x0 = m_scale.xOf(g.beginNs), x1 = m_scale.xOf(g.endNs);
        if (x1 < m.labelWidth || x0 > rect.width())
            continue;
        const QString text = tr("≈ %1 idle").arg(durationText(g.endNs - g.beginNs));
        const QRectF box((x0 + x1) / 2 - 50 * m_scaleFactor, 2, 100 * m_scaleFactor,
                         m.axisHeight / 2.0);
        p.fillRect(box, QColor(0xec, 0xef, 0xf1));
        p.setPen(m_palette.gapMarker.darker(130));
        p.drawText(box, Qt::AlignCenter, text);
    }
    // The cursor's time, on the axis.
    if (m_document->cursor() >= 0) {
        const double x = m_scale.xOf(m_document->cursorTimeNs());
        const QString text = eventtext::time(m_document->cursorTimeNs());
        const QFont cursorFont = pixelFont(font(), 14 * m_scaleFactor, true);
        const QFontMetrics cfm(cursorFont);
        const QRectF box(x - cfm.horizontalAdvance(text) / 2.0 - 6, 2,
                         cfm.horizontalAdvance(text) + 12, m.axisHeight / 2.0 + 2);
        p.fillRect(box, m_palette.cursor);
        p.setFont(cursorFont);
        p.setPen(m_palette.barText);
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
    // The corner above the labels.
    p.fillRect(QRect(0, 0, m.labelWidth, m.axisHeight), m_palette.background);
    p.setPen(m_palette.labelSubText);
    p.setFont(pixelFont(font(), 13 * m_scaleFactor, true));
    const QString corner =
        m_document->isLive() ? (m_followLive ? tr("LIVE — following") : tr("LIVE")) : tr("time →");
    p.drawText(QRect(int(12 * m_scaleFactor), 0, m.labelWidth, m.axisHeight),
               Qt::AlignVCenter | Qt::AlignLeft, corner);
}

// ---------------------------------------------------------------------------------------
// Interaction

qsizetype TimelineView::eventAt(const QPoint &pos) const
{
    const int r = rowAtY(pos.y());
    if (r < 0 || pos.x() < m_scale.plotLeft || m_layout[std::size_t(r)].isHeader)
        return -1;
    const LaneRow &row = m_data.rows()[std::size_t(m_layout[std::size_t(r)].lane)];
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
    sp = std::upper_bound(row.spans.begin(), row.spans.end(), t,
                          [](std::int64_t v, const BlockedSpan &s) { return v < s.beginNs; });
    if (sp != row.spans.begin()) {
        --sp;
        if (t <= sp->endAt(liveEdge))
            return sp->begin; // inside a bar: the blocked call
    }
    return -1;
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
    for (const LaneRow &row : m_data.rows())
        labels << eventtext::actor(m_document->trace(), row.lane.actor);
    return labels;
}

QString TimelineView::toolTipTextAt(const QPoint &pos) const
{
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
                (s.isOpen() ? tr("blocked for %1 so far")
                                  .arg(durationText(s.endAt(m_document->liveEdgeNs()) - s.beginNs))
                            : tr("blocked for %1").arg(durationText(s.endNs - s.beginNs)));
            break;
        }
    }
    return text;
}

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
        if (!m_dragging) {
            const qsizetype index = eventAt(event->position().toPoint());
            if (index >= 0)
                m_document->setCursor(index);
        }
        m_dragging = false;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

} // namespace sockscope
