#pragma once

// What a timeline's labels need: for tests that judge which bars went without one.
#include "analysis/blockedspans.h"
#include "analysis/timelinedata.h"
#include "timelinepaintcontext.h"
#include "timelineview.h"

#include <QFontMetricsF>

#include <algorithm>

namespace sockscope::testkit {

// A call's event for a hand-made trace: at `ns`, by `actor`, on `fd`.
inline Event callEvent(std::int64_t ns, std::uint32_t actor, EventKind kind, int fd)
{
    Event e;
    e.tNs = ns;
    e.actor = actor;
    e.kind = kind;
    e.fd = fd;
    return e;
}

// The widest call name (the shortest label a bar gets) of `trace` in `view`, with the air the
// painter leaves around a label inside a bar: a bar at least this wide has room for a label.
inline double widestCallNamePx(const TimelineView &view, const Trace &trace)
{
    const TimelineMetrics m = TimelineMetrics::forScale(view.scaleFactor());
    const QFontMetricsF metrics(timelineFont(view.font(), m.callPx, true));
    TimelineData data;
    data.rebuild(trace);
    double widest = 0;
    for (const LaneRow &row : data.rows())
        for (const BlockedSpan &span : row.spans)
            widest = std::max(widest, metrics.horizontalAdvance(blockedCallName(trace, span)));
    return widest + m.px(10);
}

} // namespace sockscope::testkit
