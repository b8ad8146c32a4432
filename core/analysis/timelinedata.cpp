#include "timelinedata.h"

#include <algorithm>

namespace sockscope {

void TimelineData::clear()
{
    m_rows.clear();
    m_rowOfActor.clear();
    m_wakeUps.clear();
    m_spawnLinks.clear();
    m_longestWakeUpNs = 0;
    m_spanCount = 0;
    m_socketLanes.clear();
    m_socketTitles.clear();
    m_socketGauges.clear();
    m_whyNoSockets.clear();
}

void TimelineData::rebuild(const Trace &trace)
{
    clear();
    const std::vector<Lane> lanes = buildLanes(trace);
    m_rows.resize(lanes.size());
    for (std::size_t r = 0; r < lanes.size(); ++r) {
        m_rows[r].lane = lanes[r];
        m_rowOfActor.insert(lanes[r].actor, int(r));
        m_rows[r].instants.reserve(std::size_t(lanes[r].eventCount));
    }

    std::vector<BlockedSpan> spans = findBlockedSpans(trace);
    m_spanCount = qsizetype(spans.size());
    for (const BlockedSpan &span : spans) {
        const int row = rowOfActor(span.actor);
        if (row >= 0)
            m_rows[std::size_t(row)].spans.push_back(span);
    }

    const auto &events = trace.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        // A task's suspensions and resumes are drawn as its spans, not as marks.
        if (isBeginKind(e.kind) || isEndKind(e.kind) || e.kind == EventKind::TaskSuspend ||
            e.kind == EventKind::TaskResume)
            continue;
        const int row = rowOfActor(e.actor);
        if (row >= 0)
            m_rows[std::size_t(row)].instants.push_back(std::uint32_t(i));
    }

    for (const TaskSpan &t : findTaskSpans(trace)) {
        const int row = rowOfActor(t.task);
        if (row >= 0)
            m_rows[std::size_t(row)].tasks.push_back(t);
    }

    for (const ZombieSpan &z : findZombies(trace)) {
        const int row = rowOfActor(z.actor);
        if (row >= 0)
            m_rows[std::size_t(row)].zombies.push_back(z);
    }

    m_socketLanes = buildSocketLanes(trace);
    m_socketTitles = socketLaneTitles(trace, m_socketLanes);
    m_socketGauges.reserve(m_socketLanes.size());
    for (const SocketLane &lane : m_socketLanes)
        m_socketGauges.push_back(socketLaneGauges(lane));
    if (m_socketLanes.empty())
        m_whyNoSockets = whyNoSocketLanes(trace);

    m_wakeUps = findWakeUps(trace);
    std::stable_sort(m_wakeUps.begin(), m_wakeUps.end(),
                     [](const WakeUp &a, const WakeUp &b) { return a.to < b.to; });
    for (const WakeUp &w : m_wakeUps)
        m_longestWakeUpNs = std::max(m_longestWakeUpNs, trace.at(w.to).tNs - trace.at(w.from).tNs);
    m_spawnLinks = findSpawnLinks(trace);
}

std::vector<TimeWarp::Gap> TimelineData::idleGaps(const Trace &trace, std::int64_t minGapNs)
{
    std::vector<TimeWarp::Gap> gaps;
    const auto &events = trace.events();
    for (std::size_t i = 1; i < events.size(); ++i) {
        if (events[i].tNs - events[i - 1].tNs > minGapNs)
            gaps.push_back({events[i - 1].tNs, events[i].tNs});
    }
    return gaps;
}

} // namespace sockscope
