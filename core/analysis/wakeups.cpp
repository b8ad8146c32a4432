#include "wakeups.h"

#include <QHash>

#include <deque>

namespace sockscope {

namespace {

std::uint64_t endpointKey(Endpoint e)
{
    return (std::uint64_t(e.ipv4) << 16) | e.port;
}
std::uint64_t actorFdKey(std::uint32_t owner, int fd)
{
    return (std::uint64_t(owner) << 32) | std::uint32_t(fd);
}

struct PendingAct
{
    qsizetype index;
    EventKind kind; // ConnectEnd, Send, Close
};

} // namespace

std::vector<WakeUp> findWakeUps(const Trace &trace)
{
    std::vector<WakeUp> out;
    // Descriptor tables are per process: server threads share their process's, a forked
    // child starts with a copy of its parent's. The owner is the process's root actor.
    QHash<std::uint32_t, std::uint32_t> ownerOf;
    auto owner = [&](std::uint32_t actor) { return ownerOf.value(actor, actor); };

    QHash<std::uint64_t, Endpoint> clientLocal;           // client (actor, fd) -> its own address
    QHash<std::uint64_t, Endpoint> serverPeer;            // server (owner, fd) -> client address
    QHash<std::uint64_t, std::deque<PendingAct>> pending; // client address -> unconsumed acts
    QHash<std::uint32_t, qsizetype> openBegin;            // actor -> index of its open *_begin

    // A recv that returns data answers every send made before it (one recv may take the
    // bytes of several); a recv of 0 bytes answers the close.
    auto consume = [&](Endpoint client, qsizetype serverEnd, bool peerClosed) {
        auto it = pending.find(endpointKey(client));
        if (it == pending.end())
            return;
        auto &queue = it.value();
        qsizetype first = -1;
        while (!queue.empty() && queue.front().index < serverEnd) {
            const PendingAct act = queue.front();
            if (!peerClosed && act.kind == EventKind::Close)
                break;
            queue.pop_front();
            if (act.kind == EventKind::ConnectEnd)
                continue;
            if (first < 0 && (act.kind == EventKind::Close) == peerClosed)
                first = act.index;
            if (peerClosed && act.kind == EventKind::Close)
                break;
        }
        if (first >= 0) {
            const auto begin = openBegin.value(trace.at(serverEnd).actor, -1);
            out.push_back({first, serverEnd, begin >= 0 && begin < first});
        }
    };

    const auto &events = trace.events();
    for (qsizetype i = 0; i < qsizetype(events.size()); ++i) {
        const Event &e = events[std::size_t(i)];
        const Actor *actor = trace.actor(e.actor);
        const bool isClient = actor && actor->kind == ActorKind::Client;
        if (isBeginKind(e.kind))
            openBegin.insert(e.actor, i);

        if (isClient) {
            const auto key = actorFdKey(e.actor, e.fd);
            switch (e.kind) {
            case EventKind::ConnectEnd:
                if (e.err == 0 && !trace.local(e).isNull()) {
                    clientLocal.insert(key, trace.local(e));
                    pending[endpointKey(trace.local(e))].push_back({i, EventKind::ConnectEnd});
                }
                break;
            case EventKind::Send:
            case EventKind::SendEnd:
            case EventKind::Close:
            case EventKind::Shutdown:
                if (clientLocal.contains(key) && e.err == 0 &&
                    (e.kind != EventKind::Send || e.bytes > 0)) {
                    const EventKind as =
                        (e.kind == EventKind::Close || e.kind == EventKind::Shutdown)
                            ? EventKind::Close
                            : EventKind::Send;
                    auto &queue = pending[endpointKey(clientLocal.value(key))];
                    // A close after a shutdown(write) sends no second FIN.
                    if (!(as == EventKind::Close && !queue.empty() &&
                          queue.back().kind == EventKind::Close))
                        queue.push_back({i, as});
                    if (e.kind == EventKind::Close)
                        clientLocal.remove(key);
                }
                break;
            default:
                break;
            }
            continue;
        }

        const std::uint32_t me = owner(e.actor);
        switch (e.kind) {
        case EventKind::ThreadSpawn:
            if (e.childActor)
                ownerOf.insert(e.childActor, me);
            break;
        case EventKind::Fork:
            if (e.childActor) {
                // The child's table starts as a copy of the parent's.
                const auto keys = serverPeer.keys();
                for (auto k : keys) {
                    if ((k >> 32) == me)
                        serverPeer.insert(actorFdKey(e.childActor, int(std::uint32_t(k))),
                                          serverPeer.value(k));
                }
            }
            break;
        case EventKind::AcceptEnd:
            if (e.newFd >= 0) {
                serverPeer.insert(actorFdKey(me, e.newFd), e.peer());
                auto it = pending.find(endpointKey(e.peer()));
                if (it != pending.end() && !it->empty() &&
                    it->front().kind == EventKind::ConnectEnd) {
                    const auto begin = openBegin.value(e.actor, -1);
                    out.push_back({it->front().index, i, begin >= 0 && begin < it->front().index});
                    it->pop_front();
                }
            }
            break;
        case EventKind::RecvEnd: {
            const auto key = actorFdKey(me, e.fd);
            if (serverPeer.contains(key))
                consume(serverPeer.value(key), i, e.bytes == 0);
            break;
        }
        case EventKind::WaitEnd: {
            const WaitSets sets = trace.waitSets(e);
            for (int fd : sets.readyRead) {
                const auto key = actorFdKey(me, fd);
                if (!serverPeer.contains(key))
                    continue;
                // Readiness does not consume the data: peek at what woke it.
                auto it = pending.find(endpointKey(serverPeer.value(key)));
                if (it != pending.end() && !it->empty() &&
                    it->front().kind != EventKind::ConnectEnd) {
                    const auto begin = openBegin.value(e.actor, -1);
                    out.push_back({it->front().index, i, begin >= 0 && begin < it->front().index});
                }
            }
            break;
        }
        case EventKind::Close:
            serverPeer.remove(actorFdKey(me, e.fd));
            break;
        default:
            break;
        }
        if (isEndKind(e.kind))
            openBegin.remove(e.actor);
    }
    return out;
}

} // namespace sockscope
