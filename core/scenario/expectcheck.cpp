#include "expectcheck.h"

#include "trace/kernelsample.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpectCheck", text);
}

// Who is on the other end of each server-side event, worked out from the trace alone: an
// accept names the client (its lane, or its address); the connection's fd then stands for
// that client until the server closes it; a forked child serves the client its parent
// accepted last.
class PeerIndex
{
public:
    explicit PeerIndex(const Trace &trace) : m_trace(trace), m_peers(trace.events().size(), 0)
    {
        QHash<quint64, std::uint32_t> clientByAddress; // ipv4 << 16 | port
        for (const auto &e : trace.events()) {
            const Actor *a = trace.actor(e.actor);
            if (e.kind == EventKind::ConnectEnd && e.err == 0 && a &&
                a->kind == ActorKind::Client) {
                const Endpoint local = trace.local(e);
                if (!local.isNull())
                    clientByAddress.insert(key(local), e.actor);
            }
        }
        QHash<int, std::uint32_t> threadFds;              // fd -> client, shared by server threads
        QHash<std::uint32_t, std::uint32_t> lastAccepted; // accepting actor -> client
        QHash<std::uint32_t, std::uint32_t> childClient;  // child lane -> client
        QHash<std::uint32_t, std::uint32_t> taskClient;   // task lane -> client
        const auto &events = trace.events();
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Event &e = events[i];
            const Actor *a = trace.actor(e.actor);
            if (!a || a->kind == ActorKind::Client)
                continue;
            if (isKernelSampleKind(e.kind)) {
                // A sample names both ends: the server's end of a client's connection has
                // that client's address as its peer. No descriptor is followed (the sample's
                // fd may be a child's).
                m_peers[i] = clientByAddress.value(key(e.peer()), 0);
                continue;
            }
            std::uint32_t peer = 0;
            if (e.kind == EventKind::AcceptEnd && e.newFd >= 0) {
                const Actor *other = trace.actor(e.childActor);
                if (other && other->kind == ActorKind::Client)
                    peer = e.childActor;
                else
                    peer = clientByAddress.value(key(e.peer()), 0);
                if (a->kind == ActorKind::Thread)
                    threadFds.insert(e.newFd, peer);
                lastAccepted.insert(e.actor, peer);
            } else if (e.kind == EventKind::Fork) {
                peer = lastAccepted.value(e.actor, 0);
                childClient.insert(e.childActor, peer);
            } else if (a->kind == ActorKind::Process) {
                peer = childClient.value(e.actor, 0);
            } else if (a->kind == ActorKind::Task) {
                peer = taskClient.value(e.actor, 0); // a task serves one connection
            } else if (e.kind == EventKind::TaskCreate) {
                peer = threadFds.value(e.fd, 0);
                taskClient.insert(e.childActor, peer);
            } else if (e.fd >= 0 && threadFds.contains(e.fd)) {
                peer = threadFds.value(e.fd);
                if (e.kind == EventKind::Close)
                    threadFds.remove(e.fd);
            }
            if (!peer && !e.peer().isNull() && e.kind != EventKind::Bind)
                peer = clientByAddress.value(key(e.peer()), 0);
            m_peers[i] = peer;
        }
    }

    std::uint32_t peerOf(std::size_t index) const { return m_peers[index]; }

private:
    static quint64 key(Endpoint e) { return (quint64(e.ipv4) << 16) | e.port; }
    const Trace &m_trace;
    std::vector<std::uint32_t> m_peers;
};

bool actorMatches(const Actor *a, const QString &wanted)
{
    if (wanted.isEmpty())
        return true;
    if (!a)
        return false;
    if (wanted == QLatin1String("server"))
        return a->kind != ActorKind::Client && a->kind != ActorKind::Kernel;
    if (wanted == QLatin1String("thread"))
        return a->kind == ActorKind::Thread;
    if (wanted == QLatin1String("child"))
        return a->kind == ActorKind::Process;
    if (wanted == QLatin1String("task"))
        return a->kind == ActorKind::Task;
    if (wanted == QLatin1String("client"))
        return a->kind == ActorKind::Client;
    return a->name == wanted;
}

bool matches(const Trace &trace, const PeerIndex &peers, std::size_t index, const EventPattern &p)
{
    const Event &e = trace.events()[index];
    if (p.kind && e.kind != *p.kind)
        return false;
    if (p.err && e.err != *p.err)
        return false;
    if (p.bytes && e.bytes != *p.bytes)
        return false;
    if (p.minBytes && e.bytes < *p.minBytes)
        return false;
    if (p.call && e.call != std::uint8_t(*p.call))
        return false;
    if (p.state && (e.kind != EventKind::TcpState || e.call != std::uint8_t(*p.state)))
        return false;
    const Actor *actor = trace.actor(e.actor);
    if (!actorMatches(actor, p.actor))
        return false;
    // An outside program's connection (an external lane) is not part of the lesson: neither
    // its own events nor the server's events for it count for or against a check.
    if (actor && actor->external)
        return false;
    const Actor *peer = trace.actor(peers.peerOf(index));
    if (peer && peer->external)
        return false;
    if (!p.peer.isEmpty() && (!peer || peer->name != p.peer))
        return false;
    return true;
}

qint64 countWith(const Trace &trace, const PeerIndex &peers, const EventPattern &p)
{
    qint64 n = 0;
    for (std::size_t i = 0; i < trace.events().size(); ++i)
        n += matches(trace, peers, i, p) ? 1 : 0;
    return n;
}

std::optional<std::size_t> find(const Trace &trace, const PeerIndex &peers, const EventPattern &p)
{
    const std::size_t n = trace.events().size();
    if (p.last) {
        for (std::size_t i = n; i-- > 0;) {
            if (matches(trace, peers, i, p))
                return i;
        }
        return std::nullopt;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (matches(trace, peers, i, p))
            return i;
    }
    return std::nullopt;
}

bool isServerThread(const Trace &trace, std::uint32_t actor)
{
    const Actor *a = trace.actor(actor);
    return a && a->kind == ActorKind::Thread;
}

qint64 zombiesPeak(const Trace &trace)
{
    QSet<int> exited;
    QSet<int> reaped;
    qint64 zombies = 0;
    qint64 peak = 0;
    for (const auto &e : trace.events()) {
        if (e.kind == EventKind::ProcessExit && !reaped.contains(e.childPid) &&
            !exited.contains(e.childPid)) {
            exited.insert(e.childPid);
            peak = std::max(peak, ++zombies);
        } else if (e.kind == EventKind::Reap && !reaped.contains(e.childPid)) {
            reaped.insert(e.childPid);
            if (exited.contains(e.childPid))
                --zombies;
        }
    }
    return peak;
}

qint64 threadsPeak(const Trace &trace)
{
    qint64 live = 0;
    qint64 peak = 0;
    for (const auto &e : trace.events()) {
        if (e.kind == EventKind::ThreadSpawn && isServerThread(trace, e.childActor))
            peak = std::max(peak, ++live);
        else if (e.kind == EventKind::ThreadExit && isServerThread(trace, e.actor))
            live = std::max<qint64>(0, live - 1);
    }
    return peak;
}

qint64 childrenPeak(const Trace &trace)
{
    qint64 live = 0;
    qint64 peak = 0;
    for (const auto &e : trace.events()) {
        if (e.kind == EventKind::Fork && e.childPid > 0)
            peak = std::max(peak, ++live);
        else if (e.kind == EventKind::ProcessExit)
            live = std::max<qint64>(0, live - 1);
    }
    return peak;
}

// Connections the server holds open at once. A forked child owns the connection its parent
// accepted last; the parent's close of its copy does not end the connection.
qint64 connectionsPeak(const Trace &trace)
{
    QHash<int, bool> threadFds; // fd -> handed to a child
    QHash<std::uint32_t, int> lastAcceptedFd;
    QSet<std::uint32_t> childrenHolding;
    qint64 open = 0;
    qint64 peak = 0;
    for (const auto &e : trace.events()) {
        const Actor *a = trace.actor(e.actor);
        if (!a || a->kind == ActorKind::Client)
            continue;
        if (e.kind == EventKind::AcceptEnd && e.newFd >= 0 && a->kind == ActorKind::Thread) {
            threadFds.insert(e.newFd, false);
            lastAcceptedFd.insert(e.actor, e.newFd);
            peak = std::max(peak, ++open);
        } else if (e.kind == EventKind::Fork && lastAcceptedFd.contains(e.actor)) {
            const int fd = lastAcceptedFd.take(e.actor);
            if (threadFds.contains(fd)) {
                threadFds[fd] = true;
                childrenHolding.insert(e.childActor);
            }
        } else if (e.kind == EventKind::Close && a->kind == ActorKind::Thread &&
                   threadFds.contains(e.fd)) {
            if (!threadFds.take(e.fd))
                --open;
        } else if ((e.kind == EventKind::Close || e.kind == EventKind::ProcessExit) &&
                   a->kind == ActorKind::Process && childrenHolding.remove(e.actor)) {
            --open;
        } else if (e.kind == EventKind::ProcessExit && childrenHolding.remove(e.childActor)) {
            --open; // exit recorded by the parent's lane
        }
    }
    return peak;
}

qint64 maxWaitSet(const Trace &trace, EventKind kind, bool ready)
{
    qint64 best = 0;
    for (const auto &e : trace.events()) {
        if (e.kind != kind)
            continue;
        const WaitSets sets = trace.waitSets(e);
        const qint64 n = ready ? sets.readyRead.size() + sets.readyWrite.size()
                               : sets.readSet.size() + sets.writeSet.size();
        best = std::max(best, n);
    }
    return best;
}

QString numberText(const ExpectedNumber &n, qint64 clients)
{
    return n.isClientCount ? QStringLiteral("%1 (clients)").arg(clients) : QString::number(n.value);
}

QString compareNumber(const Expectation &e, qint64 actual, qint64 clients)
{
    if (e.equals && actual != e.equals->resolve(clients))
        return tr("expected exactly %1, got %2").arg(numberText(*e.equals, clients)).arg(actual);
    if (e.min && actual < e.min->resolve(clients))
        return tr("expected at least %1, got %2").arg(numberText(*e.min, clients)).arg(actual);
    if (e.max && actual > e.max->resolve(clients))
        return tr("expected at most %1, got %2").arg(numberText(*e.max, clients)).arg(actual);
    return {};
}

} // namespace

QStringList knownMetrics()
{
    return {QStringLiteral("zombies_peak"),      QStringLiteral("threads_peak"),
            QStringLiteral("children_peak"),     QStringLiteral("connections_peak"),
            QStringLiteral("max_ready"),         QStringLiteral("max_interest"),
            QStringLiteral("threads_created"),   QStringLiteral("processes_created"),
            QStringLiteral("tasks_created"),     QStringLiteral("tasks_peak"),
            QStringLiteral("accept_queue_peak"), QStringLiteral("listen_drops"),
            QStringLiteral("recv_queue_peak"),   QStringLiteral("send_queue_peak")};
}

std::optional<qint64> computeMetric(const Trace &trace, const QString &metric)
{
    if (metric == QLatin1String("zombies_peak"))
        return zombiesPeak(trace);
    if (metric == QLatin1String("threads_peak"))
        return threadsPeak(trace);
    if (metric == QLatin1String("children_peak"))
        return childrenPeak(trace);
    if (metric == QLatin1String("connections_peak"))
        return connectionsPeak(trace);
    if (metric == QLatin1String("max_ready"))
        return maxWaitSet(trace, EventKind::WaitEnd, true);
    if (metric == QLatin1String("max_interest"))
        return maxWaitSet(trace, EventKind::WaitBegin, false);
    if (metric == QLatin1String("threads_created")) {
        qint64 n = 0;
        for (const auto &e : trace.events())
            n += e.kind == EventKind::ThreadSpawn && isServerThread(trace, e.childActor) ? 1 : 0;
        return n;
    }
    if (metric == QLatin1String("tasks_created")) {
        qint64 n = 0;
        for (const auto &e : trace.events())
            n += e.kind == EventKind::TaskCreate ? 1 : 0;
        return n;
    }
    if (metric == QLatin1String("tasks_peak")) {
        qint64 alive = 0;
        qint64 peak = 0;
        for (const auto &e : trace.events()) {
            if (e.kind == EventKind::TaskCreate)
                peak = std::max(peak, ++alive);
            else if (e.kind == EventKind::TaskDone)
                --alive;
        }
        return peak;
    }
    // Kernel samples: the highest figure any sample showed.
    const auto samplePeak = [&](std::int32_t KernelFigures::*figure) {
        qint64 peak = 0;
        for (const auto &e : trace.events()) {
            if (e.kind == EventKind::Queues)
                peak = std::max<qint64>(peak, kernelFigures(trace, e).*figure);
        }
        return peak;
    };
    if (metric == QLatin1String("accept_queue_peak"))
        return samplePeak(&KernelFigures::acceptQueue);
    if (metric == QLatin1String("listen_drops"))
        return samplePeak(&KernelFigures::listenDrops);
    if (metric == QLatin1String("recv_queue_peak"))
        return samplePeak(&KernelFigures::recvQueue);
    if (metric == QLatin1String("send_queue_peak"))
        return samplePeak(&KernelFigures::sendQueue);
    if (metric == QLatin1String("processes_created")) {
        qint64 n = 0;
        for (const auto &e : trace.events())
            n += e.kind == EventKind::Fork && e.childPid > 0 ? 1 : 0;
        return n;
    }
    return std::nullopt;
}

qint64 countMatches(const Trace &trace, const EventPattern &pattern)
{
    return countWith(trace, PeerIndex(trace), pattern);
}

qsizetype firstMatch(const Trace &trace, const EventPattern &pattern)
{
    const PeerIndex peers(trace);
    const auto i = find(trace, peers, pattern);
    return i ? qsizetype(*i) : -1;
}

QString describePattern(const EventPattern &p)
{
    QStringList parts;
    parts << (p.kind ? QLatin1String(eventKindName(*p.kind)) : QStringLiteral("any event"));
    if (!p.actor.isEmpty())
        parts << tr("by %1").arg(p.actor);
    if (!p.peer.isEmpty())
        parts << tr("with %1").arg(p.peer);
    if (p.call)
        parts << tr("of %1").arg(QLatin1String(eventKindName(*p.call)));
    if (p.state)
        parts << QLatin1String(tcpStateName(*p.state));
    if (p.err)
        parts << tr("errno %1").arg(errnoName(*p.err));
    if (p.bytes)
        parts << tr("%1 bytes").arg(*p.bytes);
    if (p.minBytes)
        parts << tr("at least %1 bytes").arg(*p.minBytes);
    if (p.last)
        parts << tr("(last)");
    return parts.join(QLatin1Char(' '));
}

bool readsKernelSamples(const Expectation &e)
{
    const auto sampled = [](const EventPattern &p) {
        return (p.kind && isKernelSampleKind(*p.kind)) || p.state.has_value();
    };
    if (e.kind == Expectation::Kind::Metric)
        return e.metric == QLatin1String("accept_queue_peak") ||
               e.metric == QLatin1String("listen_drops") ||
               e.metric == QLatin1String("recv_queue_peak") ||
               e.metric == QLatin1String("send_queue_peak");
    if (e.kind == Expectation::Kind::Count)
        return sampled(e.pattern);
    return std::any_of(e.order.begin(), e.order.end(), sampled);
}

namespace {
// The kernel sampler said it could not read anything (no sock_diag here): checks on samples
// cannot be made, and are left out rather than failed.
bool samplerUnavailable(const Trace &trace)
{
    for (const auto &ev : trace.events()) {
        if (isKernelSampleKind(ev.kind))
            return false;
    }
    for (const auto &ev : trace.events()) {
        const Actor *a = trace.actor(ev.actor);
        if (ev.kind == EventKind::Error && a && a->kind == ActorKind::Kernel)
            return true;
    }
    return false;
}
} // namespace

QStringList checkExpectations(const Scenario &scenario, const QString &model, const Trace &trace,
                              bool started)
{
    QStringList failures;
    if (scenario.expect.startFails && started)
        failures << tr("the server started, but this scenario expects its start to fail");
    if (!scenario.expect.startFails && !started)
        failures << tr("the server did not start");
    const PeerIndex peers(trace);
    const qint64 clients = scenario.clientCount();
    const bool noSamples = samplerUnavailable(trace);
    // A variant's checks are its model's, as far as its own settings allow.
    const ScenarioVariant *variant = scenario.variant(model);
    const QString base = variant ? variant->model : model;
    for (const auto &e : scenario.expect.checks) {
        if (!e.appliesTo(base) || !blockingWorkFits(e.blockingWork, trace.settings) ||
            (noSamples && readsKernelSamples(e)))
            continue;
        QString what;
        QString problem;
        switch (e.kind) {
        case Expectation::Kind::Count: {
            what = tr("count of %1").arg(describePattern(e.pattern));
            problem = compareNumber(e, countWith(trace, peers, e.pattern), clients);
            break;
        }
        case Expectation::Kind::Metric: {
            what = e.metric;
            problem = compareNumber(e, computeMetric(trace, e.metric).value_or(-1), clients);
            break;
        }
        case Expectation::Kind::Order: {
            QStringList names;
            for (const auto &p : e.order)
                names << describePattern(p);
            what = tr("order %1").arg(names.join(QStringLiteral(" < ")));
            std::optional<std::size_t> previous;
            for (std::size_t i = 0; i < e.order.size() && problem.isEmpty(); ++i) {
                const auto found = find(trace, peers, e.order[i]);
                if (!found)
                    problem = tr("no %1 in the trace").arg(names[qsizetype(i)]);
                else if (previous && *found <= *previous)
                    problem = tr("%1 happened before %2")
                                  .arg(names[qsizetype(i)], names[qsizetype(i) - 1]);
                previous = found;
            }
            break;
        }
        case Expectation::Kind::Received: {
            what = tr("%1 received \"%2\"").arg(e.client, QString::fromUtf8(e.text));
            QByteArray received;
            for (const auto &ev : trace.events()) {
                const Actor *a = trace.actor(ev.actor);
                if (a && a->name == e.client &&
                    (ev.kind == EventKind::RecvEnd || ev.kind == EventKind::RecvfromEnd))
                    received += trace.preview(ev).toByteArray();
            }
            if (!received.contains(e.text))
                problem = tr("it received \"%1\"").arg(escapeBytes(received));
            break;
        }
        }
        if (!problem.isEmpty()) {
            QString line = QStringLiteral("%1:%2: %3: %4")
                               .arg(e.position.line)
                               .arg(e.position.column)
                               .arg(what, problem);
            if (!e.why.isEmpty())
                line += QStringLiteral(" [") + e.why + QLatin1Char(']');
            failures << line;
        }
    }
    return failures;
}

} // namespace sockscope
