#include "wakeups.h"

#include <QHash>
#include <QSet>

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

// What a client did that a server call answers.
enum class Act
{
    Connect,
    Data,
    Close
};

// One connection, seen from both ends. A client's event is stamped when its system call
// returns, so the server call it woke is often recorded a few microseconds *before* it:
// each side queues what the other has not answered yet, and whichever comes second pairs.
//
// Data is matched by bytes, not by order: a recv() is answered by the send() that handed over
// the last byte it returned. A recv() whose bytes were all sent before an earlier recv() took
// its share (a line read 8 bytes at a time) was woken by nobody new: no arrow. So an arrow
// never runs back from a later send to an earlier recv.
struct Connection
{
    std::deque<qsizetype> clientActs[3]; // Connect and Close; Data: sends not fully received
    std::deque<qsizetype> serverEnds[3]; // Connect and Close
    std::deque<std::int64_t> sentUpTo;   // beside clientActs[Data]: byte count after each
    std::int64_t sent = 0;               // bytes the client has handed over so far
    std::int64_t received = 0;           // bytes the server has taken so far
    std::deque<std::pair<qsizetype, std::int64_t>> waitingRecvs; // recv_end, bytes it needs
    QSet<qsizetype> answered;                                    // sends that already woke a recv
};

} // namespace

std::vector<WakeUp> findWakeUps(const Trace &trace)
{
    std::vector<WakeUp> out;
    // Descriptor tables are per process: server threads share their process's, a forked
    // child starts with a copy of its parent's. The owner is the process's root actor.
    QHash<std::uint32_t, std::uint32_t> ownerOf;
    auto owner = [&](std::uint32_t actor) { return ownerOf.value(actor, actor); };

    QHash<std::uint64_t, Endpoint> clientLocal;     // client (actor, fd) -> its own address
    QHash<std::uint64_t, Endpoint> serverPeer;      // server (owner, fd) -> client address
    QHash<std::uint64_t, Connection> connections;   // by the client's address
    QHash<std::uint32_t, std::int64_t> openBeginNs; // actor -> when its blocked call began
    QHash<qsizetype, std::int64_t> beginOfEnd;      // server end index -> its call's begin

    auto pair = [&](qsizetype act, qsizetype end) {
        const std::int64_t begin = beginOfEnd.value(end, -1);
        out.push_back({act, end, begin >= 0 && begin <= trace.at(act).tNs});
    };
    auto clientSent = [&](Endpoint client, qsizetype index, int bytes) {
        Connection &c = connections[endpointKey(client)];
        c.sent += bytes;
        // recv()s recorded a moment before this send was stamped, whose bytes it supplied.
        // Only the first of them waited for it; the next ones found its bytes already there.
        while (!c.waitingRecvs.empty() && c.waitingRecvs.front().second <= c.sent) {
            if (!c.answered.contains(index))
                pair(index, c.waitingRecvs.front().first);
            c.answered.insert(index);
            c.waitingRecvs.pop_front();
        }
        if (c.sent > c.received) {
            c.clientActs[int(Act::Data)].push_back(index);
            c.sentUpTo.push_back(c.sent);
        }
    };
    auto serverReceived = [&](Endpoint client, qsizetype index, int bytes) {
        Connection &c = connections[endpointKey(client)];
        c.received += bytes;
        auto &sends = c.clientActs[int(Act::Data)];
        // The send that handed over the last byte of this recv, if it is recorded yet.
        std::size_t k = 0;
        while (k < sends.size() && c.sentUpTo[k] < c.received)
            ++k;
        if (k < sends.size()) {
            if (!c.answered.contains(sends[k])) {
                pair(sends[k], index);
                c.answered.insert(sends[k]);
            }
        } else {
            c.waitingRecvs.emplace_back(index, c.received);
        }
        while (!sends.empty() && c.sentUpTo.front() <= c.received) {
            sends.pop_front();
            c.sentUpTo.pop_front();
        }
    };
    auto clientDid = [&](Endpoint client, Act act, qsizetype index) {
        Connection &c = connections[endpointKey(client)];
        auto &ends = c.serverEnds[int(act)];
        if (!ends.empty()) {
            pair(index, ends.front());
            ends.pop_front();
        } else {
            c.clientActs[int(act)].push_back(index);
        }
    };
    auto serverSaw = [&](Endpoint client, Act act, qsizetype index) {
        Connection &c = connections[endpointKey(client)];
        auto &acts = c.clientActs[int(act)];
        if (!acts.empty()) {
            pair(acts.front(), index);
            acts.pop_front();
        } else {
            c.serverEnds[int(act)].push_back(index);
        }
    };

    const auto &events = trace.events();
    for (qsizetype i = 0; i < qsizetype(events.size()); ++i) {
        const Event &e = events[std::size_t(i)];
        const Actor *actor = trace.actor(e.actor);
        if (isBeginKind(e.kind))
            openBeginNs.insert(e.actor, e.tNs);
        if (isEndKind(e.kind))
            beginOfEnd.insert(i, openBeginNs.take(e.actor));

        if (actor && actor->kind == ActorKind::Client) {
            const auto key = actorFdKey(e.actor, e.fd);
            if (e.err != 0)
                continue;
            switch (e.kind) {
            case EventKind::ConnectEnd:
                if (!trace.local(e).isNull()) {
                    clientLocal.insert(key, trace.local(e));
                    clientDid(trace.local(e), Act::Connect, i);
                }
                break;
            case EventKind::Send:
            case EventKind::SendEnd:
                if (e.bytes > 0 && clientLocal.contains(key))
                    clientSent(clientLocal.value(key), i, e.bytes);
                break;
            case EventKind::Shutdown:
            case EventKind::Close:
                // The first of shutdown(write) and close sends the FIN; a close after a
                // shutdown sends nothing new.
                if (clientLocal.contains(key))
                    clientDid(clientLocal.take(key), Act::Close, i);
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
                const auto keys = serverPeer.keys();
                for (auto k : keys) {
                    if ((k >> 32) == me)
                        serverPeer.insert(actorFdKey(e.childActor, int(std::uint32_t(k))),
                                          serverPeer.value(k));
                }
            }
            break;
        case EventKind::AcceptEnd:
            if (e.newFd >= 0 && e.err == 0) {
                serverPeer.insert(actorFdKey(me, e.newFd), e.peer());
                serverSaw(e.peer(), Act::Connect, i);
            }
            break;
        case EventKind::RecvEnd: {
            const auto key = actorFdKey(me, e.fd);
            if (e.err == 0 && e.bytes > 0 && serverPeer.contains(key))
                serverReceived(serverPeer.value(key), i, e.bytes);
            else if (e.err == 0 && e.bytes == 0 && !e.interruptedByStop() &&
                     serverPeer.contains(key))
                serverSaw(serverPeer.value(key), Act::Close, i);
            break;
        }
        case EventKind::WaitEnd: {
            // Readiness does not consume the data (the recv that follows does): point at the
            // client act that made the socket readable, without taking it.
            const WaitSets sets = trace.waitSets(e);
            for (int fd : sets.readyRead) {
                const auto key = actorFdKey(me, fd);
                if (!serverPeer.contains(key))
                    continue;
                const auto it = connections.constFind(endpointKey(serverPeer.value(key)));
                if (it == connections.cend())
                    continue;
                for (Act act : {Act::Data, Act::Close}) {
                    if (!it->clientActs[int(act)].empty()) {
                        pair(it->clientActs[int(act)].front(), i);
                        break;
                    }
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
    }
    return out;
}

} // namespace sockscope
