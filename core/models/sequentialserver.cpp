#include "serverbase.h"
#include "servers.h"

#include <sys/socket.h>

namespace sockscope {

namespace {

// One client at a time: while it serves a client, the next one waits in the listen backlog
// (its connect() has completed, but nobody calls accept() for it).
class SequentialServer final : public ServerBase
{
public:
    SequentialServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_STREAM)
    {
    }
    ~SequentialServer() override { stop(); }

protected:
    void serve(Syscalls &sys) override
    {
        sleepBeforeAccepting(sys);
        while (!stopping()) {
            sys.at(LineTag::Accept);
            const int connection = sys.accept(listenFd(), nullptr);
            if (connection < 0) {
                if (stopping())
                    break;
                acceptFailed(sys, errno); // EMFILE and the like: do not spin
                continue;
            }
            setSendBuffer(connection);
            if (track(connection)) {
                setActive(1);
                const ServeEnd end = serveConnection(sys, connection, handlerConfig(), stopFlag());
                setActive(0);
                if (end == ServeEnd::PeerClosed && leaveOpen(connection))
                    continue;
            }
            untrack(connection);
            sys.at(LineTag::Close);
            sys.close(connection);
        }
    }

    void finishStop() override
    {
        // close-wait-leak: what the loop forgot, the stop closes (nothing is left behind).
        Syscalls sys = syscallsFor(mainActor());
        for (int fd : m_forgotten) {
            untrack(fd);
            sys.at(LineTag::None); // the stop's cleanup, no line of the listing
            sys.close(fd);
        }
        m_forgotten.clear();
    }

private:
    // close_on_eof false: the client has closed, the loop stops watching it and never calls
    // close(): the socket stays in CLOSE_WAIT and its descriptor stays taken. It stays
    // tracked, so a stop still finds it.
    bool leaveOpen(int connection)
    {
        if (options().closeOnEof)
            return false;
        m_forgotten.push_back(connection);
        return true;
    }

    std::vector<int> m_forgotten; // main thread only, then finishStop() after it was joined
};

} // namespace

std::unique_ptr<Server> makeSequentialServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<SequentialServer>(options, std::move(context));
}

} // namespace sockscope
