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
        while (!stopping()) {
            sys.at(LineTag::Accept);
            const int connection = sys.accept(listenFd(), nullptr);
            if (connection < 0) {
                if (stopping())
                    break;
                acceptFailed(sys, errno); // EMFILE and the like: do not spin
                continue;
            }
            if (track(connection)) {
                setActive(1);
                serveConnection(sys, connection, handlerConfig(), stopFlag());
                setActive(0);
            }
            untrack(connection);
            sys.at(LineTag::Close);
            sys.close(connection);
        }
    }
};

} // namespace

std::unique_ptr<Server> makeSequentialServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<SequentialServer>(options, std::move(context));
}

} // namespace sockscope
