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

std::vector<Lane> buildLanes(const Trace &trace)
{
    const auto &actors = trace.actors();
    std::vector<Lane> byActor(actors.size() + 1);
    std::vector<bool> seen(actors.size() + 1, false);
    QHash<int, std::uint32_t> childByPid;
    auto touch = [&](std::uint32_t id, std::int64_t t) {
        if (id == 0 || id > actors.size() || actors[id - 1].kind == ActorKind::Kernel)
            return;
        Lane &lane = byActor[id];
        if (!seen[id]) {
            seen[id] = true;
            lane.actor = id;
            lane.group = groupOf(actors[id - 1]);
            lane.startNs = t;
        }
    };
    for (const Event &e : trace.events()) {
        touch(e.actor, e.tNs);
        if (e.actor && e.actor <= actors.size())
            ++byActor[e.actor].eventCount;
        switch (e.kind) {
        case EventKind::ThreadSpawn:
        case EventKind::TaskCreate:
            touch(e.childActor, e.tNs);
            break;
        case EventKind::TaskDone:
            if (e.actor <= actors.size() && actors[e.actor - 1].kind == ActorKind::Task) {
                byActor[e.actor].ended = true;
                byActor[e.actor].endNs = e.tNs;
            }
            break;
        case EventKind::Fork:
            touch(e.childActor, e.tNs);
            if (e.childPid > 0 && e.childActor)
                childByPid.insert(e.childPid, e.childActor);
            break;
        case EventKind::ThreadExit:
            if (e.actor <= actors.size() && actors[e.actor - 1].kind != ActorKind::Process) {
                byActor[e.actor].ended = true;
                byActor[e.actor].endNs = e.tNs;
            }
            break;
        case EventKind::Reap: {
            const std::uint32_t child = childByPid.value(e.childPid, 0);
            if (child && seen[child]) {
                byActor[child].ended = true;
                byActor[child].endNs = e.tNs;
            }
            break;
        }
        default:
            break;
        }
    }
    // A client's lane ends with its last close when nothing follows it.
    {
        std::vector<const Event *> lastOf(actors.size() + 1, nullptr);
        for (const Event &e : trace.events()) {
            if (e.actor && e.actor <= actors.size())
                lastOf[e.actor] = &e;
        }
        for (std::uint32_t id = 1; id <= actors.size(); ++id) {
            const Event *last = lastOf[id];
            if (seen[id] && !byActor[id].ended && last &&
                actors[id - 1].kind == ActorKind::Client &&
                (last->kind == EventKind::Close || last->kind == EventKind::Error)) {
                byActor[id].ended = true;
                byActor[id].endNs = last->tNs;
            }
        }
    }

    std::vector<Lane> lanes;
    for (std::uint32_t id = 1; id <= actors.size(); ++id) {
        if (seen[id])
            lanes.push_back(byActor[id]);
    }
    // Grouped; within a group in order of birth (ties: by id, which is creation order).
    std::stable_sort(lanes.begin(), lanes.end(), [](const Lane &a, const Lane &b) {
        if (a.group != b.group)
            return a.group < b.group;
        return a.actor < b.actor;
    });
    return lanes;
}

std::vector<ZombieSpan> findZombies(const Trace &trace)
{
    std::vector<ZombieSpan> zombies;
    QHash<int, std::uint32_t> childByPid;
    QHash<int, std::size_t> openByPid;
    const auto &events = trace.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        switch (e.kind) {
        case EventKind::Fork:
            if (e.childPid > 0)
                childByPid.insert(e.childPid, e.childActor);
            break;
        case EventKind::ProcessExit: {
            // Recorded by the child itself or by the parent on its behalf.
            const Actor *actor = trace.actor(e.actor);
            std::uint32_t child = childByPid.value(e.childPid, 0);
            if (!child && actor && actor->kind == ActorKind::Process)
                child = e.actor;
            if (!child || openByPid.contains(e.childPid))
                break;
            ZombieSpan z;
            z.actor = child;
            z.pid = e.childPid;
            z.exitEvent = qsizetype(i);
            z.beginNs = e.tNs;
            openByPid.insert(e.childPid, zombies.size());
            zombies.push_back(z);
            break;
        }
        case EventKind::Reap: {
            const auto it = openByPid.find(e.childPid);
            if (it != openByPid.end()) {
                zombies[it.value()].reapEvent = qsizetype(i);
                zombies[it.value()].endNs = e.tNs;
                openByPid.erase(it);
            }
            break;
        }
        default:
            break;
        }
    }
    return zombies;
}

std::vector<SpawnLink> findSpawnLinks(const Trace &trace)
{
    std::vector<SpawnLink> links;
    const auto &events = trace.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if ((e.kind == EventKind::ThreadSpawn || e.kind == EventKind::Fork ||
             e.kind == EventKind::TaskCreate) &&
            e.childActor)
            links.push_back(
                {qsizetype(i), e.actor, e.childActor, e.tNs, e.kind == EventKind::Fork});
    }
    return links;
}

} // namespace sockscope
