#include "serverbase.h"
#include "servers.h"

#include <cerrno>
#include <map>
#include <sys/socket.h>

namespace sockscope {

namespace {

// Non-blocking sockets tried in a loop: accept() and recv() never wait, they fail with
// EAGAIN (Python's BlockingIOError) whenever they would have. Every such try is recorded as
// would_block. Without readiness notification the loop can only try again; the short pause
// between rounds keeps the trace (and the CPU) bounded. It is a documented sleep, not a
// blocked call.
class NonBlockingServer final : public ServerBase
{
public:
    NonBlockingServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_STREAM)
    {
    }
    ~NonBlockingServer() override { stop(); }

    static constexpr int kRoundPauseMs = 25;

protected:
    void serve(Syscalls &sys) override
    {
        sys.at(LineTag::SetNonBlocking);
        sys.setNonBlocking(listenFd());
        char buffer[HandlerConfig::kMaxRecv];
        while (!stopping()) {
            sys.at(LineTag::Accept);
            const int fd = sys.accept(listenFd(), nullptr);
            if (fd >= 0) {
                sys.at(LineTag::SetNonBlocking);
                sys.setNonBlocking(fd);
                m_connections.emplace(fd, std::make_unique<LoopConnection>(handlerConfig(), fd));
                setActive(int(m_connections.size()));
            } else {
                acceptFailed(sys, errno); // EAGAIN: nothing; EMFILE: do not keep failing
            }
            for (auto it = m_connections.begin(); it != m_connections.end() && !stopping();) {
                LoopConnection &c = *it->second;
                ++it; // dropping c must not invalidate the iterator
                if (!flushPending(sys, c)) {
                    drop(sys, c.fd);
                    continue;
                }
                sys.at(LineTag::Recv);
                const ssize_t n = sys.recv(c.fd, buffer, std::size_t(handlerConfig().recvSize));
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    continue; // would_block was recorded: nothing yet, try the next one
                if (n <= 0 || !handleReceived(sys, handlerConfig(), c, buffer, int(n), stopFlag()))
                    drop(sys, c.fd);
            }
            sys.at(LineTag::Sleep);
            napUnlessStopped(kRoundPauseMs, stopFlag());
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
