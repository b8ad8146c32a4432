#pragma once

#include "../trace/trace.h"

#include <QString>

#include <cstdint>
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

} // namespace sockscope
