#include "serverbase.h"
#include "servers.h"

#include <cerrno>
#include <coroutine>
#include <exception>
#include <map>
#include <set>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sockscope {

namespace {

// The coroutine of one task. It starts suspended (the loop records its creation, then runs it
// until its first await) and stays suspended at its end, so that the loop sees it finish,
// records it, and destroys the frame itself.
struct TaskCoroutine
{
    struct promise_type
    {
        TaskEnd end = TaskEnd::Failed;
        TaskCoroutine get_return_object()
        {
            return {std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_value(TaskEnd e) noexcept { end = e; }
        void unhandled_exception() noexcept { std::terminate(); }
    };
    std::coroutine_handle<promise_type> handle;
};

// One connection's task: its lane, its socket and buffers, its coroutine, and what it awaits.
struct AsyncTask
{
    AsyncTask(const HandlerConfig &config, int fd) : connection(config, fd), fd(fd) {}
    ~AsyncTask()
    {
        if (coroutine)
            coroutine.destroy();
    }
    AsyncTask(const AsyncTask &) = delete;
    AsyncTask &operator=(const AsyncTask &) = delete;

    std::uint32_t actor = 0;
    LoopConnection connection; // framer and reply buffer; connection.fd is -1 once closed
    const int fd;              // the descriptor it was created for (kept for the record)
    std::coroutine_handle<TaskCoroutine::promise_type> coroutine;
    TaskWait waiting = TaskWait::None;
    bool registered = false; // its socket is in epoll's interest list
    bool armFailed = false;  // epoll_ctl refused the socket: the await gives false
};

// asyncio in C++: one thread runs an event loop over epoll, and every connection is a task,
// a C++20 coroutine running the shared handler (framing, work, reply). A task calls recv()
// on its non-blocking socket; when that fails with EAGAIN it *awaits*: it asks epoll to
// report the socket once (EPOLLONESHOT) and suspends. No thread waits for it: the loop thread
// goes back to epoll_wait(), and resumes the task when epoll_wait() reports its socket.
// The handler's work is an awaited sleep, a timer of the loop (epoll_wait's timeout is the
// nearest deadline), unless blockingWork makes it a real sleep inside the coroutine, which
// stops the loop thread and so every task (the classic mistake: time.sleep() in async code).
//
// Every task event (created, suspended, resumed, done) is recorded by the loop thread at the
// moment it does that to the coroutine.
class AsyncioServer final : public ServerBase
{
public:
    AsyncioServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_STREAM)
    {
    }
    ~AsyncioServer() override { stop(); }

    static constexpr int kMaxEvents = 64;
    static constexpr int kAcceptBatch = 64; // like asyncio: accept until EAGAIN, at most this

    // co_await Await{...}: suspends the task on its socket (read or write) or on a timer.
    // When the loop cannot arm the socket the task does not suspend, and the await gives
    // false (the task gives up).
    struct Await
    {
        AsyncioServer *loop;
        AsyncTask *task;
        TaskWait what;
        int ms;
        bool await_ready() const noexcept { return false; }
        bool await_suspend(std::coroutine_handle<>) { return loop->suspend(*task, what, ms); }
        bool await_resume() const noexcept { return !task->armFailed; }
    };

protected:
    void serve(Syscalls &sys) override;

private:
    TaskCoroutine converse(AsyncTask &task);
    bool suspend(AsyncTask &task, TaskWait what, int ms);
    void acceptReady(Syscalls &sys);
    void createTask(Syscalls &sys, int fd);
    void resume(Syscalls &sys, AsyncTask &task, TaskWait reason);
    void finishTask(Syscalls &sys, AsyncTask &task, TaskEnd end);
    void closeConnection(Syscalls &sys, AsyncTask &task);
    int nextTimeoutMs() const;
    void recordTaskEvent(AsyncTask &task, EventKind kind, TaskWait what, LineTag line,
                         int bytes = -1);
    static LineTag awaitLine(TaskWait what);

    Syscalls *m_sys = nullptr; // the loop thread's, while serve() runs
    int m_epollFd = -1;
    epoll_event m_events[kMaxEvents] = {};
    std::vector<std::unique_ptr<AsyncTask>> m_tasks; // by descriptor
    int m_taskCount = 0;
    int m_tasksCreated = 0;
    std::multimap<std::int64_t, AsyncTask *> m_timers; // deadline (monotonic ns) -> task
    std::set<int> m_readWaiters;                       // for the record of each wait
    std::set<int> m_writeWaiters;
    char m_scratch[HandlerConfig::kMaxRecv]; // one recv at a time: the loop has one thread
};

LineTag AsyncioServer::awaitLine(TaskWait what)
{
    switch (what) {
    case TaskWait::Read:
        return LineTag::AwaitRead;
    case TaskWait::Write:
        return LineTag::AwaitWrite;
    case TaskWait::Timer:
        return LineTag::AwaitSleep;
    case TaskWait::None:
        break;
    }
    return LineTag::CreateTask;
}

void AsyncioServer::recordTaskEvent(AsyncTask &task, EventKind kind, TaskWait what, LineTag line,
                                    int bytes)
{
    Event e;
    e.kind = kind;
    e.actor = task.actor;
    e.fd = task.fd;
    e.call = std::uint8_t(what);
    e.bytes = bytes;
    e.line = toLine(line);
    m_sys->record(e);
}

void AsyncioServer::serve(Syscalls &sys)
{
    m_sys = &sys;
    sys.at(LineTag::SetNonBlocking);
    sys.setNonBlocking(listenFd());
    sys.at(LineTag::EpollCreate);
    m_epollFd = sys.epollCreate();
    if (m_epollFd < 0)
        return;
    sys.at(LineTag::EpollCtl);
    sys.epollCtl(m_epollFd, EPOLL_CTL_ADD, listenFd(), EPOLLIN);

    QVector<int> readSet;
    QVector<int> writeSet;
    while (!stopping()) {
        readSet.clear();
        writeSet.clear();
        // Only what fits the record: with thousands of tasks the sets are not copied.
        if (m_readWaiters.size() + m_writeWaiters.size() < 64) {
            readSet.append(listenFd());
            for (int fd : m_readWaiters)
                readSet.append(fd);
            for (int fd : m_writeWaiters)
                writeSet.append(fd);
        }
        sys.at(LineTag::EpollWait);
        const int n =
            sys.epollWait(m_epollFd, m_events, kMaxEvents, nextTimeoutMs(), readSet, writeSet);
        if (stopping())
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break; // recorded by the wait; nothing sensible is left to do
        }
        for (int i = 0; i < n && !stopping(); ++i) {
            const int fd = m_events[i].data.fd;
            if (fd == listenFd()) {
                acceptReady(sys);
                continue;
            }
            AsyncTask *task = fd < int(m_tasks.size()) ? m_tasks[std::size_t(fd)].get() : nullptr;
            if (task && (task->waiting == TaskWait::Read || task->waiting == TaskWait::Write))
                resume(sys, *task, task->waiting);
        }
        // Timers that are due, earliest first.
        const std::int64_t now = Recorder::monotonicNs();
        while (!m_timers.empty() && m_timers.begin()->first <= now && !stopping()) {
            AsyncTask *task = m_timers.begin()->second;
            m_timers.erase(m_timers.begin());
            resume(sys, *task, TaskWait::Timer);
        }
    }

    // The run stops: every task still alive is cancelled where it is, its connection closed.
    m_timers.clear();
    for (auto &slot : m_tasks) {
        if (slot)
            finishTask(sys, *slot, TaskEnd::Cancelled);
    }
    sys.at(LineTag::EpollCtl);
    sys.epollCtl(m_epollFd, EPOLL_CTL_DEL, listenFd(), 0);
    sys.at(LineTag::CloseListener);
    sys.close(m_epollFd);
    m_epollFd = -1;
    m_sys = nullptr;
}

int AsyncioServer::nextTimeoutMs() const
{
    if (m_timers.empty())
        return -1;
    const std::int64_t left = m_timers.begin()->first - Recorder::monotonicNs();
    if (left <= 0)
        return 0;
    return int((left + 999999) / 1000000); // rounded up: never wakes before the deadline
}

void AsyncioServer::acceptReady(Syscalls &sys)
{
    for (int i = 0; i < kAcceptBatch && !stopping(); ++i) {
        sys.at(LineTag::Accept);
        const int fd = sys.accept(listenFd(), nullptr);
        if (fd < 0) {
            // EAGAIN (recorded as would_block): nobody else is waiting. EMFILE: see there.
            acceptFailed(sys, errno);
            return;
        }
        sys.at(LineTag::SetNonBlocking);
        sys.setNonBlocking(fd);
        createTask(sys, fd);
    }
}

void AsyncioServer::createTask(Syscalls &sys, int fd)
{
    if (fd >= int(m_tasks.size()))
        m_tasks.resize(std::size_t(fd) + 1);
    auto owned = std::make_unique<AsyncTask>(handlerConfig(), fd);
    AsyncTask &task = *owned;
    m_tasks[std::size_t(fd)] = std::move(owned);
    ++m_taskCount;
    setActive(m_taskCount);

    Actor a;
    a.kind = ActorKind::Task;
    a.name = QStringLiteral("task %1").arg(++m_tasksCreated);
    a.pid = int(getpid());
    a.tid = int(gettid()); // it runs on the loop thread, whenever it runs
    a.parent = mainActor();
    task.actor = recorder().addActor(a);

    Event created;
    created.kind = EventKind::TaskCreate;
    created.fd = fd;
    created.childActor = task.actor;
    sys.at(LineTag::CreateTask);
    sys.record(created);

    task.coroutine = converse(task).handle;
    // Like asyncio's start_server, the loop runs the new task at once, up to its first await.
    task.coroutine.resume();
    if (task.coroutine.done())
        finishTask(sys, task, task.coroutine.promise().end);
}

bool AsyncioServer::suspend(AsyncTask &task, TaskWait what, int ms)
{
    Syscalls &sys = *m_sys;
    task.waiting = what;
    task.armFailed = false;
    if (what == TaskWait::Timer) {
        recordTaskEvent(task, EventKind::TaskSuspend, what, LineTag::AwaitSleep, ms);
        m_timers.emplace(Recorder::monotonicNs() + std::int64_t(ms) * 1000000, &task);
        return true;
    }
    // Report this socket once, for this await: epoll disarms it after one report, so a socket
    // whose task is busy elsewhere (sleeping, say) never wakes the loop for nothing.
    const std::uint32_t events = (what == TaskWait::Read ? EPOLLIN : EPOLLOUT) | EPOLLONESHOT;
    sys.at(awaitLine(what));
    const int rc = sys.epollCtl(m_epollFd, task.registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD,
                                task.connection.fd, events);
    if (rc < 0) {
        task.armFailed = true;
        task.waiting = TaskWait::None;
        return false; // not suspended: the task goes on at once, and gives up
    }
    task.registered = true;
    (what == TaskWait::Read ? m_readWaiters : m_writeWaiters).insert(task.connection.fd);
    recordTaskEvent(task, EventKind::TaskSuspend, what, awaitLine(what));
    return true;
}

void AsyncioServer::resume(Syscalls &sys, AsyncTask &task, TaskWait reason)
{
    m_readWaiters.erase(task.connection.fd);
    m_writeWaiters.erase(task.connection.fd);
    recordTaskEvent(task, EventKind::TaskResume, reason, awaitLine(reason));
    task.waiting = TaskWait::None;
    task.coroutine.resume();
    if (task.coroutine.done())
        finishTask(sys, task, task.coroutine.promise().end);
}

void AsyncioServer::closeConnection(Syscalls &sys, AsyncTask &task)
{
    if (task.connection.fd < 0)
        return;
    m_readWaiters.erase(task.connection.fd);
    m_writeWaiters.erase(task.connection.fd);
    sys.at(LineTag::Close);
    if (task.registered)
        sys.epollCtl(m_epollFd, EPOLL_CTL_DEL, task.connection.fd, 0);
    task.registered = false;
    sys.close(task.connection.fd);
    task.connection.fd = -1;
}

// The task's coroutine has returned (or is cancelled by the stop): recorded, its connection
// closed if it is still open, its frame destroyed.
void AsyncioServer::finishTask(Syscalls &sys, AsyncTask &task, TaskEnd end)
{
    Event done;
    done.kind = EventKind::TaskDone;
    done.actor = task.actor;
    done.fd = task.fd;
    done.call = std::uint8_t(end);
    done.line = toLine(LineTag::TaskDone);
    if (end == TaskEnd::Cancelled)
        done.flags |= kFlagStoppedByRun; // only a stop cancels a task here
    sys.record(done);
    closeConnection(sys, task);
    const int fd = task.fd;
    m_tasks[std::size_t(fd)].reset(); // destroys the coroutine frame
    --m_taskCount;
    setActive(m_taskCount);
}

// async def handle(reader, writer): the shared handler, one await at each place it would wait.
TaskCoroutine AsyncioServer::converse(AsyncTask &task)
{
    Syscalls &sys = *m_sys;
    const HandlerConfig &config = handlerConfig();
    LoopConnection &c = task.connection;
    for (;;) {
        sys.at(LineTag::Recv);
        const ssize_t n = sys.recv(c.fd, m_scratch, std::size_t(config.recvSize));
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // Nothing yet (would_block was recorded): suspend until epoll reports the socket.
            if (!co_await Await{this, &task, TaskWait::Read, 0}) {
                closeConnection(sys, task);
                co_return TaskEnd::Failed;
            }
            continue;
        }
        if (n == 0) {
            closeConnection(sys, task);
            co_return TaskEnd::PeerClosed;
        }
        if (n < 0 || !c.framer.append(m_scratch, int(n))) {
            closeConnection(sys, task);
            co_return TaskEnd::Failed;
        }
        Message message;
        while (c.framer.takeMessage(&message)) {
            if (isQuit(config, message)) {
                closeConnection(sys, task);
                co_return TaskEnd::Quit;
            }
            if (config.workMs > 0) {
                if (options().blockingWork) {
                    // time.sleep() in a coroutine: the loop thread itself sleeps.
                    sys.at(LineTag::Work);
                    napUnlessStopped(config.workMs, stopFlag());
                } else {
                    co_await Await{this, &task, TaskWait::Timer, config.workMs};
                }
                if (stopping())
                    co_return TaskEnd::Cancelled; // the work was cut short: no reply for it
            }
            const int size = buildReply(config, message, c.pending, c.pendingCapacity);
            int sent = 0;
            while (sent < size) {
                sys.at(LineTag::Send);
                const ssize_t k = sys.send(c.fd, c.pending + sent, std::size_t(size - sent));
                if (k < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    // The send buffer is full (would_block was recorded): await room.
                    if (!co_await Await{this, &task, TaskWait::Write, 0}) {
                        closeConnection(sys, task);
                        co_return TaskEnd::Failed;
                    }
                    continue;
                }
                if (k < 0) {
                    closeConnection(sys, task);
                    co_return TaskEnd::Failed;
                }
                sent += int(k);
            }
        }
    }
}

} // namespace

std::unique_ptr<Server> makeAsyncioServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<AsyncioServer>(options, std::move(context));
}

} // namespace sockscope
