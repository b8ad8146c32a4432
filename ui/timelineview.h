#pragma once

#include "analysis/folding.h"
#include "analysis/timelinedata.h"
#include "analysis/timescale.h"
#include "timelinegeometry.h"
#include "timelinepaintcontext.h"
#include "timelinepalette.h"

#include <QAbstractScrollArea>
#include <QPixmap>
#include <QPointer>

namespace sockscope {

class PlainToolTip;
class TraceDocument;

// The timeline: one lane per actor, blocked calls as bars, instant calls as markers, arrows for
// spawns and wake-ups, zombies hatched, readiness sets as cells. Custom painted (no item per
// event), culled by binary search on time and folded where items are narrower than a few
// pixels, so a paint costs about the same for ten thousand or a million events.
//
// This class is the view: input, scrolling and zoom over a TimeScale. The drawing is done by
// stateless painters, one per layer (lanepainter, spanpainter, markpainter, arrowpainter,
// axispainter), over a TimelinePaintContext.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(TraceDocument *document, QWidget *parent = nullptr);
    ~TimelineView() override;

    const TimeScale &scale() const { return m_scale; }
    const TimelineData &data() const { return m_data; }
    const TimelinePalette &palette() const { return m_palette; }
    // Light, dark or high contrast (presentation mode); repaints everything.
    void setTimelinePalette(const TimelinePalette &palette);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Zooms to where the story happens: from the first client's connect to the last client's
    // close, with a small margin (the whole run when there are no clients). Done on its own at
    // the end of a run and when a trace is opened.
    void zoomToStory();
    void zoomBy(double factor, double anchorX);

    // Shows display time from `displayStartNs` at `nsPerPx`, so that several views can share
    // one time axis (the Compare window). Does not emit viewChanged(): no echo between views.
    void setTimeWindow(double displayStartNs, double nsPerPx);

    bool compressIdleGaps() const { return m_compressIdleGaps; }
    void setCompressIdleGaps(bool on);

    bool followLive() const { return m_followLive; }
    void setFollowLive(bool on);

    // Which lanes: who waits, what the kernel holds (socket lanes), or both.
    SocketView socketView() const { return m_socketView; }
    void setSocketView(SocketView view);
    // Rows of socket lanes shown (0 in the "who waits" view, or when there are none).
    int socketLaneRows() const;

    // Fonts, bars and line widths grow with this (presentation mode).
    double scaleFactor() const { return m_scaleFactor; }
    void setScaleFactor(double factor);

    // Scrolls so that the event is on screen (the cursor, when stepping).
    void ensureEventVisible(qsizetype index);
    const TimelineLayout &timelineLayout() const { return m_layout; } // rows, for tests
    // The socket lane the event is about (its own for a sample, else the one its fd held), -1.
    int socketLaneOfEvent(qsizetype index) const;

    // Hit testing, in viewport coordinates: the event under `pos`, -1 for none.
    qsizetype eventAt(const QPoint &pos) const;
    // On a socket lane: the sample under `pos` (a state, a drop, a queue level), -1 for none.
    qsizetype socketSampleAt(int socket, const QPoint &pos) const;
    // Where the event is drawn (viewport coordinates), for tests and arrows.
    QPoint eventPosition(qsizetype index) const;
    // The lanes shown, in drawing order: the actors' ("main") unless only the kernel's part is
    // shown, then the socket lanes' titles ("client 2: fd 7").
    QStringList laneLabels() const;
    // Plain text for the tooltip at `pos` (empty: none).
    QString toolTipTextAt(const QPoint &pos) const;

    using PaintStats = TimelinePaintStats;
    const PaintStats &lastPaintStats() const { return m_stats; }
    // Paints into `painter` as the viewport would (benchmarks, screenshots of the plot only).
    void paintTimeline(QPainter &painter, const QRect &rect);

Q_SIGNALS:
    void followLiveChanged(bool on);
    void socketViewChanged(SocketView view);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void onAppended();
    void onLiveChanged(bool live);
    void onLiveEdgeChanged();
    void onCursorChanged();
    void relayout();
    void updateScrollBars();
    void updateWarp();
    void followLiveEdge();
    void userMovedView();
    void invalidateStaticLayer();
    void fitRange(std::int64_t beginNs, std::int64_t endNs);
    // The event's actor row and socket row in the layout (-1: none).
    std::pair<int, int> eventRows(qsizetype index) const;
    // Scrolls vertically so that the event's lane and its socket's lane are in view.
    void keepEventRowsInView(qsizetype index);
    void keepCursorRowsAfterShrink(int oldViewportHeight);
    // The first picture of a finished run (storyframe.h).
    void fitStory();
    // A click on a folded group's row or on its header opens or closes it.
    bool toggleGroupAt(const QPoint &pos);

    TimelineMetrics metrics() const { return TimelineMetrics::forScale(m_scaleFactor); }
    double plotRight() const;
    int rowAtY(int viewportY) const; // index into m_layout.rows(), -1 none
    int laneCenterY(int lane) const;
    std::int64_t displayExtentEndNs() const;
    TimelinePaintContext paintContext(const QRect &rect);
    void paintStaticLayer(QPainter &p, const TimelinePaintContext &ctx, const QRect &rect);

    TraceDocument *m_document;
    TimelineData m_data;
    TimelinePalette m_palette;
    TimeScale m_scale;
    TimelineLayout m_layout;
    std::set<LaneGroup> m_expanded; // folded groups the user opened
    double m_scaleFactor = 1.0;
    // Off: the first picture shows real time, so a client that waits 1.8 s looks it.
    bool m_compressIdleGaps = false;
    SocketView m_socketView = SocketView::Waits;
    bool m_followLive = true;
    bool m_fitPending = true;
    bool m_holdViewForCursor = false; // after zoomToStory(), until the user moves
    bool m_updatingScrollBars = false;

    // Cached: lane backgrounds, group headers and lane labels change only with the layout,
    // the size and vertical scrolling, not with time panning or new events.
    QPixmap m_staticLayer;
    QString m_staticKey;

    // Dragging
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;

    PlainToolTip *m_toolTip = nullptr;
    PaintStats m_stats;
};

} // namespace sockscope
