#pragma once

#include "../trace/trace.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace sockscope {

// Lanes are grouped by process, in this order.
enum class LaneGroup : std::uint8_t
{
    Server,   // the server process: main thread and worker threads
    Tasks,    // an event loop's tasks (asyncio): coroutines on the loop thread, not threads
    Children, // forked child processes
    Clients,  // scripted clients
    External  // clients SockScope did not start (nc, a student's script)
};
QString laneGroupTitle(LaneGroup group); // translatable

// One actor's lane. A lane exists from the actor's first event (or the spawn/fork that made
// it) to its end: thread_exit for a thread, the reap for a child, the last close for a client;
// a lane without an end runs to the live edge.
struct Lane
{
    std::uint32_t actor = 0;
    LaneGroup group = LaneGroup::Server;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0; // meaningful when `ended`
    bool ended = false;
    qsizetype eventCount = 0;

    std::int64_t endAt(std::int64_t liveEdgeNs) const
    {
        return ended ? endNs : std::max(liveEdgeNs, startNs);
    }
};

// "main", "worker 2" ... as the actor is named, in the UI language.
QString laneTitle(const Actor &actor);
// A recorded actor name in the UI language: the words the servers and the client fleet name
// their actors with ("main", "client 2", "worker 3", "child 4711") are translated, the
// number kept; names a scenario gave its clients otherwise stay as written.
QString actorDisplayName(const QString &name);
// "tid 4243", "pid 4711", or empty when unknown.
QString laneIdText(const Actor &actor);

// One lane per actor that has an event or was spawned, grouped and in order of birth.
std::vector<Lane> buildLanes(const Trace &trace);

// The same, a batch of events at a time (a live trace grows): feed() reads the events added
// since the last one; lanes() is what buildLanes() gives for the events read so far.
class LaneBuilder
{
public:
    void feed(const Trace &trace);
    qsizetype fed() const { return m_fed; }
    // Whether the last feed() gave an actor its first lane.
    bool addedLanes() const { return m_added; }
    // The actors whose lane the last feed() touched (born, an event, an end), each once.
    const std::vector<std::uint32_t> &touched() const { return m_touched; }
    // The lane of an actor that has one, as far as the events read tell.
    Lane lane(const Trace &trace, std::uint32_t actor) const;
    std::vector<Lane> lanes(const Trace &trace) const; // grouped, in order of birth

private:
    void touch(const Trace &trace, std::uint32_t id, std::int64_t t);

    std::vector<Lane> m_byActor; // by actor id
    std::vector<char> m_seen;
    std::vector<qsizetype> m_lastOf; // each actor's last event, -1 none
    std::vector<char> m_touchedMark;
    std::vector<std::uint32_t> m_touched;
    QHash<int, std::uint32_t> m_childByPid;
    bool m_added = false;
    qsizetype m_fed = 0;
};

// A child between its process_exit and its reap: a zombie. Open until reaped.
struct ZombieSpan
{
    std::uint32_t actor = 0; // the child's lane
    int pid = 0;
    qsizetype exitEvent = -1;
    qsizetype reapEvent = -1; // -1 while not reaped
    std::int64_t beginNs = 0;
    std::int64_t endNs = 0; // meaningful when reaped

    bool isOpen() const { return reapEvent < 0; }
    std::int64_t endAt(std::int64_t liveEdgeNs) const
    {
        return isOpen() ? std::max(liveEdgeNs, beginNs) : endNs;
    }
};
std::vector<ZombieSpan> findZombies(const Trace &trace);

// The same, a batch of events at a time: `began` gets a zombie at its process_exit, `ended`
// the same zombie at its reap.
class ZombieFinder
{
public:
    using ZombieFound = std::function<void(const ZombieSpan &)>;
    void feed(const Trace &trace, const ZombieFound &began, const ZombieFound &ended);

private:
    QHash<int, std::uint32_t> m_childByPid;
    QHash<int, ZombieSpan> m_openByPid;
    qsizetype m_fed = 0;
};

// A thread_spawn, fork or task_create: an arrow from the parent's lane to the new lane.
struct SpawnLink
{
    qsizetype event = -1;
    std::uint32_t parent = 0;
    std::uint32_t child = 0;
    std::int64_t tNs = 0;
    bool isFork = false;
};
std::vector<SpawnLink> findSpawnLinks(const Trace &trace);
// Appends the links of events [from, trace.size()) to `links`.
void appendSpawnLinks(const Trace &trace, qsizetype from, std::vector<SpawnLink> &links);

} // namespace sockscope
