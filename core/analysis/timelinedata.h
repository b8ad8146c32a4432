#pragma once

#include "blockedspans.h"
#include "lanes.h"
#include "socketlaneset.h"
#include "storyspan.h"
#include "taskspans.h"
#include "timescale.h"
#include "waitingcount.h"
#include "wakeups.h"

#include <QHash>

#include <array>
#include <memory>
#include <optional>
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

// The lane's bar in which tNs falls (begun at or before it, not ended before it; an open one
// ends at `liveEdgeNs`), or null. By binary search.
const BlockedSpan *spanAt(const LaneRow &row, std::int64_t tNs, std::int64_t liveEdgeNs);

// The analysis behind the timeline, derived from the trace alone. Built in one pass, then
// brought up to date as events arrive at a cost that follows the events added, not the trace
// so far (a live run); the view reads it at paint time and never touches a socket.
class TimelineData
{
public:
    void rebuild(const Trace &trace);
    // Takes in the events the trace gained since the last rebuild() or update(). A trace that
    // did not grow from the one analysed (fewer events) is analysed anew.
    void update(const Trace &trace);
    void clear();

    const std::vector<LaneRow> &rows() const { return m_rows; }
    int rowOfActor(std::uint32_t actor) const { return m_rowOfActor.value(actor, -1); }
    // Sorted by the time of the server call they woke (WakeUp::to).
    const std::vector<WakeUp> &wakeUps() const { return m_wakeUps; }
    std::int64_t longestWakeUpNs() const { return m_longestWakeUpNs; }
    const std::vector<SpawnLink> &spawnLinks() const { return m_spawnLinks; }
    qsizetype blockedSpanCount() const { return m_spanCount; }
    // How many lanes of `group` wait at once, over time: the lanes a folded group's row stands
    // for, which are all of the group's but the server's first (its main thread keeps a lane
    // of its own; TimelineLayout).
    const WaitingCount &waitingIn(LaneGroup group) const { return m_waiting[std::size_t(group)]; }
    // What the kernel held: one socket lane per sampled socket (socketlanes.h), with its title;
    // and, when there are none, why (whyNoSocketLanes).
    const std::vector<SocketLane> &socketLanes() const { return m_sockets.lanes(); }
    const std::vector<SocketLaneTitle> &socketTitles() const { return m_sockets.titles(); }
    const std::vector<SocketLaneGauges> &socketGauges() const { return m_sockets.gauges(); }
    const QString &whyNoSockets() const { return m_sockets.whyNone(); }
    const SocketLaneSet &socketLaneSet() const { return m_sockets; }
    // The trace's story (findStorySpan()), found again only when the trace changed (its size or
    // its last time) since it was last asked: a trace with no client that closes is read to
    // its start to find that out. A file's trace has it found where it was read.
    const std::optional<StorySpan> &story(const Trace &trace);

    // Stretches in which no event happens, longer than `minGapNs` (for TimeWarp).
    static std::vector<TimeWarp::Gap> idleGaps(const Trace &trace, std::int64_t minGapNs);
    // The same for the events analysed, kept up to date by update() (found anew when asked
    // with another `minGapNs`).
    const std::vector<TimeWarp::Gap> &idleGapsOver(const Trace &trace, std::int64_t minGapNs);

private:
    // Lanes were born: rows in lane order. False when the server's first lane is another than
    // the one the waiting counts left out (then they are made anew).
    bool placeRows(const Trace &trace);
    LaneRow *rowFor(std::uint32_t actor);
    // The count `row`'s calls go into, or null (the server's main thread).
    WaitingCount *waitingFor(const LaneRow &row);

    // What the next batch of events needs (update()).
    qsizetype m_fed = 0;
    LaneBuilder m_laneBuilder;
    BlockedSpanFinder m_spanFinder;
    TaskSpanFinder m_taskFinder;
    ZombieFinder m_zombieFinder;
    std::unique_ptr<WakeUpMatcher> m_wakeUpMatcher = std::make_unique<WakeUpMatcher>();
    std::vector<TimeWarp::Gap> m_idleGaps;
    std::int64_t m_idleGapMinNs = -1;
    qsizetype m_idleGapsFed = 0;

    std::vector<LaneRow> m_rows;
    QHash<std::uint32_t, int> m_rowOfActor;
    std::vector<WakeUp> m_wakeUps;
    std::vector<SpawnLink> m_spawnLinks;
    std::int64_t m_longestWakeUpNs = 0;
    qsizetype m_spanCount = 0;
    static constexpr std::size_t kLaneGroups = std::size_t(LaneGroup::External) + 1;
    std::array<WaitingCount, kLaneGroups> m_waiting;
    std::uint32_t m_serverMain = 0; // the server group's first lane's actor (0: none yet)
    SocketLaneSet m_sockets;
    std::optional<StorySpan> m_story;
    qsizetype m_storySize = -1; // the trace it was found for: -1, none
    std::int64_t m_storyEndNs = -1;
};

} // namespace sockscope
