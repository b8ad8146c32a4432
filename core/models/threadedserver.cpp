#include "serverbase.h"
#include "servers.h"

#include <cerrno>
#include <list>
#include <new>
#include <sys/socket.h>
#include <system_error>

namespace sockscope {

namespace {

// The main thread only accepts; every connection gets a thread ("worker N") that blocks in
// recv() for its own client while the others go on.
class ThreadedServer final : public ServerBase
{
public:
    ThreadedServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_STREAM)
    {
    }
    ~ThreadedServer() override { stop(); }

protected:
    void serve(Syscalls &sys) override
    {
        int workersStarted = 0;
        while (!stopping()) {
            sys.at(LineTag::Accept);
            const int connection = sys.accept(listenFd(), nullptr);
            if (connection < 0) {
                if (stopping())
                    break;
                acceptFailed(sys, errno); // EMFILE and the like: do not spin
                continue;
            }
            joinFinishedWorkers();
            if (!track(connection)) {
                untrack(connection);
                sys.at(LineTag::Close);
                sys.close(connection);
                break;
            }
            if (refuseOverCap(sys, connection, EventKind::ThreadSpawn))
                continue;
            startWorker(sys, connection, workersStarted);
        }
    }

    void finishStop() override
    {
        // wakeBlocked() shut down every tracked connection: each worker's recv() returns 0.
        for (auto &w : m_workers)
            w->thread.join();
        m_workers.clear();
    }

private:
    struct Worker
    {
        std::thread thread;
        std::uint32_t actor = 0;
        std::atomic<bool> released{false}; // its lane and thread_spawn exist: it may run
        std::atomic<bool> done{false};
    };

    // pthread_create() first, its lane and thread_spawn after: a thread the kernel would not
    // create gets no lane, only an `error` event, and its connection is closed. The new
    // thread waits until it is released, so that its first event comes after thread_spawn.
    void startWorker(Syscalls &sys, int connection, int &workersStarted)
    {
        static const char kNoThread[] =
            "the kernel would not create another thread (the limit on threads and processes, "
            "RLIMIT_NPROC or pids.max, or memory for its stack): the connection is closed "
            "and the server goes on accepting";
        static const char kNoMemory[] =
            "out of memory for the new thread's bookkeeping: the connection is closed and the "
            "server goes on accepting";
        Worker *w = nullptr;
        try {
            m_workers.push_back(std::make_unique<Worker>());
            w = m_workers.back().get();
        } catch (const std::bad_alloc &) {
            sys.at(LineTag::SpawnThread);
            dropForLackOf(sys, connection, EventKind::ThreadSpawn, ENOMEM, kNoMemory);
            return;
        }
        try {
            w->thread = std::thread([this, w, connection] {
                w->released.wait(false);
                work(*w, w->actor, connection);
            });
        } catch (const std::system_error &e) {
            m_workers.pop_back();
            sys.at(LineTag::SpawnThread);
            dropForLackOf(sys, connection, EventKind::ThreadSpawn, e.code().value(), kNoThread);
            return;
        }
        w->actor = addThreadActor(QStringLiteral("worker %1").arg(++workersStarted), mainActor());
        Event spawn;
        spawn.kind = EventKind::ThreadSpawn;
        spawn.childActor = w->actor;
        sys.at(LineTag::SpawnThread);
        sys.record(spawn);
        addActive(1);
        w->released.store(true);
        w->released.notify_one();
    }

    void work(Worker &self, std::uint32_t actor, int connection)
    {
        claimActorForThisThread(recorder(), actor);
        Syscalls sys = syscallsFor(actor);
        serveConnection(sys, connection, handlerConfig(), stopFlag());
        untrack(connection);
        sys.at(LineTag::Close);
        sys.close(connection);
        Event exit;
        exit.kind = EventKind::ThreadExit;
        sys.at(LineTag::ThreadExit);
        sys.record(exit);
        addActive(-1);
        self.done.store(true);
    }

    // Only the main thread touches m_workers while serving; stop() after joining it.
    void joinFinishedWorkers()
    {
        for (auto it = m_workers.begin(); it != m_workers.end();) {
            if ((*it)->done.load()) {
                (*it)->thread.join();
                it = m_workers.erase(it);
            } else {
                ++it;
            }
        }
    }

    std::list<std::unique_ptr<Worker>> m_workers;
};

} // namespace

std::unique_ptr<Server> makeThreadedServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<ThreadedServer>(options, std::move(context));
}

} // namespace sockscope
