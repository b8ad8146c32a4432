#include "readinessloop.h"
#include "servers.h"

#include <sys/select.h>

namespace sockscope {

namespace {

// select(): the sets are bit arrays of FD_SETSIZE (1024) bits, rebuilt and copied into the
// kernel on every call, which scans them all. A descriptor >= FD_SETSIZE cannot be watched.
class SelectServer final : public ReadinessLoopServer
{
public:
    using ReadinessLoopServer::ReadinessLoopServer;
    ~SelectServer() override { stop(); }

protected:
    int waitReady(Syscalls &sys, const QVector<int> &readSet, const QVector<int> &writeSet,
                  QVector<int> *readyRead, QVector<int> *readyWrite) override
    {
        sys.at(LineTag::Select);
        return sys.select(readSet, writeSet, -1, readyRead, readyWrite);
    }

    bool watch(Syscalls &sys, int fd) override
    {
        if (fd < FD_SETSIZE)
            return true;
        Event e;
        e.kind = EventKind::Error;
        e.call = std::uint8_t(EventKind::WaitBegin);
        e.fd = fd;
        e.err = EINVAL;
        const QByteArray message =
            QStringLiteral("descriptor %1 is >= FD_SETSIZE (%2): select() cannot watch it, so "
                           "the connection is closed; poll() and epoll have no such limit")
                .arg(fd)
                .arg(FD_SETSIZE)
                .toUtf8();
        sys.at(LineTag::Select);
        sys.record(e, message);
        return false;
    }
};

} // namespace

std::unique_ptr<Server> makeSelectServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<SelectServer>(options, std::move(context));
}

} // namespace sockscope
