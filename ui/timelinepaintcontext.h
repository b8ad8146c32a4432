#pragma once

#include "analysis/timelinedata.h"
#include "analysis/timescale.h"
#include "timelinegeometry.h"
#include "timelinepalette.h"

#include <QFont>
#include <QRect>
#include <QRectF>

#include <climits>
#include <cmath>
#include <vector>

namespace sockscope {

// What one paint drew: counted by the painters, read by tests and benchmarks.
struct TimelinePaintStats
{
    double milliseconds = 0;
    int lanesDrawn = 0;
    int itemsDrawn = 0; // bars, markers and folds
    int foldedBlocks = 0;
    int arrowsDrawn = 0;
    // Call labels of bars: inside the bar, beside it, or not drawn for lack of room (then shown
    // at the cursor and on hover). Never cut: a label is drawn whole or not at all.
    // Where the whole label has no room, the call's name alone ("accept()") may have.
    int labelsInside = 0;
    int labelsBeside = 0;
    int labelsShortened = 0; // of those inside or beside, the name alone
    int labelsHidden = 0;
    std::vector<std::uint32_t> hiddenLabelSpans; // begin events of the bars without a label
    double widestHiddenBarPx = 0;                // the widest of those, as drawn
    QRectF cursorTimeBox;   // the cursor's time on the axis, where it was placed
    QString cursorTimeText; // and what it says (an arrow when the cursor is out of view)
    bool cursorOutOfView = false;
};

// The timeline's type: `base` at `px` pixels (at least 6), bold or not.
inline QFont timelineFont(const QFont &base, double px, bool bold)
{
    QFont f = base;
    f.setPixelSize(std::max(6, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

// Everything a painter reads, for one paint. Painters are stateless functions over this.
struct TimelinePaintContext
{
    const Trace &trace;
    const TimelineData &data;
    const TimelinePalette &palette;
    const TimeScale &scale;
    const TimelineLayout &layout;
    TimelineMetrics m;
    QFont baseFont;
    QRect plot; // the area right of the lane labels and below the axis
    std::int64_t liveEdgeNs = 0;
    qsizetype cursor = -1;
    bool live = false;
    bool followLive = false;
    int scrollY = 0;
    TimelinePaintStats *stats = nullptr;

    double plotRight() const { return plot.right() + 1; }
    QFont font(double px, bool bold) const { return timelineFont(baseFont, px, bold); }
    // Viewport y of the lane's top, INT_MIN when it has no row.
    int laneTop(int lane) const
    {
        const int row = layout.rowOfLane(lane);
        if (row < 0)
            return INT_MIN;
        return layout.rows()[std::size_t(row)].top - scrollY + m.axisHeight;
    }
    // True when the lane is folded into an aggregate row.
    bool isFolded(int lane) const
    {
        const int row = layout.rowOfLane(lane);
        return row >= 0 && layout.rows()[std::size_t(row)].isAggregate();
    }
    int laneCenterY(int lane) const
    {
        const int top = laneTop(lane);
        return top == INT_MIN ? INT_MIN : top + m.barTop + m.barHeight / 2;
    }
};

} // namespace sockscope
