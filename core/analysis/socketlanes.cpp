#include "socketlanes.h"

#include <QCoreApplication>
#include <QHash>

namespace sockscope {

namespace {
quint64 key(Endpoint e)
{
    return (quint64(e.ipv4) << 16) | e.port;
}
} // namespace

std::vector<SocketLane> buildSocketLanes(const Trace &trace)
{
    std::vector<SocketLane> lanes;
    QHash<QPair<quint64, quint64>, std::size_t> byEnds; // the latest lane of those ends
    std::vector<bool> forgotten; // by lane: the kernel no longer had it (state GONE)
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        if (!isKernelSampleKind(e.kind))
            continue;
        const KernelFigures f = kernelFigures(trace, e);
        const QPair<quint64, quint64> ends{key(f.local), key(e.peer())};
        auto it = byEnds.find(ends);
        // The same addresses after the kernel forgot a socket are another socket (a server
        // restarted on its port listens on a new one): a lane of its own, with its own holder.
        const bool reborn = it != byEnds.end() && forgotten[*it] &&
                            !(e.kind == EventKind::TcpState && TcpState(e.call) == TcpState::Gone);
        if (it == byEnds.end() || reborn) {
            SocketLane lane;
            lane.local = f.local;
            lane.peer = e.peer();
            lane.listener = e.peer().isNull();
            lane.firstNs = e.tNs;
            it = byEnds.insert(ends, lanes.size());
            lanes.push_back(lane);
            forgotten.push_back(false);
        }
        SocketLane &lane = lanes[*it];
        if (ownerPid(e) > 0) {
            lane.pid = ownerPid(e);
            lane.fd = e.fd;
        }
        if (e.kind == EventKind::Queues) {
            lane.levels.push_back({i, e.tNs, f});
            continue;
        }
        if (!lane.states.empty() && lane.states.back().open) {
            SocketStateSpan &last = lane.states.back();
            last.open = false;
            last.endNs = e.tNs;
        }
        const auto state = TcpState(e.call);
        forgotten[*it] = state == TcpState::Gone;
        if (state == TcpState::Gone)
            continue; // the kernel forgot it: the lane ends here
        lane.states.push_back({state, i, e.tNs, 0, true, ownerPid(e), e.fd});
    }
    // Listeners first; a connection's two ends together, the end on the listener's port (the
    // server's) first, in order of appearance.
    QHash<quint64, std::uint16_t> listenerPorts;
    for (const SocketLane &l : lanes) {
        if (l.listener)
            listenerPorts.insert(l.local.port, l.local.port);
    }
    std::vector<SocketLane> ordered;
    ordered.reserve(lanes.size());
    for (const SocketLane &l : lanes) {
        if (l.listener)
            ordered.push_back(l);
    }
    std::vector<bool> placed(lanes.size(), false);
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (lanes[i].listener || placed[i])
            continue;
        const QPair<quint64, quint64> other{key(lanes[i].peer), key(lanes[i].local)};
        const auto mate = byEnds.constFind(other);
        const bool hasMate = mate != byEnds.constEnd() && !placed[*mate];
        const bool mateIsServer = hasMate && listenerPorts.contains(lanes[*mate].local.port) &&
                                  !listenerPorts.contains(lanes[i].local.port);
        if (hasMate && mateIsServer) {
            ordered.push_back(lanes[*mate]);
            placed[*mate] = true;
        }
        ordered.push_back(lanes[i]);
        placed[i] = true;
        if (hasMate && !mateIsServer) {
            ordered.push_back(lanes[*mate]);
            placed[*mate] = true;
        }
    }
    return ordered;
}

QString whyNoSocketLanes(const Trace &trace)
{
    for (const Event &e : trace.events()) {
        if (isKernelSampleKind(e.kind))
            return {};
    }
    for (const Event &e : trace.events()) {
        const Actor *a = trace.actor(e.actor);
        if (e.kind == EventKind::Error && a && a->kind == ActorKind::Kernel) {
            const QByteArrayView message = trace.errorMessage(e);
            if (!message.isEmpty())
                return QString::fromUtf8(message);
        }
    }
    return QCoreApplication::translate(
        "SocketLanes", "this trace holds no samples of the kernel's sockets (a UDP run, a run "
                       "recorded without the kernel sampler, or a file from an older SockScope)");
}

} // namespace sockscope
