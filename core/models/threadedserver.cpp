#include "serverbase.h"
#include "servers.h"

#include <list>
#include <sys/socket.h>

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
            const std::uint32_t actor =
                addThreadActor(QStringLiteral("worker %1").arg(++workersStarted), mainActor());
            // Recorded before the thread exists, so that its first event comes after.
            Event spawn;
            spawn.kind = EventKind::ThreadSpawn;
            spawn.childActor = actor;
            sys.at(LineTag::SpawnThread);
            sys.record(spawn);
            addActive(1);
            auto worker = std::make_unique<Worker>();
            Worker *w = worker.get();
            m_workers.push_back(std::move(worker));
            w->thread = std::thread([this, w, actor, connection] { work(*w, actor, connection); });
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
        std::atomic<bool> done{false};
    };

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
