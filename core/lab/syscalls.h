#pragma once

#include "lab/probebudget.h"
#include "trace/childrings.h"
#include "trace/event.h"
#include "trace/linetag.h"
#include "trace/recorder.h"

#include <QVector>

#include <array>
#include <atomic>
#include <functional>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/types.h>

namespace sockscope {

namespace payload {
struct WaitSetsView; // trace/trace.h
} // namespace payload

// The only place in SockScope that makes socket, process and readiness system calls.
// One Syscalls belongs to one actor (a server thread, a forked child, a client thread) and
// records every call it makes: instant calls as one event, calls that can block as a
// *_begin before the real call and an *_end after it. A blocked span is always one real
// system call; nothing is polled or faked.
//
// Two modes:
//  - in-process (server threads, clients): events go to the Recorder;
//  - forked child: events go as ChildRecords through a shared-memory ring (or a pipe when
//    the ring is full or there is none), and only async-signal-safe
//    calls are made (no Qt, no malloc, no locks). Use Syscalls::inChild() after fork().
//
// Every descriptor it creates is close-on-exec. Failed calls record errno on the event
// (and an `error` event for calls that have no event of their own), return -1 and leave
// errno as the kernel set it.
//
// Calls that can block (accept, recv, recvfrom, connect) on a descriptor that is
// non-blocking (O_NONBLOCK) and return EAGAIN record one `would_block` instead of the
// *_begin/*_end pair; when they succeed the pair is recorded around the (instant) call.
class Syscalls
{
public:
    Syscalls(Recorder &recorder, std::uint32_t actor);
    // After fork(), in the child: report through `ring`, else `pipeFd`; async-signal-safe only.
    // With `reports` false (the parent's recorder was off at the fork) the child records and
    // probes nothing, like a thread whose recorder is off. With `counterNsPerTick` (the parent's
    // Recorder::counterNsPerTick()) the child stamps its records with the time-stamp counter
    // (ChildRecord::Counter), its rate for the probe budget; with 0, with CLOCK_MONOTONIC.
    static Syscalls inChild(int pipeFd, ChildRing *ring = nullptr, bool reports = true,
                            double counterNsPerTick = 0);

    std::uint32_t actor() const { return m_actor; }
    bool isChild() const { return m_pipeFd >= 0; }
    void at(LineTag tag) { m_line = toLine(tag); } // the listing line this actor is at
    std::uint16_t line() const { return m_line; }
    Recorder *recorder() const { return m_recorder; }
    // The flag whoever runs this actor raises before it stops the run: calls that return
    // while it is up with what a stop produces are marked kFlagStoppedByRun.
    void setStopFlag(const std::atomic<bool> *stopping) { m_stopFlags = {stopping, nullptr}; }
    void setStopFlags(const std::atomic<bool> *own, const std::atomic<bool> *run)
    {
        m_stopFlags = {own, run};
    }
    // Who is on the other end of an accepted connection (stored on accept_end as
    // Event::childActor). Unset or empty: 0.
    void setActorForPeer(std::function<std::uint32_t(Endpoint)> actorForPeer)
    {
        m_actorForPeer = std::move(actorForPeer);
    }

    int socket(int type); // SOCK_STREAM or SOCK_DGRAM
    int bind(int fd, Endpoint address);
    int listen(int fd, int backlog);
    int accept(int fd, Endpoint *peer);                    // accept_begin/_end; new fd
    int connect(int fd, Endpoint server, Endpoint *local); // connect_begin/_end
    ssize_t recv(int fd, char *buffer, std::size_t size);  // recv_begin/_end (0: peer closed)
    // Records `send`; if the socket buffer is full and the socket blocks, the wait shows as
    // send_begin/send_end around the real blocking send().
    ssize_t send(int fd, const char *data, std::size_t size);
    ssize_t recvfrom(int fd, char *buffer, std::size_t size, Endpoint *from);
    ssize_t sendto(int fd, const char *data, std::size_t size, Endpoint to);
    int shutdown(int fd, int how);
    int close(int fd);
    int setNonBlocking(int fd);  // fcntl O_NONBLOCK, not recorded
    int setReuseAddress(int fd); // SO_REUSEADDR, not recorded
    // A non-blocking connect() that returned EINPROGRESS leaves connect_begin open; once the
    // socket is writable this reads SO_ERROR and records connect_end.
    int finishConnect(int fd, Endpoint server, Endpoint *local);

    // Readiness. `readSet`/`writeSet` are what is passed in; ready sets come back.
    // select() rejects descriptors >= FD_SETSIZE with EINVAL and an `error` event, never
    // touching an fd_set out of range.
    int select(const QVector<int> &readSet, const QVector<int> &writeSet, int timeoutMs,
               QVector<int> *readyRead, QVector<int> *readyWrite);
    int poll(pollfd *fds, nfds_t count, int timeoutMs);
    int epollCreate();
    int epollCtl(int epfd, int op, int fd, std::uint32_t events); // records epoll_ctl
    // Each epoll_event must carry its descriptor in data.fd: that is how the ready set is
    // recorded.
    // interest (and writeInterest: the descriptors watched for room to write), for the record.
    int epollWait(int epfd, epoll_event *events, int maxEvents, int timeoutMs,
                  const QVector<int> &interest, const QVector<int> &writeInterest = {});

    // Processes. fork() records `fork` in the parent (with the child's pid and lane); in the
    // child it returns 0 and the caller must switch to Syscalls::inChild().
    pid_t fork(std::uint32_t childActor);
    // The same, with the child's lane made only when fork() succeeded: `laneFor(pid)` runs in
    // the parent after the fork and returns the child's actor. A failed fork records `fork`
    // with errno and no child lane.
    pid_t fork(const std::function<std::uint32_t(pid_t)> &laneFor);
    // waitpid(pid, WNOHANG or 0) for one known pid (never -1: Qt's children would be
    // stolen); records `reap` with the policy when it collected the child.
    pid_t reap(pid_t pid, bool block, ReapPolicy policy, int *status);

    // Records `would_block` for a non-blocking call that returned EAGAIN.
    void recordWouldBlock(EventKind call, int fd);
    // Records a free-standing event (thread_spawn, thread_exit, process_exit, ...). The
    // actor and line are this Syscalls' unless the event sets its own.
    void record(Event event, QByteArrayView payload = {});

    // Plumbing that is not part of the story a model tells (wake pipes, the child event
    // pipe, the console pipe): close-on-exec, not recorded.
    static int makePipe(int fds[2], bool nonBlocking = false);
    static Endpoint localAddress(int fd); // getsockname(), null on failure
    // Stopping from outside: shutdown() of a socket another thread is blocked on, so its
    // accept()/recv() returns (and records what it returned). Not recorded itself: it is
    // made by whoever stops the run, not by an actor of the model.
    static int wakeByShutdown(int fd);

private:
    Syscalls() = default;
    void publish(Event &event, const char *data = nullptr, int size = 0);
    void publishStamped(Event &event);
    void reportAsChild(const Event &event, const char *data, int size) const;
    void markIfStopped(Event &event) const;
    // A wait_begin or wait_end, with its sets when they are kept (keepsWaitSets()).
    void emitWait(Event &event, const payload::WaitSetsView &sets);
    void emitWaitBegin(WaitMechanism m, const payload::WaitSetsView &sets);
    // Whether this actor records at all: a thread while its recorder is on, a child whose
    // parent's recorder was on at the fork. When not, nothing is stamped, probed or encoded
    // for the record (the overhead benchmark's unrecorded server pays for none of it).
    bool records() const { return isChild() ? m_childReports : m_recorder->isEnabled(); }
    // Whether a wait's sets are copied and encoded for the record: not in a forked child (its
    // record has no room for them), not when nothing is recorded.
    bool keepsWaitSets() const { return !isChild() && records(); }
    // One call that may block, around `call` (retried on EINTR); see syscalls.cpp.
    template <typename Call>
    auto mayBlock(EventKind beginKind, int fd, bool *wouldBlocked, Call call);

    Recorder *m_recorder = nullptr;
    std::uint32_t m_actor = 0;
    int m_pipeFd = -1;
    ChildRing *m_ring = nullptr;
    bool m_childReports = true; // a child whose parent's recorder is on
    pid_t m_childPid = 0;       // a child's own, read once (getpid() is a system call each time)
    double m_childCounterNsPerTick = 0; // a child stamping with the counter: its rate; else 0
    ChildRecord::Clock childClock() const
    {
        return m_childCounterNsPerTick > 0 ? ChildRecord::Counter : ChildRecord::Monotonic;
    }
    std::uint16_t m_line = kNoLine;
    std::function<std::uint32_t(Endpoint)> m_actorForPeer;
    std::array<const std::atomic<bool> *, 2> m_stopFlags{};
    ProbeBudget m_probes; // before calls that may block; see probebudget.h
};

} // namespace sockscope
