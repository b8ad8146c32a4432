#pragma once

#include "blockedspans.h"
#include "lanes.h"
#include "socketgauges.h"
#include "socketlanes.h"
#include "socketsattime.h"
#include "taskspans.h"
#include "timescale.h"
#include "wakeups.h"

#include <QHash>

#include <vector>

namespace sockscope {

// Everything the timeline draws for one lane, sorted by time so that the view can cull by
// binary search.
struct LaneRow
{
    Lane lane;
    std::vector<BlockedSpan> spans;      // sorted by begin; they never overlap
    std::vector<std::uint32_t> instants; // indices of events that are not part of a span
    std::vector<ZombieSpan> zombies;
    std::vector<TaskSpan> tasks; // a task's lane: running and suspended, sorted by begin
};

// The analysis behind the timeline, derived from the trace alone in a few linear passes.
// Rebuilt when events arrive; the view reads it at paint time and never touches a socket.
class TimelineData
{
public:
    void rebuild(const Trace &trace);
    void clear();

    const std::vector<LaneRow> &rows() const { return m_rows; }
    int rowOfActor(std::uint32_t actor) const { return m_rowOfActor.value(actor, -1); }
    // Sorted by the time of the server call they woke (WakeUp::to).
    const std::vector<WakeUp> &wakeUps() const { return m_wakeUps; }
    std::int64_t longestWakeUpNs() const { return m_longestWakeUpNs; }
    const std::vector<SpawnLink> &spawnLinks() const { return m_spawnLinks; }
    qsizetype blockedSpanCount() const { return m_spanCount; }
    // What the kernel held: one socket lane per sampled socket (socketlanes.h), with its title;
    // and, when there are none, why (whyNoSocketLanes).
    const std::vector<SocketLane> &socketLanes() const { return m_socketLanes; }
    const std::vector<SocketLaneTitle> &socketTitles() const { return m_socketTitles; }
    const std::vector<SocketLaneGauges> &socketGauges() const { return m_socketGauges; }
    const QString &whyNoSockets() const { return m_whyNoSockets; }

    // Stretches in which no event happens, longer than `minGapNs` (for TimeWarp).
    static std::vector<TimeWarp::Gap> idleGaps(const Trace &trace, std::int64_t minGapNs);

private:
    std::vector<LaneRow> m_rows;
    QHash<std::uint32_t, int> m_rowOfActor;
    std::vector<WakeUp> m_wakeUps;
    std::vector<SpawnLink> m_spawnLinks;
    std::int64_t m_longestWakeUpNs = 0;
    qsizetype m_spanCount = 0;
    std::vector<SocketLane> m_socketLanes;
    std::vector<SocketLaneTitle> m_socketTitles;
    std::vector<SocketLaneGauges> m_socketGauges;
    QString m_whyNoSockets;
};

} // namespace sockscope
