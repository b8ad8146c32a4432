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

void SocketLaneBuilder::feed(const Trace &trace)
{
    m_changed = false;
    for (qsizetype i = m_fed; i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        if (!isKernelSampleKind(e.kind))
            continue;
        m_changed = true;
        const KernelFigures f = kernelFigures(trace, e);
        const QPair<quint64, quint64> ends{key(f.local), key(e.peer())};
        auto it = m_byEnds.find(ends);
        // The same addresses after the kernel forgot a socket are another socket (a server
        // restarted on its port listens on a new one): a lane of its own, with its own holder.
        const bool reborn = it != m_byEnds.end() && m_forgotten[*it] &&
                            !(e.kind == EventKind::TcpState && TcpState(e.call) == TcpState::Gone);
        if (it == m_byEnds.end() || reborn) {
            SocketLane lane;
            lane.local = f.local;
            lane.peer = e.peer();
            lane.listener = e.peer().isNull();
            lane.firstNs = e.tNs;
            it = m_byEnds.insert(ends, m_lanes.size());
            m_lanes.push_back(lane);
            m_forgotten.push_back(false);
        }
        SocketLane &lane = m_lanes[*it];
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
        m_forgotten[*it] = state == TcpState::Gone;
        if (state == TcpState::Gone)
            continue; // the kernel forgot it: the lane ends here
        lane.states.push_back(
            {state, i, e.tNs, 0, true, ownerPid(e), e.fd, (e.flags & kFlagHolderSeen) != 0});
    }
    m_fed = trace.size();
}

std::vector<SocketLane> SocketLaneBuilder::lanes() const
{
    const std::vector<SocketLane> &lanes = m_lanes;
    const auto &byEnds = m_byEnds;
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

std::vector<SocketLane> buildSocketLanes(const Trace &trace)
{
    SocketLaneBuilder builder;
    builder.feed(trace);
    return builder.lanes();
}

void SocketLaneAbsence::feed(const Trace &trace)
{
    for (qsizetype i = m_fed; i < trace.size() && !m_sampled; ++i) {
        const Event &e = trace.at(i);
        if (isKernelSampleKind(e.kind)) {
            m_sampled = true;
        } else if (e.kind == EventKind::Error && m_samplerError.isEmpty()) {
            const Actor *a = trace.actor(e.actor);
            if (a && a->kind == ActorKind::Kernel)
                m_samplerError = QString::fromUtf8(trace.errorMessage(e));
        }
    }
    m_fed = trace.size();
}

QString SocketLaneAbsence::why() const
{
    if (m_sampled)
        return {};
    if (!m_samplerError.isEmpty())
        return m_samplerError;
    return QCoreApplication::translate(
        "SocketLanes", "this trace holds no samples of the kernel's sockets (a UDP run, a run "
                       "recorded without the kernel sampler, or a file from an older SockScope)");
}

QString whyNoSocketLanes(const Trace &trace)
{
    SocketLaneAbsence absence;
    absence.feed(trace);
    return absence.why();
}

} // namespace sockscope
