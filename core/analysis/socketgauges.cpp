#include "socketgauges.h"

#include <algorithm>

namespace sockscope {

KernelFigures dataBytesOnly(KernelFigures f, TcpState state)
{
    switch (state) {
    case TcpState::SynSent:
    case TcpState::SynRecv:
    case TcpState::NewSynRecv:
    case TcpState::FinWait1:
    case TcpState::Closing:
    case TcpState::LastAck:
        if (f.sendQueue > 0)
            --f.sendQueue;
        break;
    default:
        break;
    }
    return f;
}

int acceptQueueCapacity(const KernelFigures &f)
{
    return f.backlog >= 0 ? f.backlog + 1 : -1;
}

std::pair<int, int> gaugeFigures(GaugeKind kind, const KernelFigures &f)
{
    switch (kind) {
    case GaugeKind::AcceptQueue:
        return {f.acceptQueue, acceptQueueCapacity(f)};
    case GaugeKind::RecvQueue:
        return {f.recvQueue, f.recvBuffer};
    case GaugeKind::SendQueue:
        return {f.sendQueue, f.sendBuffer};
    }
    return {-1, -1};
}

std::vector<GaugeKind> gaugesOf(const SocketLane &lane)
{
    if (lane.listener)
        return {GaugeKind::AcceptQueue};
    return {GaugeKind::RecvQueue, GaugeKind::SendQueue};
}

std::int64_t socketLaneEndNs(const SocketLane &lane)
{
    if (lane.states.empty() || lane.states.back().open)
        return -1;
    return lane.states.back().endNs;
}

std::vector<GaugeStep> gaugeSteps(const SocketLane &lane, GaugeKind kind, std::int64_t endNs)
{
    std::vector<GaugeStep> steps;
    steps.reserve(lane.levels.size());
    // A connection in TIME_WAIT has no buffers left (the kernel keeps a small record of its
    // addresses): its queues end where TIME_WAIT begins, whatever the last sample said.
    std::int64_t cutNs = -1;
    if (!lane.listener) {
        for (const SocketStateSpan &s : lane.states) {
            if (s.state == TcpState::TimeWait) {
                cutNs = s.beginNs;
                break;
            }
        }
    }
    for (const QueueLevel &level : lane.levels) {
        if (cutNs >= 0 && level.tNs >= cutNs)
            break;
        // The state the socket was in at the sample: the last one begun at or before it.
        auto st = std::upper_bound(
            lane.states.begin(), lane.states.end(), level.tNs,
            [](std::int64_t t, const SocketStateSpan &s) { return t < s.beginNs; });
        const TcpState state = st == lane.states.begin() ? TcpState::Gone : std::prev(st)->state;
        const auto [value, capacity] = gaugeFigures(kind, dataBytesOnly(level.figures, state));
        if (value < 0)
            continue;
        if (!steps.empty())
            steps.back().endNs = level.tNs;
        GaugeStep step;
        step.event = level.event;
        step.beginNs = level.tNs;
        step.endNs = std::max(endNs, level.tNs);
        step.open = endNs < 0;
        step.value = value;
        step.capacity = std::max(capacity, 0);
        step.fraction = step.capacity > 0 ? std::clamp(double(value) / step.capacity, 0.0, 1.0)
                                          : (value > 0 ? 1.0 : 0.0);
        if (!steps.empty())
            steps.back().open = false;
        steps.push_back(step);
    }
    if (cutNs >= 0 && !steps.empty()) {
        steps.back().endNs = std::max(cutNs, steps.back().beginNs);
        steps.back().open = false;
    }
    return steps;
}

std::vector<ListenDrop> listenDropDeltas(const SocketLane &lane)
{
    std::vector<ListenDrop> drops;
    int before = 0;
    for (const QueueLevel &level : lane.levels) {
        const int total = level.figures.listenDrops;
        if (total < 0)
            continue;
        if (total > before)
            drops.push_back({level.event, level.tNs, total - before, total});
        before = total;
    }
    return drops;
}

SocketLaneGauges socketLaneGauges(const SocketLane &lane)
{
    SocketLaneGauges g;
    g.kinds = gaugesOf(lane);
    for (GaugeKind kind : g.kinds)
        g.steps.push_back(gaugeSteps(lane, kind, socketLaneEndNs(lane)));
    if (lane.listener)
        g.drops = listenDropDeltas(lane);
    return g;
}

} // namespace sockscope
