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

// What a client did that a server call answers.
enum class Act
{
    Connect,
    Data,
    Close
};

// An event kept for a later match: where it is and what a wake-up says of it.
struct Mark
{
    qsizetype index = -1;
    std::uint32_t actor = 0;
    std::int64_t tNs = 0;
    std::int64_t beginNs = 0; // a server end's: when its call began
};

// A client's send whose bytes the server has not all taken yet.
struct Send
{
    Mark mark;
    std::int64_t upTo = 0; // the client's byte count after it
    bool answered = false; // it woke a recv already
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
    std::deque<Mark> clientActs[3]; // Connect and Close (Data: `sends`)
    std::deque<Mark> serverEnds[3]; // Connect and Close
    std::deque<Send> sends;         // sends not fully received
    std::int64_t sent = 0;          // bytes the client has handed over so far
    std::int64_t received = 0;      // bytes the server has taken so far
    std::deque<std::pair<Mark, std::int64_t>> waitingRecvs; // recv_end, bytes it needs

    bool settled() const
    {
        for (int a = 0; a < 3; ++a) {
            if (!clientActs[a].empty() || !serverEnds[a].empty())
                return false;
        }
        return sends.empty() && waitingRecvs.empty() && sent == received;
    }
};

} // namespace

struct WakeUpMatcher::State
{
    // Descriptor tables are per process: server threads share their process's, a forked
    // child starts with a copy of its parent's. The owner is the process's root actor.
    QHash<std::uint32_t, std::uint32_t> ownerOf;
    QHash<std::uint64_t, Endpoint> clientLocal;     // client (actor, fd) -> its own address
    QHash<std::uint64_t, Endpoint> serverPeer;      // server (owner, fd) -> client address
    QHash<std::uint64_t, Connection> connections;   // by the client's address
    QHash<std::uint32_t, std::int64_t> openBeginNs; // actor -> when its blocked call began
    std::vector<WakeUp> *out = nullptr;

    std::uint32_t owner(std::uint32_t actor) const { return ownerOf.value(actor, actor); }

    void pair(const Mark &act, const Mark &end)
    {
        out->push_back({act.index, end.index, end.beginNs >= 0 && end.beginNs <= act.tNs, act.actor,
                        end.actor, act.tNs, end.tNs});
    }
    void clientSent(Endpoint client, const Mark &mark, int bytes)
    {
        Connection &c = connections[endpointKey(client)];
        c.sent += bytes;
        // recv()s recorded a moment before this send was stamped, whose bytes it supplied.
        // Only the first of them waited for it; the next ones found its bytes already there.
        bool answered = false;
        while (!c.waitingRecvs.empty() && c.waitingRecvs.front().second <= c.sent) {
            if (!answered)
                pair(mark, c.waitingRecvs.front().first);
            answered = true;
            c.waitingRecvs.pop_front();
        }
        if (c.sent > c.received)
            c.sends.push_back({mark, c.sent, answered});
    }
    void serverReceived(Endpoint client, const Mark &mark, int bytes)
    {
        Connection &c = connections[endpointKey(client)];
        c.received += bytes;
        // The send that handed over the last byte of this recv, if it is recorded yet.
        std::size_t k = 0;
        while (k < c.sends.size() && c.sends[k].upTo < c.received)
            ++k;
        if (k < c.sends.size()) {
            if (!c.sends[k].answered) {
                pair(c.sends[k].mark, mark);
                c.sends[k].answered = true;
            }
        } else {
            c.waitingRecvs.emplace_back(mark, c.received);
        }
        while (!c.sends.empty() && c.sends.front().upTo <= c.received)
            c.sends.pop_front();
    }
    // A connection both ends have closed, with nothing left to match, is forgotten.
    void forgetIfSettled(std::uint64_t key, Act act)
    {
        const auto it = connections.find(key);
        if (act == Act::Close && it != connections.end() && it->settled())
            connections.erase(it);
    }
    void clientDid(Endpoint client, Act act, const Mark &mark)
    {
        const std::uint64_t key = endpointKey(client);
        Connection &c = connections[key];
        auto &ends = c.serverEnds[int(act)];
        if (!ends.empty()) {
            pair(mark, ends.front());
            ends.pop_front();
            forgetIfSettled(key, act);
        } else {
            c.clientActs[int(act)].push_back(mark);
        }
    }
    void serverSaw(Endpoint client, Act act, const Mark &mark)
    {
        const std::uint64_t key = endpointKey(client);
        Connection &c = connections[key];
        auto &acts = c.clientActs[int(act)];
        if (!acts.empty()) {
            pair(acts.front(), mark);
            acts.pop_front();
            forgetIfSettled(key, act);
        } else {
            c.serverEnds[int(act)].push_back(mark);
        }
    }
};

WakeUpMatcher::WakeUpMatcher() : m_state(std::make_unique<State>()) {}

WakeUpMatcher::~WakeUpMatcher() = default;

void WakeUpMatcher::add(const Trace &trace, const Event &e, qsizetype i, std::vector<WakeUp> &out)
{
    State &s = *m_state;
    s.out = &out;
    Mark mark{i, e.actor, e.tNs, 0};
    if (isBeginKind(e.kind))
        s.openBeginNs.insert(e.actor, e.tNs);
    if (isEndKind(e.kind))
        mark.beginNs = s.openBeginNs.take(e.actor);

    const Actor *actor = trace.actor(e.actor);
    if (actor && actor->kind == ActorKind::Client) {
        const auto key = actorFdKey(e.actor, e.fd);
        if (e.err != 0)
            return;
        switch (e.kind) {
        case EventKind::ConnectEnd:
            if (!trace.local(e).isNull()) {
                s.clientLocal.insert(key, trace.local(e));
                s.clientDid(trace.local(e), Act::Connect, mark);
            }
            break;
        case EventKind::Send:
        case EventKind::SendEnd:
            if (e.bytes > 0 && s.clientLocal.contains(key))
                s.clientSent(s.clientLocal.value(key), mark, e.bytes);
            break;
        case EventKind::Shutdown:
        case EventKind::Close:
            // The first of shutdown(write) and close sends the FIN; a close after a
            // shutdown sends nothing new.
            if (s.clientLocal.contains(key))
                s.clientDid(s.clientLocal.take(key), Act::Close, mark);
            break;
        default:
            break;
        }
        return;
    }

    const std::uint32_t me = s.owner(e.actor);
    switch (e.kind) {
    case EventKind::ThreadSpawn:
        if (e.childActor)
            s.ownerOf.insert(e.childActor, me);
        break;
    case EventKind::Fork:
        if (e.childActor) {
            const auto keys = s.serverPeer.keys();
            for (auto k : keys) {
                if ((k >> 32) == me)
                    s.serverPeer.insert(actorFdKey(e.childActor, int(std::uint32_t(k))),
                                        s.serverPeer.value(k));
            }
        }
        break;
    case EventKind::AcceptEnd:
        if (e.newFd >= 0 && e.err == 0) {
            s.serverPeer.insert(actorFdKey(me, e.newFd), e.peer());
            s.serverSaw(e.peer(), Act::Connect, mark);
        }
        break;
    case EventKind::RecvEnd: {
        const auto key = actorFdKey(me, e.fd);
        if (e.err == 0 && e.bytes > 0 && s.serverPeer.contains(key))
            s.serverReceived(s.serverPeer.value(key), mark, e.bytes);
        else if (e.err == 0 && e.bytes == 0 && !e.interruptedByStop() && s.serverPeer.contains(key))
            s.serverSaw(s.serverPeer.value(key), Act::Close, mark);
        break;
    }
    case EventKind::WaitEnd: {
        // Readiness does not consume the data (the recv that follows does): point at the
        // client act that made the socket readable, without taking it.
        const WaitSets sets = trace.waitSets(e);
        for (int fd : sets.readyRead) {
            const auto key = actorFdKey(me, fd);
            if (!s.serverPeer.contains(key))
                continue;
            const auto it = s.connections.constFind(endpointKey(s.serverPeer.value(key)));
            if (it == s.connections.cend())
                continue;
            if (!it->sends.empty())
                s.pair(it->sends.front().mark, mark);
            else if (!it->clientActs[int(Act::Close)].empty())
                s.pair(it->clientActs[int(Act::Close)].front(), mark);
        }
        break;
    }
    case EventKind::Close:
        s.serverPeer.remove(actorFdKey(me, e.fd));
        break;
    default:
        break;
    }
}

std::vector<WakeUp> findWakeUps(const Trace &trace)
{
    std::vector<WakeUp> out;
    WakeUpMatcher matcher;
    for (qsizetype i = 0; i < trace.size(); ++i)
        matcher.add(trace, trace.at(i), i, out);
    return out;
}

} // namespace sockscope
