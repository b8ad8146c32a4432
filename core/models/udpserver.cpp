#include "serverbase.h"
#include "servers.h"

#include <sys/socket.h>

namespace sockscope {

namespace {

// Datagrams: socket(SOCK_DGRAM) and bind(), then recvfrom() tells who sent each one and
// sendto() answers that address. No listen, no accept, no connection, no end of stream.
class UdpServer final : public ServerBase
{
public:
    UdpServer(const ServerOptions &options, ServerContext context)
        : ServerBase(options, std::move(context), SOCK_DGRAM)
    {
    }
    ~UdpServer() override { stop(); }

protected:
    void serve(Syscalls &sys) override
    {
        // A datagram is a message: whatever the protocol, one recvfrom() is one request.
        HandlerConfig config = handlerConfig();
        config.protocol = Protocol::Echo;
        // The largest UDP payload over IPv4 is 65,507 bytes: the buffer takes any datagram
        // whole (recvfrom() would silently cut a longer one), and so does the reply.
        char datagram[65536];
        char reply[sizeof datagram + HandlerConfig::kMaxReplyText + HandlerConfig::kMaxDelimiter +
                   4];
        while (!stopping()) {
            Endpoint from;
            sys.at(LineTag::RecvFrom);
            const ssize_t n = sys.recvfrom(listenFd(), datagram, sizeof datagram, &from);
            // A stop shuts the socket down: recvfrom() returns 0 with no sender.
            if (stopping())
                break;
            if (n < 0 || from.isNull())
                continue;
            Message message;
            message.frame = message.payload = datagram;
            message.frameSize = message.payloadSize = int(n);
            doWork(sys, config, stopFlag());
            const int size = buildReply(config, message, reply, int(sizeof reply));
            sys.at(LineTag::SendTo);
            sys.sendto(listenFd(), reply, std::size_t(size), from);
        }
    }
};

} // namespace

std::unique_ptr<Server> makeUdpServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<UdpServer>(options, std::move(context));
}

} // namespace sockscope
