#pragma once

#include "../trace/linetag.h"
#include "blockedspans.h"
#include "fdtable.h"

#include <QMap>
#include <QString>
#include <QVector>

#include <cstdint>
#include <map>
#include <vector>

namespace sockscope {

enum class ActorState : std::uint8_t
{
    NotStarted, // no event yet (a lane that is born later)
    Running,
    Blocked,   // inside a *_begin .. *_end that may wait (nothing was there when it called)
    InCall,    // inside a *_begin .. *_end that the kernel's figure says returns at once
    Exited,    // a thread that ended, a client that closed its last socket
    Zombie,    // a child between process_exit and its reap
    Reaped,    // a child collected by waitpid()
    Suspended, // a task (coroutine) at an await: in no call, no thread waits for it
    Done       // a task whose coroutine has returned (or was cancelled)
};
// `callsOnly`: an actor of a watched program (seenOnlyInCalls()), of which SockScope sees only
// the calls its preload library catches: between them it is not known to run, it may wait in
// something unseen (a lock, join(), a sleep), and its "running" says so.
QString actorStateName(ActorState state,
                       bool callsOnly = false); // translatable: "blocked", "zombie", ...
// A whole clause that reads right: "client 3 has exited", "child 30367 is a zombie".
QString actorStateSentence(const QString &name, ActorState state, bool callsOnly = false);
// A thread or process of a watched program (not a scripted client, not the kernel).
bool seenOnlyInCalls(const Trace &trace, std::uint32_t actor);

struct ActorStatus
{
    std::uint32_t actor = 0;
    ActorState state = ActorState::NotStarted;
    qsizetype lastEvent = -1;     // the actor's latest event at the cursor
    std::uint16_t line = kNoLine; // the listing tag it is at (LineTag)
    // When blocked or in a call:
    EventKind blockedIn = EventKind::Count; // the *_begin kind
    int fd = -1;
    QString call;       // "accept(fd 3)", "select({3,4})"
    QString waitingFor; // "no connection is waiting to be accepted"
    // A task: what it awaits while suspended (read or write on `fd`, or a timer of sleepMs).
    TaskWait awaiting = TaskWait::None;
    int sleepMs = -1;
};

// What a loop's tasks are doing at one moment: "3 tasks: 2 awaiting read, 1 sleeping".
struct TaskCounts
{
    std::uint32_t loop = 0; // the loop thread (0: the trace has no tasks)
    int created = 0;        // so far
    int running = 0;        // at most one: the loop thread runs one task at a time
    int awaitingRead = 0;
    int awaitingWrite = 0;
    int sleeping = 0;
    int done = 0;
    int alive() const { return running + awaitingRead + awaitingWrite + sleeping; }
};
// "3 tasks: 2 awaiting read, 1 sleeping"; "no task alive (5 done)". Translatable.
QString taskCountsText(const TaskCounts &counts);

// One open descriptor of one process, for the inspector's table.
struct OpenSocket
{
    std::uint32_t process = 0; // the process's main actor
    int fd = -1;
    FdInfo info;
    bool parentClosed = false; // inherited over fork(), and the parent has closed its copy
};

// The listing line an event puts its actor on: the recorded tag, or for traces without tags
// (synthetic, hand-written) the line of the call the event belongs to.
LineTag lineTagOf(const Event &e);

// What a select/poll/epoll loop knows: the lecture notes' `sockets_list` and `clients`.
struct ReadinessState
{
    std::uint32_t actor = 0; // 0: the trace has no readiness loop
    WaitMechanism mechanism = WaitMechanism::None;
    QVector<int> interest;      // watched at the latest wait (epoll: the registered set)
    QVector<int> lastReady;     // readable or writable at the latest wait_end; empty while
                                // a wait is open (what it will report is not known yet)
    QVector<int> previousReady; // while waiting: what the wait before this one reported
    QMap<int, Endpoint> client; // connected socket -> the client's address
    QVector<int> listening;     // which of `interest` are listening sockets
    QVector<int> closed;        // which of `interest` this process has closed since
    bool waiting = false;       // blocked in the wait right now
    bool isClient = false;      // the loop belongs to a client (the client driver)
};

// The state of a run right after one event, from the trace alone (DESIGN.md "State at
// time t"). Every view asks for it at the cursor; nothing here keeps its own truth.
struct StateAtTime
{
    qsizetype index = -1; // the event it is the state after; -1: before the first
    std::int64_t tNs = 0;
    std::vector<ActorStatus> actors; // in actor id order
    std::vector<OpenSocket> sockets; // by process, then fd
    int liveThreads = 0;             // server threads started and not ended
    int liveChildren = 0;            // forked children running or blocked
    int zombies = 0;                 // children that exited and were not reaped yet
    int children() const { return liveChildren + zombies; } // a zombie is still a child
    ReadinessState readiness;                               // the server's readiness loop, if any
    std::vector<ReadinessState> loops; // every actor's readiness loop, by actor id
    TaskCounts tasks;                  // the event loop's tasks (asyncio), if any

    const ActorStatus *statusOf(std::uint32_t actor) const;
    std::vector<OpenSocket> socketsOf(std::uint32_t process) const;
};

// Replays the trace event by event. Stepping forward continues where it stopped; stepping back,
// or jumping far ahead, starts from the nearest checkpoint (a copy of the replay's state kept
// every few thousand events on the way), so one step costs the same anywhere in a long trace.
// A trace that grows (live) keeps the checkpoints before the first event whose meaning the new
// events change.
class StateReplay
{
public:
    explicit StateReplay(const Trace *trace = nullptr);
    void setTrace(const Trace *trace); // forgets everything
    // The same trace, moved to `trace` (its events did not change): keeps what was replayed.
    void rebind(const Trace *trace) { m_trace = trace; }

    // The state after event `index` (-1: before any).
    const StateAtTime &stateAfter(qsizetype index);
    // Descriptor tables just before event `index` was applied (what narration needs to say
    // what a close() closed).
    const FdTables &tablesBefore() const { return m_tablesBefore; }
    const FdTables &tables() const { return m_tables; }

    // How many checkpoints are kept, and how many events apart (for tests and benchmarks).
    std::size_t checkpointCount() const { return m_checkpoints.size(); }
    qsizetype checkpointInterval() const { return m_interval; }

private:
    void restart();
    void follow(); // the trace grew: keep what the new events do not change
    void apply(qsizetype index);
    void snapshot();
    void keepCheckpoint();
    bool resumeBefore(qsizetype index); // nearest checkpoint before `index`, if any helps

    const Trace *m_trace = nullptr;
    BlockedSpanList m_spans; // of the whole trace, for why-it-waits; grows with it
    std::vector<qsizetype> m_lastEventOfActor; // in the whole trace: a client's final close
    FdTables m_tables;
    FdTables m_tablesBefore;
    qsizetype m_applied = -1;           // last applied event
    std::vector<ActorStatus> m_status;  // index actor id
    std::vector<qsizetype> m_openBegin; // actor -> index of an open *_begin, -1 none
    QHash<int, std::uint32_t> m_childByPid;
    struct Loop
    {
        ReadinessState state;
        QVector<int> epollInterest;
        bool epollCtlSeen = false;
    };
    Loop &loopOf(std::uint32_t actor);
    void describeAwait(ActorStatus &status) const;
    std::map<std::uint32_t, Loop> m_loops; // by actor: each loop its own sets
    std::uint32_t m_serverLoop = 0;        // the latest non-client actor that waited
    StateAtTime m_state;

    // The replay's state right after event `applied`. Qt's containers share their data until
    // written, so a checkpoint costs little more than what changed since the one before.
    struct Checkpoint
    {
        qsizetype applied = -1;
        FdTables tables;
        std::vector<ActorStatus> status;
        std::vector<qsizetype> openBegin;
        QHash<int, std::uint32_t> childByPid;
        std::map<std::uint32_t, Loop> loops;
        std::uint32_t serverLoop = 0;
    };
    std::vector<Checkpoint> m_checkpoints; // by `applied`, ascending
    qsizetype m_interval = 0;              // events between two checkpoints
    qsizetype m_followed = 0;              // trace size m_lastEventOfActor was found for
};

// Convenience for tests and one-off questions.
StateAtTime stateAfter(const Trace &trace, qsizetype index);

} // namespace sockscope
