#include "timelinedata.h"

#include <algorithm>

namespace sockscope {

namespace {

// Replaces the span that began at the same event: spans are sorted by their beginning.
template <typename Span> void replaceSpan(std::vector<Span> &spans, const Span &span)
{
    const auto it = std::lower_bound(spans.begin(), spans.end(), span.begin,
                                     [](const Span &s, std::uint32_t b) { return s.begin < b; });
    if (it != spans.end() && it->begin == span.begin)
        *it = span;
}

bool isInstant(const Event &e)
{
    // A task's suspensions and resumes are drawn as its spans, not as marks.
    return !(isBeginKind(e.kind) || isEndKind(e.kind) || e.kind == EventKind::TaskSuspend ||
             e.kind == EventKind::TaskResume);
}

} // namespace

const BlockedSpan *spanAt(const LaneRow &row, std::int64_t tNs, std::int64_t liveEdgeNs)
{
    auto it = std::upper_bound(row.spans.begin(), row.spans.end(), tNs,
                               [](std::int64_t t, const BlockedSpan &s) { return t < s.beginNs; });
    if (it == row.spans.begin())
        return nullptr;
    --it;
    return tNs <= it->endAt(liveEdgeNs) ? &*it : nullptr;
}

void TimelineData::clear()
{
    m_rows.clear();
    m_rowOfActor.clear();
    m_wakeUps.clear();
    m_spawnLinks.clear();
    m_longestWakeUpNs = 0;
    m_spanCount = 0;
    for (WaitingCount &w : m_waiting)
        w.clear();
    m_serverMain = 0;
    m_sockets.clear();
    m_fed = 0;
    m_laneBuilder = LaneBuilder();
    m_spanFinder = BlockedSpanFinder();
    m_taskFinder = TaskSpanFinder();
    m_zombieFinder = ZombieFinder();
    m_wakeUpMatcher = std::make_unique<WakeUpMatcher>();
    m_idleGaps.clear();
    m_idleGapMinNs = -1;
    m_idleGapsFed = 0;
    m_story.reset();
    m_storySize = -1;
    m_storyEndNs = -1;
}

void TimelineData::rebuild(const Trace &trace)
{
    clear();
    update(trace);
}

const std::optional<StorySpan> &TimelineData::story(const Trace &trace)
{
    if (m_storySize != trace.size() || m_storyEndNs != trace.endNs()) {
        m_story = findStorySpan(trace);
        m_storySize = trace.size();
        m_storyEndNs = trace.endNs();
    }
    return m_story;
}

LaneRow *TimelineData::rowFor(std::uint32_t actor)
{
    const int row = rowOfActor(actor);
    return row >= 0 ? &m_rows[std::size_t(row)] : nullptr;
}

WaitingCount *TimelineData::waitingFor(const LaneRow &row)
{
    if (row.lane.group == LaneGroup::Server && row.lane.actor == m_serverMain)
        return nullptr;
    return &m_waiting[std::size_t(row.lane.group)];
}

bool TimelineData::placeRows(const Trace &trace)
{
    const std::vector<Lane> lanes = m_laneBuilder.lanes(trace);
    std::vector<LaneRow> rows(lanes.size());
    QHash<std::uint32_t, int> rowOfActor;
    rowOfActor.reserve(qsizetype(lanes.size()));
    for (std::size_t r = 0; r < lanes.size(); ++r) {
        if (LaneRow *old = rowFor(lanes[r].actor))
            rows[r] = std::move(*old);
        rows[r].lane = lanes[r];
        rowOfActor.insert(lanes[r].actor, int(r));
    }
    m_rows = std::move(rows);
    m_rowOfActor = std::move(rowOfActor);
    // Lanes come in order of birth within their group, so the server's first lane stays
    // first; were it ever another, the counts would have taken the wrong lane's calls.
    const auto server = std::find_if(m_rows.begin(), m_rows.end(), [](const LaneRow &r) {
        return r.lane.group == LaneGroup::Server;
    });
    const std::uint32_t main = server == m_rows.end() ? 0 : server->lane.actor;
    const bool changed = m_serverMain != 0 && main != m_serverMain;
    m_serverMain = main;
    return !changed;
}

void TimelineData::update(const Trace &trace)
{
    if (trace.size() < m_fed)
        clear();
    const qsizetype from = m_fed;
    if (from == trace.size() && from > 0)
        return;

    m_laneBuilder.feed(trace);
    if (m_laneBuilder.addedLanes() || m_rows.empty()) {
        if (!placeRows(trace)) {
            rebuild(trace); // the counts anew, the server's first lane left out
            return;
        }
    } else {
        for (const std::uint32_t actor : m_laneBuilder.touched()) {
            if (LaneRow *row = rowFor(actor))
                row->lane = m_laneBuilder.lane(trace, actor);
        }
    }

    m_spanFinder.feed(
        trace,
        [this](const BlockedSpan &span) {
            ++m_spanCount;
            if (LaneRow *row = rowFor(span.actor)) {
                row->spans.push_back(span);
                if (WaitingCount *count = waitingFor(*row))
                    count->began(span.beginNs, span.kind);
            }
        },
        [this](const BlockedSpan &span) {
            if (LaneRow *row = rowFor(span.actor)) {
                replaceSpan(row->spans, span);
                if (WaitingCount *count = waitingFor(*row))
                    count->ended(span.endNs, span.kind);
            }
        });

    const auto &events = trace.events();
    for (std::size_t i = std::size_t(from); i < events.size(); ++i) {
        if (!isInstant(events[i]))
            continue;
        if (LaneRow *row = rowFor(events[i].actor))
            row->instants.push_back(std::uint32_t(i));
    }

    m_taskFinder.feed(
        trace,
        [this](const TaskSpan &span) {
            if (LaneRow *row = rowFor(span.task))
                row->tasks.push_back(span);
        },
        [this](const TaskSpan &span) {
            if (LaneRow *row = rowFor(span.task))
                replaceSpan(row->tasks, span);
        });

    m_zombieFinder.feed(
        trace,
        [this](const ZombieSpan &z) {
            if (LaneRow *row = rowFor(z.actor))
                row->zombies.push_back(z);
        },
        [this](const ZombieSpan &z) {
            LaneRow *row = rowFor(z.actor);
            if (!row)
                return;
            for (auto it = row->zombies.rbegin(); it != row->zombies.rend(); ++it) {
                if (it->exitEvent == z.exitEvent) {
                    *it = z;
                    break;
                }
            }
        });

    m_sockets.update(trace);

    // Wake-ups stay sorted by the server call they woke; one completed late (the client's
    // act after the server's end) may belong before the last ones.
    const std::size_t wakeUpsBefore = m_wakeUps.size();
    for (qsizetype i = from; i < trace.size(); ++i)
        m_wakeUpMatcher->add(trace, trace.at(i), i, m_wakeUps);
    const auto byTo = [](const WakeUp &a, const WakeUp &b) { return a.to < b.to; };
    const auto fresh = m_wakeUps.begin() + std::ptrdiff_t(wakeUpsBefore);
    std::stable_sort(fresh, m_wakeUps.end(), byTo);
    if (fresh != m_wakeUps.begin() && fresh != m_wakeUps.end() && byTo(*fresh, *(fresh - 1)))
        std::inplace_merge(m_wakeUps.begin(), fresh, m_wakeUps.end(), byTo);
    for (auto it = m_wakeUps.begin() + std::ptrdiff_t(wakeUpsBefore); it != m_wakeUps.end(); ++it)
        m_longestWakeUpNs = std::max(m_longestWakeUpNs, it->toNs - it->fromNs);

    appendSpawnLinks(trace, from, m_spawnLinks);
    m_fed = trace.size();
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

const std::vector<TimeWarp::Gap> &TimelineData::idleGapsOver(const Trace &trace,
                                                             std::int64_t minGapNs)
{
    if (minGapNs != m_idleGapMinNs || trace.size() < m_idleGapsFed) {
        m_idleGaps.clear();
        m_idleGapMinNs = minGapNs;
        m_idleGapsFed = 0;
    }
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(std::max<qsizetype>(m_idleGapsFed, 1)); i < events.size();
         ++i) {
        if (events[i].tNs - events[i - 1].tNs > minGapNs)
            m_idleGaps.push_back({events[i - 1].tNs, events[i].tNs});
    }
    m_idleGapsFed = trace.size();
    return m_idleGaps;
}

} // namespace sockscope
