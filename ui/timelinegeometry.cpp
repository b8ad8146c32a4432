#include "timelinegeometry.h"

#include <algorithm>

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

void TimelineLayout::build(const std::vector<LaneRow> &lanes, const TimelineMetrics &m,
                           const std::set<LaneGroup> &expanded, int maxLanes, SocketView view,
                           int socketLanes)
{
    m_rows.clear();
    m_aggregates.clear();
    m_foldable.clear();
    m_folded.clear();
    m_rowOfLane.assign(lanes.size(), -1);
    m_rowOfSocket.assign(std::size_t(std::max(socketLanes, 0)), -1);
    int y = 0;
    // Lanes come grouped; one group at a time.
    for (std::size_t begin = showsWaits(view) ? 0 : lanes.size(); begin < lanes.size();) {
        const LaneGroup group = lanes[begin].lane.group;
        std::size_t end = begin;
        while (end < lanes.size() && lanes[end].lane.group == group)
            ++end;
        m_rows.push_back({true, -1, group, y, m.headerHeight});
        y += m.headerHeight;
        const bool tooMany = int(end - begin) > maxLanes;
        if (tooMany)
            m_foldable.insert(group);
        // The server's main thread stays a lane of its own.
        const std::size_t firstFolded = group == LaneGroup::Server ? begin + 1 : begin;
        const bool fold = tooMany && !expanded.count(group);
        for (std::size_t i = begin; i < (fold ? firstFolded : end); ++i) {
            m_rowOfLane[i] = int(m_rows.size());
            m_rows.push_back({false, int(i), group, y, m.laneHeight});
            y += m.laneHeight;
        }
        if (fold) {
            m_folded.insert(group);
            std::vector<int> members;
            for (std::size_t i = firstFolded; i < end; ++i) {
                members.push_back(int(i));
                m_rowOfLane[i] = int(m_rows.size());
            }
            m_rows.push_back({false, -1, group, y, m.laneHeight, int(m_aggregates.size())});
            m_aggregates.push_back(std::move(members));
            y += m.laneHeight;
        }
        begin = end;
    }
    if (showsSockets(view)) {
        Row header{true, -1, LaneGroup::Server, y, m.headerHeight};
        header.sockets = true;
        m_rows.push_back(header);
        y += m.headerHeight;
        for (int s = 0; s < std::max(socketLanes, 1); ++s) {
            Row row{false, -1, LaneGroup::Server, y, m.laneHeight};
            row.sockets = true;
            row.socket = socketLanes > 0 ? s : -1;
            if (socketLanes > 0)
                m_rowOfSocket[std::size_t(s)] = int(m_rows.size());
            m_rows.push_back(row);
            y += m.laneHeight;
        }
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
