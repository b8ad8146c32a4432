#include "serverbase.h"
#include "servers.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>

// glibc 2.36's <sys/pidfd.h> lacks the C++ linkage guards.
extern "C" {
#include <sys/pidfd.h>
}

namespace sockscope {

namespace {

// close_range() on [first, last], nothing when the range is empty. Async-signal-safe.
void closeRange(unsigned first, unsigned last)
{
    if (first <= last)
        ::close_range(first, last, 0);
}

// Process per connection. The parent accepts and forks; the child serves the connection
// and _exit()s. A child that has exited stays a zombie until the parent collects it with
// waitpid(pid): never (reap policy none, until the run stops), before the next fork
// (on-accept), or as soon as it dies (sigchld).
//
// This process has other threads (Qt's, the clients', other workers), so after fork() the
// child is a copy of one thread of a busy process: it may only make async-signal-safe calls
// (no malloc, no locks, no Qt), which is why the handler is malloc-free and the child
// reports through fixed-size ChildRecords, in a shared-memory ring the parent claimed for it
// before the fork (childrings.h), or on a pipe when the ring is full or none was free. It
// closes every inherited descriptor but its connection and that pipe; otherwise the sockets of the
// in-process clients would stay open in the child and their FIN would never reach the server.
//
// Exits are seen with pidfd_open() + poll() on a watcher thread, which records process_exit
// without reaping (waitid with WNOWAIT): the child stays a zombie, visible in ps as Z.
// Nothing here calls waitpid(-1) or touches SIGCHLD: Qt's own children would be stolen.
class ForkingServer final : public ServerBase
{
public:
    ForkingServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_STREAM)
    {
    }
    ~ForkingServer() override { stop(); }

protected:
    bool prepare(QString *error) override
    {
        if (Syscalls::makePipe(m_eventPipe) < 0 || Syscalls::makePipe(m_wakePipe, true) < 0) {
            if (error)
                *error = QStringLiteral("cannot create the pipes the children report through");
            closePipes();
            return false;
        }
        m_rings.create(); // without rings (no memory for them), every record takes the pipe
        if (options().reap == ReapPolicy::Sigchld) {
            // The "handler" that reaps the moment a child dies: a thread watching the children.
            m_reaperActor = addThreadActor(QStringLiteral("sigchld reaper"), mainActor());
            Syscalls sys = syscallsFor(mainActor());
            Event spawn;
            spawn.kind = EventKind::ThreadSpawn;
            spawn.childActor = m_reaperActor;
            sys.at(LineTag::Reap);
            sys.record(spawn);
        }
        try {
            m_watcher = std::thread([this] { watchChildren(); });
        } catch (const std::system_error &e) {
            if (error)
                *error = QStringLiteral("cannot create the thread that watches the children: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(e.code().value())));
            closePipes();
            return false;
        }
        return true;
    }

    void serve(Syscalls &sys) override
    {
        while (!stopping()) {
            sys.at(LineTag::Accept);
            const int connection = sys.accept(listenFd(), nullptr);
            if (connection < 0) {
                if (stopping())
                    break;
                acceptFailed(sys, errno); // EMFILE and the like: do not spin
                continue;
            }
            if (options().reap == ReapPolicy::OnAccept)
                reapFinishedChildren(sys, ReapPolicy::OnAccept);
            if (stopping()) {
                sys.at(LineTag::Close);
                sys.close(connection);
                break;
            }
            if (refuseOverCap(sys, connection, EventKind::Fork))
                continue;
            forkChild(sys, connection);
            sys.at(LineTag::Close);
            sys.close(connection); // the child has its own copy
        }
    }

    void finishStop() override
    {
        // The watcher stops first, so that from here on only this thread touches children.
        m_watcherQuit.store(true);
        wakeWatcher();
        if (m_watcher.joinable())
            m_watcher.join();

        std::vector<int> dying;
        std::vector<pid_t> dyingWithoutPidfd;
        {
            std::lock_guard lock(m_childrenMutex);
            for (const Child &c : m_children) {
                // A pidfd names exactly this process: no risk of signalling a reused pid.
                if (!c.exited && c.pidfd >= 0) {
                    pidfd_send_signal(c.pidfd, SIGKILL, nullptr, 0);
                    dying.push_back(c.pidfd);
                } else if (!c.exited && !c.reaped) {
                    // No pidfd (pidfd_open failed, e.g. EMFILE): the pid is still ours, since
                    // an unreaped child's pid cannot be reused. Reaping below waits for it.
                    if (::kill(c.pid, SIGKILL) == 0)
                        dyingWithoutPidfd.push_back(c.pid);
                }
            }
        }
        for (int pidfd : dying) {
            pollfd p{pidfd, POLLIN, 0};
            ::poll(&p, 1, 1000);
        }
        for (pid_t pid : dyingWithoutPidfd) {
            siginfo_t info{}; // dead but not reaped, so that noteExit() sees it exit
            while (::waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
            }
        }
        drainRecords(false);
        {
            std::lock_guard lock(m_childrenMutex);
            Syscalls sys = syscallsFor(mainActor());
            for (Child &c : m_children)
                reapChild(sys, c, ReapPolicy::AtStop, true);
        }

        // Every child is gone: after our write end closes, the pipe ends with what they wrote.
        ::close(m_eventPipe[1]);
        m_eventPipe[1] = -1;
        drainRecords(true);
        closePipes();
    }

private:
    struct Child
    {
        pid_t pid = 0;
        std::uint32_t actor = 0;
        int pidfd = -1;
        ChildRing *ring = nullptr; // released (and null) once read to its end after the exit
        bool exited = false;
        bool reaped = false;
    };

    void forkChild(Syscalls &sys, int connection)
    {
        // The child's lane is made only once fork() has made the child: a fork the kernel
        // refused leaves no lane for a process that never existed.
        const pid_t parent = ::getpid();
        pid_t pid;
        std::uint32_t actor = 0;
        {
            // Held across fork(): the watcher cannot look up the new child's first records
            // before the child is in the list.
            std::lock_guard lock(m_childrenMutex);
            ChildRing *ring = m_rings.claim();
            sys.at(LineTag::Fork);
            pid = sys.fork([&](pid_t child) {
                Actor a;
                a.kind = ActorKind::Process;
                a.name = QStringLiteral("child %1").arg(child);
                a.parent = mainActor();
                a.pid = child;
                a.tid = child;
                actor = recorder().addActor(a);
                return actor;
            });
            if (pid == 0)
                runChild(connection, parent, ring); // never returns
            if (pid < 0) {
                const int err = errno;
                m_rings.release(ring); // nobody wrote to it
                static const char kNoProcess[] =
                    "the kernel would not create another process (the limit on processes, "
                    "RLIMIT_NPROC or pids.max, or memory): the connection is closed and the "
                    "server goes on accepting";
                Event e;
                e.kind = EventKind::Error;
                e.call = std::uint8_t(EventKind::Fork);
                e.fd = connection;
                e.err = std::int16_t(err);
                sys.record(e, QByteArrayView(kNoProcess, qsizetype(sizeof kNoProcess - 1)));
                return; // the caller closes the connection
            }
            Child c;
            c.pid = pid;
            c.actor = actor;
            c.pidfd = pidfd_open(pid, 0); // works on a zombie too; close-on-exec by default
            c.ring = ring;
            m_children.push_back(c);
        }
        addActive(1);
        wakeWatcher();
    }

    // In the child: async-signal-safe only. Never returns.
    [[noreturn]] void runChild(int connection, pid_t parent, ChildRing *ring)
    {
        // Dies with the server: a kill -9 of the server must not leave children serving on.
        // The signal comes when the thread that forked ends (the server's main thread, which
        // lives until the server stops); a parent that died before this line is seen by
        // getppid().
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            _exit(1);
        const int reportFd = m_eventPipe[1];
        // A copy of the parent's memory: the recorder's switch as it was at the fork.
        Syscalls sys = Syscalls::inChild(reportFd, ring, recorder().isEnabled(),
                                         recorder().counterNsPerTick());
        sys.at(LineTag::CloseListener);
        sys.close(listenFd()); // the child only talks to its client
        const unsigned low = unsigned(connection < reportFd ? connection : reportFd);
        const unsigned high = unsigned(connection < reportFd ? reportFd : connection);
        closeRange(3, low - 1);
        closeRange(low + 1, high - 1);
        closeRange(high + 1, ~0U);
        serveConnection(sys, connection, handlerConfig(), nullptr);
        sys.at(LineTag::Close);
        sys.close(connection);
        _exit(0);
    }

    // Records process_exit once the child has died, without reaping it. Mutex held.
    void noteExit(Child &c)
    {
        if (c.exited || c.reaped)
            return;
        siginfo_t info{};
        // Without a pidfd the pid itself is safe to ask about: it is not reaped yet.
        const int asked = c.pidfd >= 0
                              ? ::waitid(P_PIDFD, id_t(c.pidfd), &info, WEXITED | WNOHANG | WNOWAIT)
                              : ::waitid(P_PID, id_t(c.pid), &info, WEXITED | WNOHANG | WNOWAIT);
        if (asked < 0 || info.si_pid == 0)
            return; // still running
        c.exited = true;
        Syscalls sys = syscallsFor(c.actor);
        Event exit;
        exit.kind = EventKind::ProcessExit;
        exit.childPid = c.pid;
        exit.status = info.si_code == CLD_EXITED ? info.si_status : -info.si_status;
        sys.at(LineTag::ChildExit);
        sys.record(exit);
        addActive(-1);
    }

    // waitpid() on this one child, after process_exit was recorded. Mutex held.
    void reapChild(Syscalls &sys, Child &c, ReapPolicy policy, bool block)
    {
        if (c.reaped)
            return;
        noteExit(c);
        if (!c.exited && !block)
            return;
        sys.at(policy == ReapPolicy::AtStop ? LineTag::ReapAtStop : LineTag::Reap);
        if (sys.reap(c.pid, block, policy, nullptr) == c.pid) {
            // A reaped pid may be reused by anyone: keep no handle on it. The entry stays,
            // so that records still in the pipe find their lane.
            c.reaped = true;
            if (c.pidfd >= 0)
                ::close(c.pidfd);
            c.pidfd = -1;
        }
    }

    void reapFinishedChildren(Syscalls &sys, ReapPolicy policy)
    {
        drainRecords(false); // a child's last records come before its process_exit
        std::lock_guard lock(m_childrenMutex);
        for (Child &c : m_children)
            reapChild(sys, c, policy, false);
    }

    void wakeWatcher()
    {
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakePipe[1], &byte, 1);
    }

    void watchChildren()
    {
        const bool reaper = m_reaperActor != 0;
        if (reaper)
            claimActorForThisThread(recorder(), m_reaperActor);
        Syscalls reaperSys = syscallsFor(m_reaperActor);
        std::vector<pollfd> fds;
        while (!m_watcherQuit.load()) {
            fds.clear();
            fds.push_back({m_eventPipe[0], POLLIN, 0});
            fds.push_back({m_wakePipe[0], POLLIN, 0});
            bool blind = false; // a live child without a pidfd: its exit wakes nobody
            bool rings = false; // a live child writing to a ring: records there wake nobody
            {
                std::lock_guard lock(m_childrenMutex);
                for (const Child &c : m_children) {
                    if (!c.exited && c.pidfd >= 0)
                        fds.push_back({c.pidfd, POLLIN, 0});
                    blind = blind || (!c.exited && !c.reaped && c.pidfd < 0);
                    rings = rings || (!c.exited && c.ring);
                }
            }
            // The rings are looked at every 10 ms, every 2 ms while records come (a ring
            // holds 1,024: a child echoing flat out fills one in some 10 ms).
            int timeoutMs = blind ? kBlindLookMs : -1;
            if (rings)
                timeoutMs = m_ringsBusy.load() ? kBusyRingLookMs : kRingLookMs;
            const int ready = ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
            if (ready < 0)
                continue;
            if (fds[1].revents) {
                char sink[64];
                while (::read(m_wakePipe[0], sink, sizeof sink) > 0) {
                }
            }
            // A dying child's last records are in the pipe before it dies: read them first.
            drainRecords(false);
            bool someoneDied = blind && ready == 0;
            for (std::size_t i = 2; i < fds.size(); ++i)
                someoneDied = someoneDied || fds[i].revents != 0;
            if (!someoneDied)
                continue;
            {
                std::lock_guard lock(m_childrenMutex);
                for (Child &c : m_children) {
                    noteExit(c);
                    if (reaper && c.exited)
                        reapChild(reaperSys, c, ReapPolicy::Sigchld, false);
                }
            }
            // What the dead wrote to their rings after the read above, and their rings back.
            drainRecords(false);
        }
        if (reaper) {
            Event exit;
            exit.kind = EventKind::ThreadExit;
            reaperSys.at(LineTag::ThreadExit);
            reaperSys.record(exit);
        }
    }

    // Hands the children's records to the recorder. untilEof: read until every writer is
    // gone (after stop); otherwise only what is there now.
    void drainRecords(bool untilEof)
    {
        std::lock_guard drainLock(m_drainMutex);
        // The rings of children already seen exited: read to their end now, then freed.
        std::vector<ChildRing *> finished;
        {
            std::lock_guard lock(m_childrenMutex);
            for (Child &c : m_children) {
                if (c.exited && c.ring) {
                    finished.push_back(c.ring);
                    c.ring = nullptr;
                }
            }
        }
        // A ring's records are its child's: taken a run at a time, its actor looked up once a
        // run, not once a record (a lock of the children's list and a walk of it, some 700,000
        // times a second with four children echoing flat out).
        const std::size_t fromRings = m_rings.readRuns([this](std::span<const ChildRecord> run) {
            recorder().recordFromChild(run, actorOf(run.front().pid));
        });
        m_ringsBusy.store(fromRings > 0);
        for (ChildRing *ring : finished)
            m_rings.release(ring);
        if (m_eventPipe[0] < 0)
            return;
        for (;;) {
            int available = 0;
            if (!untilEof && (::ioctl(m_eventPipe[0], FIONREAD, &available) < 0 || available <= 0))
                return;
            if (untilEof) {
                // A stray copy of the write end (a fork elsewhere, in its first instants)
                // must not hang the stop.
                pollfd p{m_eventPipe[0], POLLIN, 0};
                if (::poll(&p, 1, 200) <= 0)
                    return;
            }
            const ssize_t n = ::read(m_eventPipe[0], m_partial + m_partialSize,
                                     sizeof m_partial - std::size_t(m_partialSize));
            if (n <= 0)
                return;
            m_partialSize += int(n);
            int offset = 0;
            while (m_partialSize - offset >= int(sizeof(ChildRecord))) {
                ChildRecord record;
                std::memcpy(&record, m_partial + offset, sizeof record);
                offset += int(sizeof record);
                recorder().recordFromChild(record, actorOf(record.pid));
            }
            std::memmove(m_partial, m_partial + offset, std::size_t(m_partialSize - offset));
            m_partialSize -= offset;
        }
    }

    std::uint32_t actorOf(pid_t pid)
    {
        std::lock_guard lock(m_childrenMutex);
        // Newest first: a pid the kernel reused belongs to the latest child.
        for (auto it = m_children.rbegin(); it != m_children.rend(); ++it) {
            if (it->pid == pid)
                return it->actor;
        }
        return 0;
    }

    void closePipes()
    {
        for (int *fd : {&m_eventPipe[0], &m_eventPipe[1], &m_wakePipe[0], &m_wakePipe[1]}) {
            if (*fd >= 0)
                ::close(*fd);
            *fd = -1;
        }
    }

    static constexpr int kBlindLookMs = 50;
    static constexpr int kRingLookMs = 10;
    static constexpr int kBusyRingLookMs = 2;
    std::mutex m_drainMutex;    // one reader of the pipe at a time; taken before the next
    std::mutex m_childrenMutex; // never held while draining (drainRecords takes it)
    std::vector<Child> m_children;
    ChildRings m_rings;                   // shared with the children; read under m_drainMutex
    std::atomic<bool> m_ringsBusy{false}; // the last read found records
    int m_eventPipe[2] = {-1, -1};
    int m_wakePipe[2] = {-1, -1};
    std::thread m_watcher;
    std::atomic<bool> m_watcherQuit{false};
    std::uint32_t m_reaperActor = 0;
    char m_partial[64 * sizeof(ChildRecord)] = {};
    int m_partialSize = 0;
};

} // namespace

std::unique_ptr<Server> makeForkingServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<ForkingServer>(options, std::move(context));
}

} // namespace sockscope
