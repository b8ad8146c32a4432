#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <cstdint>
#include <optional>

namespace sockscope {

// Stable names (see DESIGN.md, "The event contract"); trace files and tests use them.
enum class EventKind : std::uint8_t
{
    Socket,
    Bind,
    Listen,
    Close,
    Shutdown,
    AcceptBegin,
    AcceptEnd,
    ConnectBegin,
    ConnectEnd,
    RecvBegin,
    RecvEnd,
    Send,
    SendBegin,
    SendEnd,
    RecvfromBegin,
    RecvfromEnd,
    Sendto,
    WouldBlock,
    WaitBegin,
    WaitEnd,
    EpollCtl,
    ThreadSpawn,
    ThreadExit,
    Fork,
    ProcessExit,
    Reap,
    Error,
    // Tasks of an event loop (the asyncio model): not system calls but what the loop did with
    // its coroutines, recorded by the loop thread as it did it. task_create is the loop's
    // (child_actor: the task's lane); the others are the task's own.
    TaskCreate,
    TaskSuspend,
    TaskResume,
    TaskDone,
    // The kernel's side of a socket, sampled by an observer thread (sock_diag), not a call an
    // actor made: the socket's TCP state changed (Event::call: TcpState, see kernelsample.h),
    // or its queue levels changed. Recorded on the run's actor of kind kernel; Event::fd and
    // Event::childPid name the process and descriptor holding the socket, when known.
    TcpState,
    Queues,
    Count
};

constexpr int kEventKindCount = static_cast<int>(EventKind::Count);

const char *eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QByteArrayView name);

// A *_begin kind opens a blocked span that the matching *_end closes.
bool isBeginKind(EventKind kind);
bool isEndKind(EventKind kind);
EventKind endKindFor(EventKind begin); // Count when `begin` opens no span
EventKind beginKindFor(EventKind end); // Count when `end` closes no span

// Which readiness mechanism a wait_begin/wait_end belongs to (Event::call).
enum class WaitMechanism : std::uint8_t
{
    None,
    Select,
    Poll,
    Epoll
};
const char *waitMechanismName(WaitMechanism m);
std::optional<WaitMechanism> waitMechanismFromName(QByteArrayView name);

// epoll_ctl operation, kept in Event::call for EpollCtl events.
enum class EpollOp : std::uint8_t
{
    None,
    Add,
    Mod,
    Del
};
const char *epollOpName(EpollOp op);
std::optional<EpollOp> epollOpFromName(QByteArrayView name);

// How a forking server collects its finished children (Event::call of a reap).
enum class ReapPolicy : std::uint8_t
{
    None,
    OnAccept,
    Sigchld,
    AtStop // not a policy to choose: the stop collecting what is left, whatever the policy
};
const char *reapPolicyName(ReapPolicy p);
std::optional<ReapPolicy> reapPolicyFromName(QByteArrayView name);

// What a task awaits (Event::call of task_suspend and task_resume): data on its socket, room
// to write on it, or its timer (asyncio.sleep).
enum class TaskWait : std::uint8_t
{
    None,
    Read,
    Write,
    Timer
};
const char *taskWaitName(TaskWait w);
std::optional<TaskWait> taskWaitFromName(QByteArrayView name);

// How a task's coroutine ended (Event::call of task_done).
enum class TaskEnd : std::uint8_t
{
    PeerClosed, // recv() returned 0: the client closed
    Quit,       // the client sent "q"
    Failed,     // recv/send failed or the framing broke
    Cancelled   // the run stopped while the task was suspended or working
};
const char *taskEndName(TaskEnd e);
std::optional<TaskEnd> taskEndFromName(QByteArrayView name);

bool isTaskKind(EventKind kind);

struct Endpoint
{
    std::uint32_t ipv4 = 0; // host byte order
    std::uint16_t port = 0;
    bool isNull() const { return ipv4 == 0 && port == 0; }
    QString toString() const; // "127.0.0.1:50500"
    static std::optional<Endpoint> fromString(QStringView text);
    // The same from UTF-8 bytes, read in place when they are four octets and a port in plain
    // digits (as every trace writes them), else through fromString().
    static std::optional<Endpoint> fromUtf8(QByteArrayView text);
    friend bool operator==(Endpoint a, Endpoint b) { return a.ipv4 == b.ipv4 && a.port == b.port; }
};

// Variable-length parts of an event live in the trace's payload blob, so that the fixed
// record stays small (budget: 64 bytes per event) and is copied without allocation.
struct WaitSets
{
    int timeoutMs = -1;
    QVector<int> readSet;
    QVector<int> writeSet;
    QVector<int> readyRead;
    QVector<int> readyWrite;
    friend bool operator==(const WaitSets &, const WaitSets &) = default;
};

constexpr std::uint32_t kNoPayload = 0xffffffffu;

// Event::flags bits.
enum EventFlag : std::uint8_t
{
    // On a *_end or wait_end: the call returned because the user stopped the run (SockScope
    // shut the socket down under it), not because of a client. err keeps what the kernel said.
    kFlagStoppedByRun = 1u << 0,
    // On accept_begin, recv_begin, recvfrom_begin: the kernel was asked, just before the call,
    // whether anything was waiting (Event::bytes holds its figure: connections in the accept
    // queue, or bytes in the receive queue). Without this flag nobody knows.
    kFlagProbed = 1u << 1,
    // With kFlagProbed: something was already there (a queued connection, data, an end of
    // stream), so the call returns without waiting.
    kFlagReadyAtCall = 1u << 2,
    // On tcp_state, queues: a sample. The sampler looked at this moment; what happened between
    // two looks (a state shorter than the sampling period) may be missing.
    kFlagSampled = 1u << 3,
    // On tcp_state, queues: this very sample found the socket held by fd and pid (its inode in
    // that process's descriptor table). Without it, fd and pid name the last holder an earlier
    // sample found: the socket may have none now (closed, in FIN_WAIT2 or TIME_WAIT).
    kFlagHolderSeen = 1u << 4,
};
constexpr std::uint16_t kNoLine = 0;
// A watched program's events (sockscope-cli watch) name a line of the program's own source
// instead of a listing tag: Event::line is kFirstSourceLine + an index into Trace::sources.
constexpr std::uint16_t kFirstSourceLine = 0x8000;
constexpr std::uint16_t kLastSourceLine = 0xffff;
inline bool isSourceLine(std::uint16_t line)
{
    return line >= kFirstSourceLine;
}

// One thing the kernel did for one actor. Fields that do not apply stay at their defaults
// (fd -1, bytes -1, ...). Which fields apply to which kind is in DESIGN.md.
struct Event
{
    std::int64_t tNs = 0; // since the run started, CLOCK_MONOTONIC
    std::uint32_t actor = 0;
    std::int32_t fd = -1;
    std::int32_t bytes = -1; // recv/send count (0 = peer closed), listen's backlog
    // Fields that never apply to the same kind share storage, to keep the budget:
    //   newFd (accept_end) | childPid (fork, process_exit, reap)
    //   childActor (thread_spawn, fork, task_create, accept_end: the peer's client lane) |
    //   status
    //   (process_exit, reap: exit code, or -signal when killed)
    union {
        std::int32_t newFd = -1;
        std::int32_t childPid;
    };
    union {
        std::uint32_t childActor = 0;
        std::int32_t status;
    };
    std::uint32_t peerIpv4 = 0;         // peer, or the bound address for bind
    std::uint32_t payload = kNoPayload; // offset into the trace's payload blob
    std::int16_t err = 0;               // errno, 0 = success
    std::uint16_t peerPort = 0;
    EventKind kind = EventKind::Socket;
    std::uint8_t call = 0;        // WouldBlock/Error: EventKind of the failed call;
                                  // WaitBegin/End: WaitMechanism; EpollCtl: EpollOp;
                                  // Reap: ReapPolicy; TaskSuspend/Resume: TaskWait;
                                  // TaskDone: TaskEnd
    std::uint16_t line = kNoLine; // listing tag the actor was at (see core/trace/linetag.h)
    std::uint16_t payloadSize = 0;
    std::uint8_t flags = 0; // EventFlag bits

    // Returned because the run was stopped: not a failure, not a client's doing.
    bool interruptedByStop() const { return (flags & kFlagStoppedByRun) != 0; }
    // A call that failed for a reason of its own (a stop is not a failure).
    bool failed() const { return err != 0 && !interruptedByStop(); }
    // What the probe before a may-block call found: yes (it will not wait), no (it waits),
    // or unknown (no probe: an older trace, a call that is not probed).
    enum class Readiness : std::uint8_t
    {
        Unknown,
        Ready,
        Empty
    };
    Readiness readinessAtCall() const
    {
        if (!(flags & kFlagProbed))
            return Readiness::Unknown;
        return (flags & kFlagReadyAtCall) ? Readiness::Ready : Readiness::Empty;
    }

    Endpoint peer() const { return {peerIpv4, peerPort}; }
    void setPeer(Endpoint e)
    {
        peerIpv4 = e.ipv4;
        peerPort = e.port;
    }
    bool isBlockedBegin() const { return isBeginKind(kind); }
};

static_assert(sizeof(Event) == 48, "the trace budget is 64 bytes per event, payload included");

// Network bytes for display: printable ASCII as is, everything else escaped (\n, \xNN).
// Never rich text.
QString escapeBytes(QByteArrayView bytes);
// A name (an actor's, a client's) for display: text as is, except characters that would
// change how the text around them is shown: bidirectional controls (U+202A-U+202E,
// U+2066-U+2069, U+200E, U+200F, U+061C) and control characters, written as \uXXXX. A
// U+202E in a client's name must not reverse the rest of a lane title or a sentence.
QString escapeText(QStringView text);
bool isBidiControl(char32_t c);

} // namespace sockscope
