#include "lanes.h"

#include "trace/event.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sockscope {

QString laneGroupTitle(LaneGroup group)
{
    switch (group) {
    case LaneGroup::Server:
        return QCoreApplication::translate("Lanes", "Server process");
    case LaneGroup::Tasks:
        return QCoreApplication::translate("Lanes", "Tasks on the loop thread (not threads)");
    case LaneGroup::Children:
        return QCoreApplication::translate("Lanes", "Forked children");
    case LaneGroup::Clients:
        return QCoreApplication::translate("Lanes", "Clients");
    case LaneGroup::External:
        return QCoreApplication::translate("Lanes", "External clients");
    }
    return {};
}

namespace {

QString translatedActorName(const QString &name)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Lanes", text); };
    if (name == QLatin1String("main"))
        return tr("main");
    if (name == QLatin1String("child"))
        return tr("child");
    if (name == QLatin1String("client driver"))
        return tr("client driver");
    if (name == QLatin1String("sigchld reaper"))
        return tr("sigchld reaper");
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    if (space <= 0 || space + 1 >= name.size())
        return name;
    const QStringView word = QStringView(name).left(space);
    const QString rest = name.mid(space + 1);
    if (word == QLatin1String("client"))
        return tr("client %1").arg(rest);
    if (word == QLatin1String("child"))
        return tr("child %1").arg(rest);
    if (word == QLatin1String("worker"))
        return tr("worker %1").arg(rest);
    if (word == QLatin1String("external"))
        return tr("external %1").arg(rest);
    if (word == QLatin1String("task"))
        return tr("task %1").arg(rest);
    return name;
}

} // namespace

QString actorDisplayName(const QString &name)
{
    // Names come from scenario files and trace files written by anyone: escaped, so that a
    // bidirectional control in one cannot reorder the text it is shown in.
    return escapeText(translatedActorName(name));
}

QString laneTitle(const Actor &actor)
{
    if (!actor.name.isEmpty())
        return actorDisplayName(actor.name);
    return QCoreApplication::translate("Lanes", "actor %1").arg(actor.id);
}

QString laneIdText(const Actor &actor)
{
    // A task is no thread: it runs on its loop thread, whenever that resumes it.
    if (actor.kind == ActorKind::Task && actor.tid > 0)
        return QCoreApplication::translate("Lanes", "on tid %1").arg(actor.tid);
    if (actor.kind == ActorKind::Process && actor.pid > 0)
        return QCoreApplication::translate("Lanes", "pid %1").arg(actor.pid);
    if (actor.tid > 0)
        return QCoreApplication::translate("Lanes", "tid %1").arg(actor.tid);
    if (actor.pid > 0)
        return QCoreApplication::translate("Lanes", "pid %1").arg(actor.pid);
    return {};
}

namespace {
LaneGroup groupOf(const Actor &actor)
{
    switch (actor.kind) {
    case ActorKind::Thread:
        return LaneGroup::Server;
    case ActorKind::Task:
        return LaneGroup::Tasks;
    case ActorKind::Kernel: // has no lane (buildLanes leaves it out)
        return LaneGroup::Server;
    case ActorKind::Process:
        return LaneGroup::Children;
    case ActorKind::Client:
        return actor.external ? LaneGroup::External : LaneGroup::Clients;
    }
    return LaneGroup::Server;
}
} // namespace

void LaneBuilder::touch(const Trace &trace, std::uint32_t id, std::int64_t t)
{
    const auto &actors = trace.actors();
    if (id == 0 || id > actors.size() || actors[id - 1].kind == ActorKind::Kernel)
        return;
    if (!m_touchedMark[id]) {
        m_touchedMark[id] = 1;
        m_touched.push_back(id);
    }
    if (m_seen[id])
        return;
    m_seen[id] = 1;
    m_added = true;
    Lane &lane = m_byActor[id];
    lane.actor = id;
    lane.startNs = t;
}

void LaneBuilder::feed(const Trace &trace)
{
    const auto &actors = trace.actors();
    const std::size_t slots = actors.size() + 1;
    if (m_byActor.size() < slots) {
        m_byActor.resize(slots);
        m_seen.resize(slots, 0);
        m_lastOf.resize(slots, -1);
        m_touchedMark.resize(slots, 0);
    }
    for (const std::uint32_t id : m_touched)
        m_touchedMark[id] = 0;
    m_touched.clear();
    m_added = false;
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(m_fed); i < events.size(); ++i) {
        const Event &e = events[i];
        touch(trace, e.actor, e.tNs);
        if (e.actor && e.actor <= actors.size()) {
            ++m_byActor[e.actor].eventCount;
            m_lastOf[e.actor] = qsizetype(i);
        }
        auto end = [&](std::uint32_t id) {
            m_byActor[id].ended = true;
            m_byActor[id].endNs = e.tNs;
            touch(trace, id, e.tNs);
        };
        switch (e.kind) {
        case EventKind::ThreadSpawn:
        case EventKind::TaskCreate:
            touch(trace, e.childActor, e.tNs);
            break;
        case EventKind::TaskDone:
            if (e.actor && e.actor <= actors.size() && actors[e.actor - 1].kind == ActorKind::Task)
                end(e.actor);
            break;
        case EventKind::Fork:
            touch(trace, e.childActor, e.tNs);
            if (e.childPid > 0 && e.childActor)
                m_childByPid.insert(e.childPid, e.childActor);
            break;
        case EventKind::ThreadExit:
            if (e.actor && e.actor <= actors.size() &&
                actors[e.actor - 1].kind != ActorKind::Process)
                end(e.actor);
            break;
        case EventKind::Reap: {
            const std::uint32_t child = m_childByPid.value(e.childPid, 0);
            if (child && m_seen[child])
                end(child);
            break;
        }
        default:
            break;
        }
    }
    m_fed = qsizetype(events.size());
}

Lane LaneBuilder::lane(const Trace &trace, std::uint32_t id) const
{
    Lane lane = m_byActor[id];
    const Actor &actor = trace.actors()[id - 1];
    lane.group = groupOf(actor);
    // A client's lane ends with its last close when nothing follows it.
    const qsizetype last = m_lastOf[id];
    if (!lane.ended && last >= 0 && actor.kind == ActorKind::Client) {
        const Event &e = trace.at(last);
        if (e.kind == EventKind::Close || e.kind == EventKind::Error) {
            lane.ended = true;
            lane.endNs = e.tNs;
        }
    }
    return lane;
}

std::vector<Lane> LaneBuilder::lanes(const Trace &trace) const
{
    std::vector<Lane> lanes;
    for (std::uint32_t id = 1; id < m_seen.size(); ++id) {
        if (m_seen[id])
            lanes.push_back(lane(trace, id));
    }
    // Grouped; within a group in order of birth (ties: by id, which is creation order).
    std::stable_sort(lanes.begin(), lanes.end(), [](const Lane &a, const Lane &b) {
        if (a.group != b.group)
            return a.group < b.group;
        return a.actor < b.actor;
    });
    return lanes;
}

std::vector<Lane> buildLanes(const Trace &trace)
{
    LaneBuilder builder;
    builder.feed(trace);
    return builder.lanes(trace);
}

void ZombieFinder::feed(const Trace &trace, const ZombieFound &began, const ZombieFound &ended)
{
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(m_fed); i < events.size(); ++i) {
        const Event &e = events[i];
        switch (e.kind) {
        case EventKind::Fork:
            if (e.childPid > 0)
                m_childByPid.insert(e.childPid, e.childActor);
            break;
        case EventKind::ProcessExit: {
            // Recorded by the child itself or by the parent on its behalf.
            const Actor *actor = trace.actor(e.actor);
            std::uint32_t child = m_childByPid.value(e.childPid, 0);
            if (!child && actor && actor->kind == ActorKind::Process)
                child = e.actor;
            if (!child || m_openByPid.contains(e.childPid))
                break;
            ZombieSpan z;
            z.actor = child;
            z.pid = e.childPid;
            z.exitEvent = qsizetype(i);
            z.beginNs = e.tNs;
            m_openByPid.insert(e.childPid, z);
            began(z);
            break;
        }
        case EventKind::Reap: {
            const auto it = m_openByPid.find(e.childPid);
            if (it != m_openByPid.end()) {
                ZombieSpan z = *it;
                m_openByPid.erase(it);
                z.reapEvent = qsizetype(i);
                z.endNs = e.tNs;
                ended(z);
            }
            break;
        }
        default:
            break;
        }
    }
    m_fed = qsizetype(events.size());
}

std::vector<ZombieSpan> findZombies(const Trace &trace)
{
    std::vector<ZombieSpan> zombies;
    QHash<int, std::size_t> openAt; // pid -> its open zombie in `zombies`
    ZombieFinder finder;
    finder.feed(
        trace,
        [&](const ZombieSpan &z) {
            openAt.insert(z.pid, zombies.size());
            zombies.push_back(z);
        },
        [&](const ZombieSpan &z) { zombies[openAt.take(z.pid)] = z; });
    return zombies;
}

void appendSpawnLinks(const Trace &trace, qsizetype from, std::vector<SpawnLink> &links)
{
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(std::max<qsizetype>(from, 0)); i < events.size(); ++i) {
        const Event &e = events[i];
        if ((e.kind == EventKind::ThreadSpawn || e.kind == EventKind::Fork ||
             e.kind == EventKind::TaskCreate) &&
            e.childActor)
            links.push_back(
                {qsizetype(i), e.actor, e.childActor, e.tNs, e.kind == EventKind::Fork});
    }
}

std::vector<SpawnLink> findSpawnLinks(const Trace &trace)
{
    std::vector<SpawnLink> links;
    appendSpawnLinks(trace, 0, links);
    return links;
}

} // namespace sockscope
