#pragma once

#include "server.h"

#include <memory>

namespace sockscope {

// One factory per model; each lives in the model's own file. createServer() picks by name.
std::unique_ptr<Server> makeSequentialServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeThreadedServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeForkingServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeSelectServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makePollServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeEpollServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeNonBlockingServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeUdpServer(const ServerOptions &options, ServerContext context);
std::unique_ptr<Server> makeAsyncioServer(const ServerOptions &options, ServerContext context);

} // namespace sockscope
