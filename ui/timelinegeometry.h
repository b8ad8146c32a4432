#pragma once

#include "analysis/lanes.h"
#include "analysis/timelinedata.h"

#include <set>
#include <vector>

namespace sockscope {

// Which lanes the timeline shows: who waits (threads, processes, clients), what the kernel
// holds (one lane per socket, from the kernel's samples), or both.
enum class SocketView : std::uint8_t
{
    Waits,
    Kernel,
    Both
};
inline bool showsWaits(SocketView v)
{
    return v != SocketView::Kernel;
}
inline bool showsSockets(SocketView v)
{
    return v != SocketView::Waits;
}

// Sizes of everything the timeline draws, in pixels, grown by the scale factor (presentation
// mode). One place, so the painters and the view's hit testing agree.
struct TimelineMetrics
{
    double scale = 1.0;
    int axisHeight = 40;
    int labelWidth = 190;
    int barTop = 6;
    int barHeight = 30;
    int stripTop = 39;
    int stripHeight = 19;
    int laneHeight = 63;
    int headerHeight = 26;
    int cell = 18;
    int markerWidth = 9;
    double line = 2.0;
    // Font sizes (pixels).
    double laneNamePx = 17, laneIdPx = 13, headerPx = 14, callPx = 15, whyPx = 14, instantPx = 12,
           cellPx = 11, axisPx = 14, gapPx = 12, cornerPx = 13;

    static TimelineMetrics forScale(double s);
    double px(double v) const { return v * scale; }
};

// The vertical layout: group headers and lanes, top to bottom, in content coordinates
// (before vertical scrolling and without the axis). A group with more than `maxLanes` lanes
// (200 threads, 1,000 clients) folds into one aggregate row, unless it is expanded; the
// server's first thread (main) keeps its own lane.
class TimelineLayout
{
public:
    struct Row
    {
        bool isHeader = false;
        int lane = -1; // index into TimelineData::rows() for lanes; -1 for headers, aggregates
        LaneGroup group = LaneGroup::Server;
        int top = 0;
        int height = 0;
        int aggregate = -1; // index into aggregates() for an aggregate row
        // The kernel's part: a header (isHeader), a socket lane (socket >= 0), or the note that
        // says why there are no socket lanes (socket < 0).
        bool sockets = false;
        int socket = -1; // index into TimelineData::socketLanes()
        bool isAggregate() const { return aggregate >= 0; }
        bool isSocketLane() const { return sockets && !isHeader && socket >= 0; }
        bool isSocketNote() const { return sockets && !isHeader && socket < 0; }
    };

    static constexpr int kDefaultMaxLanes = 16;

    // `view` says which parts: the actors' lanes, and/or a header and `socketLanes` socket
    // rows (one note row when there are none).
    void build(const std::vector<LaneRow> &lanes, const TimelineMetrics &m,
               const std::set<LaneGroup> &expanded = {}, int maxLanes = kDefaultMaxLanes,
               SocketView view = SocketView::Waits, int socketLanes = 0);
    // Index into rows() of the socket lane's row, -1 for none.
    int rowOfSocket(int socket) const
    {
        return socket >= 0 && socket < int(m_rowOfSocket.size())
                   ? m_rowOfSocket[std::size_t(socket)]
                   : -1;
    }

    // The lanes an aggregate row stands for.
    const std::vector<std::vector<int>> &aggregates() const { return m_aggregates; }
    // True when the group has more lanes than fit, folded or expanded.
    bool isFoldable(LaneGroup group) const { return m_foldable.count(group) > 0; }
    bool isFolded(LaneGroup group) const { return m_folded.count(group) > 0; }

    const std::vector<Row> &rows() const { return m_rows; }
    int contentHeight() const { return m_contentHeight; }
    // Index into rows() of the lane's row (its aggregate's row when folded), -1 for none.
    int rowOfLane(int lane) const
    {
        return lane >= 0 && lane < int(m_rowOfLane.size()) ? m_rowOfLane[std::size_t(lane)] : -1;
    }
    // Index into rows() of the row at content y, -1 for none.
    int rowAt(int contentY) const;

private:
    std::vector<Row> m_rows;
    std::vector<int> m_rowOfLane;
    std::vector<int> m_rowOfSocket;
    std::vector<std::vector<int>> m_aggregates;
    std::set<LaneGroup> m_foldable;
    std::set<LaneGroup> m_folded;
    int m_contentHeight = 0;
};

} // namespace sockscope
