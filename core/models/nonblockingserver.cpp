#include "serverbase.h"
#include "servers.h"

#include <algorithm>
#include <cerrno>
#include <map>
#include <new>
#include <sys/socket.h>

namespace sockscope {

namespace {

// Non-blocking sockets tried in a loop: accept() and recv() never wait, they fail with
// EAGAIN (Python's BlockingIOError) whenever they would have. Every such try is recorded as
// would_block. Without readiness notification the loop can only try again; the pause
// between rounds keeps the trace (and the CPU) bounded. It is a documented sleep, not a
// blocked call: 25 ms after a round in which something happened, twice as long after each
// round in which nothing did (no connection, no byte, no close), up to 200 ms — what the
// listing's `pause` does. Each round accepts every waiting connection (until EAGAIN).
class NonBlockingServer final : public ServerBase
{
public:
    NonBlockingServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_STREAM)
    {
    }
    ~NonBlockingServer() override { stop(); }

    static constexpr int kRoundPauseMs = 25;
    static constexpr int kIdlePauseMaxMs = 200;

protected:
    void serve(Syscalls &sys) override
    {
        sys.at(LineTag::SetNonBlocking);
        sys.setNonBlocking(listenFd());
        char buffer[HandlerConfig::kMaxRecv];
        int pauseMs = kRoundPauseMs;
        while (!stopping()) {
            bool progress = false;
            // Everyone waiting in the backlog, not one a round: accept() until EAGAIN.
            while (!stopping()) {
                sys.at(LineTag::Accept);
                const int fd = sys.accept(listenFd(), nullptr);
                if (fd < 0) {
                    acceptFailed(sys, errno); // EAGAIN: nothing; EMFILE: do not keep failing
                    break;
                }
                progress = true;
                sys.at(LineTag::SetNonBlocking);
                sys.setNonBlocking(fd);
                try {
                    m_connections.emplace(fd,
                                          std::make_unique<LoopConnection>(handlerConfig(), fd));
                } catch (const std::bad_alloc &) {
                    dropForLackOf(sys, fd, EventKind::AcceptEnd, ENOMEM, kNoMemoryForConnection);
                    continue;
                }
                setActive(int(m_connections.size()));
            }
            for (auto it = m_connections.begin(); it != m_connections.end() && !stopping();) {
                LoopConnection &c = *it->second;
                ++it; // dropping c must not invalidate the iterator
                if (!flushPending(sys, c)) {
                    drop(sys, c.fd);
                    progress = true;
                    continue;
                }
                sys.at(LineTag::Recv);
                const ssize_t n = sys.recv(c.fd, buffer, std::size_t(handlerConfig().recvSize));
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    continue; // would_block was recorded: nothing yet, try the next one
                progress = true;
                if (n <= 0 || !handleReceived(sys, handlerConfig(), c, buffer, int(n), stopFlag()))
                    drop(sys, c.fd);
            }
            // Replies still queued count as work to do: no longer pause while they wait.
            for (const auto &entry : m_connections)
                progress = progress || entry.second->pendingSize > 0;
            pauseMs = progress ? kRoundPauseMs : std::min(pauseMs * 2, kIdlePauseMaxMs);
            sys.at(LineTag::Sleep);
            napUnlessStopped(pauseMs, stopFlag());
        }
        while (!m_connections.empty())
            drop(sys, m_connections.begin()->first);
    }

private:
    void drop(Syscalls &sys, int fd)
    {
        m_connections.erase(fd);
        setActive(int(m_connections.size()));
        sys.at(LineTag::Close);
        sys.close(fd);
    }

    std::map<int, std::unique_ptr<LoopConnection>> m_connections;
};

} // namespace

std::unique_ptr<Server> makeNonBlockingServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<NonBlockingServer>(options, std::move(context));
}

} // namespace sockscope
