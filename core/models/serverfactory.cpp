#include "servers.h"

namespace sockscope {

std::unique_ptr<Server> createServer(const ServerOptions &options, ServerContext context)
{
    using Factory = std::unique_ptr<Server> (*)(const ServerOptions &, ServerContext);
    static const struct
    {
        const char *name;
        Factory make;
    } factories[] = {
        {"sequential", makeSequentialServer},
        {"threaded", makeThreadedServer},
        {"forking", makeForkingServer},
        {"select", makeSelectServer},
        {"poll", makePollServer},
        {"epoll", makeEpollServer},
        {"nonblocking", makeNonBlockingServer},
        {"asyncio", makeAsyncioServer},
        {"udp", makeUdpServer},
    };
    for (const auto &f : factories) {
        if (options.model == QLatin1String(f.name))
            return f.make(options, std::move(context));
    }
    return nullptr; // unknown model: the caller reports it (see modelinfo.h for the names)
}

} // namespace sockscope
