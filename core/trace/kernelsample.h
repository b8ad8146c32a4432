#pragma once

#include "event.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace sockscope {

class Trace;
namespace json {
class Sink;
class Fields;
} // namespace json

// The kernel's TCP states (Event::call of tcp_state), numbered as in the kernel's tcp_states.h
// (TCP_ESTABLISHED = 1 ... TCP_NEW_SYN_RECV = 12). Gone (0) is SockScope's: the sampler no
// longer finds the socket, the kernel has forgotten it (after close, or after TIME_WAIT).
enum class TcpState : std::uint8_t
{
    Gone = 0,
    Established = 1,
    SynSent = 2,
    SynRecv = 3,
    FinWait1 = 4,
    FinWait2 = 5,
    TimeWait = 6,
    Close = 7,
    CloseWait = 8,
    LastAck = 9,
    Listen = 10,
    Closing = 11,
    NewSynRecv = 12,
};
constexpr int kTcpStateCount = 13;
const char *tcpStateName(TcpState s); // "ESTABLISHED", "TIME_WAIT", "GONE", ...
std::optional<TcpState> tcpStateFromName(QByteArrayView name);
// What a kernel sample says of one socket, beyond the fixed event record: kept in the
// event's payload. -1 = not known (or not applicable).
struct KernelFigures
{
    Endpoint local;
    // queues on a listener: connections in the accept queue and the backlog the kernel uses;
    // on a connection: unread bytes in the receive queue, unsent or unacknowledged bytes in the
    // send queue, and the buffer sizes (SO_RCVBUF, SO_SNDBUF as the kernel holds them).
    std::int32_t acceptQueue = -1;
    std::int32_t backlog = -1;
    std::int32_t recvQueue = -1;
    std::int32_t sendQueue = -1;
    std::int32_t recvBuffer = -1;
    std::int32_t sendBuffer = -1;
    // On a listener: SYNs and handshakes the kernel dropped for it since listen() (its
    // sk_drops, counted by tcp_listendrop() together with TcpExt ListenDrops).
    std::int32_t listenDrops = -1;
    friend bool operator==(const KernelFigures &, const KernelFigures &) = default;
};

namespace payload {
QByteArray encodeKernelFigures(const KernelFigures &f);
KernelFigures decodeKernelFigures(QByteArrayView bytes);
} // namespace payload

// tcp_state and queues: figures the kernel sampler read, not calls an actor made.
bool isKernelSampleKind(EventKind kind);
// The last event an actor made (a step's end): the kernel's samples after it are passed over,
// so a finished run's cursor and narration rest on a call, not on a sample. -1 when empty.
qsizetype lastStepIndex(const Trace &trace);
KernelFigures kernelFigures(const Trace &trace, const Event &e);

// Event::childPid of a kernel sample: the process holding the socket (0: none or unknown,
// e.g. a connection still in the accept queue, a TIME_WAIT socket, a client from outside).
inline int ownerPid(const Event &e)
{
    return e.childPid;
}

// Trace file keys of tcp_state and queues (see docs/trace-format.md): written after the common
// keys; read into `e` and its payload. On a bad value, returns false with the key and why.
void appendKernelSampleJson(json::Sink &out, const Trace &trace, const Event &e);
// `badKey`: the key's number in json::kFieldNames.
bool readKernelSampleJson(const json::Fields &fields, Event &e, QByteArray *payloadBytes,
                          int *badKey, QString *why);

} // namespace sockscope
