#pragma once

#include "socketlanes.h"

#include <cstdint>
#include <vector>

namespace sockscope {

// The gauges of a socket lane: how full a kernel queue was, sample by sample. A level holds
// from its sample to the next one (or to the lane's end): the kernel was not looked at in
// between, so the step is as honest as the samples are.
enum class GaugeKind : std::uint8_t
{
    AcceptQueue, // a listener: connections waiting for accept(), against backlog + 1
    RecvQueue,   // a connection: unread bytes, against the receive buffer
    SendQueue    // a connection: unsent or unacknowledged bytes, against the send buffer
};

struct GaugeStep
{
    qsizetype event = -1; // the queues sample
    std::int64_t beginNs = 0;
    std::int64_t endNs = 0;
    bool open = false; // the last step of a lane still held: it runs to the live edge
    int value = 0;
    int capacity = 0;    // 0: not known (then `fraction` is 0 unless value > 0)
    double fraction = 0; // value / capacity, clamped to [0, 1]
};

// The kernel's send-queue figure is a span of sequence numbers (written, not yet acknowledged),
// and a SYN or a FIN takes one: in SYN_SENT, SYN_RECV, FIN_WAIT1, CLOSING and LAST_ACK the
// figure counts it. Returns `f` with that one taken off, so that the gauge and the inspector
// show bytes of data only ("1 B unsent" for a lone SYN would be false).
KernelFigures dataBytesOnly(KernelFigures f, TcpState state);

// How many connections a listener's accept queue holds before the kernel drops a SYN: Linux
// counts a queue as full when it holds more than the backlog, so backlog + 1. -1 when unknown.
int acceptQueueCapacity(const KernelFigures &f);
// The figure and its limit of one gauge in one sample (-1, -1 when the sample lacks it).
std::pair<int, int> gaugeFigures(GaugeKind kind, const KernelFigures &f);

// The steps of one gauge over the lane's samples, in time order, the last one ending at
// `endNs` (the lane's end; -1: open, to the live edge), or where a connection enters TIME_WAIT
// (no buffers left). Samples without the figure are left out.
std::vector<GaugeStep> gaugeSteps(const SocketLane &lane, GaugeKind kind, std::int64_t endNs);
// The gauges a lane has: the accept queue for a listener, the two queues for a connection.
std::vector<GaugeKind> gaugesOf(const SocketLane &lane);

// Connections the kernel dropped for a listener, as they appeared between two samples of its
// drop counter (ListenDrops for this socket): one entry per sample where it rose.
struct ListenDrop
{
    qsizetype event = -1;
    std::int64_t tNs = 0;
    int added = 0; // drops since the sample before
    int total = 0; // drops since listen()
};
std::vector<ListenDrop> listenDropDeltas(const SocketLane &lane);

// Everything a socket lane's gauges draw, computed once per rebuild: each gauge's steps (the
// last one's end is the lane's end, or the live edge: see socketLaneEndNs) and the drops.
struct SocketLaneGauges
{
    std::vector<GaugeKind> kinds;
    std::vector<std::vector<GaugeStep>> steps; // one per kind
    std::vector<ListenDrop> drops;
};
SocketLaneGauges socketLaneGauges(const SocketLane &lane);

// When the lane ends: the sample that found the socket gone, or -1 while the kernel still had
// it at the last sample (then it runs to the live edge).
std::int64_t socketLaneEndNs(const SocketLane &lane);

} // namespace sockscope
