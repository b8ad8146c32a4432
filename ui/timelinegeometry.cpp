#include "timelinegeometry.h"

#include <algorithm>
#include <optional>

namespace sockscope {

TimelineMetrics TimelineMetrics::forScale(double s)
{
    TimelineMetrics m;
    m.scale = s;
    m.axisHeight = int(40 * s);
    m.labelWidth = int(190 * s);
    m.barTop = int(6 * s);
    m.barHeight = int(30 * s);
    m.stripTop = m.barTop + m.barHeight + int(3 * s);
    m.stripHeight = int(19 * s);
    m.laneHeight = m.stripTop + m.stripHeight + int(5 * s);
    m.headerHeight = int(26 * s);
    m.cell = int(18 * s);
    m.markerWidth = int(11 * s);
    m.line = 2.0 * s;
    for (double *font : {&m.laneNamePx, &m.laneIdPx, &m.headerPx, &m.callPx, &m.whyPx, &m.instantPx,
                         &m.cellPx, &m.axisPx, &m.gapPx, &m.cornerPx})
        *font *= s;
    return m;
}

void TimelineLayout::build(const std::vector<LaneRow> &lanes, const TimelineMetrics &m)
{
    m_rows.clear();
    m_rowOfLane.assign(lanes.size(), -1);
    int y = 0;
    std::optional<LaneGroup> group;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (!group || *group != lanes[i].lane.group) {
            group = lanes[i].lane.group;
            m_rows.push_back({true, -1, *group, y, m.headerHeight});
            y += m.headerHeight;
        }
        m_rowOfLane[i] = int(m_rows.size());
        m_rows.push_back({false, int(i), lanes[i].lane.group, y, m.laneHeight});
        y += m.laneHeight;
    }
    m_contentHeight = y;
}

int TimelineLayout::rowAt(int contentY) const
{
    if (contentY < 0)
        return -1;
    auto it = std::upper_bound(m_rows.begin(), m_rows.end(), contentY,
                               [](int v, const Row &r) { return v < r.top; });
    if (it == m_rows.begin())
        return -1;
    --it;
    if (contentY >= it->top + it->height)
        return -1;
    return int(it - m_rows.begin());
}

} // namespace sockscope
