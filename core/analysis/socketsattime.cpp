#include "socketsattime.h"

#include "lanes.h"
#include "socketgauges.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sockscope {

namespace {
quint64 key(Endpoint e)
{
    return (quint64(e.ipv4) << 16) | e.port;
}

QString durationText(std::int64_t ns)
{
    if (ns < 1000000)
        return QCoreApplication::translate("SocketLanes", "%1 µs").arg(double(ns) / 1e3, 0, 'f', 0);
    if (ns < 1000000000)
        return QCoreApplication::translate("SocketLanes", "%1 ms")
            .arg(double(ns) / 1e6, 0, 'f', ns < 10000000 ? 1 : 0);
    return QCoreApplication::translate("SocketLanes", "%1 s").arg(double(ns) / 1e9, 0, 'f', 2);
}
} // namespace

std::vector<SocketLaneTitle> socketLaneTitles(const Trace &trace,
                                              const std::vector<SocketLane> &lanes)
{
    SocketCallIndex calls;
    calls.feed(trace, 0);
    return calls.titles(trace, lanes);
}

void SocketCallIndex::feed(const Trace &trace, qsizetype from)
{
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(std::max<qsizetype>(from, 0)); i < events.size(); ++i) {
        const Event &e = events[i];
        auto made = [&] { return m_socketCall.value({e.actor, e.fd}, e.tNs); };
        if (e.kind == EventKind::Socket && e.fd >= 0) {
            m_socketCall.insert({e.actor, e.fd}, e.tNs);
        } else if (e.kind == EventKind::Bind && e.err == 0) {
            m_bound[e.peer().port].push_back({e.tNs, e.actor, made()});
        } else if (e.kind == EventKind::AcceptEnd && e.err == 0 && e.newFd >= 0) {
            m_accepted.insert(key(e.peer()), e.actor);
            m_acceptedMade.insert(key(e.peer()), e.tNs);
        } else if (e.kind == EventKind::ConnectEnd && e.err == 0) {
            m_connected.insert(key(trace.local(e)), e.actor);
            m_connectedMade.insert(key(trace.local(e)), made());
        }
    }
}

std::vector<SocketLaneTitle> SocketCallIndex::titles(const Trace &trace,
                                                     const std::vector<SocketLane> &lanes) const
{
    QHash<int, std::uint32_t> processOfPid; // forked children, by pid
    for (const Actor &a : trace.actors()) {
        if (a.kind == ActorKind::Process && a.pid > 0)
            processOfPid.insert(a.pid, a.id);
    }
    auto name = [&](std::uint32_t id) {
        const Actor *a = trace.actor(id);
        return a ? laneTitle(*a) : QString();
    };
    std::vector<SocketLaneTitle> titles;
    titles.reserve(lanes.size());
    for (const SocketLane &lane : lanes) {
        SocketLaneTitle t;
        if (lane.listener) {
            // The binding the kernel's first sample of this listener followed.
            const auto found = m_bound.constFind(lane.local.port);
            if (found != m_bound.constEnd() && !found->empty()) {
                Binding which = found->front();
                for (const Binding &b : *found) {
                    if (b.tNs <= lane.firstNs)
                        which = b;
                }
                t.actor = which.actor;
                t.madeNs = which.madeNs;
            }
            t.subtitle = QCoreApplication::translate("SocketLanes", "listens on %1")
                             .arg(lane.local.toString());
        } else if (m_connected.contains(key(lane.local))) {
            t.actor = m_connected.value(key(lane.local));
            t.madeNs = m_connectedMade.value(key(lane.local), -1);
            t.subtitle =
                QCoreApplication::translate("SocketLanes", "↔ %1").arg(lane.peer.toString());
        } else {
            t.actor = m_accepted.value(key(lane.peer), 0);
            t.madeNs = m_acceptedMade.value(key(lane.peer), -1);
            const std::uint32_t client = m_connected.value(key(lane.peer), 0);
            t.subtitle =
                client
                    ? QCoreApplication::translate("SocketLanes", "↔ %1 (%2)")
                          .arg(name(client), lane.peer.toString())
                    : QCoreApplication::translate("SocketLanes", "↔ %1").arg(lane.peer.toString());
        }
        if (t.madeNs > lane.firstNs)
            t.madeNs = -1; // accepted after the kernel had it: the lane begins at the sample
        // A forked child that holds the socket is its holder, not the parent that accepted.
        if (const std::uint32_t child = processOfPid.value(lane.pid, 0))
            t.actor = child;
        const QString who =
            t.actor
                ? name(t.actor)
                : (lane.pid > 0 ? QCoreApplication::translate("SocketLanes", "pid %1").arg(lane.pid)
                                : QString());
        if (who.isEmpty())
            t.title = lane.fd >= 0
                          ? QCoreApplication::translate("SocketLanes", "fd %1").arg(lane.fd)
                          : QCoreApplication::translate("SocketLanes", "no descriptor");
        else
            t.title =
                lane.fd >= 0
                    ? QCoreApplication::translate("SocketLanes", "%1: fd %2").arg(who).arg(lane.fd)
                    : QCoreApplication::translate("SocketLanes", "%1: no fd sampled").arg(who);
        titles.push_back(std::move(t));
    }
    return titles;
}

std::vector<SocketAtTime> socketsAt(const std::vector<SocketLane> &lanes, std::int64_t tNs)
{
    std::vector<SocketAtTime> at;
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        const SocketLane &lane = lanes[i];
        // The last state that began at or before t.
        auto it = std::upper_bound(
            lane.states.begin(), lane.states.end(), tNs,
            [](std::int64_t t, const SocketStateSpan &s) { return t < s.beginNs; });
        if (it == lane.states.begin())
            continue;
        --it;
        if (!it->open && it->endNs <= tNs)
            continue; // the kernel had forgotten it by then
        SocketAtTime s;
        s.lane = i;
        s.state = it->state;
        s.stateEvent = it->event;
        // Since the first of the spans in this state one after another: a span begins at a new
        // holder too (accept() took the connection out of the queue), not only at a new state.
        auto first = it;
        while (first != lane.states.begin() && std::prev(first)->state == it->state &&
               std::prev(first)->endNs == first->beginNs)
            --first;
        s.sinceNs = first->beginNs;
        s.pid = it->pid;
        s.fd = it->fd;
        s.held = it->held;
        auto lv = std::upper_bound(lane.levels.begin(), lane.levels.end(), tNs,
                                   [](std::int64_t t, const QueueLevel &l) { return t < l.tNs; });
        if (lv != lane.levels.begin()) {
            // Data bytes only, by the state the socket was in when the levels were read.
            const QueueLevel &last = *std::prev(lv);
            auto at = std::upper_bound(
                lane.states.begin(), lane.states.end(), last.tNs,
                [](std::int64_t t, const SocketStateSpan &span) { return t < span.beginNs; });
            s.figures = dataBytesOnly(
                last.figures, at == lane.states.begin() ? TcpState::Gone : std::prev(at)->state);
        }
        at.push_back(s);
    }
    return at;
}

QString socketStateLine(const SocketAtTime &s, std::int64_t tNs)
{
    return QCoreApplication::translate("SocketLanes", "%1 (sampled; first seen %2 earlier)")
        .arg(QLatin1String(tcpStateName(s.state)),
             durationText(std::max<std::int64_t>(tNs - s.sinceNs, 0)));
}

QString socketQueueLine(const SocketLane &lane, const SocketAtTime &s)
{
    if (!s.figures)
        return QCoreApplication::translate("SocketLanes", "no queue sample yet");
    const KernelFigures &f = *s.figures;
    if (lane.listener) {
        if (f.acceptQueue < 0)
            return QCoreApplication::translate("SocketLanes", "accept queue not sampled");
        QString text =
            f.backlog >= 0
                ? QCoreApplication::translate("SocketLanes",
                                              "accept queue %1 of %2 (backlog %3 + 1)")
                      .arg(f.acceptQueue)
                      .arg(acceptQueueCapacity(f))
                      .arg(f.backlog)
                : QCoreApplication::translate("SocketLanes", "accept queue %1").arg(f.acceptQueue);
        if (f.listenDrops > 0)
            text += QCoreApplication::translate(
                "SocketLanes", "; %n connection(s) dropped since listen()", nullptr, f.listenDrops);
        return text;
    }
    QStringList parts;
    if (f.recvQueue >= 0)
        parts << (f.recvBuffer > 0 ? QCoreApplication::translate(
                                         "SocketLanes", "%n byte(s) unread (receive buffer %1)",
                                         nullptr, f.recvQueue)
                                         .arg(f.recvBuffer)
                                   : QCoreApplication::translate("SocketLanes", "%n byte(s) unread",
                                                                 nullptr, f.recvQueue));
    if (f.sendQueue >= 0)
        parts << (f.sendBuffer > 0
                      ? QCoreApplication::translate(
                            "SocketLanes", "%n byte(s) unsent or unacknowledged (send buffer %1)",
                            nullptr, f.sendQueue)
                            .arg(f.sendBuffer)
                      : QCoreApplication::translate("SocketLanes",
                                                    "%n byte(s) unsent or unacknowledged", nullptr,
                                                    f.sendQueue));
    if (parts.isEmpty())
        return QCoreApplication::translate("SocketLanes", "queues not sampled");
    return parts.join(QStringLiteral("; "));
}

QString socketHolderLine(const SocketAtTime &s)
{
    if (s.fd >= 0 && s.pid > 0 && !s.held)
        return QCoreApplication::translate("SocketLanes", "last held by fd %1 of pid %2")
            .arg(s.fd)
            .arg(s.pid);
    if (s.fd >= 0 && s.pid > 0)
        return QCoreApplication::translate("SocketLanes", "held by fd %1 of pid %2")
            .arg(s.fd)
            .arg(s.pid);
    return QCoreApplication::translate("SocketLanes",
                                       "held by no descriptor of the run's processes");
}

} // namespace sockscope
