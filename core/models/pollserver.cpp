#include "readinessloop.h"
#include "servers.h"

#include <poll.h>

namespace sockscope {

namespace {

// poll(): an array of {fd, events} instead of bit sets: no FD_SETSIZE limit, but the whole
// array still goes into the kernel on every call.
class PollServer final : public ReadinessLoopServer
{
public:
    using ReadinessLoopServer::ReadinessLoopServer;
    ~PollServer() override { stop(); }

protected:
    int waitReady(Syscalls &sys, const QVector<int> &readSet, const QVector<int> &writeSet,
                  QVector<int> *readyRead, QVector<int> *readyWrite) override
    {
        m_fds.clear();
        for (int fd : readSet) {
            const short events = short(POLLIN | (writeSet.contains(fd) ? POLLOUT : 0));
            m_fds.push_back({fd, events, 0});
        }
        sys.at(LineTag::Poll);
        const int n = sys.poll(m_fds.data(), nfds_t(m_fds.size()), -1);
        readyRead->clear();
        readyWrite->clear();
        for (const pollfd &p : m_fds) {
            if (p.revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
                readyRead->append(p.fd);
            if (p.revents & POLLOUT)
                readyWrite->append(p.fd);
        }
        return n;
    }

private:
    std::vector<pollfd> m_fds;
};

} // namespace

std::unique_ptr<Server> makePollServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<PollServer>(options, std::move(context));
}

} // namespace sockscope
